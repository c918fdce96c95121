// SPDX-License-Identifier: MIT
/// \file commissioning.hpp
/// \brief Everything: `#include <commissioning/commissioning.hpp>`.
#pragma once

#include <commissioning/allocation.hpp>
#include <commissioning/calendar.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money.hpp>
#include <commissioning/rate.hpp>
#include <commissioning/rounding.hpp>
#include <commissioning/version.hpp>
