// SPDX-License-Identifier: MIT
/// \file procurement/modification_rules.hpp
/// \brief Is a contract modification permitted? The value and term tests of PCR 2015
/// regulation 72 and Procurement Act 2023 section 74, with the figures and the rule.
///
/// **Example**: seed 004's Covid extension
///
///     const auto check = assess_modification(kent, 1, procurement_regime::pcr_2015,
///                                             contract_type::light_touch, parse_date("1 April 2021"));
///     check.result;   // permitted: £325,484 is 20% of the original £1,627,420, within 50%
///
/// The library decides what figures decide. Where the law also asks for a judgement (was the
/// change unforeseeable? is it substantial?), the verdict says so and the reasons list it.
#pragma once

#include <commissioning/contract/contract.hpp>
#include <commissioning/contract/modification.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/procurement/notices.hpp>
#include <commissioning/procurement/thresholds.hpp>
#include <commissioning/names.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning {

/// The answer to "may we make this modification?".
enum class verdict {
  permitted,      ///< the figures pass; any conditions are in the reasons
  not_permitted,  ///< a figure fails, or the ground does not apply
  depends,        ///< the figures allow it, but the ground turns on a judgement
};

[[nodiscard]] constexpr std::string_view to_string(verdict v) noexcept {
  switch (v) {
    case verdict::permitted: return "permitted";
    case verdict::not_permitted: return "not permitted";
    case verdict::depends: return "depends";
  }
  return "depends";
}

/// A modification tested against the rules of its regime. Its reasons and sentence are written
/// from its figures when asked for, so that a report can quote them in its own unit.
struct modification_assessment {
  std::size_t number;             ///< the modification (from 1)
  modification_ground ground;
  procurement_regime regime;
  verdict result;
  money value;                    ///< the change it causes in the contract's value
  money original_value;           ///< the maximum value as awarded
  rate share;                     ///< value / original value
  money cumulative_value;         ///< this and earlier modifications on the same ground
  rate cumulative_share;
  int months_added;
  rate term_share;                ///< months added / maximum term as awarded
  std::string citation;
  contract_type type;             ///< the contract's row type in the threshold table
  date decided_on;
  std::optional<money> de_minimis_threshold;  ///< regulation 72(1)(f): the threshold on `decided_on`

  /// Why, in words: the tests applied, their figures in `unit`, and any judgement left open.
  [[nodiscard]] std::vector<std::string> reasons(const report_unit& unit = std::nullopt) const;
  /// The finding as a report states it, its figures in `unit`.
  [[nodiscard]] std::string sentence(const report_unit& unit = std::nullopt) const;
  friend bool operator==(const modification_assessment&, const modification_assessment&) = default;
};

/// Test modification `number` (from 1) of `c`, made on `decided_on`, under `regime`, for a
/// contract of `type`. Values are compared with the contract's maximum value as awarded.
[[nodiscard]] modification_assessment assess_modification(const contract& c, std::size_t number,
                                                          procurement_regime regime, contract_type type,
                                                          date decided_on,
                                                          const threshold_table& table = threshold_table::bundled());

/// The names of this header's enums, on every face (names.hpp).
template <>
struct enum_names<verdict> {
  static constexpr std::string_view what = "verdict";
  static constexpr std::array<enum_name<verdict>, 3> names{{
      {verdict::permitted, "permitted"},
      {verdict::not_permitted, "not_permitted"},
      {verdict::depends, "depends"},
  }};
};

}  // namespace commissioning
