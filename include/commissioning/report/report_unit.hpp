// SPDX-License-Identifier: MIT
/// \file report/report_unit.hpp
/// \brief The one money unit a whole report shows: every table, note and sentence built with it
/// follows it, in every renderer and in Word and Excel alike.
///
/// **Example**: a report in thousands
///
///     const report_unit unit = money_unit::thousands;
///     envelope_position_table(position, unit);  // columns "£1,000k", breach notes "by £250k"
///     financial_implications_paragraph(c, "the existing revenue budget", unit);  // "£326k per annum"
///
/// Every table builder and sentence takes it as its last argument. It is an argument rather
/// than a setting kept on a table because notes and sentences are words with figures in them,
/// written when they are built: a unit applied afterwards could change the columns but not the
/// notes. Unset (the default), each table keeps its usual format (pounds and pence for exact
/// tables such as the envelope and the profile, whole pounds for the options table) and notes
/// and sentences quote figures as `report_figure` does, so the seeds' words stay verbatim.
#pragma once

#include <commissioning/money/money.hpp>

#include <optional>
#include <string>

namespace commissioning {

/// The money unit of a whole report; `std::nullopt`: each table and sentence its usual.
using report_unit = std::optional<money_unit>;

/// A money column's format in the report's unit (the unit's usual decimals), else `usual`.
[[nodiscard]] inline money_format in_unit(const report_unit& unit, money_format usual) {
  return unit ? money_format{.unit = *unit} : usual;
}

/// A figure in a note or sentence: in the report's unit ("£1,628k"), else `report_figure`
/// ("£1,627,500", or "£325,484.88" when it has pence).
[[nodiscard]] inline std::string report_figure(money amount, const report_unit& unit) {
  return unit ? format(amount, money_format{.unit = *unit}) : report_figure(amount);
}

}  // namespace commissioning
