// SPDX-License-Identifier: MIT
// A Python Contract read from, or made by, the binding files other than contract.cpp
// (appraisal, envelope, procurement, report), and the argument tags that name it.
#pragma once

#include "common.hpp"

#include <commissioning/contract/contract.hpp>

#include <vector>

namespace cmpy {

/// A year's amount, as the contract, budget and appraisal layers give it.
CMPY_FIELDS(cm::financial_year_amount, year, amount);

struct contract_type {
  static constexpr auto name = py::detail::const_name("Contract");
  static bool accepts(py::handle h) { return py::isinstance<cm::contract>(h); }
};
struct contracts_type {
  static constexpr auto name = py::detail::const_name("Contract | Sequence[Contract]");
  static bool accepts(py::handle h) {
    return contract_type::accepts(h) || py::isinstance<py::list>(h) || py::isinstance<py::tuple>(h);
  }
};
struct scope_type {
  static constexpr auto name = py::detail::const_name("ContractScope | str");
  static bool accepts(py::handle h) { return is_str(h); }
};

/// The C++ contract of a Python Contract (a copy, taken under its critical section);
/// TypeError for anything else.
inline cm::contract contract_of(py::handle contract) { return snapshot(contract.cast<const cm::contract&>()); }
/// The C++ contracts of a list or tuple of Python Contracts; TypeError for anything else.
std::vector<cm::contract> contracts_of(py::handle contracts);

}  // namespace cmpy
