// SPDX-License-Identifier: MIT
/// \file procurement/thresholds.hpp
/// \brief Procurement thresholds as dated data: which regime, which contract type, from when,
/// how much, and the source of every row.
///
/// **Example**:
///
///     const threshold_table& table = threshold_table::bundled();
///     const threshold_row& row = table.lookup(procurement_regime::procurement_act_2023,
///                                             contract_type::light_touch, parse_date("1 March 2026"));
///     row.amount;   // £663,540.00, VAT-inclusive, from 1 January 2026 (SI 2025/1200)
///
/// The bundled table is data/procurement-thresholds.csv, compiled in; a newer table is loaded
/// at run time with `threshold_table::parse_csv(text)`, without rebuilding.
#pragma once

#include <commissioning/calendar/date.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/procurement/threshold_data.hpp>
#include <commissioning/names.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <system_error>
#include <tuple>
#include <string_view>
#include <vector>

namespace commissioning {

/// The law a procurement falls under.
enum class procurement_regime {
  pcr_2015,              ///< the Public Contracts Regulations 2015 (procurements begun before 24 February 2025)
  procurement_act_2023,  ///< the Procurement Act 2023 (procurements begun on or after 24 February 2025)
};

[[nodiscard]] constexpr std::string_view to_string(procurement_regime regime) noexcept {
  return regime == procurement_regime::pcr_2015 ? "pcr_2015" : "procurement_act_2023";
}
[[nodiscard]] constexpr std::string_view title(procurement_regime regime) noexcept {
  return regime == procurement_regime::pcr_2015 ? "Public Contracts Regulations 2015" : "Procurement Act 2023";
}

/// The rows of a threshold table.
enum class contract_type {
  central_goods_services,      ///< supplies and services, central government
  sub_central_goods_services,  ///< supplies and services, other authorities (councils)
  works,
  light_touch,                 ///< light-touch (social and other specific) services
  utilities_goods_services,
  utilities_works,
  utilities_light_touch,
  defence_security_goods_services,
  defence_security_works,
  concession,
  light_touch_concession,
};

inline constexpr std::array<contract_type, 11> all_contract_types = {
    contract_type::central_goods_services, contract_type::sub_central_goods_services, contract_type::works,
    contract_type::light_touch, contract_type::utilities_goods_services, contract_type::utilities_works,
    contract_type::utilities_light_touch, contract_type::defence_security_goods_services,
    contract_type::defence_security_works, contract_type::concession, contract_type::light_touch_concession};

[[nodiscard]] constexpr std::string_view to_string(contract_type type) noexcept {
  switch (type) {
    case contract_type::central_goods_services: return "central_goods_services";
    case contract_type::sub_central_goods_services: return "sub_central_goods_services";
    case contract_type::works: return "works";
    case contract_type::light_touch: return "light_touch";
    case contract_type::utilities_goods_services: return "utilities_goods_services";
    case contract_type::utilities_works: return "utilities_works";
    case contract_type::utilities_light_touch: return "utilities_light_touch";
    case contract_type::defence_security_goods_services: return "defence_security_goods_services";
    case contract_type::defence_security_works: return "defence_security_works";
    case contract_type::concession: return "concession";
    case contract_type::light_touch_concession: return "light_touch_concession";
  }
  return "works";
}

namespace detail {
inline bool is_light_touch(contract_type type) {
  return type == contract_type::light_touch || type == contract_type::light_touch_concession ||
         type == contract_type::utilities_light_touch;
}
}  // namespace detail

/// Read a contract type from its name ("light_touch").
[[nodiscard]] inline contract_type parse_contract_type(std::string_view name) {
  for (contract_type type : all_contract_types)
    if (to_string(type) == name) return type;
  throw invalid_input("procurement", 2, "unknown contract type " + quote(name));
}

/// Read a regime from its name ("pcr_2015", "procurement_act_2023").
[[nodiscard]] inline procurement_regime parse_procurement_regime(std::string_view name) {
  for (procurement_regime regime : {procurement_regime::pcr_2015, procurement_regime::procurement_act_2023})
    if (to_string(regime) == name) return regime;
  throw invalid_input("procurement", 2, "unknown procurement regime " + quote(name));
}

/// The column of Schedule 1 to the Procurement Act 2023 a row is in. From 1 January 2026
/// (SI 2025/1200) the Schedule has a column for contracts regulated by the Welsh Ministers
/// (broadly, those of devolved Welsh authorities) beside the column for any other contract;
/// before then, and under the PCR 2015, one column serves every contract.
enum class threshold_column {
  all,              ///< every contract: the one column
  welsh_ministers,  ///< contracts regulated by the Welsh Ministers
  any_other,        ///< any other contract
};

[[nodiscard]] constexpr std::string_view to_string(threshold_column column) noexcept {
  switch (column) {
    case threshold_column::welsh_ministers: return "welsh_ministers";
    case threshold_column::any_other: return "any_other";
    default: return "all";
  }
}

/// The column's names, on every face (names.hpp); here, before the CSV reader uses them.
template <>
struct enum_names<threshold_column> {
  static constexpr std::string_view what = "threshold column";
  static constexpr std::array<enum_name<threshold_column>, 3> names{{
      {threshold_column::all, "all"},
      {threshold_column::welsh_ministers, "welsh_ministers"},
      {threshold_column::any_other, "any_other"},
  }};
  static threshold_column read(std::string_view text) { return unknown_name<threshold_column>(text, "procurement", 2); }
};

/// One threshold, in force from a date until the next row for the same regime, type and column.
struct threshold_row {
  procurement_regime regime;
  contract_type type;
  date effective_from;
  money amount;
  bool vat_inclusive;  ///< thresholds are VAT-inclusive from 1 January 2022
  std::string source;
  threshold_column column = threshold_column::all;
  friend bool operator==(const threshold_row&, const threshold_row&) = default;

  /// Does the row serve a contract that is, or is not, regulated by the Welsh Ministers?
  [[nodiscard]] bool serves(bool regulated_by_welsh_ministers) const noexcept {
    return column == threshold_column::all ||
           column == (regulated_by_welsh_ministers ? threshold_column::welsh_ministers : threshold_column::any_other);
  }
};

namespace detail {
[[nodiscard]] inline std::string column_words(bool regulated_by_welsh_ministers) {
  return regulated_by_welsh_ministers ? " for a contract regulated by the Welsh Ministers" : "";
}
}  // namespace detail

/// The largest threshold file `read_csv` reads: 1 MiB, five hundred times the bundled table.
inline constexpr std::size_t max_threshold_file_bytes = std::size_t{1} << 20;

/// A table of thresholds by regime, contract type and date.
class threshold_table {
 public:
  explicit threshold_table(std::vector<threshold_row> rows);
  /// A table from rows as a caller gives them, checked as `parse_csv` checks a file's lines: at
  /// least one row, no negative amount (naming the row, counted from 0), none twice
  /// (commissioning.procurement.001).
  [[nodiscard]] static threshold_table of(std::vector<threshold_row> rows);

  /// The table bundled with the library (data/procurement-thresholds.csv).
  [[nodiscard]] static const threshold_table& bundled() {
    static const threshold_table table = parse_csv(detail::bundled_threshold_csv);
    return table;
  }
  /// Read a table: a header line, then `regime,contract_type,effective_from,amount,vat_inclusive,source`
  /// and, optionally, `column` (`all`, `welsh_ministers` or `any_other`; `all` when left out).
  [[nodiscard]] static threshold_table parse_csv(std::string_view text);
  /// Read a table from a CSV file as `parse_csv` reads its text. A file that cannot be opened,
  /// is not a regular file (a directory, or a FIFO that would block) or is over
  /// `max_threshold_file_bytes` is commissioning.procurement.008, naming the path and the reason.
  [[nodiscard]] static threshold_table read_csv(const std::string& path);

  [[nodiscard]] const std::vector<threshold_row>& rows() const noexcept { return rows_; }

  /// The row in force on `on` for a contract regulated by the Welsh Ministers or not (a row of
  /// the one column serves both); throws `out_of_range_error` if the table has none.
  [[nodiscard]] const threshold_row& lookup(procurement_regime regime, contract_type type, date on,
                                            bool regulated_by_welsh_ministers = false) const {
    const threshold_row* found = nullptr;
    for (const threshold_row& row : rows_)
      if (row.regime == regime && row.type == type && row.serves(regulated_by_welsh_ministers) &&
          std::chrono::sys_days(row.effective_from) <= std::chrono::sys_days(on) &&
          (found == nullptr || std::chrono::sys_days(found->effective_from) < std::chrono::sys_days(row.effective_from)))
        found = &row;
    if (found == nullptr)
      throw out_of_range_error("procurement", 3,
                               "the threshold table has no " + std::string(to_string(type)) + " threshold" +
                                   detail::column_words(regulated_by_welsh_ministers) + " under the " +
                                   std::string(title(regime)) + " in force on " + to_long_string(on) +
                                   "; load a table that covers it");
    return *found;
  }

 private:
  std::vector<threshold_row> rows_;
};

/// The names of this header's enums, on every face (names.hpp).
template <>
struct enum_names<procurement_regime> {
  static constexpr std::string_view what = "procurement regime";
  static constexpr std::array<enum_name<procurement_regime>, 2> names{{
      {procurement_regime::pcr_2015, "pcr_2015"},
      {procurement_regime::procurement_act_2023, "procurement_act_2023"},
  }};
  static procurement_regime read(std::string_view text) { return unknown_name<procurement_regime>(text, "procurement", 2); }
};

template <>
struct enum_names<contract_type> {
  static constexpr std::string_view what = "contract type";
  static constexpr std::array<enum_name<contract_type>, 11> names{{
      {contract_type::central_goods_services, "central_goods_services"},
      {contract_type::sub_central_goods_services, "sub_central_goods_services"},
      {contract_type::works, "works"},
      {contract_type::light_touch, "light_touch"},
      {contract_type::utilities_goods_services, "utilities_goods_services"},
      {contract_type::utilities_works, "utilities_works"},
      {contract_type::utilities_light_touch, "utilities_light_touch"},
      {contract_type::defence_security_goods_services, "defence_security_goods_services"},
      {contract_type::defence_security_works, "defence_security_works"},
      {contract_type::concession, "concession"},
      {contract_type::light_touch_concession, "light_touch_concession"},
  }};
  static contract_type read(std::string_view text) { return unknown_name<contract_type>(text, "procurement", 2); }
};

}  // namespace commissioning
