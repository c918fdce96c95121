// SPDX-License-Identifier: MIT
/// \file money.hpp
/// \brief The layer of money: pence, rates, rounding, allocation and formatting.
#pragma once

#include <commissioning/money/rounding.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/allocation.hpp>
#include <commissioning/money/decimal.hpp>
