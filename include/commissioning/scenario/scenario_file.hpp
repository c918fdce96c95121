// SPDX-License-Identifier: MIT
/// \file scenario/scenario_file.hpp
/// \brief Scenario files: TOML read into a `scenario` (scenario.hpp) with errors that say
/// where, and a `scenario` written back as TOML that reads back unchanged.
///
/// **Example**:
///
///     const scenario s = load_scenario("examples/scenarios/kent-young-carers-2021.toml");
///     std::cout << to_toml(s);              // the same scenario, as TOML
///
/// A report writer fixes a file from its error message alone, so every error reads
///
///     kent.toml:12:11: [commissioning.money.002] options[2].lines[0].annual: cannot read '£32x' as money: ...
///
/// the file, line and column, the library's own id (kept when a money, date or term parser
/// refuses a value), the field's path, and the value. Unknown keys are refused, never
/// ignored: a misspelt key would otherwise silently fall back to a default; the nearest
/// known key is suggested. The reader and writer are compiled into the library
/// (src/scenario/scenario_file.cpp) with toml++, which a consumer never sees.
#pragma once
#include <commissioning/error.hpp>
#include <commissioning/scenario/scenario.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace commissioning {

/// An error in a scenario file: where it is, which field, and the id of what went wrong
/// (commissioning.scenario.nnn, or the id of the library error it wraps, such as money.002).
class scenario_error : public std::invalid_argument, public error {
 public:
  scenario_error(std::string id, std::string file, std::size_t line, std::size_t column, std::string path,
                 std::string text)
      : std::invalid_argument(compose(id, file, line, column, path, text)), error(id), file_(std::move(file)),
        line_(line), column_(column), path_(std::move(path)), text_(std::move(text)) {}
  [[nodiscard]] const char* message() const noexcept override { return what(); }
  [[nodiscard]] const std::string& file() const noexcept { return file_; }
  [[nodiscard]] std::size_t line() const noexcept { return line_; }
  [[nodiscard]] std::size_t column() const noexcept { return column_; }
  /// The field, e.g. "options[2].lines[0].annual" (empty for the file as a whole).
  [[nodiscard]] const std::string& path() const noexcept { return path_; }
  /// The message without location, id or path.
  [[nodiscard]] const std::string& text() const noexcept { return text_; }

 private:
  static std::string compose(const std::string& id, const std::string& file, std::size_t line, std::size_t column,
                             const std::string& path, const std::string& text) {
    std::string out = file;
    if (line > 0) out.append(":").append(std::to_string(line)).append(":").append(std::to_string(column));
    out.append(": [").append(id).append("] ");
    if (!path.empty()) out.append(path).append(": ");
    return out.append(text);
  }
  std::string file_;
  std::size_t line_;
  std::size_t column_;
  std::string path_;
  std::string text_;
};

/// Read a scenario from TOML text; `source_name` names it in errors (a file name).
[[nodiscard]] scenario parse_scenario(std::string_view text, std::string_view source_name = "scenario");
/// Read a scenario file (commissioning.scenario.010 if it cannot be read).
[[nodiscard]] scenario load_scenario(const std::string& path);
/// The scenario as TOML, which `parse_scenario` reads back equal.
[[nodiscard]] std::string to_toml(const scenario& s);

}  // namespace commissioning
