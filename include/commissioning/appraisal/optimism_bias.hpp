// SPDX-License-Identifier: MIT
/// \file appraisal/optimism_bias.hpp
/// \brief Green Book optimism bias: the supplementary guidance table as data, weighted mixes of
/// project types, mitigation, and the adjustment an appraisal states for each option.
///
/// **Example**: the worked examples of the supplementary guidance
///
///     optimism_bias(project_type::non_standard_buildings, optimism_bias_measure::capital_cost,
///                   optimism_bias_bound::upper);                              // 51%
///     blend_optimism_bias({{project_type::non_standard_buildings, rate::parse("30%")},
///                          {project_type::standard_buildings, rate::parse("70%")}},
///                         optimism_bias_measure::capital_cost);               // 32.1%
///     mitigate_optimism_bias(rate::parse("51%"), rate::parse("92%"));         // 4.08%, "about 4%"
///     apply_optimism_bias(money::parse("£100,000,000"), rate::parse("4%"));   // £104,000,000.00
///
/// Appraisers are expected to adjust for their tendency to be over-optimistic about costs and
/// durations. The table (HM Treasury, "Green Book supplementary guidance: optimism bias",
/// Table 1, from Mott MacDonald's 2002 review of large public procurement) gives indicative
/// starting values: an upper bound to use at the outset, a lower bound for when the
/// contributory factors are well managed. Its values are percentages of the estimate, held
/// here as exact rates. Green Book 2022 paragraph 2.16: an organisation's own evidence comes
/// first; the generic values apply only in its absence, which is why an adjustment can also be
/// made from evidence.
#pragma once

#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/money/rounding.hpp>
#include <commissioning/names.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace commissioning {

/// The project types of the supplementary guidance table.
enum class project_type {
  non_standard_buildings,          ///< buildings that are innovative or unusual (hospitals, prisons, ...)
  standard_buildings,              ///< buildings of a type built many times (offices, schools, ...)
  non_standard_civil_engineering,  ///< civil engineering that is innovative or unusual
  standard_civil_engineering,      ///< roads, utilities and similar work of a usual kind
  equipment_development,           ///< equipment and development projects (IT among them)
  outsourcing,                     ///< services let to a provider: the bias is in operating costs
};

/// Every project type, in the order of the table.
inline constexpr std::array<project_type, 6> all_project_types = {
    project_type::non_standard_buildings,        project_type::standard_buildings,
    project_type::non_standard_civil_engineering, project_type::standard_civil_engineering,
    project_type::equipment_development,          project_type::outsourcing};

/// What an optimism bias uplift is a percentage of.
enum class optimism_bias_measure {
  works_duration,  ///< the time from business case to completion of works
  capital_cost,    ///< capital expenditure (capex)
  operating_cost,  ///< operating expenditure (opex): the table gives it for outsourcing only
};

/// Which of the table's two values: the starting point, or the value once risks are managed.
enum class optimism_bias_bound {
  upper,  ///< use at the outset; not the highest possible value
  lower,  ///< once the contributory factors are managed; not the lowest possible value
};

/// The table's name for a project type: "non-standard buildings", "equipment/development".
[[nodiscard]] constexpr std::string_view to_string(project_type type) noexcept {
  switch (type) {
    case project_type::non_standard_buildings: return "non-standard buildings";
    case project_type::standard_buildings: return "standard buildings";
    case project_type::non_standard_civil_engineering: return "non-standard civil engineering";
    case project_type::standard_civil_engineering: return "standard civil engineering";
    case project_type::equipment_development: return "equipment/development";
    case project_type::outsourcing: return "outsourcing";
  }
  return "outsourcing";
}

/// "works duration", "capital cost" or "operating cost".
[[nodiscard]] constexpr std::string_view to_string(optimism_bias_measure measure) noexcept {
  switch (measure) {
    case optimism_bias_measure::works_duration: return "works duration";
    case optimism_bias_measure::capital_cost: return "capital cost";
    case optimism_bias_measure::operating_cost: return "operating cost";
  }
  return "capital cost";
}

/// "upper" or "lower".
[[nodiscard]] constexpr std::string_view to_string(optimism_bias_bound bound) noexcept {
  return bound == optimism_bias_bound::upper ? "upper" : "lower";
}

/// Where the table comes from, for a report's assumptions.
inline constexpr std::string_view optimism_bias_source =
    "HM Treasury, Green Book supplementary guidance: optimism bias, Table 1 (Mott MacDonald, 2002)";

namespace detail {

/// Lower case, with '-', '_' and '/' read as spaces and runs of spaces as one, so that
/// "Non-standard buildings", "non_standard_buildings" and "NON STANDARD  BUILDINGS" agree.
inline std::string optimism_bias_key(std::string_view text) {
  std::string key;
  for (char c : text) {
    if (c == '-' || c == '_' || c == '/' || c == '\t') c = ' ';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ' ' && (key.empty() || key.back() == ' ')) continue;
    key.push_back(c);
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

}  // namespace detail

/// Read a project type from the table's name, in any case, with spaces, hyphens or
/// underscores: "non-standard buildings", "Outsourcing", "equipment_development",
/// "equipment and development".
[[nodiscard]] inline project_type parse_project_type(std::string_view text) {
  const std::string key = detail::optimism_bias_key(text);
  for (project_type type : all_project_types)
    if (detail::optimism_bias_key(to_string(type)) == key) return type;
  if (key == "equipment and development") return project_type::equipment_development;
  throw invalid_input("optimism_bias", 1,
                      std::string("unknown project type ")
                          .append(quote(text))
                          .append("; expected non-standard buildings, standard buildings, non-standard civil "
                                  "engineering, standard civil engineering, equipment/development or outsourcing"));
}

/// Read a measure: "works duration" (or "duration"), "capital cost" ("capex", "capital
/// expenditure"), "operating cost" ("opex", "operating expenditure").
[[nodiscard]] inline optimism_bias_measure parse_optimism_bias_measure(std::string_view text) {
  const std::string key = detail::optimism_bias_key(text);
  if (key == "works duration" || key == "duration") return optimism_bias_measure::works_duration;
  if (key == "capital cost" || key == "capex" || key == "capital expenditure") return optimism_bias_measure::capital_cost;
  if (key == "operating cost" || key == "opex" || key == "operating expenditure")
    return optimism_bias_measure::operating_cost;
  throw invalid_input("optimism_bias", 1,
                      std::string("unknown optimism bias measure ")
                          .append(quote(text))
                          .append("; expected works duration, capital cost or operating cost"));
}

/// Read a bound: "upper" or "lower" (also "upper bound", "lower bound").
[[nodiscard]] inline optimism_bias_bound parse_optimism_bias_bound(std::string_view text) {
  const std::string key = detail::optimism_bias_key(text);
  if (key == "upper" || key == "upper bound") return optimism_bias_bound::upper;
  if (key == "lower" || key == "lower bound") return optimism_bias_bound::lower;
  throw invalid_input("optimism_bias", 1,
                      std::string("unknown optimism bias bound ").append(quote(text)).append("; expected upper or lower"));
}

/// One cell pair of the table: the upper and lower bound for a measure.
struct optimism_bias_range {
  rate upper;
  rate lower;

  [[nodiscard]] const rate& operator[](optimism_bias_bound bound) const noexcept {
    return bound == optimism_bias_bound::upper ? upper : lower;
  }
  friend bool operator==(const optimism_bias_range&, const optimism_bias_range&) = default;
};

/// One row of the table. A measure the table does not give for the type ("N/A" in the
/// table, or a column that does not apply) is `std::nullopt`: not applicable, never zero.
struct optimism_bias_row {
  project_type type;
  std::optional<optimism_bias_range> works_duration;
  std::optional<optimism_bias_range> capital_cost;
  std::optional<optimism_bias_range> operating_cost;

  [[nodiscard]] const std::optional<optimism_bias_range>& range(optimism_bias_measure measure) const noexcept {
    switch (measure) {
      case optimism_bias_measure::works_duration: return works_duration;
      case optimism_bias_measure::capital_cost: return capital_cost;
      case optimism_bias_measure::operating_cost: return operating_cost;
    }
    return capital_cost;
  }
};

/// The supplementary guidance table, one row per project type in `all_project_types` order.
///
/// For outsourcing the table's capital expenditure column holds a footnoted figure "for
/// operating expenditure": it is held here as operating cost, and outsourcing's capital cost
/// and works duration are not applicable. No other type has an operating cost value.
[[nodiscard]] inline const std::vector<optimism_bias_row>& optimism_bias_table() {
  static const std::vector<optimism_bias_row> table = [] {
    auto percent = [](std::int64_t upper, std::int64_t lower) {
      return optimism_bias_range{rate::ratio(upper, 100), rate::ratio(lower, 100)};
    };
    return std::vector<optimism_bias_row>{
        {project_type::non_standard_buildings, percent(39, 2), percent(51, 4), std::nullopt},
        {project_type::standard_buildings, percent(4, 1), percent(24, 2), std::nullopt},
        {project_type::non_standard_civil_engineering, percent(25, 3), percent(66, 6), std::nullopt},
        {project_type::standard_civil_engineering, percent(20, 1), percent(44, 3), std::nullopt},
        {project_type::equipment_development, percent(54, 10), percent(200, 10), std::nullopt},
        {project_type::outsourcing, std::nullopt, std::nullopt, percent(41, 0)},
    };
  }();
  return table;
}

/// Whether the table gives a value for `measure` of `type`.
[[nodiscard]] inline bool optimism_bias_applies(project_type type, optimism_bias_measure measure) {
  return optimism_bias_table()[static_cast<std::size_t>(type)].range(measure).has_value();
}

/// The table's value: e.g. 51% for the upper bound of non-standard buildings' capital cost.
/// Asking for a cell that is not applicable (outsourcing's works duration, a building's
/// operating cost) is `domain_violation` optimism_bias.002: a missing value is never zero.
[[nodiscard]] inline rate optimism_bias(project_type type, optimism_bias_measure measure,
                                        optimism_bias_bound bound = optimism_bias_bound::upper) {
  const auto& range = optimism_bias_table()[static_cast<std::size_t>(type)].range(measure);
  if (!range)
    throw domain_violation("optimism_bias", 2,
                           std::string("the Green Book table gives no optimism bias for the ")
                               .append(to_string(measure))
                               .append(" of ")
                               .append(to_string(type))
                               .append(" (not applicable)"));
  return (*range)[bound];
}

/// A project type's part of a combined project, as a share of its capital cost (or duration).
struct optimism_bias_share {
  project_type type;
  rate share;
  friend bool operator==(const optimism_bias_share&, const optimism_bias_share&) = default;
};

/// The optimism bias of a project that combines types, each bound weighted by its share:
/// 30% non-standard and 70% standard buildings give 30% x 51% + 70% x 24% = 32.1% of capital
/// cost, and 30% x 39% + 70% x 4% = 14.5% of works duration.
///
/// Shares are non-negative (optimism_bias.003) and sum to exactly 100% (optimism_bias.004):
/// a mix that does not account for the whole project would understate or overstate the bias.
/// A type with a zero share contributes nothing, even where its measure is not applicable.
[[nodiscard]] inline rate blend_optimism_bias(const std::vector<optimism_bias_share>& shares,
                                              optimism_bias_measure measure,
                                              optimism_bias_bound bound = optimism_bias_bound::upper) {
  rate total_share;
  for (const optimism_bias_share& part : shares) {
    if (part.share.value() < 0)
      throw invalid_input("optimism_bias", 3,
                          std::string("the share of ")
                              .append(to_string(part.type))
                              .append(" cannot be negative, got ")
                              .append(part.share.to_percent_string()));
    total_share = total_share + part.share;
  }
  if (total_share != rate(1))
    throw invalid_input("optimism_bias", 4,
                        std::string("the shares of a combined project must sum to exactly 100%; they sum to ")
                            .append(total_share.to_percent_string()));
  rate blended;
  for (const optimism_bias_share& part : shares)
    if (part.share.value() != 0) blended = blended + part.share * optimism_bias(part.type, measure, bound);
  return blended;
}

/// The optimism bias once contributory factors are managed: (1 - reduction) x upper bound.
/// 92% mitigation of 51% leaves 8% x 51% = 4.08% ("about 4%" in the guidance).
/// The reduction lies in [0%, 100%] (optimism_bias.005); the bound is not negative (.006).
[[nodiscard]] inline rate mitigate_optimism_bias(const rate& upper_bound, const rate& reduction) {
  if (upper_bound.value() < 0)
    throw invalid_input("optimism_bias", 6,
                        std::string("an optimism bias cannot be negative, got ").append(upper_bound.to_percent_string()));
  if (reduction.value() < 0 || reduction.value() > 1)
    throw invalid_input("optimism_bias", 5,
                        std::string("a reduction for mitigated contributory factors must be between 0% and 100%, got ")
                            .append(reduction.to_percent_string()));
  return (rate(1) - reduction) * upper_bound;
}

/// `amount` uplifted by `uplift`: amount x (1 + uplift), rounded once to the penny by `mode`.
/// £100m at 4% is £104m.
[[nodiscard]] inline money apply_optimism_bias(money amount, const rate& uplift, rounding mode = default_rounding) {
  return amount.multiply(rate(1) + uplift, mode);
}

/// The optimism bias an appraisal assumes for one measure of one option, with the words a
/// report states it in. Made from the table (a type, a bound and any mitigation), from a mix
/// of types, or from the organisation's own evidence (which the Green Book prefers).
class optimism_bias_adjustment {
 public:
  /// The table's value for `type`, reduced by `mitigation` for managed contributory factors.
  /// Mitigation reduces the upper bound only (optimism_bias.007): the lower bound is already
  /// the value once the factors are managed.
  optimism_bias_adjustment(project_type type, optimism_bias_measure measure,
                           optimism_bias_bound bound = optimism_bias_bound::upper, const rate& mitigation = rate())
      : optimism_bias_adjustment(std::vector<optimism_bias_share>{{type, rate(1)}}, measure, bound, mitigation) {}

  /// A combined project: the table's values weighted by `shares` (see `blend_optimism_bias`),
  /// then reduced by `mitigation`.
  optimism_bias_adjustment(std::vector<optimism_bias_share> shares, optimism_bias_measure measure,
                           optimism_bias_bound bound = optimism_bias_bound::upper, const rate& mitigation = rate())
      : measure_(measure), bound_(bound), shares_(std::move(shares)), mitigation_(mitigation),
        source_(optimism_bias_source) {
    if (bound == optimism_bias_bound::lower && mitigation.value() != 0)
      throw domain_violation("optimism_bias", 7,
                             std::string("mitigation reduces the upper bound; the lower bound is already the value "
                                         "once contributory factors are managed (asked to reduce it by ")
                                 .append(mitigation.to_percent_string())
                                 .append(")"));
    starting_value_ = blend_optimism_bias(shares_, measure, bound);
    uplift_ = mitigate_optimism_bias(starting_value_, mitigation);
  }

  /// The organisation's own evidence: `uplift` of `measure`, with where it comes from.
  /// The uplift is not negative (optimism_bias.006) and the source is stated (.008).
  optimism_bias_adjustment(optimism_bias_measure measure, const rate& uplift, std::string source)
      : measure_(measure), starting_value_(uplift), uplift_(uplift), source_(std::move(source)) {
    if (uplift.value() < 0)
      throw invalid_input("optimism_bias", 6,
                          std::string("an optimism bias cannot be negative, got ").append(uplift.to_percent_string()));
    if (detail::optimism_bias_key(source_).empty())
      throw invalid_input("optimism_bias", 8,
                          std::string("an optimism bias of ")
                              .append(uplift.to_percent_string())
                              .append(" from the organisation's own evidence needs its source; got ")
                              .append(quote(source_)));
  }

  /// What the uplift is a percentage of.
  [[nodiscard]] optimism_bias_measure measure() const noexcept { return measure_; }
  /// The uplift assumed: 0.205 for 20.5%.
  [[nodiscard]] const rate& uplift() const noexcept { return uplift_; }
  /// The value before mitigation (the table's, or the blend's; the evidence's own value).
  [[nodiscard]] const rate& starting_value() const noexcept { return starting_value_; }
  /// The reduction for mitigated contributory factors (0 when none, and for evidence).
  [[nodiscard]] const rate& mitigation() const noexcept { return mitigation_; }
  /// The table's bound used, or nothing for the organisation's own evidence.
  [[nodiscard]] const std::optional<optimism_bias_bound>& bound() const noexcept { return bound_; }
  /// The project types and their shares (one type at 100% for a single type; none for evidence).
  [[nodiscard]] const std::vector<optimism_bias_share>& shares() const noexcept { return shares_; }
  /// True when made from the organisation's own evidence rather than the table.
  [[nodiscard]] bool from_evidence() const noexcept { return !bound_.has_value(); }
  /// Where the figure comes from: the table's citation, or the evidence's source.
  [[nodiscard]] const std::string& source() const noexcept { return source_; }

  /// `amount` uplifted: amount x (1 + uplift), rounded once to the penny by `mode`.
  [[nodiscard]] money apply(money amount, rounding mode = default_rounding) const {
    return apply_optimism_bias(amount, uplift_, mode);
  }

  /// The assumption as a report states it, e.g. "Outsourcing upper bound 41% of operating
  /// cost, reduced 50% for mitigated contributory factors: 20.5%".
  [[nodiscard]] std::string describe() const {
    const std::string of_measure = std::string(" of ").append(to_string(measure_));
    if (!bound_) {
      return std::string("Own evidence (")
          .append(source_)
          .append("): ")
          .append(uplift_.to_percent_string())
          .append(of_measure);
    }
    std::string text;
    if (shares_.size() == 1) {
      const std::string_view name = to_string(shares_.front().type);
      text.append(1, static_cast<char>(name.front() - 'a' + 'A')).append(name.substr(1));
      text.append(" ").append(to_string(*bound_)).append(" bound");
    } else {
      text = "Blend of ";
      for (std::size_t i = 0; i < shares_.size(); ++i) {
        if (i > 0) text.append(i + 1 == shares_.size() ? " and " : ", ");
        text.append(shares_[i].share.to_percent_string()).append(" ").append(to_string(shares_[i].type));
        if (shares_[i].share.value() != 0)
          text.append(" (").append(optimism_bias(shares_[i].type, measure_, *bound_).to_percent_string()).append(")");
      }
      text.append(", ").append(to_string(*bound_)).append(" bound");
    }
    if (mitigation_.value() == 0) return text.append(": ").append(uplift_.to_percent_string()).append(of_measure);
    return text.append(" ")
        .append(starting_value_.to_percent_string())
        .append(of_measure)
        .append(", reduced ")
        .append(mitigation_.to_percent_string())
        .append(" for mitigated contributory factors: ")
        .append(uplift_.to_percent_string());
  }

  friend bool operator==(const optimism_bias_adjustment&, const optimism_bias_adjustment&) = default;

 private:
  optimism_bias_measure measure_;
  std::optional<optimism_bias_bound> bound_;
  std::vector<optimism_bias_share> shares_;
  rate starting_value_;
  rate mitigation_;
  rate uplift_;
  std::string source_;
};

/// The names of this header's enums, on every face (names.hpp).
template <>
struct enum_names<project_type> {
  static constexpr std::string_view what = "project type";
  static constexpr std::array<enum_name<project_type>, 8> names{{
      {project_type::non_standard_buildings, "non_standard_buildings"},
      {project_type::standard_buildings, "standard_buildings"},
      {project_type::non_standard_civil_engineering, "non_standard_civil_engineering"},
      {project_type::standard_civil_engineering, "standard_civil_engineering"},
      {project_type::equipment_development, "equipment_development"},
      {project_type::outsourcing, "outsourcing"},
      {project_type::equipment_development, "equipment/development"},
      {project_type::equipment_development, "equipment_and_development"},
  }};
  static project_type read(std::string_view text) { return parse_project_type(text); }
};

template <>
struct enum_names<optimism_bias_measure> {
  static constexpr std::string_view what = "optimism bias measure";
  static constexpr std::array<enum_name<optimism_bias_measure>, 8> names{{
      {optimism_bias_measure::works_duration, "works_duration"},
      {optimism_bias_measure::capital_cost, "capital_cost"},
      {optimism_bias_measure::operating_cost, "operating_cost"},
      {optimism_bias_measure::works_duration, "duration"},
      {optimism_bias_measure::capital_cost, "capex"},
      {optimism_bias_measure::capital_cost, "capital_expenditure"},
      {optimism_bias_measure::operating_cost, "opex"},
      {optimism_bias_measure::operating_cost, "operating_expenditure"},
  }};
  static optimism_bias_measure read(std::string_view text) { return parse_optimism_bias_measure(text); }
};

template <>
struct enum_names<optimism_bias_bound> {
  static constexpr std::string_view what = "optimism bias bound";
  static constexpr std::array<enum_name<optimism_bias_bound>, 4> names{{
      {optimism_bias_bound::upper, "upper"},
      {optimism_bias_bound::lower, "lower"},
      {optimism_bias_bound::upper, "upper_bound"},
      {optimism_bias_bound::lower, "lower_bound"},
  }};
  static optimism_bias_bound read(std::string_view text) { return parse_optimism_bias_bound(text); }
};

}  // namespace commissioning
