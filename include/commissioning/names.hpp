// SPDX-License-Identifier: MIT
/// \file names.hpp
/// \brief The names of an enum's values: declared once beside the enum, read on every face.
///
/// `enum_names<E>` lists, for each value, its canonical name first (snake_case: the value's
/// text in Python and its word in scenario files) and then any other words accepted for it.
/// Reading a name ignores case and reads spaces and hyphens as underscores, so "In-house",
/// "in house" and "in_house" are one name. An unknown name is commissioning.name.001, which
/// lists the names it could have been. A value's words for reports and sentences are its
/// `to_string`, which is free to differ ("in-house", "TUPE and transition").
#pragma once

#include <commissioning/error.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace commissioning {

/// One word for an enum value.
template <class E>
struct enum_name {
  E value;
  std::string_view name;
};

/// Specialised beside each named enum (`read` is optional: the enum's own reader, with its own
/// error id, for words beyond the listed names, such as a legal citation):
///   template <> struct enum_names<delivery> {
///     static constexpr std::string_view what = "delivery";
///     static constexpr std::array<enum_name<delivery>, 4> names{{{delivery::contract, "contract"}, ...}};
///     static delivery read(std::string_view text);  // optional
///   };
template <class E>
struct enum_names;

template <class E>
concept named_enum = std::is_enum_v<E> && requires {
  { enum_names<E>::what } -> std::convertible_to<std::string_view>;
  enum_names<E>::names;
};

namespace detail {

constexpr char name_character(char c) noexcept {
  if (c == ' ' || c == '-') return '_';
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  return c;
}

constexpr bool names_match(std::string_view text, std::string_view name) noexcept {
  if (text.size() != name.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (name_character(text[i]) != name[i]) return false;
  return true;
}

}  // namespace detail

/// The value `text` names, or nothing.
template <named_enum E>
[[nodiscard]] constexpr std::optional<E> find_name(std::string_view text) noexcept {
  for (const auto& [value, name] : enum_names<E>::names)
    if (detail::names_match(text, name)) return value;
  return std::nullopt;
}

/// The canonical name of `value`: the first listed for it.
template <named_enum E>
[[nodiscard]] constexpr std::string_view name_of(E value) noexcept {
  for (const auto& [listed, name] : enum_names<E>::names)
    if (listed == value) return name;
  return {};
}

/// Whether `name` is the canonical name of its value (not another word for it).
template <named_enum E>
[[nodiscard]] constexpr bool is_canonical(const enum_name<E>& entry) noexcept {
  return name_of(entry.value) == entry.name;
}

/// The canonical names, in order, separated by ", " (for messages).
template <named_enum E>
[[nodiscard]] std::string canonical_names() {
  std::string list;
  for (const auto& entry : enum_names<E>::names) {
    if (!is_canonical(entry)) continue;
    if (!list.empty()) list += ", ";
    list.append(entry.name);
  }
  return list;
}

/// The value `text` names; commissioning.name.001 if it names none, its message led by `where`
/// when given (a command-line option: "--unit: unknown money unit 'hundreds'; ...").
template <named_enum E>
[[nodiscard]] E parse_name(std::string_view text, std::string_view where = {}) {
  if (const auto value = find_name<E>(text)) return *value;
  throw invalid_input("name", 1,
                      (where.empty() ? std::string() : std::string(where) + ": ") + "unknown " +
                          std::string(enum_names<E>::what) + " " + quote(text) + "; expected one of " +
                          canonical_names<E>());
}

/// For an enum's `read`: refuse `text` with the enum's own error id, listing the names.
template <named_enum E>
[[noreturn]] E unknown_name(std::string_view text, const char* layer, int number) {
  throw invalid_input(layer, number,
                      "unknown " + std::string(enum_names<E>::what) + " " + quote(text) + "; expected one of " +
                          canonical_names<E>());
}

/// The value `text` names: a listed name, else whatever the enum's own reader reads
/// (`enum_names<E>::read`, with its own error id), else commissioning.name.001. What every face
/// (Python, scenario files) calls.
template <named_enum E>
[[nodiscard]] E read_name(std::string_view text) {
  if (const auto value = find_name<E>(text)) return *value;
  if constexpr (requires { { enum_names<E>::read(text) } -> std::same_as<E>; })
    return enum_names<E>::read(text);
  else
    return parse_name<E>(text);
}

}  // namespace commissioning
