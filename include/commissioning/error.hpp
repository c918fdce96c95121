// SPDX-License-Identifier: MIT
/// \file error.hpp
/// \brief The one error family of the library: stable ids and a greppable prefix.
///
/// Every error reads `[commissioning.<area>.<nnn>] message`, derives from
/// `commissioning::error` and from one standard exception, so that Python sees
/// `ValueError` (invalid_argument, domain_error), `IndexError` (out_of_range) or
/// `OverflowError` (overflow_error). Every id is listed in docs/errors.md.
#pragma once

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

namespace detail {

inline std::string error_id(std::string_view area, int number) {
  char digits[8];
  std::snprintf(digits, sizeof digits, "%03d", number);
  return "commissioning." + std::string(area) + "." + digits;
}

/// One error kind: an id plus the standard exception Python maps it through.
template <class StdException>
class error_of : public StdException, public error {
 public:
  error_of(std::string_view area, int number, std::string_view text)
      : error_of(error_id(area, number), text) {}

  [[nodiscard]] const char* message() const noexcept override { return this->what(); }

 private:
  error_of(std::string id, std::string_view text)
      : StdException("[" + id + "] " + std::string(text)), error(std::move(id)) {}
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

/// Quote a user's text inside an error message.
inline std::string quote(std::string_view text) {
  std::string result;
  result.reserve(text.size() + 2);
  result.append(1, '\'').append(text).append(1, '\'');
  return result;
}

}  // namespace commissioning
