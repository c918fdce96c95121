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
/// known key is suggested. Every message is one line of valid UTF-8 whatever the file holds
/// (`printable`). The reader and writer are compiled into the library
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

/// The largest scenario read, in bytes (commissioning.scenario.015): 16 MiB, room for a register
/// of 100,000 contracts (about 140 bytes each); a larger "scenario" is a mistake (`/dev/zero`,
/// a log file).
inline constexpr std::size_t max_scenario_bytes = std::size_t{16} << 20;
/// How deep tables, dotted keys, arrays and inline tables may nest (commissioning.scenario.014);
/// a scenario needs 4. toml++ recurses once a level, so a key of 40,000 parts would overflow
/// the stack: the loader counts the levels before toml++ reads the text.
inline constexpr std::size_t max_scenario_depth = 64;

/// An error in a scenario file: where it is, which field, and the id of what went wrong
/// (commissioning.scenario.nnn, or the id of the library error it wraps, such as money.002).
class scenario_error : public std::invalid_argument, public error {
 public:
  scenario_error(std::string id, std::string file, std::size_t line, std::size_t column, std::string path,
                 std::string text)
      : std::invalid_argument(compose(id, file, line, column, path, text)), error(id), file_(std::move(file)),
        line_(line), column_(column), path_(std::move(path)), text_(printable(text)) {}
  [[nodiscard]] const char* message() const noexcept override { return what(); }
  [[nodiscard]] const std::string& file() const noexcept { return file_; }
  [[nodiscard]] std::size_t line() const noexcept { return line_; }
  [[nodiscard]] std::size_t column() const noexcept { return column_; }
  /// The field, e.g. "options[2].lines[0].annual" (empty for the file as a whole).
  [[nodiscard]] const std::string& path() const noexcept { return path_; }
  /// The message without location, id or path (`printable`, as in the message).
  [[nodiscard]] const std::string& text() const noexcept { return text_; }

 private:
  static std::string compose(const std::string& id, const std::string& file, std::size_t line, std::size_t column,
                             const std::string& path, const std::string& text) {
    std::string out = printable(file);
    if (line > 0) out.append(":").append(std::to_string(line)).append(":").append(std::to_string(column));
    out.append(": [").append(id).append("] ");
    if (!path.empty()) out.append(printable(path)).append(": ");
    return out.append(printable(text));
  }
  std::string file_;
  std::size_t line_;
  std::size_t column_;
  std::string path_;
  std::string text_;
};

/// Read a scenario from TOML text; `source_name` names it in errors (a file name). A UTF-8
/// byte-order mark at the start is skipped (Windows editors write one); text over
/// `max_scenario_bytes` is commissioning.scenario.015, nesting deeper than `max_scenario_depth`
/// commissioning.scenario.014.
[[nodiscard]] scenario parse_scenario(std::string_view text, std::string_view source_name = "scenario");
/// Read a scenario file: commissioning.scenario.010 with the reason if it cannot be opened,
/// commissioning.scenario.016 if it is not a regular file (a directory, a FIFO, a device: its
/// type is checked before it is opened, so a FIFO with no writer cannot block), and .015 if it
/// is larger than `max_scenario_bytes` (checked as it is read, so `/dev/zero` cannot exhaust memory).
[[nodiscard]] scenario load_scenario(const std::string& path);
/// Write `text` to the file `path`, replacing it (commissioning.scenario.017 naming the path and
/// the reason, such as "No such file or directory", if it cannot be written in full).
void write_text_file(const std::string& path, std::string_view text);
/// The scenario as TOML, which `parse_scenario` reads back equal.
[[nodiscard]] std::string to_toml(const scenario& s);

}  // namespace commissioning
