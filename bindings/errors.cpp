// SPDX-License-Identifier: MIT
// The library's errors, raised in Python as the classes of commissioning.errors.
#include "common.hpp"

#include <exception>

namespace cmpy {

namespace {

/// Raise `commissioning.errors.<name>(message, id)` as the current Python error.
void raise_as(const char* name, const cm::error& e) {
  const py::object type = python_module("commissioning.errors").attr(name);
  const py::object instance = type(py::str(e.message()), py::str(e.id()));
  py::set_error(type, instance);
}

}  // namespace

void bind_errors(public_module& /*m*/) {
  py::register_local_exception_translator([](std::exception_ptr p) {
    if (!p) return;
    try {
      std::rethrow_exception(p);
    } catch (const cm::invalid_input& e) {
      raise_as("InvalidInputError", e);
    } catch (const cm::domain_violation& e) {
      raise_as("DomainError", e);
    } catch (const cm::out_of_range_error& e) {
      raise_as("OutOfRangeError", e);
    } catch (const cm::overflow_error& e) {
      raise_as("MoneyOverflowError", e);
    } catch (const cm::error& e) {
      raise_as("Error", e);
    }
  });
}

}  // namespace cmpy
