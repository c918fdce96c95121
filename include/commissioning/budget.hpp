// SPDX-License-Identifier: MIT
/// \file budget.hpp
/// \brief The layer of budgets: envelopes, portfolios, proposals, reconciliation, the medium-term view.
#pragma once

#include <commissioning/budget/envelope.hpp>
#include <commissioning/budget/portfolio.hpp>
#include <commissioning/budget/proposal.hpp>
#include <commissioning/budget/reconciliation.hpp>
#include <commissioning/budget/medium_term.hpp>
