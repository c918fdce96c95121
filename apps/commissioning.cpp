// SPDX-License-Identifier: MIT
// The `commissioning` command line: scenario/command_line.hpp, compiled into the library, run on
// this process's arguments (the Python package's `commissioning` command runs the same code).
#include <commissioning/scenario/command_line.hpp>

#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
  return commissioning::run_command_line(args, std::cout, std::cerr, {.progress_bar = isatty(STDERR_FILENO) != 0});
}
