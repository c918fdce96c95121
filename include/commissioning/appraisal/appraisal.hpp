// SPDX-License-Identifier: MIT
/// \file appraisal/appraisal.hpp
/// \brief Options appraised against a baseline the way HM Treasury's Green Book asks:
/// costs and benefits by year, optimism bias, real prices, discounting, net present social
/// value, benefit-cost ratio, equivalent annual cost, cost per unit, statutory duties as hard
/// constraints, ranks and the preferred option in words.
///
/// **Example**: seed 000
///
///     appraisal kent("Kent young carers support service",
///                    appraisal_settings(financial_year(2022), 5),
///                    {do_nothing, in_house, external});   // the first option is the baseline
///     const appraisal_result result = kent.run();
///     result.preferred()->name;      // "Externally commission a new service"
///     result.reasons;                // "Do nothing is not viable: it fails ..."
///
/// Every figure is exact to the penny: lines are cash by financial year; optimism bias, real
/// prices and present values are each rounded once per year and line kind, and present values
/// sum exact rational discount factors before a single rounding. An option that fails a
/// statutory duty is costed and shown but never preferred.
#pragma once

#include <commissioning/appraisal/deflator.hpp>
#include <commissioning/appraisal/discounting.hpp>
#include <commissioning/appraisal/option.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/money/rounding.hpp>
#include <commissioning/names.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace commissioning {

/// Whether an appraisal's figures are in cash (nominal) prices or real prices of the base year.
enum class price_basis {
  real,     ///< the Green Book's basis (2022, 5.55): base-year prices
  nominal,  ///< cash prices as paid
};

/// How an appraisal is set up.
struct appraisal_settings {
  /// `years` financial years from `base_year`, in real prices, discounted by the Green Book,
  /// with no deflator, rounded half away from zero; or as the later arguments say.
  appraisal_settings(financial_year base_year_, int years_, price_basis basis_ = price_basis::real,
                     discount_schedule schedule_ = discount_schedule::green_book_2022(),
                     std::optional<commissioning::deflator> deflator_ = std::nullopt, rounding mode_ = default_rounding)
      : base_year(base_year_), years(years_), basis(basis_), schedule(std::move(schedule_)),
        deflator(std::move(deflator_)), mode(mode_) {}

  financial_year base_year;  ///< year 0: the first year of the proposal, undiscounted
  int years;                 ///< the appraisal period, in financial years from the base year
  price_basis basis;
  discount_schedule schedule;
  /// The price index that turns cash into real prices. Without one, a real appraisal takes
  /// every line as already in base-year prices (and says so among its assumptions).
  std::optional<commissioning::deflator> deflator;
  rounding mode = default_rounding;

  friend bool operator==(const appraisal_settings&, const appraisal_settings&) = default;
};

/// The period, the price basis and the schedule in words: "5 years from 2022-23, real prices,
/// Green Book 2022".
[[nodiscard]] inline std::string describe(const appraisal_settings& settings) {
  return std::to_string(settings.years) + (settings.years == 1 ? " year from " : " years from ") +
         settings.base_year.label() +
         (settings.basis == price_basis::real ? ", real prices, " : ", cash (nominal) prices, ") + settings.schedule.name();
}

/// One year of one option's appraisal.
struct appraisal_year {
  financial_year year;
  int index = 0;                ///< years from the base year (0 = base year)
  money costs;                  ///< cost lines, before optimism bias
  money optimism_bias;          ///< the uplift on the costs it applies to
  money benefits;               ///< benefits, cashable savings and income
  money net_cost;               ///< costs + optimism bias − benefits, in the appraisal's prices
  double discount_factor = 1;   ///< for display; present values use the exact factor
  money present_value;          ///< net_cost × factor, rounded (the total is rounded once, not summed)
  friend bool operator==(const appraisal_year&, const appraisal_year&) = default;
};

/// One option's figures.
struct option_appraisal {
  std::string name;
  option_kind kind = option_kind::other;
  std::vector<appraisal_year> years;
  money cash_costs;                   ///< costs incl. optimism bias, cash over the period
  money cash_benefits;                ///< benefits, savings and income, cash over the period
  money optimism_bias;                ///< cash
  money present_value_costs;          ///< PVC (incl. optimism bias)
  money present_value_benefits;       ///< PVB
  money net_present_cost;             ///< PVC − PVB
  money net_present_social_value;     ///< (PVB − PVC) − the baseline's (PVB − PVC): 0 for the baseline
  std::optional<rate> benefit_cost_ratio;  ///< ΔPVB ÷ ΔPVC against the baseline, when ΔPVC > 0
  money equivalent_annual_cost;       ///< net present cost ÷ the annuity factor of the period
  std::optional<money> cost_per_unit; ///< present value of costs ÷ units of output
  std::string output_unit;
  std::int64_t output_units = 0;
  bool viable = true;                 ///< meets every statutory duty it names
  std::vector<std::string> failed_duties;
  int rank = 0;                       ///< 1 = best; viable options first, then by net present cost
  bool preferred = false;
  friend bool operator==(const option_appraisal&, const option_appraisal&) = default;
};

/// An appraisal's answer.
struct appraisal_result {
  appraisal_result(std::string title_, appraisal_settings settings_)
      : title(std::move(title_)), settings(std::move(settings_)) {}

  std::string title;
  appraisal_settings settings;
  std::vector<option_appraisal> options;  ///< in the order given; the first is the baseline
  std::vector<std::string> reasons;       ///< why the preferred option is preferred, and why others are not viable
  std::vector<std::string> assumptions;   ///< every assumption the figures rest on, in words

  [[nodiscard]] const option_appraisal& baseline() const { return options.front(); }
  /// The preferred option, or none when no option is viable.
  [[nodiscard]] const option_appraisal* preferred() const {
    for (const option_appraisal& o : options)
      if (o.preferred) return &o;
    return nullptr;
  }
  /// The option called `name` (commissioning.appraisal.004 if none).
  [[nodiscard]] const option_appraisal& option(std::string_view name) const;
};

/// Why the preferred option is preferred (the first of `appraisal_result::reasons`): "X is
/// preferred: it meets every statutory duty named and has the lowest net present cost of the
/// viable options, £1,536,087.28, £25,000.00 less than Y over 5 years.", its figures in `figures`
/// (a report in thousands quotes "£1,536k"); or that no option is viable.
[[nodiscard]] std::string preference_reason(const appraisal_result& result, const money_format& figures = {});

/// A decision's options against the first of them (the baseline, business as usual).
class appraisal {
 public:
  appraisal(std::string title, appraisal_settings settings, std::vector<commissioning::option> options);

  /// Adds an assumption of the user's own, to be reported with those the appraisal makes.
  appraisal& assume(std::string text);

  [[nodiscard]] const std::string& title() const noexcept { return title_; }
  [[nodiscard]] const appraisal_settings& settings() const noexcept { return settings_; }
  [[nodiscard]] const std::vector<commissioning::option>& options() const noexcept { return options_; }
  [[nodiscard]] const commissioning::option& option(std::string_view name) const;
  [[nodiscard]] const std::vector<std::string>& assumptions() const noexcept { return assumptions_; }
  /// The financial years of the period, base year first.
  [[nodiscard]] std::vector<financial_year> years() const;

  /// The same appraisal with other settings (e.g. another discount schedule).
  [[nodiscard]] appraisal with_settings(appraisal_settings settings) const;
  /// The same appraisal with `name`'s option replaced (used by sensitivity analysis).
  [[nodiscard]] appraisal with_option(commissioning::option replacement) const;

  /// Appraises every option.
  [[nodiscard]] appraisal_result run() const;

  friend bool operator==(const appraisal&, const appraisal&) = default;

 private:
  option_appraisal appraise(const commissioning::option& o, const discount_schedule::common_factors& factors,
                            const big_rational& annuity, std::vector<std::string>& notes) const;

  std::string title_;
  appraisal_settings settings_;
  std::vector<commissioning::option> options_;
  std::vector<std::string> assumptions_;
};

namespace detail {

/// "a", "a and b", "a, b and c": a list in words (the reasons, the risks' assumptions, reports).
[[nodiscard]] std::string join_words(const std::vector<std::string>& items);

}  // namespace detail

/// The names of this header's enums, on every face (names.hpp).
template <>
struct enum_names<price_basis> {
  static constexpr std::string_view what = "price basis";
  static constexpr std::array<enum_name<price_basis>, 3> names{{
      {price_basis::real, "real"},
      {price_basis::nominal, "nominal"},
      {price_basis::nominal, "cash"},
  }};
};

}  // namespace commissioning
