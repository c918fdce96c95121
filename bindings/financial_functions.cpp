// SPDX-License-Identifier: MIT
// The financial functions (include/commissioning/fin/financial_functions.hpp) for
// commissioning.fin, which gives them numpy-financial's signatures and shapes.
//
// Every loop over elements is here, in C++: the element-wise functions through py::vectorize
// (numpy's broadcasting), npv, irr and mirr over rows of a 2-D array of cash flows, and rate's
// Newton iteration in lock step over a broadcast array, as numpy-financial iterates. The
// Python layer only shapes the arguments (numpy-financial's atleast_1d / atleast_2d / outer
// products) and reads `when`. A payment timing arrives here as a number, 0 or 1; anything else
// is financial.004.
#include "common.hpp"

#include <commissioning/fin/financial_functions.hpp>

#include <pybind11/numpy.h>

#include <algorithm>
#include <span>
#include <string>
#include <vector>

namespace cmpy {

namespace {

namespace fin = commissioning::fin;

using double_array = py::array_t<double, py::array::c_style | py::array::forcecast>;

fin::payment_timing timing(double when) { return fin::payment_timing_from(when); }

void require_dimensions(const double_array& array, py::ssize_t dimensions, const char* name) {
  if (array.ndim() != dimensions)
    throw py::value_error(std::string(name) + " must have " + std::to_string(dimensions) + " dimension(s), got " +
                          std::to_string(array.ndim()));
}

/// Row `i` of a C-contiguous 2-D array as a span.
std::span<const double> row(const double_array& values, py::ssize_t i) {
  const auto columns = static_cast<std::size_t>(values.shape(1));
  return {values.data() + static_cast<std::size_t>(i) * columns, columns};
}

}  // namespace

void bind_financial_functions(py::module_& m) {
  m.def(
      "fin_payment_timing", [](const std::string& text) { return static_cast<int>(fin::parse_payment_timing(text)); },
      py::arg("when"),
      "A payment timing as numpy-financial's number: 0 for 'end' ('e', 'finish'), 1 for 'begin' ('b', "
      "'beginning', 'start'); financial.004 otherwise.");
  m.def(
      "fin_payment_timing", [](double number) { return static_cast<int>(fin::payment_timing_from(number)); },
      py::arg("when"), "0 or 1 as given; financial.004 for any other number.");

  m.def("fin_fv",
        py::vectorize([](double rate, double nper, double pmt, double pv, double when) {
          return fin::fv(rate, nper, pmt, pv, timing(when));
        }),
        py::arg("rate"), py::arg("nper"), py::arg("pmt"), py::arg("pv"), py::arg("when"),
        "Future value, element by element over broadcast arrays.");
  m.def("fin_pmt",
        py::vectorize([](double rate, double nper, double pv, double fv, double when) {
          return fin::pmt(rate, nper, pv, fv, timing(when));
        }),
        py::arg("rate"), py::arg("nper"), py::arg("pv"), py::arg("fv"), py::arg("when"),
        "Payment per period, element by element over broadcast arrays.");
  m.def("fin_pv",
        py::vectorize([](double rate, double nper, double pmt, double fv, double when) {
          return fin::pv(rate, nper, pmt, fv, timing(when));
        }),
        py::arg("rate"), py::arg("nper"), py::arg("pmt"), py::arg("fv"), py::arg("when"),
        "Present value, element by element over broadcast arrays.");
  m.def("fin_ipmt",
        py::vectorize([](double rate, double per, double nper, double pv, double fv, double when) {
          return fin::ipmt(rate, per, nper, pv, fv, timing(when));
        }),
        py::arg("rate"), py::arg("per"), py::arg("nper"), py::arg("pv"), py::arg("fv"), py::arg("when"),
        "Interest part of payment `per`, element by element over broadcast arrays.");
  m.def("fin_ppmt",
        py::vectorize([](double rate, double per, double nper, double pv, double fv, double when) {
          return fin::ppmt(rate, per, nper, pv, fv, timing(when));
        }),
        py::arg("rate"), py::arg("per"), py::arg("nper"), py::arg("pv"), py::arg("fv"), py::arg("when"),
        "Principal part of payment `per`, element by element over broadcast arrays.");
  m.def("fin_nper",
        py::vectorize([](double rate, double pmt, double pv, double fv, double when) {
          return fin::nper(rate, pmt, pv, fv, timing(when));
        }),
        py::arg("rate"), py::arg("pmt"), py::arg("pv"), py::arg("fv"), py::arg("when"),
        "Number of periods, element by element over broadcast arrays.");

  m.def(
      "fin_rate",
      [](const double_array& nper, const double_array& pmt, const double_array& pv, const double_array& fv,
         const double_array& when, double guess, double tol, int maxiter) {
        const py::ssize_t size = nper.size();
        if (pmt.size() != size || pv.size() != size || fv.size() != size || when.size() != size)
          throw py::value_error("fin_rate needs arrays of one size (broadcast them first)");
        std::vector<fin::rate_problem> problems;
        problems.reserve(static_cast<std::size_t>(size));
        for (py::ssize_t i = 0; i < size; ++i)
          problems.push_back({nper.data()[i], pmt.data()[i], pv.data()[i], fv.data()[i], timing(when.data()[i])});
        const std::vector<double> rates = fin::rate(problems, guess, tol, maxiter);
        double_array result(size);
        std::copy(rates.begin(), rates.end(), result.mutable_data());
        return result;
      },
      py::arg("nper"), py::arg("pmt"), py::arg("pv"), py::arg("fv"), py::arg("when"), py::arg("guess"), py::arg("tol"),
      py::arg("maxiter"),
      "Rates of equal-sized flat arrays by Newton's method in lock step (NaN where not converged).");

  m.def(
      "fin_npv",
      [](const double_array& rates, const double_array& values) {
        require_dimensions(rates, 1, "rates");
        require_dimensions(values, 2, "values");
        double_array result({rates.shape(0), values.shape(0)});
        double* out = result.mutable_data();
        for (py::ssize_t i = 0; i < rates.shape(0); ++i)
          for (py::ssize_t j = 0; j < values.shape(0); ++j) *out++ = fin::npv(rates.data()[i], row(values, j));
        return result;
      },
      py::arg("rates"), py::arg("values"), "npv of each row of `values` at each rate: shape (rates, rows).");
  m.def(
      "fin_irr",
      [](const double_array& values) {
        require_dimensions(values, 2, "values");
        double_array result(values.shape(0));
        for (py::ssize_t j = 0; j < values.shape(0); ++j) result.mutable_data()[j] = fin::irr(row(values, j));
        return result;
      },
      py::arg("values"), "irr of each row of `values`.");
  m.def(
      "fin_mirr",
      [](const double_array& values, const double_array& finance_rates, const double_array& reinvest_rates) {
        require_dimensions(values, 2, "values");
        require_dimensions(finance_rates, 1, "finance_rate");
        require_dimensions(reinvest_rates, 1, "reinvest_rate");
        if (finance_rates.size() != reinvest_rates.size())
          throw py::value_error("finance_rate and reinvest_rate must have the same size");
        double_array result({values.shape(0), finance_rates.shape(0)});
        double* out = result.mutable_data();
        for (py::ssize_t i = 0; i < values.shape(0); ++i)
          for (py::ssize_t j = 0; j < finance_rates.shape(0); ++j)
            *out++ = fin::mirr(row(values, i), finance_rates.data()[j], reinvest_rates.data()[j]);
        return result;
      },
      py::arg("values"), py::arg("finance_rate"), py::arg("reinvest_rate"),
      "mirr of each row of `values` at each (finance_rate, reinvest_rate) pair: shape (rows, rates).");

  m.def(
      "fin_excel_npv", [](double rate, const std::vector<double>& values) { return fin::excel_npv(rate, values); },
      py::arg("rate"), py::arg("values"), "Excel's NPV: every value discounted, the first by one period.");
  m.def(
      "fin_xnpv",
      [](double rate, const std::vector<double>& values, const std::vector<cm::date>& dates) {
        return fin::xnpv(rate, values, dates);
      },
      py::arg("rate"), py::arg("values"), py::arg("dates"), "Excel's XNPV: actual/365 from the first date.");
  m.def(
      "fin_xirr",
      [](const std::vector<double>& values, const std::vector<cm::date>& dates, double guess) {
        return fin::xirr(values, dates, guess);
      },
      py::arg("values"), py::arg("dates"), py::arg("guess"),
      "Excel's XIRR: the rate at which XNPV is zero (NaN if there is none or Newton's method fails).");
}

}  // namespace cmpy
