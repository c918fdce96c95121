// SPDX-License-Identifier: MIT
/// \file budget/envelope.hpp
/// \brief Budget envelopes by financial year, the commitments against them, and the
/// headroom or shortfall that results.
///
/// **Example**: seed 001, an in-house service capped at £65k a year
///
///     const auto budget = envelope::flat("Young carers", money::parse("£65,000"),
///                                        financial_year(2018), financial_year(2020));
///     const auto staff = commitment::annual("In-house team", "Herefordshire Council",
///                                           money::parse("£68,000"),
///                                           period(parse_date("1 April 2018"), parse_date("31 March 2021")));
///     const envelope_position position = assess(budget, {staff});
///     position.breaches.front().shortfall;   // £3,000.00 in 2018-19
///
/// A breach is a result, never an exception: the budget holder sees every year that is
/// over, by how much, and which lines commit the money.
#pragma once

#include <commissioning/calendar/apportionment.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/calendar/period.hpp>
#include <commissioning/contract/contract.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <ranges>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace commissioning {

namespace detail {

/// Refuses to set side by side financial years that start in different months: the year from
/// 1 July overlaps two April years, so matching years by their start year would be wrong.
/// `what` and `against` name the two sides: "2018-19 starting", "the envelope 'Young carers'".
[[noreturn]] inline void refuse_other_start_month(std::string_view what, std::chrono::month found,
                                                  std::string_view against, std::chrono::month expected) {
  throw invalid_input("financial_year", 4,
                      "cannot compare financial years that start in different months (" + std::string(what) +
                          " in month " + std::to_string(static_cast<unsigned>(found)) + ", " + std::string(against) +
                          " in month " + std::to_string(static_cast<unsigned>(expected)) + ")");
}

/// The same for one year; `against` names what it is set against, built only to refuse.
template <class Against>
void require_start_month(const financial_year& year, std::chrono::month expected, Against&& against) {
  if (year.start_month() != expected)
    refuse_other_start_month(year.label() + " starting", year.start_month(), std::string(against()), expected);
}

/// The month the years of `amounts` start in: `given`, else that of the first year, else April.
inline std::chrono::month start_month_of(const std::vector<std::pair<financial_year, money>>& amounts,
                                         const std::optional<std::chrono::month>& given) {
  if (given) return *given;
  return amounts.empty() ? april : amounts.front().first.start_month();
}

}  // namespace detail

/// The money available to a service or budget line, year by year.
class envelope {
 public:
  /// The same amount every year from `first` to `last`.
  [[nodiscard]] static envelope flat(std::string name, money per_year, const financial_year& first,
                                     const financial_year& last) {
    envelope result(std::move(name), first.start_month());
    for (const financial_year& year : financial_years(first, last)) result.set(year, per_year);
    return result;
  }
  /// An amount for each year given, in years starting in `start_month` (by default the month
  /// the first year starts in).
  [[nodiscard]] static envelope per_year(std::string name, const std::vector<std::pair<financial_year, money>>& amounts,
                                         std::optional<std::chrono::month> start_month = std::nullopt) {
    if (amounts.empty()) throw invalid_input("envelope", 1, "an envelope needs at least one year");
    envelope result(std::move(name), detail::start_month_of(amounts, start_month));
    for (const auto& [year, amount] : amounts) {
      if (start_month) detail::require_start_month(year, *start_month, [] { return "start_month"; });
      if (year.start_month() != result.start_month_)
        throw invalid_input("envelope", 1, "the years of an envelope must start in the same month");
      if (result.by_year_.contains(year.start_year()))
        throw invalid_input("envelope", 1, "the envelope gives " + year.label() + " twice");
      result.set(year, amount);
    }
    return result;
  }
  /// `first_year_amount` in `first`, then uplifted by `uplift` each year, each year rounded
  /// to the penny by `mode` before the next uplift.
  [[nodiscard]] static envelope uplifted(std::string name, money first_year_amount, const rate& uplift,
                                         const financial_year& first, const financial_year& last,
                                         rounding mode = default_rounding) {
    envelope result(std::move(name), first.start_month());
    money amount = first_year_amount;
    for (const financial_year& year : financial_years(first, last)) {
      result.set(year, amount);
      if (year != last) amount = amount.multiply(rate(1) + uplift, mode);  // no uplift beyond the last year
    }
    return result;
  }

  /// The same envelope with no year above `cap` (e.g. "a maximum service value of £65k per annum").
  [[nodiscard]] envelope capped_at(money cap) const {
    if (cap.is_negative()) throw invalid_input("envelope", 2, "a cap cannot be negative, got " + to_string(cap));
    envelope result = *this;
    for (auto& [year, amount] : result.by_year_) amount = std::min(amount, cap);
    result.cap_ = cap_ ? std::min(*cap_, cap) : cap;  // an earlier, lower cap still holds
    return result;
  }

  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  [[nodiscard]] std::chrono::month start_month() const noexcept { return start_month_; }
  [[nodiscard]] const std::optional<money>& cap() const noexcept { return cap_; }
  [[nodiscard]] financial_year first_year() const { return financial_year(by_year_.begin()->first, start_month_); }
  [[nodiscard]] financial_year last_year() const { return financial_year(by_year_.rbegin()->first, start_month_); }
  [[nodiscard]] std::vector<financial_year> years() const { return financial_years(first_year(), last_year()); }
  /// The money available in every year from the first to the last (£0 in a year between the
  /// years given), in order.
  [[nodiscard]] std::vector<financial_year_amount> by_year() const {
    std::vector<financial_year_amount> result;
    for (const financial_year& year : years()) result.push_back({year, available(year)});
    return result;
  }
  /// The money available in `year`: £0 in a year the envelope does not cover. A year that
  /// starts in another month than the envelope's is refused, never matched by its start year.
  [[nodiscard]] money available(const financial_year& year) const {
    detail::require_start_month(year, start_month_, [&] { return "the envelope " + quote(name_); });
    const auto found = by_year_.find(year.start_year());
    return found == by_year_.end() ? money{} : found->second;
  }
  [[nodiscard]] money total() const {
    money sum;
    for (const auto& [year, amount] : by_year_) sum += amount;
    return sum;
  }

 private:
  envelope(std::string name, std::chrono::month start_month) : name_(std::move(name)), start_month_(start_month) {}
  void set(const financial_year& year, money amount) {
    if (amount.is_negative())
      throw invalid_input("envelope", 2, "the budget for " + year.label() + " cannot be negative, got " + to_string(amount));
    by_year_[year.start_year()] = amount;
  }

  std::string name_;
  std::chrono::month start_month_;
  std::map<int, money> by_year_;  // keyed by the year's start year
  std::optional<money> cap_;
};

/// What a line (a contract, an in-house service, anything else) commits in each financial year.
struct commitment {
  std::string name;
  std::string provider;
  std::map<int, money> by_year;  ///< keyed by the financial year's start year
  std::chrono::month start_month = april;  ///< the month its financial years start
  /// What a contract's commitment covers: "the current term, to 30 September 2027"; empty for
  /// other commitments. An envelope position states it, so no scope is silent.
  std::string basis{};

  /// A contract's financial-year profile (current term by default).
  [[nodiscard]] static commitment of(const contract& c, contract_scope scope = contract_scope::current,
                                     std::chrono::month start_month = april) {
    return of(c.name(), c.provider(), c.profile(scope, apportion_rule::monthly, start_month), start_month);
  }
  /// A profile already made in years starting in `start_month` (the Python Contract makes its
  /// own, under its lock); a contract's profile brings the term it covers as the basis.
  [[nodiscard]] static commitment of(std::string name, std::string provider, const financial_year_profile& profile,
                                     std::chrono::month start_month) {
    commitment result{std::move(name), std::move(provider), {}, start_month, profile.basis};
    for (const financial_year_amount& year : profile.years) {
      detail::require_start_month(year.year, start_month, [&] { return "the commitment " + quote(result.name); });
      result.by_year[year.year.start_year()] += year.amount;
    }
    return result;
  }
  /// A cost of `per_year` a year over `active`, part years pro rata by months (part months by days).
  [[nodiscard]] static commitment annual(std::string name, std::string provider, money per_year,
                                         const period& active, std::chrono::month start_month = april) {
    if (per_year.is_negative())
      throw invalid_input("envelope", 2,
                          "the annual cost of " + quote(name) + " cannot be negative, got " + to_string(per_year));
    commitment result{std::move(name), std::move(provider), {}, start_month};
    for (const financial_year_part& part : split_by_financial_year(active, start_month)) {
      // The share of a year: monthly weight of the part over twelve whole months.
      const rate share = rate::ratio(detail::monthly_weight(part.part), 12 * detail::month_parts);
      result.by_year[part.year.start_year()] += per_year.multiply(share);
    }
    return result;
  }
  /// An amount for each year given, in years starting in `start_month` (by default the month
  /// the first year starts in; April for no years).
  [[nodiscard]] static commitment per_year(std::string name, std::string provider,
                                           const std::vector<std::pair<financial_year, money>>& amounts,
                                           std::optional<std::chrono::month> start_month = std::nullopt) {
    commitment result{std::move(name), std::move(provider), {}, detail::start_month_of(amounts, start_month)};
    for (const auto& [year, amount] : amounts) {
      if (start_month) detail::require_start_month(year, *start_month, [] { return "start_month"; });
      if (year.start_month() != result.start_month)
        throw invalid_input("envelope", 1, "the years of a commitment must start in the same month");
      if (result.by_year.contains(year.start_year()))
        throw invalid_input("envelope", 1, "the commitment " + quote(result.name) + " gives " + year.label() + " twice");
      if (amount.is_negative())
        throw invalid_input("envelope", 2,
                            "the commitment " + quote(result.name) + " in " + year.label() + " cannot be negative, got " +
                                to_string(amount));
      result.by_year[year.start_year()] = amount;
    }
    return result;
  }

  /// What it commits in `year`: £0 in a year it does not touch. A year that starts in another
  /// month than the commitment's is refused, never matched by its start year.
  [[nodiscard]] money in(const financial_year& year) const {
    detail::require_start_month(year, start_month, [&] { return "the commitment " + quote(name); });
    const auto found = by_year.find(year.start_year());
    return found == by_year.end() ? money{} : found->second;
  }
  /// What it commits in each year it commits money in, in order.
  [[nodiscard]] std::vector<financial_year_amount> amounts() const {
    std::vector<financial_year_amount> result;
    for (const auto& [start_year, amount] : by_year) result.push_back({financial_year(start_year, start_month), amount});
    return result;
  }
  /// The financial years it commits money in, in order.
  [[nodiscard]] std::vector<financial_year> years() const {
    std::vector<financial_year> result;
    for (const auto& [start_year, amount] : by_year) result.emplace_back(start_year, start_month);
    return result;
  }
  /// What it commits over all its years.
  [[nodiscard]] money total() const {
    money sum;
    for (const auto& [start_year, amount] : by_year) sum += amount;
    return sum;
  }
};

/// One line's part in a breach.
struct breach_line {
  std::string name;
  std::string provider;
  money amount;
};

/// A year in which commitments exceed the money available.
struct breach {
  financial_year year;
  money shortfall;                  ///< committed - available (positive)
  std::vector<breach_line> lines;   ///< the lines committing money that year, largest first
};

/// One year of an envelope against its commitments.
struct year_position {
  financial_year year;
  money available;
  money committed;
  money headroom;             ///< available - committed (negative: a shortfall)
  money cumulative_headroom;  ///< the running total from the first year
};

/// The envelope, year by year, and every breach.
struct envelope_position {
  std::string envelope_name;
  std::vector<year_position> years;
  std::vector<breach> breaches;
  /// What each contract commitment covers, in the commitments' order: "Kent Young Carers over
  /// the current term, to 31 March 2027".
  std::vector<std::string> bases{};

  /// True when no year is over.
  [[nodiscard]] bool ok() const noexcept { return breaches.empty(); }
  /// The money available over all the years.
  [[nodiscard]] money total_available() const { return sum(years | std::views::transform(&year_position::available)); }
  /// The money committed over all the years.
  [[nodiscard]] money total_committed() const { return sum(years | std::views::transform(&year_position::committed)); }
  /// Available less committed over all the years (negative: a shortfall): the last year's
  /// cumulative headroom.
  [[nodiscard]] money total_headroom() const { return sum(years | std::views::transform(&year_position::headroom)); }
  /// The shortfalls of every breach together.
  [[nodiscard]] money total_shortfall() const { return sum(breaches | std::views::transform(&breach::shortfall)); }
};

/// Set `commitments` against `budget` over the envelope's years (and any later or earlier
/// year a commitment reaches, where nothing is available). A commitment whose years start in
/// another month than the envelope's is refused (financial_year.004).
[[nodiscard]] inline envelope_position assess(const envelope& budget, const std::vector<commitment>& commitments) {
  int first = budget.first_year().start_year();
  int last = budget.last_year().start_year();
  for (const commitment& c : commitments) {
    if (c.start_month != budget.start_month())
      detail::refuse_other_start_month("the commitment " + quote(c.name), c.start_month,
                                       "the envelope " + quote(budget.name()), budget.start_month());
    if (!c.by_year.empty()) {
      first = std::min(first, c.by_year.begin()->first);
      last = std::max(last, c.by_year.rbegin()->first);
    }
  }
  envelope_position position{budget.name(), {}, {}, {}};
  for (const commitment& c : commitments)
    if (!c.basis.empty()) position.bases.push_back(c.name + " over " + c.basis);
  money cumulative;
  for (int y = first; y <= last; ++y) {
    const financial_year year(y, budget.start_month());
    money committed;
    for (const commitment& c : commitments) committed += c.in(year);
    const money available = budget.available(year);
    const money headroom = available - committed;
    cumulative += headroom;
    position.years.push_back({year, available, committed, headroom, cumulative});
    if (headroom.is_negative()) {
      breach over{year, -headroom, {}};
      for (const commitment& c : commitments)
        if (!c.in(year).is_zero()) over.lines.push_back({c.name, c.provider, c.in(year)});
      std::stable_sort(over.lines.begin(), over.lines.end(),
                       [](const breach_line& a, const breach_line& b) { return a.amount > b.amount; });
      position.breaches.push_back(std::move(over));
    }
  }
  return position;
}

}  // namespace commissioning
