// SPDX-License-Identifier: MIT
/// \file error.hpp
/// \brief The one error family of the library: stable ids and a greppable prefix.
///
/// Every error reads `[commissioning.<area>.<nnn>] message`, derives from
/// `commissioning::error` and from one standard exception, so that Python sees
/// `ValueError` (invalid_argument, domain_error), `IndexError` (out_of_range) or
/// `OverflowError` (overflow_error). Every id is listed in docs/errors.md.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>

namespace commissioning {

/// Base of every error the library throws; catch this to catch them all.
class error {
 public:
  /// The stable id, e.g. "commissioning.money.001".
  [[nodiscard]] const std::string& id() const noexcept { return id_; }
  /// The whole message, prefix included (the same text as `what()`).
  [[nodiscard]] virtual const char* message() const noexcept = 0;

 protected:
  explicit error(std::string id) : id_(std::move(id)) {}
  error(const error&) = default;
  error& operator=(const error&) = default;
  ~error() = default;

 private:
  std::string id_;
};

[[nodiscard]] inline std::string printable(std::string_view text);

namespace detail {

inline std::string error_id(std::string_view area, int number) {
  char digits[8];
  std::snprintf(digits, sizeof digits, "%03d", number);
  return "commissioning." + std::string(area) + "." + digits;
}

/// One error kind: an id plus the standard exception Python maps it through. The text is made
/// `printable` whole, so no message can be cut short, broken over lines or invalid UTF-8.
template <class StdException>
class error_of : public StdException, public error {
 public:
  error_of(std::string_view area, int number, std::string_view text)
      : error_of(error_id(area, number), text) {}

  [[nodiscard]] const char* message() const noexcept override { return this->what(); }

 private:
  error_of(std::string id, std::string_view text)
      : StdException("[" + id + "] " + printable(text)), error(std::move(id)) {}
};

}  // namespace detail

/// Input that can never be valid: malformed text, an impossible date, a negative term.
using invalid_input = detail::error_of<std::invalid_argument>;
/// A well-formed request the model cannot answer (e.g. allocating over zero weights).
using domain_violation = detail::error_of<std::domain_error>;
/// A value outside the range the model supports (e.g. a year beyond 9999).
using out_of_range_error = detail::error_of<std::out_of_range>;
/// Arithmetic whose exact result does not fit: never a wrapped value.
using overflow_error = detail::error_of<std::overflow_error>;

namespace detail {
/// Appends the escape of a control character as TOML writes it: \n, \t, \r or \u0007.
inline void append_escaped_control(std::string& out, char32_t c) {
  if (c == '\n') { out += "\\n"; return; }
  if (c == '\t') { out += "\\t"; return; }
  if (c == '\r') { out += "\\r"; return; }
  constexpr char hex[] = "0123456789ABCDEF";
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += hex[(c >> shift) & 0xF];
}

/// The length of the well-formed UTF-8 sequence starting at `text[i]` (no overlong forms,
/// surrogates or code points above U+10FFFF), or 0 if the byte there starts none.
inline std::size_t utf8_length_at(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                       : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  if (length > 1) {
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k)
      if ((byte(i + k) & 0xC0) != 0x80) return 0;
    if (length == 3 && ((lead == 0xE0 && byte(i + 1) < 0xA0) || (lead == 0xED && byte(i + 1) > 0x9F))) return 0;
    if (length == 4 && ((lead == 0xF0 && byte(i + 1) < 0x90) || (lead == 0xF4 && byte(i + 1) > 0x8F))) return 0;
  }
  return length;
}
}  // namespace detail

/// The character starting at `text[i]`: its whole UTF-8 sequence ("€", not its first byte),
/// or the one byte if it starts none. A parser refusing a character quotes this.
[[nodiscard]] inline std::string_view character_at(std::string_view text, std::size_t i) {
  return text.substr(i, std::max<std::size_t>(detail::utf8_length_at(text, i), 1));
}

/// `text` fit to show in a message on one line: valid UTF-8 kept, control characters (C0, DEL
/// and C1) escaped as \n, \t, \r or \u0000, and a byte that is not part of valid UTF-8 as
/// \xFF. A quoted value can then never cut a message short (a NUL), break it over lines, or
/// make it unreadable as UTF-8 (Python would raise UnicodeDecodeError instead of the error).
[[nodiscard]] inline std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = detail::utf8_length_at(text, i);
    if (length == 0) {
      constexpr char hex[] = "0123456789ABCDEF";
      out.append("\\x").append(1, hex[lead >> 4]).append(1, hex[lead & 0xF]);
      ++i;
    } else if (lead < 0x20 || lead == 0x7F) {
      detail::append_escaped_control(out, lead);
      ++i;
    } else if (lead == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {  // U+0080 to U+009F, the C1 controls
      detail::append_escaped_control(out, static_cast<unsigned char>(text[i + 1]));
      i += 2;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

/// Quote a user's text inside an error message, `printable`, as Python's repr quotes a string:
/// in single quotes, or in double quotes if the text holds a single quote and no double one; a
/// backslash doubled and a quote like the enclosing ones escaped, so that the value ends where
/// its quotes do ("bad'unit", not 'bad'unit'). Every message is then one line of valid UTF-8,
/// and its quoted value unambiguous, whatever the user wrote.
inline std::string quote(std::string_view text) {
  const bool single = text.find('\'') != std::string_view::npos;
  const char mark = single && text.find('"') == std::string_view::npos ? '"' : '\'';
  std::string escaped;
  escaped.reserve(text.size() + 2);
  escaped.push_back(mark);
  for (const char c : text) {
    if (c == '\\' || c == mark) escaped.push_back('\\');
    escaped.push_back(c);
  }
  escaped.push_back(mark);
  return printable(escaped);
}

}  // namespace commissioning
