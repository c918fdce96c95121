// SPDX-License-Identifier: MIT
/// \file procurement/notices.hpp
/// \brief Where a notice under the Public Contracts Regulations 2015 is published on a date,
/// and the Contracts Finder duty for contracts below the thresholds, with the rule each follows.
///
/// **Example**:
///
///     notice_service(parse_date("1 June 2018"));   // "the Official Journal of the European Union (OJEU/TED)"
///     notice_service(parse_date("1 June 2021"));   // "Find a Tender"
///     contracts_finder_rule_on(parse_date("1 June 2018")).sub_central;   // £25,000, net of VAT
#pragma once

#include <commissioning/calendar/date.hpp>
#include <commissioning/money/money.hpp>

#include <array>
#include <chrono>
#include <string_view>

namespace commissioning {

/// The first day notices went to Find a Tender: the UK's e-notification service replaced the
/// OJEU and Tenders Electronic Daily at 23:00 on 31 December 2020, the end of the transition
/// period (PPN 08/20; the Public Procurement (Amendment etc.) (EU Exit) Regulations 2020,
/// SI 2020/1319). A date carries no hour, so 31 December 2020 counts as before the switch.
inline constexpr date find_a_tender_from{std::chrono::year{2021}, std::chrono::January, std::chrono::day{1}};

/// Where a PCR 2015 notice is published on `on`: the OJEU (through TED) before Find a Tender.
/// PPN 08/20: a procurement launched before the switch keeps publishing its notices in the OJEU
/// until it is finalised, so a procurement's notices follow the day it started.
[[nodiscard]] constexpr std::string_view notice_service(date on) noexcept {
  return std::chrono::sys_days(on) < std::chrono::sys_days(find_a_tender_from)
             ? "the Official Journal of the European Union (OJEU/TED)"
             : "Find a Tender";
}

/// From which value an advertised below-threshold opportunity must also be published on
/// Contracts Finder (PCR 2015 Part 4 Chapter 8: regulation 109(2) sets the values, regulation
/// 110 the duty). Below them Chapter 8 does not apply.
struct contracts_finder_rule {
  date from;
  money central;      ///< central government authorities
  money sub_central;  ///< sub-central authorities such as councils (and NHS trusts)
  bool vat_inclusive;
  std::string_view source;
};

/// The rules in date order, each in force until the next.
inline constexpr std::array<contracts_finder_rule, 3> contracts_finder_rules = {{
    {{std::chrono::year{2015}, std::chrono::February, std::chrono::day{26}}, money::from_pence(10'000'00),
     money::from_pence(25'000'00), false,
     "PCR 2015 regulation 109(2) as made: £10,000 and £25,000 net of VAT"},
    {{std::chrono::year{2022}, std::chrono::January, std::chrono::day{1}}, money::from_pence(10'000'00),
     money::from_pence(25'000'00), true,
     "PCR 2015 regulation 109(2) as amended by SI 2021/1221 regulation 3(3)(e): the same figures, inclusive of VAT"},
    {{std::chrono::year{2022}, std::chrono::December, std::chrono::day{21}}, money::from_pence(12'000'00),
     money::from_pence(30'000'00), true,
     "PCR 2015 regulation 109(2) as amended by the Public Contracts (Amendment) Regulations 2022, SI 2022/1390: "
     "£12,000 and £30,000 inclusive of VAT"},
}};

/// The Contracts Finder rule in force on `on` (the first rule for a date before it, which
/// `regime_on` refuses anyway).
[[nodiscard]] constexpr const contracts_finder_rule& contracts_finder_rule_on(date on) noexcept {
  const contracts_finder_rule* found = &contracts_finder_rules.front();
  for (const contracts_finder_rule& rule : contracts_finder_rules)
    if (std::chrono::sys_days(rule.from) <= std::chrono::sys_days(on)) found = &rule;
  return *found;
}

}  // namespace commissioning
