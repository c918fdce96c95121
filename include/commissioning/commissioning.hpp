// SPDX-License-Identifier: MIT
/// \file commissioning.hpp
/// \brief Everything: `#include <commissioning/commissioning.hpp>`.
#pragma once

#include <commissioning/allocation.hpp>
#include <commissioning/calendar.hpp>
#include <commissioning/contract.hpp>
#include <commissioning/envelope.hpp>
#include <commissioning/error.hpp>
#include <commissioning/financial_implications.hpp>
#include <commissioning/key_decision.hpp>
#include <commissioning/medium_term.hpp>
#include <commissioning/modification.hpp>
#include <commissioning/modification_rules.hpp>
#include <commissioning/money.hpp>
#include <commissioning/portfolio.hpp>
#include <commissioning/price.hpp>
#include <commissioning/procurement_route.hpp>
#include <commissioning/procurement_thresholds.hpp>
#include <commissioning/proposal.hpp>
#include <commissioning/rate.hpp>
#include <commissioning/reconciliation.hpp>
#include <commissioning/rounding.hpp>
#include <commissioning/teckal.hpp>
#include <commissioning/term.hpp>
#include <commissioning/version.hpp>
