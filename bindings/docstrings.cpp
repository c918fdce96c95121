// SPDX-License-Identifier: MIT
// The docstrings of the module, read from commissioning._docstrings (Python text, one module
// per binding file; its __init__ says why they live there).
#include "common.hpp"

#include <stdexcept>
#include <string>

namespace cmpy {

const char* docstring(const char* name) {
  // Kept for the life of the interpreter, as the module's classes are: pybind11 copies each
  // docstring it is given, so the text need only outlive the call that binds it.
  static const py::handle table = py::object(python_module("commissioning._docstrings").attr("DOCSTRINGS")).release();
  PyObject* text = PyDict_GetItemString(table.ptr(), name);  // borrowed
  if (text == nullptr || !PyUnicode_Check(text))
    throw std::logic_error(std::string("commissioning._docstrings has no docstring for ") + name);
  const char* utf8 = PyUnicode_AsUTF8(text);
  if (utf8 == nullptr) throw py::error_already_set();
  return utf8;
}

}  // namespace cmpy
