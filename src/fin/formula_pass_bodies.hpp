// SPDX-License-Identifier: MIT
// The bodies of formula_passes.hpp's passes, included once by each build of them
// (formula_passes.cpp, formula_passes_avx2.cpp) inside a namespace of its own, with internal
// linkage: nothing here may become an out-of-line function that the linker could share between
// the builds. So: arithmetic, comparisons and selects only, no standard-library function. Each
// formula computes every branch and then chooses, so that the loops vectorise (a division by
// zero in a branch not chosen only sets a flag: the builds use -fno-trapping-math).
//
// Define COMMISSIONING_FORMULA_PASSES (the namespace) and COMMISSIONING_FORMULA_PASSES_NAME
// (the table's name) before including.
#include "formula_passes.hpp"

#include <cstddef>

namespace commissioning::fin::detail::COMMISSIONING_FORMULA_PASSES {
namespace {

using std::size_t;

[[gnu::always_inline]] inline double when_number(payment_timing when) {
  return when == payment_timing::begin ? 1.0 : 0.0;
}

/// numpy-financial's fv, expression for expression (its `rate == 0` branch included), given
/// `temp = (1 + rate)^nper`.
[[gnu::always_inline]] inline double fv_formula(double rate, double nper, double pmt, double pv, double w,
                                                double temp) {
  const double at_zero = -(pv + pmt * nper);
  const double otherwise = -pv * temp - pmt * (1 + rate * w) / rate * (temp - 1);
  return rate == 0.0 ? at_zero : otherwise;
}

/// numpy-financial's pmt, expression for expression.
[[gnu::always_inline]] inline double pmt_formula(double rate, double nper, double pv, double fv, double w,
                                                 double temp) {
  const double annuity = (1 + rate * w) * (temp - 1) / rate;
  const double fact = rate == 0.0 ? nper : annuity;
  return -(fv + pv * temp) / fact;
}

/// numpy-financial's pv, expression for expression.
[[gnu::always_inline]] inline double pv_formula(double rate, double nper, double pmt, double fv, double w,
                                                double temp) {
  const double annuity = (1 + rate * w) * (temp - 1) / rate;
  const double fact = rate == 0.0 ? nper : annuity;
  return -(fv + pmt * fact) / temp;
}

/// numpy-financial's ipmt, given the payment `total` and `temp = (1 + rate)^(per - 1)`: the
/// interest on the balance remaining after per - 1 payments (its `_rbl`); NaN before period 1;
/// paid at the beginning, none in period 1 and a period's discount after it.
[[gnu::always_inline]] inline double ipmt_formula(double rate, double per, double pv, double w, double total,
                                                  double temp) {
  const double interest = fv_formula(rate, per - 1, total, pv, w, temp) * rate;
  const double at_beginning = per == 1 ? 0.0 : interest / (1 + rate);
  const double figure = w == 1.0 ? at_beginning : interest;
  return per < 1 ? __builtin_nan("") : figure;
}

/// numpy-financial 1.1.0's nper (its Cython loop, whose Python-semantics division turns a zero
/// divisor into ZeroDivisionError and so into NaN) at a rate other than 0, given `denominator =
/// pv + z` and the logs of `(-fv + z) / denominator` and of `1 + rate`, where
/// `z = pmt * (1 + rate * when) / rate`.
[[gnu::always_inline]] inline double nper_at_a_rate(double rate, double denominator, double ratio_log,
                                                    double growth_log) {
  // At rate <= -1 there is no logarithm of 1 + rate; where 1 + rate rounds to 1, no periods.
  const bool undefined = rate <= -1.0 || denominator == 0.0 || growth_log == 0.0;
  return undefined ? __builtin_nan("") : ratio_log / growth_log;
}

/// numpy-financial 1.1.0's nper, its `rate == 0` branch included.
[[gnu::always_inline]] inline double nper_formula(double rate, double pmt, double pv, double fv, double denominator,
                                                  double ratio_log, double growth_log) {
  const double at_zero = pmt == 0.0 ? __builtin_inf() : -(fv + pv) / pmt;
  const double otherwise = nper_at_a_rate(rate, denominator, ratio_log, growth_log);
  return rate == 0.0 ? at_zero : otherwise;
}

/// numpy-financial's `_g_div_gp`: the Newton step of the annuity equation, term for term, given
/// `t1 = (r + 1)^n` and `t2 = (r + 1)^(n - 1)`. Both powers are taken as it takes them:
/// `(r + 1)^n / (r + 1)` differs in the last bit, and over dozens of Newton steps that can decide
/// whether the iteration converges at all (nper 5, pmt 868, pv -2,370.5, fv -2,369 converges to
/// -192.6% in 79 steps only with both powers).
[[gnu::always_inline]] inline double g_div_gp(double r, double n, double p, double x, double y, double w, double t1,
                                              double t2) {
  const double g = y + t1 * x + p * (t1 - 1) * (r * w + 1) / r;
  const double gp = n * t2 * x - p * (t1 - 1) * (r * w + 1) / (r * r) + n * p * t2 * (r * w + 1) / r +
                    p * (t1 - 1) * w / r;
  return g / gp;
}

void fv_pass(const double* rate, const double* nper, const double* pmt, const double* pv, const payment_timing* when,
             const double* temp, double* result, size_t n) {
  for (size_t i = 0; i < n; ++i) result[i] = fv_formula(rate[i], nper[i], pmt[i], pv[i], when_number(when[i]), temp[i]);
}

void pmt_pass(const double* rate, const double* nper, const double* pv, const double* fv, const payment_timing* when,
              const double* temp, double* result, size_t n) {
  for (size_t i = 0; i < n; ++i) result[i] = pmt_formula(rate[i], nper[i], pv[i], fv[i], when_number(when[i]), temp[i]);
}

void pv_pass(const double* rate, const double* nper, const double* pmt, const double* fv, const payment_timing* when,
             const double* temp, double* result, size_t n) {
  for (size_t i = 0; i < n; ++i) result[i] = pv_formula(rate[i], nper[i], pmt[i], fv[i], when_number(when[i]), temp[i]);
}

template <bool Principal>
void interest_or_principal_columns(const double* rate, const double* per, const double* nper, const double* pv,
                                   const double* fv, const payment_timing* when, const double* temp_nper,
                                   const double* temp_per, double* result, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const double w = when_number(when[i]);
    const double total = pmt_formula(rate[i], nper[i], pv[i], fv[i], w, temp_nper[i]);
    const double interest = ipmt_formula(rate[i], per[i], pv[i], w, total, temp_per[i]);
    result[i] = Principal ? total - interest : interest;
  }
}

void interest_or_principal_pass(bool principal, const double* rate, const double* per, const double* nper,
                                const double* pv, const double* fv, const payment_timing* when, const double* temp_nper,
                                const double* temp_per, double* result, size_t n) {
  if (principal)
    interest_or_principal_columns<true>(rate, per, nper, pv, fv, when, temp_nper, temp_per, result, n);
  else
    interest_or_principal_columns<false>(rate, per, nper, pv, fv, when, temp_nper, temp_per, result, n);
}

/// The block's own buffers (denominator, ratio, growth; rate's r and close) alias nothing.
void nper_ratios_pass(const double* rate, const double* pmt, const double* pv, const double* fv,
                      const payment_timing* when, double* __restrict denominator, double* __restrict ratio,
                      double* __restrict growth, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const double z = pmt[i] * (1.0 + rate[i] * when_number(when[i])) / rate[i];
    denominator[i] = pv[i] + z;
    ratio[i] = (-fv[i] + z) / denominator[i];
    growth[i] = 1.0 + rate[i];
  }
}

void nper_pass(const double* rate, const double* pmt, const double* pv, const double* fv, const double* denominator,
               const double* ratio_log, const double* growth_log, double* result, size_t n) {
  // A block without a zero rate skips the rate == 0 branch's division, which it would not choose.
  bool any_zero = false;
  for (size_t i = 0; i < n; ++i) any_zero |= rate[i] == 0.0;
  if (any_zero) {
    for (size_t i = 0; i < n; ++i)
      result[i] = nper_formula(rate[i], pmt[i], pv[i], fv[i], denominator[i], ratio_log[i], growth_log[i]);
    return;
  }
  for (size_t i = 0; i < n; ++i) result[i] = nper_at_a_rate(rate[i], denominator[i], ratio_log[i], growth_log[i]);
}

size_t rate_steps_pass(double* __restrict r, unsigned char* __restrict close, const double* nper, const double* pmt,
                       const double* pv, const double* fv, const double* w, const double* t1, const double* t2,
                       double tol, size_t n) {
  size_t open = 0;
  for (size_t i = 0; i < n; ++i) {
    const double next = r[i] - g_div_gp(r[i], nper[i], pmt[i], pv[i], fv[i], w[i], t1[i], t2[i]);
    const double step = next - r[i];
    const bool below_tol = (step < 0 ? -step : step) < tol;
    close[i] = below_tol ? 1 : 0;
    open += below_tol ? 0 : 1;
    r[i] = next;
  }
  return open;
}

}  // namespace

const formula_passes table{COMMISSIONING_FORMULA_PASSES_NAME, fv_pass, pmt_pass, pv_pass, interest_or_principal_pass,
                           nper_ratios_pass, nper_pass, rate_steps_pass};

}  // namespace commissioning::fin::detail::COMMISSIONING_FORMULA_PASSES
