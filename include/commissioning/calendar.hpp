// SPDX-License-Identifier: MIT
/// \file calendar.hpp
/// \brief The layer of the calendar: dates, periods, financial years, apportionment.
#pragma once

#include <commissioning/calendar/date.hpp>
#include <commissioning/calendar/period.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/calendar/apportionment.hpp>
