// SPDX-License-Identifier: MIT
// The modification rules of procurement/modification_rules.hpp, compiled once: the tests of each
// ground, their verdicts and reasons.
#include <commissioning/procurement/modification_rules.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning {

namespace detail {

bool is_pcr_ground(modification_ground ground) { return ground <= modification_ground::pcr_72_1_f; }

std::string percent(const rate& r) { return r.to_percent_string(2); }

/// Section 75 of the Act: is a contract change notice required before the modification?
/// Subsection (2) excuses a change of value of 10% or less (15% for works) or of the term by
/// 10% or less of the maximum term, unless it is a novation or assignment on corporate
/// restructuring (Schedule 8 paragraph 9). The library reads (2)(a) and (2)(b) together: a
/// modification is excused only if every change it makes is within its limit (see
/// docs/procurement.md). Subsection (6) excludes defence and security contracts, light touch
/// contracts and contracts awarded by a private utility.
std::string change_notice_reason(modification_ground ground, contract_type type, const rate& value_share,
                                 const rate& value_limit, const rate& term_share) {
  if (type == contract_type::defence_security_goods_services || type == contract_type::defence_security_works)
    return "no contract change notice is required: section 75 does not apply to a defence and security contract "
           "(section 75(6)(a))";
  const bool value_small = value_share <= value_limit;
  const bool term_small = term_share <= rate::ratio(1, 10);
  std::string reason;
  if (ground == modification_ground::pa2023_restructuring)
    reason =
        "a contract change notice is required before the modification (section 75(1)): a novation or assignment "
        "on corporate restructuring needs one whatever its size (section 75(2))";
  else if (!value_small)
    reason = "a contract change notice is required before the modification (section 75(1)): the value changes by " +
             percent(value_share) + ", over the " + percent(value_limit) + " of section 75(2)(a)";
  else if (!term_small)
    reason = "a contract change notice is required before the modification (section 75(1)): the term changes by " +
             percent(term_share) + " of the maximum term, over the 10% of section 75(2)(b)";
  else
    reason = "no contract change notice is required: the value changes by " + percent(value_share) + ", within " +
             percent(value_limit) + ", and the term by " + percent(term_share) +
             " of the maximum term, within 10% (section 75(2))";
  if (type == contract_type::utilities_goods_services || type == contract_type::utilities_works)
    reason += "; none is required if a private utility awarded the contract (section 75(6)(c))";
  return reason;
}

/// The verdict, the rule cited and the reasons for a modification's figures; the reasons quote
/// money in `unit`. One function, so that the verdict and the words cannot disagree.
struct modification_judgement {
  verdict result = verdict::depends;
  std::string citation;
  std::vector<std::string> reasons;
};

modification_judgement judge(const modification_assessment& a, const report_unit& unit) {
  modification_judgement j;
  auto& reasons = j.reasons;
  const bool works = a.type == contract_type::works || a.type == contract_type::utilities_works ||
                     a.type == contract_type::defence_security_works;
  const rate small_share = works ? rate::ratio(15, 100) : rate::ratio(10, 100);
  const rate half = rate::ratio(1, 2);

  if (detail::is_pcr_ground(a.ground) != (a.regime == procurement_regime::pcr_2015) &&
      a.ground != modification_ground::other) {
    j.result = verdict::not_permitted;
    j.citation = std::string(title(a.regime));
    reasons.push_back("the ground " + citation(a.ground) + " belongs to the other regime; a contract under the " +
                      std::string(title(a.regime)) + " must be modified under its own rules");
  } else if (a.regime == procurement_regime::pcr_2015) {
    j.citation = citation(a.ground);
    switch (a.ground) {
      case modification_ground::pcr_72_1_b:
      case modification_ground::pcr_72_1_c: {
        const bool within = a.share <= half;
        j.result = within ? verdict::permitted : verdict::not_permitted;
        reasons.push_back("the modification is worth " + report_figure(a.value, unit) + ", " +
                          detail::percent(a.share) + " of the original value of " +
                          report_figure(a.original_value, unit) + (within ? ", within" : ", over") +
                          " the 50% limit for each modification (regulation 72(1)" +
                          (a.ground == modification_ground::pcr_72_1_b ? "(b)" : "(c)") + " and 72(2))");
        reasons.push_back(a.ground == modification_ground::pcr_72_1_c
                              ? "it must arise from circumstances a diligent authority could not have foreseen and "
                                "not alter the overall nature of the contract"
                              : "a change of contractor must be impossible for economic or technical reasons or "
                                "cause significant inconvenience or duplication of costs");
        reasons.push_back("a modification notice is to be published in " + std::string(notice_service(a.decided_on)));
        break;
      }
      case modification_ground::pcr_72_1_f: {
        const money compared = abs(a.cumulative_value);
        const bool below_threshold = compared < *a.de_minimis_threshold;
        const bool below_share = a.cumulative_share < small_share;
        j.result = below_threshold && below_share ? verdict::permitted : verdict::not_permitted;
        reasons.push_back("de minimis (regulation 72(5)): the de minimis modifications come to " +
                          report_figure(compared, unit) + ", " + (below_threshold ? "below" : "not below") +
                          " the threshold of " + report_figure(*a.de_minimis_threshold, unit) + ", and " +
                          detail::percent(a.cumulative_share) + " of the original value, " +
                          (below_share ? "below" : "not below") + " the " + detail::percent(small_share) + " limit");
        reasons.push_back("the modification must not alter the overall nature of the contract");
        break;
      }
      case modification_ground::pcr_72_1_a:
        reasons.push_back(
            "permitted only if the original procurement documents contain a clear, precise and "
            "unequivocal review clause providing for it");
        break;
      case modification_ground::pcr_72_1_d:
        reasons.push_back(
            "permitted only for a new contractor under a review clause or by succession after a "
            "corporate restructuring");
        break;
      case modification_ground::pcr_72_1_e:
        reasons.push_back("permitted only if the modification is not substantial under the tests of regulation 72(8)");
        break;
      default:
        reasons.push_back("no ground was named: the modification must fit one of regulation 72(1)(a) to (f)");
    }
  } else {
    j.citation = citation(a.ground);
    // The term test is 10% of the maximum term for every contract; only the value test is 15% for works.
    const bool term_small = a.term_share <= rate::ratio(1, 10);
    const bool utilities =
        a.type == contract_type::utilities_goods_services || a.type == contract_type::utilities_works;
    if (detail::is_light_touch(a.type)) {
      j.result = verdict::permitted;
      j.citation = "Procurement Act 2023, section 74 (light touch contracts) and section 75(6)(b)";
      reasons.push_back(
          "a light touch contract may be modified without a section 74 ground, and no contract change "
          "notice is required");
    } else {
      switch (a.ground) {
        case modification_ground::pa2023_below_threshold: {
          const bool value_small = a.cumulative_share <= small_share;
          j.result = value_small && term_small ? verdict::permitted : verdict::not_permitted;
          reasons.push_back("below-threshold modifications come to " + detail::percent(a.cumulative_share) +
                            " of the estimated value, " + (value_small ? "within" : "over") + " the " +
                            detail::percent(small_share) + " limit (section 74(4), aggregated)");
          reasons.push_back("the term changes by " + std::to_string(a.months_added) + " months, " +
                            detail::percent(a.term_share) + " of the maximum term, " +
                            (term_small ? "within" : "over") + " 10%");
          break;
        }
        case modification_ground::pa2023_not_substantial: {
          const bool term_ok = a.term_share <= rate::ratio(1, 10);
          j.result = term_ok ? verdict::depends : verdict::not_permitted;
          reasons.push_back(
              "the term changes by " + detail::percent(a.term_share) + " of the maximum term: " +
              (term_ok ? "not over 10%, so not substantial on that test" : "over 10%, a substantial modification"));
          if (term_ok)
            reasons.push_back("it must also not materially change the scope or the economic balance of the contract");
          break;
        }
        case modification_ground::pa2023_known_risk: {
          // The 50% cap does not apply to utilities contracts (Schedule 8 paragraph 5).
          const bool within = utilities || a.share <= half;
          j.result = within ? verdict::permitted : verdict::not_permitted;
          reasons.push_back(utilities ? "the modification is worth " + detail::percent(a.share) +
                                            " of the estimated value; the 50% limit for a known risk does not apply "
                                            "to a utilities contract (Schedule 8 paragraph 5)"
                                      : "the modification is worth " + detail::percent(a.share) +
                                            " of the estimated value, " + (within ? "within" : "over") +
                                            " the 50% limit for a known risk (Schedule 8 paragraph 5)");
          reasons.push_back("the risk must have been described in the tender or transparency notice");
          break;
        }
        case modification_ground::pa2023_unforeseeable:
        case modification_ground::pa2023_additional: {
          // Schedule 8 paragraph 4(1)(c) and (2): not more than 50% of the estimated value, except
          // for a utilities contract; the additional-goods ground carries the same cap.
          const bool unforeseeable = a.ground == modification_ground::pa2023_unforeseeable;
          const std::string rule = unforeseeable ? "Schedule 8 paragraph 4(1)(c)" : "the additional-goods ground";
          const bool within = utilities || a.share <= half;
          j.result = within ? verdict::depends : verdict::not_permitted;
          reasons.push_back("the modification is worth " + detail::percent(a.share) + " of the estimated value" +
                            (utilities ? "; the 50% limit of " + rule + " does not apply to a utilities contract"
                                       : std::string(within ? ", within" : ", over") + " the 50% limit of " + rule));
          reasons.push_back(unforeseeable
                                ? "the circumstances must not have been reasonably foreseeable before the award, and "
                                  "the modification must not change the overall nature of the contract"
                                : "a different supplier would have to supply goods, services or works different from "
                                  "or incompatible with those already provided, at disproportionate difficulty or "
                                  "substantial duplication of costs");
          if (!unforeseeable)
            reasons.push_back(
                "the 50% limit is regulation 72(1)(b)'s, which sources on the Act report it keeps; this "
                "library has not confirmed the Schedule's paragraph for this ground");
          break;
        }
        case modification_ground::pa2023_restructuring:
          reasons.push_back(
              "permitted only where a successor takes the contract over on a corporate restructuring "
              "(Schedule 8 paragraph 9)");
          break;
        default:
          reasons.push_back(
              "permitted only if it fits a Schedule 8 ground, is not substantial, or is a below-threshold "
              "modification (section 74(1))");
      }
      reasons.push_back(detail::change_notice_reason(a.ground, a.type, a.share, small_share, a.term_share));
    }
  }
  return j;
}

}  // namespace detail

modification_assessment assess_modification(const contract& c, std::size_t number, procurement_regime regime,
                                            contract_type type, date decided_on, const threshold_table& table) {
  const std::vector<modification>& mods = c.modifications();
  if (number < 1 || number > mods.size())
    throw out_of_range_error(
        "contract", 1,
        "the contract has no modification " + std::to_string(number) + " (it has " + std::to_string(mods.size()) + ")");
  const std::vector<modification_value> values = c.modification_values();
  const modification& change = mods[number - 1];
  const money original = c.maximum_value();
  const money value = values[number - 1].value;
  money cumulative;  // same ground, this and earlier
  for (std::size_t i = 0; i < number; ++i)
    if (mods[i].ground == change.ground) cumulative += values[i].value;
  auto share_of_original = [&](money amount) { return original.is_zero() ? rate() : abs(amount).ratio_to(original); };
  std::optional<money> de_minimis_threshold;
  if (regime == procurement_regime::pcr_2015 && change.ground == modification_ground::pcr_72_1_f)
    de_minimis_threshold = table.lookup(regime, type, decided_on).amount;
  modification_assessment result{number,
                                 change.ground,
                                 regime,
                                 verdict::depends,
                                 value,
                                 original,
                                 share_of_original(value),
                                 cumulative,
                                 share_of_original(cumulative),
                                 change.months,
                                 rate::ratio(change.months, c.term().maximum_months()),
                                 {},
                                 type,
                                 decided_on,
                                 de_minimis_threshold};
  detail::modification_judgement judged = detail::judge(result, std::nullopt);
  result.result = judged.result;
  result.citation = std::move(judged.citation);
  return result;
}

std::vector<std::string> modification_assessment::reasons(const report_unit& unit) const {
  return detail::judge(*this, unit).reasons;
}

std::string modification_assessment::sentence(const report_unit& unit) const {
  return "Modification " + std::to_string(number) + " (" + commissioning::citation(ground) + "), worth " +
         report_figure(value, unit) + " or " + detail::percent(share) + " of the original value of " +
         report_figure(original_value, unit) + ": " + std::string(to_string(result)) + ".";
}

}  // namespace commissioning
