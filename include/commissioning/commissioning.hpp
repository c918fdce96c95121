// SPDX-License-Identifier: MIT
/// \file commissioning.hpp
/// \brief Everything: `#include <commissioning/commissioning.hpp>`, every layer from money up.
#pragma once

#include <commissioning/error.hpp>
#include <commissioning/version.hpp>
#include <commissioning/money.hpp>
#include <commissioning/calendar.hpp>
#include <commissioning/contract.hpp>
#include <commissioning/budget.hpp>
#include <commissioning/fin.hpp>
#include <commissioning/appraisal.hpp>
#include <commissioning/procurement.hpp>
#include <commissioning/risk.hpp>
#include <commissioning/report.hpp>
#include <commissioning/scenario.hpp>
