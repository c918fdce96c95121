// SPDX-License-Identifier: MIT
/// \file contract/register.hpp
/// \brief A contract register held as columns, and the financial-year profile of all of it
/// in one pass.
///
/// **Example**: two rows of a council's register
///
///     contract_register reg;
///     reg.add("Young Carers", "Imago", parse_date("1 May 2016"), term::parse("3+1+1"),
///             money::parse("£325,484"), indexation::none(), 2);           // both options taken
///     reg.add("Meals", "Apetito", parse_date("1 April 2020"), term::parse("2"),
///             money::parse("£120,000"), indexation::fixed(rate::parse("2.5%")));
///     const register_profile p = profile(reg);
///     p.of(0);        // the same financial_year_profile as reg.contract_at(0).profile()
///     p.totals();     // money by financial year over the whole register
///
/// Each row is a contract with an annual price: start, term, annual value, indexation, how
/// many extension options have been exercised (in order) and the scope to profile. The
/// profile equals each row's own `contract::profile` to the penny: the same contract years,
/// the same rounding of each uplift and part year, the same largest-remainder split of each
/// contract year into financial years. It gets there without building the contracts: each
/// row is a few native 128-bit products and a split into at most two financial years per
/// contract year, with no allocation per row (the output grows by amortised doubling). Rows
/// the fast path cannot take (an index-series indexation, a rate too fine for 64 bits) are
/// profiled through `contract::profile`.
///
/// A row that is not a valid contract is refused when added, with the library's own message
/// prefixed by the row: `[commissioning.contract.014] register row 3 ('Meals'): ...`.
#pragma once

#include <commissioning/calendar/apportionment.hpp>
#include <commissioning/calendar/date.hpp>
#include <commissioning/calendar/financial_year.hpp>
#include <commissioning/contract/contract.hpp>
#include <commissioning/contract/price.hpp>
#include <commissioning/contract/term.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/money/rounding.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <span>
#include <string>
#include <vector>

namespace commissioning {

struct register_profile;

/// Contracts one a row, as columns; terms and indexations are stored once and referred to by
/// code, as a register repeats a few of each.
class contract_register {
 public:
  contract_register() = default;

  /// Add a contract; returns its row (from 0). Throws contract.014 naming the row if the
  /// row is not a valid contract.
  std::size_t add(std::string name, std::string provider, date start, const commissioning::term& term,
                  money annual_value, const commissioning::indexation& indexation = indexation::none(),
                  int exercised = 0, contract_scope scope = contract_scope::current);

  /// A whole register from columns. `term_codes[i]` and `indexation_codes[i]` index `terms`
  /// and `indexations`; `names`, `providers`, `exercised` and `scopes` may be empty (blank
  /// names, no options exercised, the current term). Throws contract.015 if a column's length
  /// or a code does not fit, contract.014 naming the first bad row.
  [[nodiscard]] static contract_register from_columns(
      std::vector<std::string> names, std::vector<std::string> providers, std::vector<date> starts,
      std::vector<commissioning::term> terms, std::vector<std::uint32_t> term_codes, std::vector<money> annual_values,
      std::vector<commissioning::indexation> indexations, std::vector<std::uint32_t> indexation_codes,
      std::vector<int> exercised = {}, std::vector<contract_scope> scopes = {});

  [[nodiscard]] std::size_t size() const noexcept { return starts_.size(); }
  [[nodiscard]] bool empty() const noexcept { return starts_.empty(); }
  [[nodiscard]] const std::string& name(std::size_t row) const { return names_.at(row); }
  [[nodiscard]] const std::string& provider(std::size_t row) const { return providers_.at(row); }
  [[nodiscard]] date start(std::size_t row) const { return starts_.at(row); }
  [[nodiscard]] const commissioning::term& term(std::size_t row) const { return terms_.at(term_codes_.at(row)).value; }
  [[nodiscard]] money annual_value(std::size_t row) const { return annual_.at(row); }
  [[nodiscard]] const commissioning::indexation& indexation(std::size_t row) const {
    return indexations_.at(indexation_codes_.at(row)).value;
  }
  [[nodiscard]] int exercised(std::size_t row) const { return exercised_.at(row); }
  [[nodiscard]] contract_scope scope(std::size_t row) const { return scopes_.at(row); }
  /// The row as a contract, its first `exercised` options exercised.
  [[nodiscard]] contract contract_at(std::size_t row) const;

 private:
  friend register_profile profile(const contract_register&, apportion_rule, std::chrono::month);

  struct term_entry {
    commissioning::term value;
    std::vector<int> months_after;  // months_after[k]: the base and the first k options
  };
  struct indexation_entry {
    commissioning::indexation value;
    bool fast = false;  // none, or fixed with 1 + uplift held in 64 bits
    std::int64_t numerator = 1, denominator = 1;
  };
  static term_entry entry_of(const commissioning::term& t);
  static indexation_entry entry_of(const commissioning::indexation& x);
  std::uint32_t code_of(const commissioning::term& t);
  std::uint32_t code_of(const commissioning::indexation& x);
  void check_row(std::size_t row) const;
  [[nodiscard]] int months(std::size_t row) const;

  std::vector<std::string> names_, providers_;
  std::vector<date> starts_;
  std::vector<std::uint32_t> term_codes_, indexation_codes_;
  std::vector<money> annual_;
  std::vector<int> exercised_;
  std::vector<contract_scope> scopes_;
  std::vector<term_entry> terms_;
  std::vector<indexation_entry> indexations_;
};

/// The financial-year profile of every row of a register, stored flat: row i's years are
/// entries `offsets[i]` to `offsets[i + 1]` of `years` (the start year of each financial
/// year, ascending) and `pence`.
struct register_profile {
  apportion_rule rule = apportion_rule::monthly;
  std::chrono::month start_month = april;
  std::vector<std::size_t> offsets{0};
  std::vector<int> years;
  std::vector<std::int64_t> pence;

  [[nodiscard]] std::size_t rows() const noexcept { return offsets.size() - 1; }
  /// Row `row`'s profile, as `contract::profile` gives it.
  [[nodiscard]] financial_year_profile of(std::size_t row) const;
  /// The whole register's money by financial year, in order.
  [[nodiscard]] std::vector<financial_year_amount> totals() const;
};

/// Every row's money by financial year (each row at its own scope).
[[nodiscard]] register_profile profile(const contract_register& reg, apportion_rule rule = apportion_rule::monthly,
                                       std::chrono::month start_month = april);

/// A register's column of annual values given in pounds (a spreadsheet's column), as money:
/// floats as `Money(float)` reads them (the shortest decimal that reads back as the same double,
/// rounded to the penny half away from zero), whole numbers as whole pounds. A value that is not
/// money (commissioning.money.002 for a NaN or infinity, .005 for too large an amount) is
/// commissioning.contract.014 led by its row, counted from 0.
[[nodiscard]] std::vector<money> money_column_from_pounds(std::span<const double> pounds);
[[nodiscard]] std::vector<money> money_column_from_pounds(std::span<const std::int64_t> pounds);

namespace detail {
/// The error of a bad register row, commissioning.contract.014: `cause`'s message led by the row
/// (counted from 0) and the contract's name, of the kind `cause` is (an overflow stays one).
[[noreturn]] void throw_row_error(std::size_t row, const std::string& name, const std::exception& cause);
}  // namespace detail

}  // namespace commissioning
