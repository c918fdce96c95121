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
///  - Where numpy-financial returns a number, these return the same number within rounding: the
///    TVM functions by the same expressions in the same order (the `rate == 0` branches
///    included), each power within 1 ulp of glibc's `pow` (correctly rounded for a whole number
///    of periods where the processor has AVX2 and FMA); npv, excel_npv and mirr by Horner's rule; irr the same root, by a closed form or
///    Newton's method where the series allows; rate with both of its powers per step. Where it returns
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

#include <cstddef>
#include <span>
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

/// The element-wise functions over columns of one length (a block of broadcast arrays, say):
/// `result[i]` is the scalar function of the columns' elements i, the same figure the scalar
/// call gives. The powers of a block are taken together (correctly rounded for whole numbers
/// of periods: see docs/financial-functions.md, "Accuracy"). A column of another length than
/// `result` is financial.005; a NaN or infinite element is financial.001, as in the scalar call.
void fv(std::span<const double> rate, std::span<const double> nper, std::span<const double> pmt,
        std::span<const double> pv, std::span<const payment_timing> when, std::span<double> result);
void pmt(std::span<const double> rate, std::span<const double> nper, std::span<const double> pv,
         std::span<const double> fv, std::span<const payment_timing> when, std::span<double> result);
void pv(std::span<const double> rate, std::span<const double> nper, std::span<const double> pmt,
        std::span<const double> fv, std::span<const payment_timing> when, std::span<double> result);
void ipmt(std::span<const double> rate, std::span<const double> per, std::span<const double> nper,
          std::span<const double> pv, std::span<const double> fv, std::span<const payment_timing> when,
          std::span<double> result);
void ppmt(std::span<const double> rate, std::span<const double> per, std::span<const double> nper,
          std::span<const double> pv, std::span<const double> fv, std::span<const payment_timing> when,
          std::span<double> result);
void nper(std::span<const double> rate, std::span<const double> pmt, std::span<const double> pv,
          std::span<const double> fv, std::span<const payment_timing> when, std::span<double> result);

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
/// to the last bit or two, not merely within `tol`.
[[nodiscard]] std::vector<double> rate(std::span<const rate_problem> problems, double guess = 0.1, double tol = 1e-6,
                                       int maxiter = 100);

/// Many series of cash flows of one length, a row each, in one row-major block: the 2-D
/// arrays of numpy-financial 1.1.0's npv, irr and mirr, and the batch form of xirr.
struct cash_flow_rows {
  std::span<const double> values;  ///< rows() * columns values, row after row
  std::size_t columns = 0;         ///< flows in each series
  [[nodiscard]] std::size_t rows() const { return columns == 0 ? 0 : values.size() / columns; }
  [[nodiscard]] std::span<const double> row(std::size_t i) const { return values.subspan(i * columns, columns); }
};

/// Net present value with `values[0]` undiscounted (numpy-financial; Green Book year 0):
/// the sum of `values[t] / (1 + rate)^t`, by Horner's rule in `1 / (1 + rate)` (no power per
/// term; it differs from numpy-financial's sum of quotients by rounding only).
[[nodiscard]] double npv(double rate, std::span<const double> values);
/// `npv` of every row at every rate in one pass, numpy-financial 1.1.0's shape (rates, rows):
/// element `i * rows + j` is `npv(rates[i], values.row(j))`.
[[nodiscard]] std::vector<double> npv(std::span<const double> rates, cash_flow_rows values);
/// Excel's NPV: every value discounted, the first by one period:
/// the sum of `values[t] / (1 + rate)^(t + 1)`.
[[nodiscard]] double excel_npv(double rate, std::span<const double> values);
/// Internal rate of return: the rate at which `npv` is zero, chosen among the real roots as
/// numpy-financial 1.1.0 chooses (see its definition in src/fin/); NaN when there is none.
[[nodiscard]] double irr(std::span<const double> values);
/// `irr` of every row. The same root as `irr(row)` chooses, found without an eigenvalue solve
/// where the row allows: a closed form for two or three flows, and for a series whose signs
/// change once (an outlay, then returns), which has exactly one rate above -100% (Descartes'
/// rule of signs), Newton's method kept inside a bracket of that root.
[[nodiscard]] std::vector<double> irr(cash_flow_rows values);
/// Modified internal rate of return: negative flows financed at `finance_rate`, positive ones
/// reinvested at `reinvest_rate`; NaN without both a positive and a negative flow.
[[nodiscard]] double mirr(std::span<const double> values, double finance_rate, double reinvest_rate);
/// `mirr` of every row at every (finance, reinvest) pair, numpy-financial 1.1.0's shape
/// (rows, pairs): element `j * pairs + i` is `mirr(values.row(j), finance_rates[i], reinvest_rates[i])`.
[[nodiscard]] std::vector<double> mirr(cash_flow_rows values, std::span<const double> finance_rates,
                                       std::span<const double> reinvest_rates);

/// Excel's XNPV: `values[i] / (1 + rate)^((dates[i] - dates[0]) / 365)`. No date may precede
/// the first; the others may come in any order, as in Excel.
[[nodiscard]] double xnpv(double rate, std::span<const double> values, std::span<const date> dates);
/// Excel's XIRR: the rate at which `xnpv` is zero, by Newton's method from `guess`; NaN without
/// both a positive and a negative value, or if Newton's method does not converge in 100 steps.
[[nodiscard]] double xirr(std::span<const double> values, std::span<const date> dates, double guess = 0.1);
/// `xirr` of every row, each paid on the same `dates`.
[[nodiscard]] std::vector<double> xirr(cash_flow_rows values, std::span<const date> dates, double guess = 0.1);

}  // namespace commissioning::fin
