// SPDX-License-Identifier: MIT
// commissioning._core: the compiled half of the Python package.
#include <pybind11/pybind11.h>

namespace py = pybind11;

PYBIND11_MODULE(_core, m, py::mod_gil_not_used()) {
  m.doc() = "The compiled core of the commissioning package";
  m.attr("__version__") = COMMISSIONING_VERSION_STRING;
}
