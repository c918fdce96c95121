// SPDX-License-Identifier: MIT
/// \file scenario/command_line.hpp
/// \brief The `commissioning` command line, compiled into the library: the program in apps/ and
/// the Python package's `commissioning` command (`python -m commissioning`) both run it, so the
/// two print the same bytes.
///
///     commissioning appraise FILE [--format md|html|csv|json|text] [--width N] [--unit UNIT] [--out PATH]
///     commissioning profile FILE  [--format ...] [--width N] [--unit UNIT] [--out PATH]
///     commissioning check FILE    [--format ...] [--width N] [--unit UNIT] [--out PATH]
///     commissioning simulate FILE [--iterations N] [--seed S] [--threads T] [--format ...] [--width N] [--unit UNIT] [--out PATH]
///     commissioning validate FILE
///     commissioning --version
///
/// `--unit` (pounds_and_pence, whole_pounds, thousands or millions) sets the money unit of every
/// table and sentence, over the scenario's `[report] unit` (`report_unit`, money/money.hpp).
///
/// Exit codes: 0 success; 1 invalid input (any commissioning error, or a file that cannot be
/// read or written); 2 a usage error (an option's value out of its range has an id too). Errors
/// go to `err`, one line each, control characters escaped (`printable`).
#pragma once

#include <ostream>
#include <span>
#include <string>

namespace commissioning {

/// How the command line runs besides its arguments.
struct command_line_settings {
  /// Draw `simulate`'s progress bar on `err` (when it is a terminal; a piped run stays silent).
  bool progress_bar = false;
};

/// Runs the command line on `args` (the arguments after the program's name), printing to `out`
/// (or the file `--out` names) and `err`; returns the exit code.
[[nodiscard]] int run_command_line(std::span<const std::string> args, std::ostream& out, std::ostream& err,
                                   const command_line_settings& settings = {});

}  // namespace commissioning
