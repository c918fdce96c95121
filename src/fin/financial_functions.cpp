// SPDX-License-Identifier: MIT
// The financial functions of fin/financial_functions.hpp, compiled once: numpy-financial's
// formulas and solvers, Excel's XNPV and XIRR, and the polynomial roots behind irr (Eigen's
// eigenvalue solver on a balanced companion matrix).
#include <commissioning/fin/financial_functions.hpp>

#include <commissioning/calendar/date.hpp>
#include <commissioning/error.hpp>

#include "formula_passes.hpp"
#include "natural_logs.hpp"
#include "whole_powers.hpp"

#include <Eigen/Core>
#include <Eigen/Eigenvalues>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <complex>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <system_error>
#include <vector>

namespace commissioning::fin {

namespace detail {
namespace {

/// The shortest text that reads back as `value` ("0.1", "-1", "nan", "inf").
std::string number_text(double value) {
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc{} ? std::string(buffer, end) : std::string("?");
}

[[noreturn]] void not_finite(std::string_view name, double value) {
  std::string text(name);
  text.append(" must be a finite number, got ").append(number_text(value));
  throw invalid_input("financial", 1, text);
}

/// The check inlined on the hot path, the message built only when it fails.
inline double finite(std::string_view name, double value) {
  if (!std::isfinite(value)) [[unlikely]]
    not_finite(name, value);
  return value;
}

/// Every cash flow finite and at least one of them: `values[t]` named in an error for one
/// series, `values[j, t]` for row j of several.
void finite_values(std::string_view function, cash_flow_rows rows) {
  if (rows.columns == 0) {  // no rows at all is fine: no figures
    std::string text(function);
    text.append(" needs at least one cash flow; values is empty");
    throw invalid_input("financial", 2, text);
  }
  for (std::size_t i = 0; i < rows.values.size(); ++i) {
    if (!std::isfinite(rows.values[i])) {
      std::string name("values[");
      if (rows.rows() > 1) name.append(std::to_string(i / rows.columns)).append(", ");
      name.append(std::to_string(i % rows.columns)).append("]");
      finite(name, rows.values[i]);
    }
  }
}

void finite_values(std::string_view function, std::span<const double> values) {
  finite_values(function, cash_flow_rows{values, values.size()});
}

/// The npv of `values` at each of K rates, given as discount factors `d[k] = 1 / (1 + rate)`, by
/// Horner's rule: K independent chains, so that the compiler interleaves (and vectorises) them.
template <std::size_t K>
void discount(const double (&d)[K], std::span<const double> values, double (&sum)[K]) {
  const std::size_t n = values.size();
  for (std::size_t k = 0; k < K; ++k) sum[k] = values[n - 1];
  for (std::size_t t = n - 1; t-- > 0;)
    for (std::size_t k = 0; k < K; ++k) sum[k] = sum[k] * d[k] + values[t];
}

double discounted_sum(double rate, std::span<const double> values) {
  const double d[1] = {1.0 / (1.0 + rate)};
  double sum[1];
  discount(d, values, sum);
  return sum[0];
}

/// A discount rate must exceed -100%: at -1 every later flow is divided by zero, below it the
/// discount factors alternate in sign, and neither is a present value.
double discount_rate(std::string_view name, double value) {
  finite(name, value);
  if (!(value > -1.0)) {
    std::string text("the discount rate ");
    text.append(name).append(" must be greater than -1 (-100%), got ").append(number_text(value));
    throw domain_violation("financial", 3, text);
  }
  return value;
}

double when_number(payment_timing when) { return when == payment_timing::begin ? 1.0 : 0.0; }

/// The element-wise functions run in blocks of this many: the block's powers (whole_powers.hpp)
/// in one call, then its formulas (formula_passes.hpp), so that no division waits on a power.
constexpr std::size_t block = 256;

/// Elements [start, start + count) of every named column finite, or the error the scalar call
/// raises for the first that is not (columns in the scalar call's order). The test is a
/// vectorised pass over each column; only a failure looks for the element to name.
template <std::size_t N>
void finite_block(const std::pair<std::string_view, std::span<const double>> (&columns)[N], std::size_t start,
                  std::size_t count) {
  // The exponent field of an infinity or NaN is all ones: adding one more to it carries into
  // the top bit. Integer operations only, so that the pass vectorises on baseline x86-64.
  constexpr std::uint64_t exponent = 0x7ff0000000000000;
  constexpr std::uint64_t exponent_one = 0x0010000000000000;
  std::uint64_t carries = 0;
  for (const auto& column : columns) {
    const double* x = column.second.data() + start;
    for (std::size_t i = 0; i < count; ++i) carries |= (std::bit_cast<std::uint64_t>(x[i]) & exponent) + exponent_one;
  }
  if ((carries >> 63) == 0) [[likely]]
    return;
  for (std::size_t i = start; i < start + count; ++i)
    for (const auto& column : columns) finite(column.first, column.second[i]);
}

/// Every column of an element-wise call as long as the result (financial.005 otherwise).
void same_lengths(std::string_view function, std::span<double> result, std::initializer_list<std::size_t> columns) {
  for (const std::size_t size : columns) {
    if (size != result.size()) {
      std::string text(function);
      text.append(" needs columns of one length: ")
          .append(std::to_string(size))
          .append(" elements in a column but ")
          .append(std::to_string(result.size()))
          .append(" results");
      throw invalid_input("financial", 5, text);
    }
  }
}

/// Scale a matrix by powers of two so that each row and its column have similar norms (the
/// Parlett-Reinsch balancing LAPACK applies before an eigenvalue solve, as numpy's does). It
/// changes no eigenvalue, but makes them far more accurate for a polynomial whose coefficients
/// span many orders of magnitude (numpy-financial's gh-15 case spans 300).
void balance(Eigen::MatrixXd& a) {
  constexpr double radix = 2.0;
  const Eigen::Index n = a.rows();
  bool done = false;
  for (int sweep = 0; !done && sweep < 100; ++sweep) {
    done = true;
    for (Eigen::Index i = 0; i < n; ++i) {
      double c = 0.0;
      double r = 0.0;
      for (Eigen::Index j = 0; j < n; ++j) {
        if (j == i) continue;
        c += std::abs(a(j, i));
        r += std::abs(a(i, j));
      }
      if (c == 0.0 || r == 0.0) continue;
      double g = r / radix;
      double f = 1.0;
      const double s = c + r;
      while (c < g) {
        f *= radix;
        c *= radix * radix;
      }
      g = r * radix;
      while (c > g) {
        f /= radix;
        c /= radix * radix;
      }
      if ((c + r) / f < 0.95 * s) {
        done = false;
        a.row(i) /= f;
        a.col(i) *= f;
      }
    }
  }
}

/// numpy.roots(coefficients), highest power first: leading zeros dropped, each trailing zero a
/// root at 0, the others the eigenvalues of the companion matrix. Only the real roots are
/// returned: those the real Schur form gives as 1x1 blocks, with an imaginary part of exactly
/// zero, which is numpy's `isreal` test on LAPACK's output.
std::vector<double> real_polynomial_roots(std::span<const double> coefficients) {
  std::size_t first = 0;
  while (first < coefficients.size() && coefficients[first] == 0.0) ++first;
  std::vector<double> roots;
  if (first == coefficients.size()) return roots;
  std::size_t last = coefficients.size() - 1;
  while (coefficients[last] == 0.0) --last;
  roots.assign(coefficients.size() - 1 - last, 0.0);
  const auto degree = static_cast<Eigen::Index>(last - first);
  if (degree == 0) return roots;
  Eigen::MatrixXd companion = Eigen::MatrixXd::Zero(degree, degree);
  for (Eigen::Index j = 0; j < degree; ++j)
    companion(0, j) = -coefficients[first + 1 + static_cast<std::size_t>(j)] / coefficients[first];
  for (Eigen::Index i = 1; i < degree; ++i) companion(i, i - 1) = 1.0;
  // A subnormal leading coefficient overflows the first row: no root can be found (numpy's
  // eigvals raises LinAlgError here), so report none rather than solve a matrix of infinities.
  if (!companion.allFinite()) return roots;
  balance(companion);
  const Eigen::EigenSolver<Eigen::MatrixXd> solver(companion, false);
  if (solver.info() != Eigen::Success) return roots;
  for (Eigen::Index i = 0; i < degree; ++i) {
    const std::complex<double> root = solver.eigenvalues()(i);
    if (root.imag() == 0.0) roots.push_back(root.real());
  }
  return roots;
}

double years_from(date first, date d) { return static_cast<double>(days_between(first, d)) / 365.0; }

void check_dates(std::string_view function, std::span<const double> values, std::span<const date> dates) {
  finite_values(function, values);
  if (values.size() != dates.size()) {
    std::string text(function);
    text.append(" needs one date per value: ")
        .append(std::to_string(values.size()))
        .append(" values but ")
        .append(std::to_string(dates.size()))
        .append(" dates");
    throw invalid_input("financial", 5, text);
  }
  for (std::size_t i = 1; i < dates.size(); ++i) {
    if (dates[i] < dates[0]) {
      std::string text("dates[");
      text.append(std::to_string(i))
          .append("] ")
          .append(to_iso(dates[i]))
          .append(" is before the first date ")
          .append(to_iso(dates[0]))
          .append("; every date must be on or after the first (as Excel's XNPV and XIRR require)");
      throw invalid_input("financial", 6, text);
    }
  }
}

}  // namespace
}  // namespace detail

payment_timing parse_payment_timing(std::string_view text) {
  std::string key;
  for (char c : text) key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (key == "end" || key == "e" || key == "finish") return payment_timing::end;
  if (key == "begin" || key == "b" || key == "beginning" || key == "start") return payment_timing::begin;
  std::string message("cannot read ");
  message.append(quote(text)).append(
      " as a payment timing; expected 'end' (or 'e', 'finish', 0) or 'begin' (or 'b', 'beginning', 'start', 1)");
  throw invalid_input("financial", 4, message);
}

payment_timing payment_timing_from(double number) {
  if (number == 0.0) return payment_timing::end;
  if (number == 1.0) return payment_timing::begin;
  std::string message("a payment timing must be 0 (end) or 1 (begin), got ");
  message.append(detail::number_text(number));
  throw invalid_input("financial", 4, message);
}

namespace detail {
namespace {

/// fv, pmt and pv of a column: the power `(1 + rate)^nper` a block at a time, then `pass`
/// (formula_passes.hpp) over rate, nper, the function's two other columns (`x` and `y`, named as
/// it names them, and checked in its argument order), the timing and the power.
using annuity_pass = decltype(formula_passes::fv);  // pmt's and pv's too

void annuity_columns(std::string_view function, std::pair<std::string_view, std::span<const double>> x,
                     std::pair<std::string_view, std::span<const double>> y, std::span<const double> rate,
                     std::span<const double> nper, std::span<const payment_timing> when, std::span<double> result,
                     annuity_pass pass) {
  same_lengths(function, result, {rate.size(), nper.size(), x.second.size(), y.second.size(), when.size()});
  double base[block];
  double temp[block];
  for (std::size_t start = 0; start < result.size(); start += block) {
    const std::size_t count = std::min(block, result.size() - start);
    finite_block({{"rate", rate}, {"nper", nper}, x, y}, start, count);
    for (std::size_t k = 0, i = start; k < count; ++k, ++i) base[k] = 1 + rate[i];
    powers(base, nper.data() + start, temp, count);
    pass(rate.data() + start, nper.data() + start, x.second.data() + start, y.second.data() + start,
         when.data() + start, temp, result.data() + start, count);
  }
}

}  // namespace
}  // namespace detail

double fv(double rate, double nper, double pmt, double pv, payment_timing when) {
  double result;
  fv({&rate, 1}, {&nper, 1}, {&pmt, 1}, {&pv, 1}, {&when, 1}, {&result, 1});
  return result;
}

void fv(std::span<const double> rate, std::span<const double> nper, std::span<const double> pmt,
        std::span<const double> pv, std::span<const payment_timing> when, std::span<double> result) {
  detail::annuity_columns("fv", {"pmt", pmt}, {"pv", pv}, rate, nper, when, result,
                          detail::active_formula_passes().fv);
}

double pmt(double rate, double nper, double pv, double fv, payment_timing when) {
  double result;
  pmt({&rate, 1}, {&nper, 1}, {&pv, 1}, {&fv, 1}, {&when, 1}, {&result, 1});
  return result;
}

void pmt(std::span<const double> rate, std::span<const double> nper, std::span<const double> pv,
         std::span<const double> fv, std::span<const payment_timing> when, std::span<double> result) {
  detail::annuity_columns("pmt", {"pv", pv}, {"fv", fv}, rate, nper, when, result,
                          detail::active_formula_passes().pmt);
}

double pv(double rate, double nper, double pmt, double fv, payment_timing when) {
  double result;
  pv({&rate, 1}, {&nper, 1}, {&pmt, 1}, {&fv, 1}, {&when, 1}, {&result, 1});
  return result;
}

void pv(std::span<const double> rate, std::span<const double> nper, std::span<const double> pmt,
        std::span<const double> fv, std::span<const payment_timing> when, std::span<double> result) {
  detail::annuity_columns("pv", {"pmt", pmt}, {"fv", fv}, rate, nper, when, result,
                          detail::active_formula_passes().pv);
}

namespace detail {
namespace {

/// ipmt and ppmt of a column: both need the payment, `(1 + rate)^nper`, and the balance's
/// power, `(1 + rate)^(per - 1)`. `principal` chooses ppmt (the payment less the interest).
void interest_or_principal(std::string_view function, bool principal, std::span<const double> rate,
                           std::span<const double> per, std::span<const double> nper, std::span<const double> pv,
                           std::span<const double> fv, std::span<const payment_timing> when, std::span<double> result) {
  same_lengths(function, result, {rate.size(), per.size(), nper.size(), pv.size(), fv.size(), when.size()});
  double base[block];
  double periods_before[block];
  double temp_nper[block];
  double temp_per[block];
  for (std::size_t start = 0; start < result.size(); start += block) {
    const std::size_t count = std::min(block, result.size() - start);
    // ipmt checks per first, ppmt (pmt, then ipmt) last.
    if (principal)
      finite_block({{"rate", rate}, {"nper", nper}, {"pv", pv}, {"fv", fv}, {"per", per}}, start, count);
    else
      finite_block({{"per", per}, {"rate", rate}, {"nper", nper}, {"pv", pv}, {"fv", fv}}, start, count);
    for (std::size_t k = 0, i = start; k < count; ++k, ++i) {
      base[k] = 1 + rate[i];
      periods_before[k] = per[i] - 1;
    }
    powers(base, nper.data() + start, temp_nper, count);
    powers(base, periods_before, temp_per, count);
    active_formula_passes().interest_or_principal(principal, rate.data() + start, per.data() + start,
                                                  nper.data() + start, pv.data() + start, fv.data() + start,
                                                  when.data() + start, temp_nper, temp_per, result.data() + start, count);
  }
}

}  // namespace
}  // namespace detail

double ipmt(double rate, double per, double nper, double pv, double fv, payment_timing when) {
  double result;
  ipmt({&rate, 1}, {&per, 1}, {&nper, 1}, {&pv, 1}, {&fv, 1}, {&when, 1}, {&result, 1});
  return result;
}

void ipmt(std::span<const double> rate, std::span<const double> per, std::span<const double> nper,
          std::span<const double> pv, std::span<const double> fv, std::span<const payment_timing> when,
          std::span<double> result) {
  detail::interest_or_principal("ipmt", false, rate, per, nper, pv, fv, when, result);
}

double ppmt(double rate, double per, double nper, double pv, double fv, payment_timing when) {
  double result;
  ppmt({&rate, 1}, {&per, 1}, {&nper, 1}, {&pv, 1}, {&fv, 1}, {&when, 1}, {&result, 1});
  return result;
}

void ppmt(std::span<const double> rate, std::span<const double> per, std::span<const double> nper,
          std::span<const double> pv, std::span<const double> fv, std::span<const payment_timing> when,
          std::span<double> result) {
  detail::interest_or_principal("ppmt", true, rate, per, nper, pv, fv, when, result);
}

double nper(double rate, double pmt, double pv, double fv, payment_timing when) {
  double result;
  nper({&rate, 1}, {&pmt, 1}, {&pv, 1}, {&fv, 1}, {&when, 1}, {&result, 1});
  return result;
}

void nper(std::span<const double> rate, std::span<const double> pmt, std::span<const double> pv,
          std::span<const double> fv, std::span<const payment_timing> when, std::span<double> result) {
  detail::same_lengths("nper", result, {rate.size(), pmt.size(), pv.size(), fv.size(), when.size()});
  double ratio[detail::block];
  double growth[detail::block];
  double denominator[detail::block];
  double ratio_log[detail::block];
  double growth_log[detail::block];
  const detail::formula_passes& passes = detail::active_formula_passes();
  for (std::size_t start = 0; start < result.size(); start += detail::block) {
    const std::size_t count = std::min(detail::block, result.size() - start);
    detail::finite_block({{"rate", rate}, {"pmt", pmt}, {"pv", pv}, {"fv", fv}}, start, count);
    passes.nper_ratios(rate.data() + start, pmt.data() + start, pv.data() + start, fv.data() + start,
                       when.data() + start, denominator, ratio, growth, count);
    detail::natural_logs(ratio, ratio_log, count);
    detail::natural_logs(growth, growth_log, count);
    passes.nper(rate.data() + start, pmt.data() + start, pv.data() + start, fv.data() + start, denominator, ratio_log,
                growth_log, result.data() + start, count);
  }
}

std::vector<double> rate(std::span<const rate_problem> problems, double guess, double tol, int maxiter) {
  detail::finite("guess", guess);
  detail::finite("tol", tol);
  if (!(tol > 0.0)) {
    std::string text("tol must be positive, got ");
    text.append(detail::number_text(tol));
    throw invalid_input("financial", 7, text);
  }
  if (maxiter < 0) {
    std::string text("maxiter must not be negative, got ");
    text.append(std::to_string(maxiter));
    throw invalid_input("financial", 7, text);
  }
  for (const rate_problem& p : problems) {
    detail::finite("nper", p.nper);
    detail::finite("pmt", p.pmt);
    detail::finite("pv", p.pv);
    detail::finite("fv", p.fv);
  }
  // The problems as columns, once; then each step a block at a time: its powers together, then
  // its Newton steps (formula_passes.hpp), loops that vectorise.
  const std::size_t size = problems.size();
  std::vector<double> columns(6 * size);
  double* const n = columns.data();
  double* const n_less_one = n + size;
  double* const payment = n_less_one + size;
  double* const present = payment + size;
  double* const future = present + size;
  double* const w = future + size;
  for (std::size_t i = 0; i < size; ++i) {
    const rate_problem& p = problems[i];
    n[i] = p.nper;
    n_less_one[i] = p.nper - 1;
    payment[i] = p.pmt;
    present[i] = p.pv;
    future[i] = p.fv;
    w[i] = detail::when_number(p.when);
  }
  std::vector<double> rn(size, guess);
  std::vector<unsigned char> close(size, 0);
  bool all_close = false;  // numpy-financial starts with close = False
  const detail::formula_passes& passes = detail::active_formula_passes();
  double base[detail::block];
  double t1[detail::block];
  double t2[detail::block];
  for (int iteration = 0; iteration < maxiter && !all_close; ++iteration) {
    std::size_t open = 0;  // problems whose step was not below tol
    for (std::size_t start = 0; start < size; start += detail::block) {
      const std::size_t count = std::min(detail::block, size - start);
      double* const r = rn.data() + start;
      for (std::size_t k = 0; k < count; ++k) base[k] = r[k] + 1;
      detail::power_pairs(base, n_less_one + start, t2, t1, count);  // (r + 1)^(n - 1) and (r + 1)^n
      open += passes.rate_steps(r, close.data() + start, n + start, payment + start, present + start, future + start,
                                w + start, t1, t2, tol, count);
    }
    all_close = open == 0;
  }
  if (!all_close)
    for (std::size_t i = 0; i < problems.size(); ++i)
      if (close[i] == 0) rn[i] = std::numeric_limits<double>::quiet_NaN();
  return rn;
}

double rate(double nper, double pmt, double pv, double fv, payment_timing when, double guess, double tol,
                   int maxiter) {
  const rate_problem problem{nper, pmt, pv, fv, when};
  return rate(std::span<const rate_problem>(&problem, 1), guess, tol, maxiter).front();
}

double npv(double rate, std::span<const double> values) {
  detail::discount_rate("rate", rate);
  detail::finite_values("npv", values);
  return detail::discounted_sum(rate, values);
}

std::vector<double> npv(std::span<const double> rates, cash_flow_rows values) {
  for (const double rate : rates) detail::discount_rate("rate", rate);
  detail::finite_values("npv", values);
  const std::size_t rows = values.rows();
  std::vector<double> result(rates.size() * rows);
  // Eight rates at a time over each row: eight independent Horner chains.
  constexpr std::size_t block = 8;
  for (std::size_t j = 0; j < rows; ++j) {
    for (std::size_t i = 0; i < rates.size(); i += block) {
      const std::size_t count = std::min(block, rates.size() - i);
      double d[block] = {};
      for (std::size_t k = 0; k < count; ++k) d[k] = 1.0 / (1.0 + rates[i + k]);
      double sum[block];
      detail::discount(d, values.row(j), sum);
      for (std::size_t k = 0; k < count; ++k) result[(i + k) * rows + j] = sum[k];
    }
  }
  return result;
}

double excel_npv(double rate, std::span<const double> values) {
  detail::discount_rate("rate", rate);
  detail::finite_values("excel_npv", values);
  return detail::discounted_sum(rate, values) / (1.0 + rate);
}

namespace detail {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

/// numpy-financial 1.1.0's choice among the real roots x = 1 + r of the cash flows' polynomial
/// (its `_irr_default_selection`): of the rates r >= -1, the smallest r >= 0 if there is one,
/// else the r nearest 0; NaN if there is none.
class root_choice {
 public:
  void offer(double x) {
    const double r = x - 1;
    if (!(r >= -1)) return;
    found_ = true;
    if (r >= 0)
      smallest_non_negative_ = std::min(smallest_non_negative_, r);
    else
      nearest_negative_ = std::max(nearest_negative_, r);
  }
  [[nodiscard]] double rate() const {
    if (!found_) return nan;
    return std::isfinite(smallest_non_negative_) ? smallest_non_negative_ : nearest_negative_;
  }

 private:
  bool found_ = false;
  double smallest_non_negative_ = std::numeric_limits<double>::infinity();
  double nearest_negative_ = -std::numeric_limits<double>::infinity();
};

/// The one positive root of `c[0] x^m + ... + c[m]` whose nonzero coefficients change sign once
/// (m >= 1, c[0] and c[m] nonzero), by Newton's method on the polynomial kept inside a bracket
/// [lo, hi] of the root: a step that leaves it is replaced by doubling (no upper end yet), halving
/// (no lower end yet) or bisection. Below the root the polynomial has the sign of c[m], above it
/// that of c[0]. NaN if the iteration overflows or does not settle, for the caller to fall back.
double single_positive_root(std::span<const double> c) {
  const std::size_t m = c.size() - 1;
  const bool negative_below = c[m] < 0;
  double lo = 0.0;
  double hi = std::numeric_limits<double>::infinity();
  double x = 1.0;  // a rate of 0%
  double last_step = std::numeric_limits<double>::infinity();
  for (int iteration = 0; iteration < 200; ++iteration) {
    double p = c[0];
    double dp = 0.0;
    for (std::size_t k = 1; k <= m; ++k) {
      dp = dp * x + p;
      p = p * x + c[k];
    }
    if (!std::isfinite(p) || !std::isfinite(dp)) return nan;
    if (p == 0.0) return x;
    if ((p < 0) == negative_below)
      lo = x;
    else
      hi = x;
    double next = x - p / dp;
    if (!(next > lo && next < hi)) next = std::isinf(hi) ? 2 * lo : lo == 0.0 ? hi / 2 : lo + (hi - lo) / 2;
    const double step = std::abs(next - x);
    // Converged: a step at the last few bits of x, or the bracket that narrow; or steps that
    // have stopped shrinking where rounding in p is all that is left.
    if (step <= 4 * std::numeric_limits<double>::epsilon() * x || hi - lo <= 4 * std::numeric_limits<double>::epsilon() * x ||
        (step >= last_step && step <= 1e-12 * x))
      return next;
    last_step = step;
    x = next;
  }
  return nan;
}

/// irr of one series (finite, not empty), chosen as numpy-financial 1.1.0 chooses.
///
/// The roots of `sum values[t] x^(n-1-t)` are x = 1 + r. numpy-financial finds all of them with
/// numpy.roots (an eigenvalue solve of the companion matrix); so does this where it must, with
/// Eigen's real Schur form on the balanced matrix, a root counting as real when the solver
/// returns it with no imaginary part, as in numpy (only for a (near) repeated root can the two
/// solvers disagree on that). Leading zeros drop out; each trailing zero is a root at x = 0
/// (r = -1). Where the rest has two or three coefficients, the roots have a closed form. Where
/// its signs change once, Descartes' rule of signs says it has exactly one positive root, which
/// is then the choice (it is above -1, so nearer 0 than the roots at x = 0): Newton's method
/// finds it, to the last bits, without the eigenvalue solve.
double irr_of(std::span<const double> values) {
  const bool same_sign = values[0] > 0 ? std::all_of(values.begin(), values.end(), [](double v) { return v > 0; })
                                       : std::all_of(values.begin(), values.end(), [](double v) { return v < 0; });
  if (same_sign) return nan;
  std::size_t first = 0;
  while (first < values.size() && values[first] == 0.0) ++first;
  if (first == values.size()) return nan;  // all zero: no root
  std::size_t last = values.size() - 1;
  while (values[last] == 0.0) --last;
  const std::span<const double> c = values.subspan(first, last - first + 1);
  root_choice choice;
  if (last + 1 < values.size()) choice.offer(0.0);
  int sign_changes = 0;
  double previous = c[0];
  for (const double v : c) {
    if (v == 0.0) continue;
    if ((v < 0) != (previous < 0)) ++sign_changes;
    previous = v;
  }
  if (c.size() == 2) {
    choice.offer(-c[1] / c[0]);
  } else if (const double discriminant = c[1] * c[1] - 4 * c[0] * c[2]; c.size() == 3 && std::isfinite(discriminant)) {
    // a x^2 + b x + c: the stable form, no cancellation between -b and the square root.
    if (discriminant >= 0) {
      const double q = -0.5 * (c[1] + std::copysign(std::sqrt(discriminant), c[1]));
      choice.offer(q / c[0]);
      choice.offer(c[2] / q);
    }
  } else if (sign_changes == 0) {
    // No positive root (Descartes): only those at x = 0, if any.
  } else if (const double x = sign_changes == 1 ? single_positive_root(c) : nan; std::isfinite(x)) {
    choice.offer(x);
  } else {
    for (const double root : real_polynomial_roots(c)) choice.offer(root);
  }
  return choice.rate();
}

}  // namespace
}  // namespace detail

double irr(std::span<const double> values) {
  detail::finite_values("irr", values);
  return detail::irr_of(values);
}

std::vector<double> irr(cash_flow_rows values) {
  detail::finite_values("irr", values);
  std::vector<double> result(values.rows());
  for (std::size_t j = 0; j < result.size(); ++j) result[j] = detail::irr_of(values.row(j));
  return result;
}

namespace detail {
namespace {

/// numpy-financial's mirr: the positive flows compounded at the reinvestment rate against the
/// negative ones discounted at the finance rate (each npv by Horner's rule, no copies).
double mirr_of(std::span<const double> values, double finance_rate, double reinvest_rate) {
  const bool any_positive = std::any_of(values.begin(), values.end(), [](double v) { return v > 0; });
  const bool any_negative = std::any_of(values.begin(), values.end(), [](double v) { return v < 0; });
  if (!any_positive || !any_negative) return nan;
  const double reinvest = 1.0 / (1.0 + reinvest_rate);
  const double finance = 1.0 / (1.0 + finance_rate);
  const std::size_t n = values.size();
  double positive = 0.0;
  double negative = 0.0;
  for (std::size_t t = n; t-- > 0;) {
    positive = positive * reinvest + (values[t] > 0 ? values[t] : 0.0);
    negative = negative * finance + (values[t] < 0 ? values[t] : 0.0);
  }
  return std::pow(std::abs(positive) / std::abs(negative), 1 / (static_cast<double>(n) - 1)) * (1 + reinvest_rate) - 1;
}

}  // namespace
}  // namespace detail

double mirr(std::span<const double> values, double finance_rate, double reinvest_rate) {
  detail::discount_rate("finance_rate", finance_rate);
  detail::discount_rate("reinvest_rate", reinvest_rate);
  detail::finite_values("mirr", values);
  return detail::mirr_of(values, finance_rate, reinvest_rate);
}

std::vector<double> mirr(cash_flow_rows values, std::span<const double> finance_rates,
                         std::span<const double> reinvest_rates) {
  if (finance_rates.size() != reinvest_rates.size()) {
    std::string text("mirr needs one reinvest_rate per finance_rate: ");
    text.append(std::to_string(finance_rates.size()))
        .append(" finance rates but ")
        .append(std::to_string(reinvest_rates.size()))
        .append(" reinvest rates");
    throw invalid_input("financial", 5, text);
  }
  for (const double rate : finance_rates) detail::discount_rate("finance_rate", rate);
  for (const double rate : reinvest_rates) detail::discount_rate("reinvest_rate", rate);
  detail::finite_values("mirr", values);
  const std::size_t pairs = finance_rates.size();
  std::vector<double> result(values.rows() * pairs);
  for (std::size_t j = 0; j < values.rows(); ++j)
    for (std::size_t i = 0; i < pairs; ++i)
      result[j * pairs + i] = detail::mirr_of(values.row(j), finance_rates[i], reinvest_rates[i]);
  return result;
}

double xnpv(double rate, std::span<const double> values, std::span<const date> dates) {
  detail::discount_rate("rate", rate);
  detail::check_dates("xnpv", values, dates);
  double sum = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i)
    sum += values[i] / std::pow(1.0 + rate, detail::years_from(dates[0], dates[i]));
  return sum;
}

namespace detail {
namespace {

/// Newton's method on XNPV with its exact derivative, as Excel iterates: at most 100 steps,
/// converged when a step moves the rate by less than 1e-10 (Excel asks for 0.000001%). A step
/// that lands at or below -100% has left the function's domain: NaN, like Excel's #NUM!. Each
/// step takes one logarithm and an exponential per value, `(1 + r)^-t = exp(-t log(1 + r))`.
double xirr_of(std::span<const double> values, std::span<const double> years, double guess) {
  const bool any_positive = std::any_of(values.begin(), values.end(), [](double v) { return v > 0; });
  const bool any_negative = std::any_of(values.begin(), values.end(), [](double v) { return v < 0; });
  if (!any_positive || !any_negative) return nan;
  double r = guess;
  for (int iteration = 0; iteration < 100; ++iteration) {
    const double log_growth = std::log1p(r);
    double f = 0.0;
    double df = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i) {
      const double discounted = values[i] * std::exp(-years[i] * log_growth);
      f += discounted;
      df -= years[i] * discounted;
    }
    df /= 1.0 + r;
    if (df == 0.0 || !std::isfinite(f) || !std::isfinite(df)) return nan;
    const double next = r - f / df;
    if (!std::isfinite(next) || next <= -1.0) return nan;
    if (std::abs(next - r) < 1e-10) return next;
    r = next;
  }
  return nan;
}

std::vector<double> years_from_first(std::span<const date> dates) {
  std::vector<double> years(dates.size());
  for (std::size_t i = 0; i < dates.size(); ++i) years[i] = years_from(dates[0], dates[i]);
  return years;
}

}  // namespace
}  // namespace detail

double xirr(std::span<const double> values, std::span<const date> dates, double guess) {
  detail::discount_rate("guess", guess);
  detail::check_dates("xirr", values, dates);
  return detail::xirr_of(values, detail::years_from_first(dates), guess);
}

std::vector<double> xirr(cash_flow_rows values, std::span<const date> dates, double guess) {
  detail::discount_rate("guess", guess);
  detail::finite_values("xirr", values);
  if (values.rows() == 0) return {};
  detail::check_dates("xirr", values.row(0), dates);
  const std::vector<double> years = detail::years_from_first(dates);
  std::vector<double> result(values.rows());
  for (std::size_t j = 0; j < result.size(); ++j) result[j] = detail::xirr_of(values.row(j), years, guess);
  return result;
}

}  // namespace commissioning::fin
