// SPDX-License-Identifier: MIT
/// \file commissioning.hpp
/// \brief Everything: `#include <commissioning/commissioning.hpp>`.
#pragma once

#include <commissioning/allocation.hpp>
#include <commissioning/appraisal.hpp>
#include <commissioning/calendar.hpp>
#include <commissioning/contract.hpp>
#include <commissioning/correlation.hpp>
#include <commissioning/deflator.hpp>
#include <commissioning/discounting.hpp>
#include <commissioning/distribution.hpp>
#include <commissioning/envelope.hpp>
#include <commissioning/error.hpp>
#include <commissioning/financial_functions.hpp>
#include <commissioning/financial_implications.hpp>
#include <commissioning/key_decision.hpp>
#include <commissioning/mcda.hpp>
#include <commissioning/medium_term.hpp>
#include <commissioning/modification.hpp>
#include <commissioning/modification_rules.hpp>
#include <commissioning/money.hpp>
#include <commissioning/optimism_bias.hpp>
#include <commissioning/option.hpp>
#include <commissioning/portfolio.hpp>
#include <commissioning/price.hpp>
#include <commissioning/procurement_route.hpp>
#include <commissioning/procurement_thresholds.hpp>
#include <commissioning/proposal.hpp>
#include <commissioning/rate.hpp>
#include <commissioning/reconciliation.hpp>
#include <commissioning/render.hpp>
#include <commissioning/report.hpp>
#include <commissioning/report_tables.hpp>
#include <commissioning/risk.hpp>
#include <commissioning/rounding.hpp>
#include <commissioning/scenario.hpp>  // not scenario_file.hpp, which needs toml++
#include <commissioning/sensitivity.hpp>
#include <commissioning/simulation.hpp>
#include <commissioning/teckal.hpp>
#include <commissioning/term.hpp>
#include <commissioning/version.hpp>
