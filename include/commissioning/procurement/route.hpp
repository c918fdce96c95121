// SPDX-License-Identifier: MIT
/// \file procurement/route.hpp
/// \brief Which procurement regime applies to a contract, its estimated value, the threshold
/// it meets, and what follows, citing the rule.
///
/// **Example**: seed 004, the Kent young carers contract procured in 2016
///
///     const procurement_assessment answer = assess_procurement(kent, {
///         .category = service_category::light_touch_services,
///         .vat = vat_treatment::exempt,
///         .procurement_start = parse_date("1 January 2016")});
///     answer.regime;            // pcr_2015
///     answer.estimated_value;   // £1,627,420.00: every option included
///     answer.above_threshold;   // true: over the £589,148 light-touch threshold
///
/// An answer is a result, not an exception; only impossible questions (a date before the
/// 2015 Regulations, a type the table lacks) are errors.
#pragma once

#include <commissioning/contract/contract.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/procurement/notices.hpp>
#include <commissioning/procurement/thresholds.hpp>
#include <commissioning/names.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <string>

namespace commissioning {

/// The day the Public Contracts Regulations 2015 came into force, and the day the
/// Procurement Act 2023 replaced them for new procurements.
inline constexpr date pcr_2015_in_force{std::chrono::year{2015}, std::chrono::February, std::chrono::day{26}};
inline constexpr date procurement_act_in_force{std::chrono::year{2025}, std::chrono::February, std::chrono::day{24}};

/// Who is buying: thresholds differ for central government and other ("sub-central") bodies.
enum class authority_type { central_government, sub_central };

/// What is being bought.
enum class service_category { goods, services, works, light_touch_services };

/// How the contract's price treats VAT (thresholds compare VAT-inclusive values from 2022).
enum class vat_treatment {
  exempt,     ///< no VAT is charged (many social care services)
  exclusive,  ///< the price is net: VAT at the standard rate is added
  inclusive,  ///< the price already includes VAT
};

/// The facts a procurement question needs besides the contract.
struct procurement_facts {
  authority_type authority = authority_type::sub_central;
  service_category category = service_category::services;
  vat_treatment vat = vat_treatment::exclusive;
  /// The day the procurement started (for a call-off, the day the framework's procurement
  /// started). Unset, a contract's assessment assumes the contract's start and says so.
  std::optional<date> procurement_start{};
  rate vat_rate = rate::ratio(1, 5);              ///< the standard rate, 20%
  std::optional<contract_type> type = std::nullopt;  ///< set for utilities, defence or concessions
  /// A contract regulated by the Welsh Ministers (a devolved Welsh authority's): from 1 January
  /// 2026 the Act's Schedule 1 gives it its own column (SI 2025/1200).
  bool regulated_by_welsh_ministers = false;
};

/// Below the 2015 Regulations' thresholds, Part 4 Chapter 8: an opportunity that is advertised
/// must also go on Contracts Finder from `limit` (regulations 109 and 110).
struct contracts_finder_test {
  money value;         ///< the estimated value as the rule compares it
  money limit;         ///< the value from which the rule applies
  bool vat_inclusive;  ///< whether `value` and `limit` include VAT
  friend bool operator==(const contracts_finder_test&, const contracts_finder_test&) = default;
};

/// The answer to "which rules apply, and what follows?". Its words are written from its
/// figures when asked for, so that a report can quote them in its own unit.
struct procurement_assessment {
  procurement_regime regime;
  contract_type type;
  money estimated_value;      ///< as the threshold compares it (VAT-inclusive unless the row is net)
  money value_net_of_vat;
  money value_with_vat;
  threshold_row threshold;
  bool above_threshold;
  std::string citation;       ///< the regulation or section
  date procurement_start;     ///< as given, or as assumed (`assumption` says so)
  std::optional<contracts_finder_test> contracts_finder;  ///< below the 2015 Regulations' thresholds
  std::string preamble;       ///< words before the finding (lots: why their values are added)
  std::string assumption;     ///< words after it: the start assumed when none was given

  /// What follows, e.g. "light touch contract above threshold: tender notice required".
  [[nodiscard]] std::string consequence(const report_unit& unit = std::nullopt) const;
  /// The finding as a report states it, its figures in `unit`.
  [[nodiscard]] std::string sentence(const report_unit& unit = std::nullopt) const;
  friend bool operator==(const procurement_assessment&, const procurement_assessment&) = default;
};

/// The regime for a procurement starting on `start`. The Public Contracts Regulations 2015 go
/// on governing a contract procured or awarded before 24 February 2025, and its modifications,
/// and a call-off under a framework procured before then until the framework ends (SI 2024/716
/// regulation 5): for a call-off, `start` is the day the framework's procurement started.
[[nodiscard]] inline procurement_regime regime_on(date start) {
  if (std::chrono::sys_days(start) < std::chrono::sys_days(pcr_2015_in_force))
    throw out_of_range_error("procurement", 4,
                             to_long_string(start) +
                                 " is before the Public Contracts Regulations 2015 came into force (26 February 2015)");
  return std::chrono::sys_days(start) < std::chrono::sys_days(procurement_act_in_force)
             ? procurement_regime::pcr_2015
             : procurement_regime::procurement_act_2023;
}

/// The threshold-table row type for an authority buying a category.
[[nodiscard]] constexpr contract_type contract_type_for(authority_type authority, service_category category) noexcept {
  switch (category) {
    case service_category::works: return contract_type::works;
    case service_category::light_touch_services: return contract_type::light_touch;
    default:
      return authority == authority_type::central_government ? contract_type::central_goods_services
                                                             : contract_type::sub_central_goods_services;
  }
}

/// Assess an estimated value against the threshold in force when the procurement started;
/// `facts.procurement_start` is required (commissioning.procurement.007 without it).
[[nodiscard]] procurement_assessment assess_procurement(money estimated_value, const procurement_facts& facts,
                                                        const threshold_table& table = threshold_table::bundled());

/// Assess a contract's estimated value (its maximum value: the base term and every option).
/// Without `facts.procurement_start` the contract's start is taken, and the sentence says so:
/// a 2026 contract from a 2024 procurement is under the PCR 2015 only if the 2024 date is given.
[[nodiscard]] procurement_assessment assess_procurement(const contract& c, const procurement_facts& facts,
                                                        const threshold_table& table = threshold_table::bundled());

/// The names of this header's enums, on every face (names.hpp).
template <>
struct enum_names<authority_type> {
  static constexpr std::string_view what = "authority type";
  static constexpr std::array<enum_name<authority_type>, 2> names{{
      {authority_type::central_government, "central_government"},
      {authority_type::sub_central, "sub_central"},
  }};
  static authority_type read(std::string_view text) { return unknown_name<authority_type>(text, "procurement", 2); }
};

template <>
struct enum_names<service_category> {
  static constexpr std::string_view what = "service category";
  static constexpr std::array<enum_name<service_category>, 4> names{{
      {service_category::goods, "goods"},
      {service_category::services, "services"},
      {service_category::works, "works"},
      {service_category::light_touch_services, "light_touch_services"},
  }};
  static service_category read(std::string_view text) { return unknown_name<service_category>(text, "procurement", 2); }
};

template <>
struct enum_names<vat_treatment> {
  static constexpr std::string_view what = "VAT treatment";
  static constexpr std::array<enum_name<vat_treatment>, 3> names{{
      {vat_treatment::exempt, "exempt"},
      {vat_treatment::exclusive, "exclusive"},
      {vat_treatment::inclusive, "inclusive"},
  }};
  static vat_treatment read(std::string_view text) { return unknown_name<vat_treatment>(text, "procurement", 2); }
};

}  // namespace commissioning
