// SPDX-License-Identifier: MIT
// Proposals of budget/proposal.hpp, compiled once: changes applied to a portfolio and their
// full-year and in-year savings.
#include <commissioning/budget/proposal.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning {

namespace detail {

/// The share of `year` left from `from` (inclusive), by equal months, part months by days.
rate share_of_year_from(const financial_year& year, date from) {
  return rate::ratio(monthly_weight(period(from, year.last_day())), 12 * month_parts);
}

}  // namespace detail

proposal_result apply(portfolio current, std::vector<portfolio_change> changes, std::chrono::month start_month) {
  std::vector<portfolio_line> lines = current.lines();
  std::vector<change_outcome> outcomes;
  for (const portfolio_change& change : changes) {
    if (!change.from.ok()) throw invalid_input("proposal", 3, "a change to " + quote(change.service) + " needs a date");
    const financial_year year = financial_year::of(change.from, start_month);
    money before;
    std::vector<std::size_t> matched;
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (lines[i].service == change.service) {
        matched.push_back(i);
        before += lines[i].annual;
      }
    if (change.kind == change_kind::add) {
      if (!matched.empty())
        throw invalid_input("proposal", 1, "the portfolio already has a service " + quote(change.service));
      if (change.amount.is_negative())
        throw invalid_input("proposal", 2, "a new service cannot cost less than nothing: " + to_string(change.amount));
    } else if (matched.empty()) {
      throw invalid_input("proposal", 1, "the portfolio has no service " + quote(change.service));
    }

    money after;
    switch (change.kind) {
      case change_kind::add:
        after = change.amount;
        break;
      case change_kind::end:
        after = money{};
        break;
      default:
        after = change.percent ? before + before.multiply(*change.percent) : before + change.amount;
    }
    if (after.is_negative())
      throw invalid_input("proposal", 2,
                          "the change would make " + quote(change.service) + " cost " + to_string(after) + " a year");

    // The new lines for the service.
    std::vector<portfolio_line> replacement;
    if (change.kind == change_kind::change_by && matched.size() > 1) {
      // Several providers: spread the change over them in proportion to their costs.
      std::vector<std::int64_t> weights;
      for (std::size_t i : matched) weights.push_back(lines[i].annual.pence());
      const bool all_zero = before.is_zero();
      if (all_zero) weights.assign(matched.size(), 1);
      const std::vector<money> deltas = allocate(after - before, weights);
      for (std::size_t k = 0; k < matched.size(); ++k) {
        portfolio_line line = lines[matched[k]];
        line.annual += deltas[k];
        replacement.push_back(line);
      }
    } else if (change.kind == change_kind::change_by) {
      portfolio_line line = lines[matched.front()];
      line.annual = after;
      replacement.push_back(line);
    } else if (change.kind != change_kind::end) {
      replacement.push_back({change.service, change.provider, after, change.how});
    }
    // Put the service back where it stood (or at the end, if new).
    const std::size_t at = matched.empty() ? lines.size() : matched.front();
    for (auto it = matched.rbegin(); it != matched.rend(); ++it)
      lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(*it));
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at), replacement.begin(), replacement.end());

    const money saving = before - after;
    const rate share = detail::share_of_year_from(year, change.from);
    outcomes.push_back({change, before, after, saving, year, share, saving.multiply(share)});
  }

  portfolio revised(current.name());
  for (const portfolio_line& line : lines) revised.add(line.service, line.provider, line.annual, line.how);
  money in_year;
  for (const change_outcome& outcome : outcomes) in_year += outcome.in_year_saving;
  const money full_year = current.total() - revised.total();
  return {std::move(current), std::move(revised), std::move(outcomes), full_year, in_year};
}

}  // namespace commissioning
