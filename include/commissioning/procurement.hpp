// SPDX-License-Identifier: MIT
/// \file procurement.hpp
/// \brief The layer of procurement rules: thresholds, route, modification tests, key decisions, Teckal.
#pragma once

#include <commissioning/procurement/thresholds.hpp>
#include <commissioning/procurement/route.hpp>
#include <commissioning/procurement/lots.hpp>
#include <commissioning/procurement/modification_rules.hpp>
#include <commissioning/procurement/key_decision.hpp>
#include <commissioning/procurement/teckal.hpp>
