// SPDX-License-Identifier: MIT
// The financial functions (include/commissioning/fin/financial_functions.hpp) for
// commissioning.fin, which gives them numpy-financial's signatures and shapes.
//
// Every loop over elements is here or in the library, in C++, one pass over arrays read in
// place: the element-wise functions broadcast their arguments as numpy does (through the
// arrays' strides, no broadcast copies), npv, irr, mirr and xirr take rows of a 2-D array, and
// rate iterates Newton's method in lock step over a broadcast array, as numpy-financial does.
// Results come back in the library's vector, handed to numpy without a copy. The GIL is
// released while a large input is computed. The Python layer only shapes the arguments
// (numpy-financial's atleast_1d / atleast_2d / outer products) and reads `when`. A payment
// timing arrives here as a number, 0 or 1; anything else is financial.004.
#include "common.hpp"

#include <commissioning/fin/broadcast.hpp>
#include <commissioning/fin/financial_functions.hpp>

#include <pybind11/numpy.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace cmpy {

namespace {

namespace fin = commissioning::fin;

/// Read in place: any float64 array as it is (a view, strided); anything else converted.
using any_double_array = py::array_t<double, py::array::forcecast>;
using double_array = py::array_t<double, py::array::c_style | py::array::forcecast>;

/// Inputs of this many elements or more are computed without the GIL.
constexpr py::ssize_t release_gil_from = 4096;

void require_dimensions(const double_array& array, py::ssize_t dimensions, const char* name) {
  if (array.ndim() != dimensions)
    throw py::value_error(std::string(name) + " must have " + std::to_string(dimensions) + " dimension(s), got " +
                          std::to_string(array.ndim()));
}

std::span<const double> elements(const double_array& array) {
  return {array.data(), static_cast<std::size_t>(array.size())};
}

/// A C-contiguous 2-D array as rows of cash flows.
fin::cash_flow_rows rows_of(const double_array& values) {
  require_dimensions(values, 2, "values");
  return {elements(values), static_cast<std::size_t>(values.shape(1))};
}

/// The library's result as a numpy array of `shape`, owning the vector: no copy.
double_array to_array(std::vector<double>&& values, std::vector<py::ssize_t> shape) {
  auto* owned = new std::vector<double>(std::move(values));
  const py::capsule owner(owned, [](void* p) { delete static_cast<std::vector<double>*>(p); });
  return double_array(std::move(shape), owned->data(), owner);
}

/// Run `compute` without the GIL when the input is large.
template <class F>
auto without_gil_if(bool large, F&& compute) {
  std::optional<py::gil_scoped_release> release;
  if (large) release.emplace();
  return compute();
}

/// `f` applied element by element to arguments broadcast as numpy broadcasts them, the last
/// argument being `when` (`fin::for_each_broadcast_block`): the result's shape is the broadcast
/// shape, each argument is read through its own strides (zero along a broadcast axis), axes of
/// length one are skipped, and all-scalar arguments give a float.
template <std::size_t N, class F>
py::object map_elements(const std::array<any_double_array, N>& in, F f) {
  py::ssize_t ndim = 0;
  for (const auto& a : in) ndim = std::max(ndim, a.ndim());
  std::vector<py::ssize_t> shape(static_cast<std::size_t>(ndim), 1);
  for (const auto& a : in) {
    for (py::ssize_t d = 0; d < a.ndim(); ++d) {
      py::ssize_t& s = shape[static_cast<std::size_t>(ndim - a.ndim() + d)];
      if (a.shape(d) == s || a.shape(d) == 1) continue;
      if (s != 1) throw py::value_error("operands could not be broadcast together");
      s = a.shape(d);
    }
  }
  // The axes that count (longer than one), in order; their strides, in bytes, per argument.
  std::vector<py::ssize_t> extent;
  std::array<std::vector<py::ssize_t>, N> strides;
  for (py::ssize_t d = 0; d < ndim; ++d) {
    if (shape[static_cast<std::size_t>(d)] == 1) continue;
    extent.push_back(shape[static_cast<std::size_t>(d)]);
    for (std::size_t k = 0; k < N; ++k) {
      const py::ssize_t own = d - (ndim - in[k].ndim());  // the argument's axis, if it has one
      strides[k].push_back(own >= 0 && in[k].shape(own) != 1 ? in[k].strides(own) : 0);
    }
  }
  if (extent.empty()) {  // one element: an axis of one for the loop below
    extent.push_back(1);
    for (auto& s : strides) s.push_back(0);
  }
  std::array<const char*, N> base{};
  for (std::size_t k = 0; k < N; ++k) base[k] = reinterpret_cast<const char*>(in[k].data());

  const auto run = [&](double* out) { fin::for_each_broadcast_block<N>(extent, base, strides, out, f); };
  if (ndim == 0) {
    double value = 0.0;
    run(&value);
    return py::float_(value);
  }
  py::array_t<double> result(shape);
  py::ssize_t size = 1;
  for (const py::ssize_t s : shape) size *= s;
  if (size == 0) return py::object(std::move(result));
  double* out = result.mutable_data();
  without_gil_if(size >= release_gil_from, [&] {
    run(out);
    return 0;
  });
  return py::object(std::move(result));
}

/// A function of N arrays (the last `when`), broadcast and computed by `kernel` (`map_elements`).
template <std::size_t N, class Kernel>
auto elementwise(Kernel kernel) {
  return [kernel]<std::size_t... I>(std::index_sequence<I...>) {
    return [kernel](const std::tuple_element_t<I, std::array<any_double_array, N>>&... in) {
      return map_elements<N>({in...}, kernel);
    };
  }(std::make_index_sequence<N>{});
}

}  // namespace

void bind_financial_functions(public_module& m) {
  m.def(
      "fin_payment_timing", [](const std::string& text) { return static_cast<int>(fin::parse_payment_timing(text)); },
      "when"_a, docstring("fin_payment_timing/1"));
  m.def(
      "fin_payment_timing", [](double number) { return static_cast<int>(fin::payment_timing_from(number)); }, "when"_a,
      docstring("fin_payment_timing/2"));

  m.def("fin_fv", elementwise<5>([](const auto& c, auto w, auto out) { fin::fv(c[0], c[1], c[2], c[3], w, out); }),
        "rate"_a, "nper"_a, "pmt"_a, "pv"_a, "when"_a);
  m.def("fin_pmt", elementwise<5>([](const auto& c, auto w, auto out) { fin::pmt(c[0], c[1], c[2], c[3], w, out); }),
        "rate"_a, "nper"_a, "pv"_a, "fv"_a, "when"_a);
  m.def("fin_pv", elementwise<5>([](const auto& c, auto w, auto out) { fin::pv(c[0], c[1], c[2], c[3], w, out); }),
        "rate"_a, "nper"_a, "pmt"_a, "fv"_a, "when"_a);
  m.def("fin_ipmt",
        elementwise<6>([](const auto& c, auto w, auto out) { fin::ipmt(c[0], c[1], c[2], c[3], c[4], w, out); }),
        "rate"_a, "per"_a, "nper"_a, "pv"_a, "fv"_a, "when"_a);
  m.def("fin_ppmt",
        elementwise<6>([](const auto& c, auto w, auto out) { fin::ppmt(c[0], c[1], c[2], c[3], c[4], w, out); }),
        "rate"_a, "per"_a, "nper"_a, "pv"_a, "fv"_a, "when"_a);
  m.def("fin_nper", elementwise<5>([](const auto& c, auto w, auto out) { fin::nper(c[0], c[1], c[2], c[3], w, out); }),
        "rate"_a, "pmt"_a, "pv"_a, "fv"_a, "when"_a);

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
          problems.push_back({nper.data()[i], pmt.data()[i], pv.data()[i], fv.data()[i], fin::payment_timing_of(when.data()[i])});
        return to_array(without_gil_if(size >= release_gil_from, [&] { return fin::rate(problems, guess, tol, maxiter); }),
                        {size});
      },
      "nper"_a, "pmt"_a, "pv"_a, "fv"_a, "when"_a, "guess"_a, "tol"_a, "maxiter"_a);

  m.def(
      "fin_npv",
      [](const double_array& rates, const double_array& values) {
        require_dimensions(rates, 1, "rates");
        const fin::cash_flow_rows rows = rows_of(values);
        return to_array(without_gil_if(rates.size() * values.size() >= release_gil_from,
                                       [&] { return fin::npv(elements(rates), rows); }),
                        {rates.shape(0), values.shape(0)});
      },
      "rates"_a, "values"_a);
  m.def(
      "fin_irr",
      [](const double_array& values) {
        const fin::cash_flow_rows rows = rows_of(values);
        return to_array(without_gil_if(values.size() >= release_gil_from, [&] { return fin::irr(rows); }),
                        {values.shape(0)});
      },
      "values"_a);
  m.def(
      "fin_mirr",
      [](const double_array& values, const double_array& finance_rates, const double_array& reinvest_rates) {
        require_dimensions(finance_rates, 1, "finance_rate");
        require_dimensions(reinvest_rates, 1, "reinvest_rate");
        const fin::cash_flow_rows rows = rows_of(values);
        return to_array(without_gil_if(values.size() * finance_rates.size() >= release_gil_from,
                                       [&] { return fin::mirr(rows, elements(finance_rates), elements(reinvest_rates)); }),
                        {values.shape(0), finance_rates.shape(0)});
      },
      "values"_a, "finance_rate"_a, "reinvest_rate"_a);

  m.def(
      "fin_excel_npv", [](double rate, const double_array& values) { return fin::excel_npv(rate, elements(values)); },
      "rate"_a, "values"_a);
  m.def(
      "fin_xnpv",
      [](double rate, const double_array& values, const std::vector<cm::date>& dates) {
        return fin::xnpv(rate, elements(values), dates);
      },
      "rate"_a, "values"_a, "dates"_a);
  m.def(
      "fin_xirr",
      [](py::handle series, const std::vector<cm::date>& dates, double guess) -> py::object {
        // A list or tuple of numbers, read straight into C++: for one series of a hundred values,
        // making a numpy array first would cost more than solving. Anything else (a list of rows,
        // an array) is read as an array.
        const auto is_number = [](py::handle h) { return PyFloat_Check(h.ptr()) || PyLong_Check(h.ptr()); };
        if ((PyList_Check(series.ptr()) || PyTuple_Check(series.ptr())) && py::len(series) > 0 &&
            is_number(py::reinterpret_borrow<py::sequence>(series)[0])) {
          const py::sequence items = py::reinterpret_borrow<py::sequence>(series);
          std::vector<double> values;
          values.reserve(items.size());
          for (const py::handle item : items) {
            const double value = PyFloat_AsDouble(item.ptr());
            if (value == -1.0 && PyErr_Occurred()) throw py::error_already_set();
            values.push_back(value);
          }
          return py::float_(fin::xirr(values, dates, guess));
        }
        const auto values = py::cast<double_array>(series);
        if (values.ndim() <= 1) return py::float_(fin::xirr(elements(values), dates, guess));
        if (values.ndim() > 2)
          throw py::value_error("invalid shape for values: cash flows must be a 1-D or 2-D array, got " +
                                std::to_string(values.ndim()) + " dimensions");
        const fin::cash_flow_rows rows = rows_of(values);
        return to_array(without_gil_if(values.size() >= release_gil_from, [&] { return fin::xirr(rows, dates, guess); }),
                        {values.shape(0)});
      },
      "values"_a, "dates"_a, "guess"_a);
}

}  // namespace cmpy
