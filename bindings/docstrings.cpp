// SPDX-License-Identifier: MIT
// The docstrings of the module, read from commissioning._docstrings (Python text, one module
// per binding file; its __init__ says why they live there).
#include "common.hpp"

#include <stdexcept>
#include <string>

namespace cmpy {

namespace {

const char* lookup(const char* name) {
  // Kept for the life of the interpreter, as the module's classes are: pybind11 copies each
  // docstring it is given, so the text need only outlive the call that binds it.
  static const py::handle table = py::object(python_module("commissioning._docstrings").attr("DOCSTRINGS")).release();
  PyObject* text = PyDict_GetItemString(table.ptr(), name);  // borrowed
  if (text == nullptr || !PyUnicode_Check(text)) return nullptr;
  const char* utf8 = PyUnicode_AsUTF8(text);
  if (utf8 == nullptr) throw py::error_already_set();
  return utf8;
}

}  // namespace

const char* docstring(const char* name) {
  if (const char* text = lookup(name)) return text;
  throw std::logic_error(std::string("commissioning._docstrings has no docstring for ") + name);
}

const char* member_docstring(const std::string& name) {
  const char* text = lookup(name.c_str());
  const bool underscored = name.substr(name.rfind('.') + 1).starts_with('_');
  return text || underscored ? text : docstring(name.c_str());
}

}  // namespace cmpy
