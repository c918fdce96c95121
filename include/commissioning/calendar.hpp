// SPDX-License-Identifier: MIT
/// \file calendar.hpp
/// \brief The calendar layer: dates, periods, financial years and apportionment.
#pragma once

#include <commissioning/apportionment.hpp>
#include <commissioning/date.hpp>
#include <commissioning/financial_year.hpp>
#include <commissioning/period.hpp>
