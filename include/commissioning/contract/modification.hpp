// SPDX-License-Identifier: MIT
/// \file contract/modification.hpp
/// \brief Contract modifications and the legal ground each relies on.
///
/// **Example**: seed 004's Covid extension
///
///     const modification covid{.ground = modification_ground::pcr_72_1_c, .months = 12,
///                              .description = "Covid-19: extension to 30 April 2022"};
///     citation(covid.ground);   // "Public Contracts Regulations 2015, regulation 72(1)(c)"
#pragma once

#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/names.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace commissioning {

/// The legal ground for modifying a contract during its term.
enum class modification_ground {
  pcr_72_1_a,  ///< PCR 2015 reg 72(1)(a): clear, precise and unequivocal review clauses
  pcr_72_1_b,  ///< PCR 2015 reg 72(1)(b): additional works, services or supplies (50% cap)
  pcr_72_1_c,  ///< PCR 2015 reg 72(1)(c): unforeseeable circumstances (50% cap)
  pcr_72_1_d,  ///< PCR 2015 reg 72(1)(d): a new contractor (review clause or succession)
  pcr_72_1_e,  ///< PCR 2015 reg 72(1)(e): not substantial (reg 72(8) tests)
  pcr_72_1_f,  ///< PCR 2015 reg 72(1)(f): de minimis (reg 72(5))
  pa2023_permitted,                ///< Procurement Act 2023 s74(1)(a): a Schedule 8 permitted modification
  pa2023_known_risk,               ///< Procurement Act 2023 Schedule 8 para 5: materialisation of a known risk
  pa2023_not_substantial,          ///< Procurement Act 2023 s74(1)(b): not a substantial modification
  pa2023_below_threshold,          ///< Procurement Act 2023 s74(1)(c): a below-threshold modification
  pa2023_unforeseeable,            ///< Procurement Act 2023 Schedule 8 para 4: unforeseeable circumstances (50% cap)
  pa2023_additional,               ///< Procurement Act 2023 Schedule 8: additional goods, services or works (50% cap)
  pa2023_restructuring,            ///< Procurement Act 2023 Schedule 8 para 9: transfer on corporate restructuring
  other,                           ///< another ground, named in the description
};

/// Every ground, for listing and parsing.
inline constexpr std::array<modification_ground, 14> all_modification_grounds = {
    modification_ground::pcr_72_1_a,        modification_ground::pcr_72_1_b,
    modification_ground::pcr_72_1_c,        modification_ground::pcr_72_1_d,
    modification_ground::pcr_72_1_e,        modification_ground::pcr_72_1_f,
    modification_ground::pa2023_permitted,  modification_ground::pa2023_known_risk,
    modification_ground::pa2023_not_substantial, modification_ground::pa2023_below_threshold,
    modification_ground::pa2023_unforeseeable, modification_ground::pa2023_additional,
    modification_ground::pa2023_restructuring, modification_ground::other};

/// The short code: "72(1)(c)", "s74(1)(a)", "sch8 para5", "other". The additional-goods
/// ground is coded by name: this library has not confirmed its paragraph number.
[[nodiscard]] constexpr std::string_view code(modification_ground ground) noexcept {
  switch (ground) {
    case modification_ground::pcr_72_1_a: return "72(1)(a)";
    case modification_ground::pcr_72_1_b: return "72(1)(b)";
    case modification_ground::pcr_72_1_c: return "72(1)(c)";
    case modification_ground::pcr_72_1_d: return "72(1)(d)";
    case modification_ground::pcr_72_1_e: return "72(1)(e)";
    case modification_ground::pcr_72_1_f: return "72(1)(f)";
    case modification_ground::pa2023_permitted: return "s74(1)(a)";
    case modification_ground::pa2023_known_risk: return "sch8 para5";
    case modification_ground::pa2023_not_substantial: return "s74(1)(b)";
    case modification_ground::pa2023_below_threshold: return "s74(1)(c)";
    case modification_ground::pa2023_unforeseeable: return "sch8 para4";
    case modification_ground::pa2023_additional: return "sch8 additional";
    case modification_ground::pa2023_restructuring: return "sch8 para9";
    case modification_ground::other: return "other";
  }
  return "other";
}

/// Its words in a report: the short code.
[[nodiscard]] constexpr std::string_view to_string(modification_ground ground) noexcept { return code(ground); }

/// The full citation, as a report writes it.
[[nodiscard]] inline std::string citation(modification_ground ground) {
  switch (ground) {
    case modification_ground::pa2023_permitted:
      return "Procurement Act 2023, section 74(1)(a) and Schedule 8 (permitted modification)";
    case modification_ground::pa2023_known_risk:
      return "Procurement Act 2023, Schedule 8 paragraph 5 (materialisation of a known risk)";
    case modification_ground::pa2023_not_substantial:
      return "Procurement Act 2023, section 74(1)(b) (not a substantial modification)";
    case modification_ground::pa2023_below_threshold:
      return "Procurement Act 2023, section 74(1)(c) (below-threshold modification)";
    case modification_ground::pa2023_unforeseeable:
      return "Procurement Act 2023, Schedule 8 paragraph 4 (unforeseeable circumstances)";
    case modification_ground::pa2023_additional:
      return "Procurement Act 2023, Schedule 8 (additional goods, services or works)";
    case modification_ground::pa2023_restructuring:
      return "Procurement Act 2023, Schedule 8 paragraph 9 (transfer on corporate restructuring)";
    case modification_ground::other: return "another ground";
    default: return "Public Contracts Regulations 2015, regulation " + std::string(code(ground));
  }
}

/// Read a ground from its code, with or without "PCR 2015", "reg", "regulation" or "section"
/// in front: "72(1)(c)", "reg 72(1)(c)", "section 72 (1) c" (seed 004), "s74(1)(a)",
/// "sch8 para4", "sch8 para5", "sch8 para9", "sch8 additional", "other".
[[nodiscard]] inline modification_ground parse_modification_ground(std::string_view text) {
  std::string compact;
  for (char c : text) {
    if (c == ' ' || c == '.') continue;
    compact += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  // Drop the words reports put in front: "PCR 2015 reg 72(1)(c)", "section 72 (1) c".
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view prefix : {"publiccontractsregulations", "pcr", "2015", ",", "regulation", "reg", "section"})
      if (compact.starts_with(prefix)) {
        compact.erase(0, prefix.size());
        stripped = true;
      }
  }
  // "72(1)c" as seed 004 writes it: bracket the letter.
  if (compact.size() == 6 && compact.starts_with("72(1)") && compact[5] >= 'a' && compact[5] <= 'f')
    compact = "72(1)(" + compact.substr(5) + ")";
  if (compact.starts_with("74")) compact.insert(0, "s");
  for (modification_ground ground : all_modification_grounds) {
    std::string candidate;
    for (char c : code(ground))
      if (c != ' ') candidate += c;
    if (compact == candidate) return ground;
  }
  throw invalid_input("contract", 12,
                      "unknown modification ground " + quote(text) +
                          "; use 72(1)(a)-(f), s74(1)(a), s74(1)(b), s74(1)(c), sch8 para4, sch8 para5, "
                          "sch8 para9, sch8 additional or other");
}

/// A change to a contract during its term: more months, a change in the annual value, or both.
struct modification {
  modification_ground ground = modification_ground::other;
  /// Months added to the term, after the current end (0 for a value change only).
  int months = 0;
  /// Change to the annual value (positive or negative), from `from_month`.
  money annual_change{};
  /// Months after the contract start at which `annual_change` takes effect; by default the
  /// start of the months this modification adds, or the start of the contract.
  std::optional<int> from_month{};
  std::string description{};

  friend bool operator==(const modification&, const modification&) = default;
};

/// The names of this header's enums, on every face (names.hpp).
template <>
struct enum_names<modification_ground> {
  static constexpr std::string_view what = "modification ground";
  static constexpr std::array<enum_name<modification_ground>, 14> names{{
      {modification_ground::pcr_72_1_a, "pcr_72_1_a"},
      {modification_ground::pcr_72_1_b, "pcr_72_1_b"},
      {modification_ground::pcr_72_1_c, "pcr_72_1_c"},
      {modification_ground::pcr_72_1_d, "pcr_72_1_d"},
      {modification_ground::pcr_72_1_e, "pcr_72_1_e"},
      {modification_ground::pcr_72_1_f, "pcr_72_1_f"},
      {modification_ground::pa2023_permitted, "pa2023_permitted"},
      {modification_ground::pa2023_known_risk, "pa2023_known_risk"},
      {modification_ground::pa2023_not_substantial, "pa2023_not_substantial"},
      {modification_ground::pa2023_below_threshold, "pa2023_below_threshold"},
      {modification_ground::pa2023_unforeseeable, "pa2023_unforeseeable"},
      {modification_ground::pa2023_additional, "pa2023_additional"},
      {modification_ground::pa2023_restructuring, "pa2023_restructuring"},
      {modification_ground::other, "other"},
  }};
  static modification_ground read(std::string_view text) { return parse_modification_ground(text); }
};

}  // namespace commissioning
