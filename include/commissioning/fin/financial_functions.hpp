// SPDX-License-Identifier: MIT
/// \file fin/financial_functions.hpp
/// \brief Spreadsheet time-value-of-money functions on `double`, with numpy-financial 1.1.0's
/// argument order, conventions and results: npv, irr, mirr, pmt, ipmt, ppmt, pv, fv, nper,
/// rate; and Excel's dated XNPV and XIRR and Excel's NPV.
///
/// **Example**: a £200,000 loan over 15 years at 7.5% a year, paid monthly
///
///     fin::pmt(0.075 / 12, 12 * 15, 200000);                 // -1854.0247200054619
///     fin::npv(0.05, {-15000, 1500, 2500, 3500, 4500, 6000});  // 122.894..., year 0 undiscounted
///     fin::excel_npv(0.10, {-10000, 3000, 4200, 6800});        // 1188.44..., every value discounted
///
/// These are the statistical path's functions (DESIGN.md: `double`, not exact money). Signs
/// follow the spreadsheet convention: money paid out is negative, money received positive.
///
/// **Conventions** (docs/financial-functions.md has the full account):
///  - `npv` discounts `values[t]` by `(1 + rate)^t`, so `values[0]` is undiscounted, as
///    numpy-financial does (and as the Green Book's year 0). `excel_npv` is Excel's NPV, which
///    discounts the first value by one period too: `excel_npv(r, v) == npv(r, v) / (1 + r)`.
///  - Where numpy-financial returns a number, these return the same number, computed by the
///    same expression in the same order (the `rate == 0` branches included); where it returns
///    NaN because there is no answer (irr, mirr and xirr without a sign change, rate and xirr
///    without convergence, nper with a zero divisor or `rate <= -1`, ipmt for `per < 1`) so do
///    these.
///  - Where numpy-financial would silently carry bad input into a result, these throw an error
///    naming the value: a NaN or infinite argument (financial.001), no cash flows
///    (financial.002, where numpy-financial's npv returns 0), a discount rate at or below -100%
///    for npv, excel_npv, xnpv, mirr and xirr (financial.003, where numpy-financial gives NaN
///    or a meaningless alternating sum), a payment timing other than end/begin (financial.004),
///    values and dates of different lengths (financial.005), a date before the first
///    (financial.006), and a solver setting that can never converge (financial.007).
#pragma once

#include <commissioning/calendar/date.hpp>
#include <commissioning/error.hpp>

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <complex>
#include <cstddef>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning::fin {

/// When payments fall in each period: numpy-financial's `when` (0 = end, 1 = begin).
enum class payment_timing { end = 0, begin = 1 };

/// Read a payment timing as numpy-financial does: "end", "e", "finish" (end) or "begin", "b",
/// "beginning", "start" (begin), in any case. Anything else is financial.004.
[[nodiscard]] payment_timing parse_payment_timing(std::string_view text);
/// A payment timing from numpy-financial's numbers: 0 (end) or 1 (begin); anything else,
/// 0.5 or NaN included, is financial.004 (numpy-financial would compute with it).
[[nodiscard]] payment_timing payment_timing_from(double number);

/// The future value of `pv` now and `pmt` each period for `nper` periods at `rate`.
[[nodiscard]] double fv(double rate, double nper, double pmt, double pv, payment_timing when = payment_timing::end);
/// The payment each period that turns `pv` now into `fv` after `nper` periods at `rate`.
[[nodiscard]] double pmt(double rate, double nper, double pv, double fv = 0.0,
                         payment_timing when = payment_timing::end);
/// The present value of `pmt` each period for `nper` periods and `fv` at the end.
[[nodiscard]] double pv(double rate, double nper, double pmt, double fv = 0.0,
                        payment_timing when = payment_timing::end);
/// The interest part of payment `per` (counted from 1; NaN for `per < 1`, as numpy-financial).
[[nodiscard]] double ipmt(double rate, double per, double nper, double pv, double fv = 0.0,
                          payment_timing when = payment_timing::end);
/// The principal part of payment `per`: `pmt(...) - ipmt(...)`.
[[nodiscard]] double ppmt(double rate, double per, double nper, double pv, double fv = 0.0,
                          payment_timing when = payment_timing::end);
/// The number of periods; +inf for a zero rate and zero payment, NaN where numpy-financial's
/// Cython loop meets a zero divisor or `rate <= -1`.
[[nodiscard]] double nper(double rate, double pmt, double pv, double fv = 0.0,
                          payment_timing when = payment_timing::end);

/// One rate problem: the arguments of `rate` that vary from problem to problem.
struct rate_problem {
  double nper;
  double pmt;
  double pv;
  double fv;
  payment_timing when = payment_timing::end;
};
/// The rate per period, by Newton's method from `guess` as numpy-financial does: NaN if it has
/// not converged (a step below `tol`) within `maxiter` steps.
[[nodiscard]] double rate(double nper, double pmt, double pv, double fv, payment_timing when = payment_timing::end,
                          double guess = 0.1, double tol = 1e-6, int maxiter = 100);
/// Many rate problems solved in lock step, exactly as numpy-financial iterates an array: every
/// problem takes a step until all have converged (or `maxiter`), then those not converged at
/// the last step are NaN. A converged problem keeps stepping, so its figure is numpy-financial's
/// to the last bit, not merely within `tol`.
[[nodiscard]] std::vector<double> rate(std::span<const rate_problem> problems, double guess = 0.1, double tol = 1e-6,
                                       int maxiter = 100);

/// Net present value with `values[0]` undiscounted (numpy-financial; Green Book year 0):
/// the sum of `values[t] / (1 + rate)^t`.
[[nodiscard]] double npv(double rate, std::span<const double> values);
/// Excel's NPV: every value discounted, the first by one period:
/// the sum of `values[t] / (1 + rate)^(t + 1)`.
[[nodiscard]] double excel_npv(double rate, std::span<const double> values);
/// Internal rate of return: the rate at which `npv` is zero, chosen among the real roots as
/// numpy-financial 1.1.0 chooses (see the definition); NaN when there is none.
[[nodiscard]] double irr(std::span<const double> values);
/// Modified internal rate of return: negative flows financed at `finance_rate`, positive ones
/// reinvested at `reinvest_rate`; NaN without both a positive and a negative flow.
[[nodiscard]] double mirr(std::span<const double> values, double finance_rate, double reinvest_rate);

/// Excel's XNPV: `values[i] / (1 + rate)^((dates[i] - dates[0]) / 365)`. No date may precede
/// the first; the others may come in any order, as in Excel.
[[nodiscard]] double xnpv(double rate, std::span<const double> values, std::span<const date> dates);
/// Excel's XIRR: the rate at which `xnpv` is zero, by Newton's method from `guess`; NaN without
/// both a positive and a negative value, or if Newton's method does not converge in 100 steps.
[[nodiscard]] double xirr(std::span<const double> values, std::span<const date> dates, double guess = 0.1);

// ---------------------------------------------------------------- inline definitions

namespace detail {

/// The shortest text that reads back as `value` ("0.1", "-1", "nan", "inf").
inline std::string number_text(double value) {
  char buffer[32];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc{} ? std::string(buffer, end) : std::string("?");
}

inline double finite(std::string_view name, double value) {
  if (!std::isfinite(value)) {
    std::string text(name);
    text.append(" must be a finite number, got ").append(number_text(value));
    throw invalid_input("financial", 1, text);
  }
  return value;
}

inline void finite_values(std::string_view function, std::span<const double> values) {
  if (values.empty()) {
    std::string text(function);
    text.append(" needs at least one cash flow; values is empty");
    throw invalid_input("financial", 2, text);
  }
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!std::isfinite(values[i])) {
      std::string name("values[");
      name.append(std::to_string(i)).append("]");
      finite(name, values[i]);
    }
  }
}

/// A discount rate must exceed -100%: at -1 every later flow is divided by zero, below it the
/// discount factors alternate in sign, and neither is a present value.
inline double discount_rate(std::string_view name, double value) {
  finite(name, value);
  if (!(value > -1.0)) {
    std::string text("the discount rate ");
    text.append(name).append(" must be greater than -1 (-100%), got ").append(number_text(value));
    throw domain_violation("financial", 3, text);
  }
  return value;
}

inline double when_number(payment_timing when) { return when == payment_timing::begin ? 1.0 : 0.0; }

/// numpy-financial's fv, expression for expression (its `rate == 0` branch included).
inline double fv_formula(double rate, double nper, double pmt, double pv, payment_timing when) {
  if (rate == 0.0) return -(pv + pmt * nper);
  const double temp = std::pow(1 + rate, nper);
  return -pv * temp - pmt * (1 + rate * when_number(when)) / rate * (temp - 1);
}

/// numpy-financial's pmt, expression for expression.
inline double pmt_formula(double rate, double nper, double pv, double fv, payment_timing when) {
  const double temp = std::pow(1 + rate, nper);
  const double fact = rate == 0.0 ? nper : (1 + rate * when_number(when)) * (temp - 1) / rate;
  return -(fv + pv * temp) / fact;
}

/// numpy-financial's `_g_div_gp`: the Newton step of the annuity equation, term for term.
inline double g_div_gp(double r, double n, double p, double x, double y, double w) {
  const double t1 = std::pow(r + 1, n);
  const double t2 = std::pow(r + 1, n - 1);
  const double g = y + t1 * x + p * (t1 - 1) * (r * w + 1) / r;
  const double gp = n * t2 * x - p * (t1 - 1) * (r * w + 1) / (r * r) + n * p * t2 * (r * w + 1) / r +
                    p * (t1 - 1) * w / r;
  return g / gp;
}

/// Scale a matrix by powers of two so that each row and its column have similar norms (the
/// Parlett-Reinsch balancing LAPACK applies before an eigenvalue solve, as numpy's does). It
/// changes no eigenvalue, but makes them far more accurate for a polynomial whose coefficients
/// span many orders of magnitude (numpy-financial's gh-15 case spans 300).
inline void balance(Eigen::MatrixXd& a) {
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
inline std::vector<double> real_polynomial_roots(std::span<const double> coefficients) {
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

inline double years_from(date first, date d) { return static_cast<double>(days_between(first, d)) / 365.0; }

inline void check_dates(std::string_view function, std::span<const double> values, std::span<const date> dates) {
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

}  // namespace detail

inline payment_timing parse_payment_timing(std::string_view text) {
  std::string key;
  for (char c : text) key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (key == "end" || key == "e" || key == "finish") return payment_timing::end;
  if (key == "begin" || key == "b" || key == "beginning" || key == "start") return payment_timing::begin;
  std::string message("cannot read ");
  message.append(quote(text)).append(
      " as a payment timing; expected 'end' (or 'e', 'finish', 0) or 'begin' (or 'b', 'beginning', 'start', 1)");
  throw invalid_input("financial", 4, message);
}

inline payment_timing payment_timing_from(double number) {
  if (number == 0.0) return payment_timing::end;
  if (number == 1.0) return payment_timing::begin;
  std::string message("a payment timing must be 0 (end) or 1 (begin), got ");
  message.append(detail::number_text(number));
  throw invalid_input("financial", 4, message);
}

inline double fv(double rate, double nper, double pmt, double pv, payment_timing when) {
  detail::finite("rate", rate);
  detail::finite("nper", nper);
  detail::finite("pmt", pmt);
  detail::finite("pv", pv);
  return detail::fv_formula(rate, nper, pmt, pv, when);
}

inline double pmt(double rate, double nper, double pv, double fv, payment_timing when) {
  detail::finite("rate", rate);
  detail::finite("nper", nper);
  detail::finite("pv", pv);
  detail::finite("fv", fv);
  return detail::pmt_formula(rate, nper, pv, fv, when);
}

inline double pv(double rate, double nper, double pmt, double fv, payment_timing when) {
  detail::finite("rate", rate);
  detail::finite("nper", nper);
  detail::finite("pmt", pmt);
  detail::finite("fv", fv);
  const double w = detail::when_number(when);
  const double temp = std::pow(1 + rate, nper);
  const double fact = rate == 0.0 ? nper : (1 + rate * w) * (temp - 1) / rate;
  return -(fv + pmt * fact) / temp;
}

inline double ipmt(double rate, double per, double nper, double pv, double fv, payment_timing when) {
  detail::finite("per", per);
  const double total = pmt(rate, nper, pv, fv, when);  // checks the others
  // The interest on the balance remaining after per - 1 payments (numpy-financial's _rbl).
  const double interest = detail::fv_formula(rate, per - 1, total, pv, when) * rate;
  if (per < 1) return std::numeric_limits<double>::quiet_NaN();  // payments start at period 1
  if (when == payment_timing::begin) {
    if (per == 1) return 0.0;       // paid at once: no interest has accrued
    return interest / (1 + rate);   // paid a period earlier: discounted by one period
  }
  return interest;
}

inline double ppmt(double rate, double per, double nper, double pv, double fv, payment_timing when) {
  return pmt(rate, nper, pv, fv, when) - ipmt(rate, per, nper, pv, fv, when);
}

inline double nper(double rate, double pmt, double pv, double fv, payment_timing when) {
  detail::finite("rate", rate);
  detail::finite("pmt", pmt);
  detail::finite("pv", pv);
  detail::finite("fv", fv);
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  // numpy-financial 1.1.0's Cython loop, whose Python-semantics division turns a zero divisor
  // into ZeroDivisionError and so into NaN.
  if (rate == 0.0 && pmt == 0.0) return std::numeric_limits<double>::infinity();
  if (rate == 0.0) return -(fv + pv) / pmt;
  if (rate <= -1.0) return nan;
  const double z = pmt * (1.0 + rate * detail::when_number(when)) / rate;
  const double denominator = pv + z;
  if (denominator == 0.0) return nan;
  const double periods_log = std::log(1.0 + rate);
  if (periods_log == 0.0) return nan;  // 1 + rate rounds to 1
  return std::log((-fv + z) / denominator) / periods_log;
}

inline std::vector<double> rate(std::span<const rate_problem> problems, double guess, double tol, int maxiter) {
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
  std::vector<double> rn(problems.size(), guess);
  std::vector<char> close(problems.size(), 0);
  bool all_close = false;  // numpy-financial starts with close = False
  for (int iteration = 0; iteration < maxiter && !all_close; ++iteration) {
    all_close = true;
    for (std::size_t i = 0; i < problems.size(); ++i) {
      const rate_problem& p = problems[i];
      const double next = rn[i] - detail::g_div_gp(rn[i], p.nper, p.pmt, p.pv, p.fv, detail::when_number(p.when));
      close[i] = std::abs(next - rn[i]) < tol ? 1 : 0;
      all_close = all_close && close[i] != 0;
      rn[i] = next;
    }
  }
  if (!all_close)
    for (std::size_t i = 0; i < problems.size(); ++i)
      if (close[i] == 0) rn[i] = std::numeric_limits<double>::quiet_NaN();
  return rn;
}

inline double rate(double nper, double pmt, double pv, double fv, payment_timing when, double guess, double tol,
                   int maxiter) {
  const rate_problem problem{nper, pmt, pv, fv, when};
  return rate(std::span<const rate_problem>(&problem, 1), guess, tol, maxiter).front();
}

inline double npv(double rate, std::span<const double> values) {
  detail::discount_rate("rate", rate);
  detail::finite_values("npv", values);
  double sum = 0.0;
  for (std::size_t t = 0; t < values.size(); ++t) sum = sum + values[t] / std::pow(1.0 + rate, static_cast<double>(t));
  return sum;
}

inline double excel_npv(double rate, std::span<const double> values) {
  detail::discount_rate("rate", rate);
  detail::finite_values("excel_npv", values);
  double sum = 0.0;
  for (std::size_t t = 0; t < values.size(); ++t)
    sum = sum + values[t] / std::pow(1.0 + rate, static_cast<double>(t + 1));
  return sum;
}

/// The roots of `sum values[t] x^(n-1-t)` are x = 1 + r; numpy-financial 1.1.0 keeps the real
/// ones with r >= -1 and, of several, takes the smallest r >= 0 if there is one, else the r
/// nearest 0 (its `_irr_default_selection`). The roots are the eigenvalues of the balanced
/// companion matrix (Eigen's real Schur form), as numpy.roots computes them with LAPACK; a
/// root counts as real when the solver returns it with no imaginary part, as in numpy. Only
/// for a (near) repeated root can the two solvers disagree on that.
inline double irr(std::span<const double> values) {
  detail::finite_values("irr", values);
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  const bool same_sign = values[0] > 0 ? std::all_of(values.begin(), values.end(), [](double v) { return v > 0; })
                                       : std::all_of(values.begin(), values.end(), [](double v) { return v < 0; });
  if (same_sign) return nan;
  bool found = false;
  double smallest_non_negative = std::numeric_limits<double>::infinity();
  double nearest_negative = -std::numeric_limits<double>::infinity();
  for (const double x : detail::real_polynomial_roots(values)) {
    const double r = x - 1;
    if (!(r >= -1)) continue;
    found = true;
    if (r >= 0)
      smallest_non_negative = std::min(smallest_non_negative, r);
    else
      nearest_negative = std::max(nearest_negative, r);
  }
  if (!found) return nan;
  return std::isfinite(smallest_non_negative) ? smallest_non_negative : nearest_negative;
}

inline double mirr(std::span<const double> values, double finance_rate, double reinvest_rate) {
  detail::discount_rate("finance_rate", finance_rate);
  detail::discount_rate("reinvest_rate", reinvest_rate);
  detail::finite_values("mirr", values);
  const bool any_positive = std::any_of(values.begin(), values.end(), [](double v) { return v > 0; });
  const bool any_negative = std::any_of(values.begin(), values.end(), [](double v) { return v < 0; });
  if (!any_positive || !any_negative) return std::numeric_limits<double>::quiet_NaN();
  // numpy-financial multiplies by a boolean mask, so a masked-out flow is 0 (or -0).
  std::vector<double> positive(values.size());
  std::vector<double> negative(values.size());
  for (std::size_t t = 0; t < values.size(); ++t) {
    positive[t] = values[t] * (values[t] > 0 ? 1.0 : 0.0);
    negative[t] = values[t] * (values[t] < 0 ? 1.0 : 0.0);
  }
  const double numer = std::abs(npv(reinvest_rate, positive));
  const double denom = std::abs(npv(finance_rate, negative));
  const double n = static_cast<double>(values.size());
  return std::pow(numer / denom, 1 / (n - 1)) * (1 + reinvest_rate) - 1;
}

inline double xnpv(double rate, std::span<const double> values, std::span<const date> dates) {
  detail::discount_rate("rate", rate);
  detail::check_dates("xnpv", values, dates);
  double sum = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i)
    sum += values[i] / std::pow(1.0 + rate, detail::years_from(dates[0], dates[i]));
  return sum;
}

/// Newton's method on XNPV with its exact derivative, as Excel iterates: at most 100 steps,
/// converged when a step moves the rate by less than 1e-10 (Excel asks for 0.000001%). A step
/// that lands at or below -100% has left the function's domain: NaN, like Excel's #NUM!.
inline double xirr(std::span<const double> values, std::span<const date> dates, double guess) {
  detail::discount_rate("guess", guess);
  detail::check_dates("xirr", values, dates);
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  const bool any_positive = std::any_of(values.begin(), values.end(), [](double v) { return v > 0; });
  const bool any_negative = std::any_of(values.begin(), values.end(), [](double v) { return v < 0; });
  if (!any_positive || !any_negative) return nan;
  std::vector<double> years(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) years[i] = detail::years_from(dates[0], dates[i]);
  double r = guess;
  for (int iteration = 0; iteration < 100; ++iteration) {
    double f = 0.0;
    double df = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i) {
      const double discounted = values[i] / std::pow(1.0 + r, years[i]);
      f += discounted;
      df -= years[i] * discounted / (1.0 + r);
    }
    if (df == 0.0 || !std::isfinite(f) || !std::isfinite(df)) return nan;
    const double next = r - f / df;
    if (!std::isfinite(next) || next <= -1.0) return nan;
    if (std::abs(next - r) < 1e-10) return next;
    r = next;
  }
  return nan;
}

}  // namespace commissioning::fin
