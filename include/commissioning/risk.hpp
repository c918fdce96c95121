// SPDX-License-Identifier: MIT
/// \file risk.hpp
/// \brief The layer of risk and simulation: distributions, correlation, the register, Monte Carlo.
#pragma once

#include <commissioning/risk/distribution.hpp>
#include <commissioning/risk/correlation.hpp>
#include <commissioning/risk/risk.hpp>
#include <commissioning/risk/simulation.hpp>
