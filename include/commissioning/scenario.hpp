// SPDX-License-Identifier: MIT
/// \file scenario.hpp
/// \brief The layer of scenario files: the model of a decision, read from and written to TOML.
#pragma once

#include <commissioning/scenario/scenario.hpp>
#include <commissioning/scenario/scenario_file.hpp>
#include <commissioning/scenario/command_line.hpp>
