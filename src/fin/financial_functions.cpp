// SPDX-License-Identifier: MIT
// The financial functions of fin/financial_functions.hpp, compiled once: numpy-financial's
// formulas and solvers, Excel's XNPV and XIRR, and the polynomial roots behind irr (Eigen's
// eigenvalue solver on a balanced companion matrix).
#include <commissioning/fin/financial_functions.hpp>

#include <commissioning/calendar/date.hpp>
#include <commissioning/error.hpp>

#include <Eigen/Core>
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

double finite(std::string_view name, double value) {
  if (!std::isfinite(value)) {
    std::string text(name);
    text.append(" must be a finite number, got ").append(number_text(value));
    throw invalid_input("financial", 1, text);
  }
  return value;
}

void finite_values(std::string_view function, std::span<const double> values) {
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

/// numpy-financial's fv, expression for expression (its `rate == 0` branch included).
double fv_formula(double rate, double nper, double pmt, double pv, payment_timing when) {
  if (rate == 0.0) return -(pv + pmt * nper);
  const double temp = std::pow(1 + rate, nper);
  return -pv * temp - pmt * (1 + rate * when_number(when)) / rate * (temp - 1);
}

/// numpy-financial's pmt, expression for expression.
double pmt_formula(double rate, double nper, double pv, double fv, payment_timing when) {
  const double temp = std::pow(1 + rate, nper);
  const double fact = rate == 0.0 ? nper : (1 + rate * when_number(when)) * (temp - 1) / rate;
  return -(fv + pv * temp) / fact;
}

/// numpy-financial's `_g_div_gp`: the Newton step of the annuity equation, term for term.
double g_div_gp(double r, double n, double p, double x, double y, double w) {
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

double fv(double rate, double nper, double pmt, double pv, payment_timing when) {
  detail::finite("rate", rate);
  detail::finite("nper", nper);
  detail::finite("pmt", pmt);
  detail::finite("pv", pv);
  return detail::fv_formula(rate, nper, pmt, pv, when);
}

double pmt(double rate, double nper, double pv, double fv, payment_timing when) {
  detail::finite("rate", rate);
  detail::finite("nper", nper);
  detail::finite("pv", pv);
  detail::finite("fv", fv);
  return detail::pmt_formula(rate, nper, pv, fv, when);
}

double pv(double rate, double nper, double pmt, double fv, payment_timing when) {
  detail::finite("rate", rate);
  detail::finite("nper", nper);
  detail::finite("pmt", pmt);
  detail::finite("fv", fv);
  const double w = detail::when_number(when);
  const double temp = std::pow(1 + rate, nper);
  const double fact = rate == 0.0 ? nper : (1 + rate * w) * (temp - 1) / rate;
  return -(fv + pmt * fact) / temp;
}

double ipmt(double rate, double per, double nper, double pv, double fv, payment_timing when) {
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

double ppmt(double rate, double per, double nper, double pv, double fv, payment_timing when) {
  return pmt(rate, nper, pv, fv, when) - ipmt(rate, per, nper, pv, fv, when);
}

double nper(double rate, double pmt, double pv, double fv, payment_timing when) {
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

double rate(double nper, double pmt, double pv, double fv, payment_timing when, double guess, double tol,
                   int maxiter) {
  const rate_problem problem{nper, pmt, pv, fv, when};
  return rate(std::span<const rate_problem>(&problem, 1), guess, tol, maxiter).front();
}

double npv(double rate, std::span<const double> values) {
  detail::discount_rate("rate", rate);
  detail::finite_values("npv", values);
  double sum = 0.0;
  for (std::size_t t = 0; t < values.size(); ++t) sum = sum + values[t] / std::pow(1.0 + rate, static_cast<double>(t));
  return sum;
}

double excel_npv(double rate, std::span<const double> values) {
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
double irr(std::span<const double> values) {
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

double mirr(std::span<const double> values, double finance_rate, double reinvest_rate) {
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

double xnpv(double rate, std::span<const double> values, std::span<const date> dates) {
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
double xirr(std::span<const double> values, std::span<const date> dates, double guess) {
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
