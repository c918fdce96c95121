// SPDX-License-Identifier: MIT
/// \file appraisal/vat.hpp
/// \brief The VAT treatment of an appraisal cost: what the council bears (net of the VAT it
/// recovers) and what a threshold compares (the VAT-inclusive value), split to the penny.
///
/// **Example**: a £120,000 invoice, VAT included at 20%, for a council's non-business service
///
///     const vat_split split = split_vat(money::parse("£120,000"), {.treatment = vat_recovery::recoverable,
///                                                                  .amounts_include_vat = true});
///     split.net;        // £100,000.00
///     split.vat;        // £20,000.00, refunded under VAT Act 1994 section 33
///     split.appraised;  // £100,000.00: the cost the appraisal counts
///     split.gross;      // £120,000.00: the value a procurement threshold compares
///
/// Councils are refunded the VAT they incur on non-business activities (Value Added Tax Act
/// 1994 section 33(1), local authorities by section 33(3)(a)), so their appraisal costs are net
/// of it; VAT they cannot recover (blocked items such as a car, VAT Input Tax Order 1992
/// articles 5 to 7, HMRC VATGPB4420; business activities) stays in the cost. Procurement
/// thresholds compare VAT-inclusive values from 1 January 2022 (SI 2021/1221) whatever the
/// council recovers. An appraisal line carries its terms (`appraisal_line::with_vat`, option.hpp):
/// the appraisal counts each year's `appraised` part and a threshold takes the line's gross.
#pragma once

#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/names.hpp>

#include <array>
#include <string>
#include <string_view>

namespace commissioning {

/// How VAT falls on a cost.
enum class vat_recovery {
  not_stated,     ///< amounts are counted as given (the default: every existing figure unchanged)
  recoverable,    ///< VAT is charged and refunded (section 33): the appraisal counts the net cost
  irrecoverable,  ///< VAT is charged and not refunded: the appraisal counts the gross cost
  exempt,         ///< an exempt supply (much social care): no VAT is charged
  outside_scope,  ///< outside the scope of VAT (grants, payments between public bodies): none charged
};

/// A cost's VAT facts.
struct vat_terms {
  vat_recovery treatment = vat_recovery::not_stated;
  rate vat_rate = rate::ratio(1, 5);  ///< the standard rate, 20% (VAT Act 1994 section 2(1))
  bool amounts_include_vat = false;   ///< the amounts given are VAT-inclusive (else net)
  friend bool operator==(const vat_terms&, const vat_terms&) = default;
};

/// A cost split into its parts; net + vat == gross to the penny.
struct vat_split {
  money net;
  money vat;        ///< zero when exempt or outside the scope
  money gross;      ///< what a procurement threshold compares
  money appraised;  ///< what the appraisal counts: net if recoverable, gross otherwise
};

/// `terms`, refused (commissioning.appraisal.007) if its rate is negative.
inline const vat_terms& check_vat_terms(const vat_terms& terms) {
  if (terms.vat_rate.value() < 0)
    throw invalid_input("appraisal", 7, "a VAT rate cannot be negative, got " + terms.vat_rate.to_percent_string());
  return terms;
}

/// The terms in the words of an appraisal's assumptions: "recoverable at 20%; the amounts
/// include VAT; the appraisal counts them net of VAT, which the council recovers (VAT Act 1994
/// s.33)".
[[nodiscard]] inline std::string describe(const vat_terms& terms) {
  const std::string given = terms.amounts_include_vat ? "the amounts include VAT" : "the amounts exclude VAT";
  switch (terms.treatment) {
    case vat_recovery::recoverable:
      return "recoverable at " + terms.vat_rate.to_percent_string() + "; " + given +
             "; the appraisal counts them net of VAT, which the council recovers (VAT Act 1994 s.33)";
    case vat_recovery::irrecoverable:
      return "charged at " + terms.vat_rate.to_percent_string() + " and not recoverable; " + given +
             "; the appraisal counts them with VAT, a cost the council bears";
    case vat_recovery::exempt: return "an exempt supply: no VAT is charged and the amounts are counted as given";
    case vat_recovery::outside_scope:
      return "outside the scope of VAT: none is charged and the amounts are counted as given";
    case vat_recovery::not_stated: break;
  }
  return "not stated: the amounts are counted as given";
}

/// Split `amount` by its VAT terms. From a VAT-inclusive amount the VAT is `amount x rate /
/// (1 + rate)` rounded to the penny and the net is the rest, so no penny is created or lost.
/// A negative rate is commissioning.appraisal.007.
[[nodiscard]] inline vat_split split_vat(money amount, const vat_terms& terms) {
  (void)check_vat_terms(terms);
  const bool charged = terms.treatment == vat_recovery::recoverable || terms.treatment == vat_recovery::irrecoverable;
  if (!charged) return {amount, money{}, amount, amount};
  money vat;
  if (terms.amounts_include_vat)
    vat = amount.multiply(terms.vat_rate / (rate(1) + terms.vat_rate));
  else
    vat = amount.multiply(terms.vat_rate);
  const money net = terms.amounts_include_vat ? amount - vat : amount;
  const money gross = net + vat;
  return {net, vat, gross, terms.treatment == vat_recovery::recoverable ? net : gross};
}

/// The names of this header's enum, on every face (names.hpp).
template <>
struct enum_names<vat_recovery> {
  static constexpr std::string_view what = "VAT recovery";
  static constexpr std::array<enum_name<vat_recovery>, 5> names{{
      {vat_recovery::not_stated, "not_stated"},
      {vat_recovery::recoverable, "recoverable"},
      {vat_recovery::irrecoverable, "irrecoverable"},
      {vat_recovery::exempt, "exempt"},
      {vat_recovery::outside_scope, "outside_scope"},
  }};
};

/// The terms in brief, for a line's summary: "recoverable at 20%, amounts include VAT",
/// "exempt"; empty when not stated.
[[nodiscard]] inline std::string summary(const vat_terms& terms) {
  if (terms.treatment == vat_recovery::not_stated) return {};
  std::string text(name_of(terms.treatment));
  if (terms.treatment == vat_recovery::recoverable || terms.treatment == vat_recovery::irrecoverable)
    text.append(" at ").append(terms.vat_rate.to_percent_string());
  if (terms.amounts_include_vat) text.append(", amounts include VAT");
  return text;
}

}  // namespace commissioning
