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
#include <commissioning/medium_term.hpp>
#include <commissioning/modification.hpp>
#include <commissioning/money.hpp>
#include <commissioning/portfolio.hpp>
#include <commissioning/price.hpp>
#include <commissioning/proposal.hpp>
#include <commissioning/rate.hpp>
#include <commissioning/reconciliation.hpp>
#include <commissioning/rounding.hpp>
#include <commissioning/term.hpp>
#include <commissioning/version.hpp>
