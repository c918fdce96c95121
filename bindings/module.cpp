// SPDX-License-Identifier: MIT
// commissioning._core: the compiled half of the Python package.
//
// The bindings are split by layer: errors.cpp (exception translation), money.cpp
// (Rounding, Rate, Money, allocate, split), calendar.cpp (dates, FinancialYear, Period,
// apportion), contract.cpp (Term, Price, Indexation, Contract, profiles, funding
// sentences), envelope.cpp (Envelope, Commitment, assess, Portfolio, PortfolioChange,
// apply_changes, Statement, reconcile, medium_term_view), procurement.cpp (ThresholdTable,
// assess_procurement, assess_modification, KeyDecisionRule, is_key_decision, check_teckal),
// financial_functions.cpp (the fin_* functions behind commissioning.fin), optimism_bias.cpp
// (the Green Book optimism bias table, OptimismBiasAdjustment), mcda.cpp (MultiCriteria),
// discounting.cpp (DiscountSchedule, present_value, annuity_factor), appraisal.cpp (Deflator,
// AppraisalLine, Option, Appraisal and its results, sensitivity and switching values), simulation.cpp
// (Distribution, UncertainInput, Risk, RiskRegister, simulate and its results), report.cpp
// (Column, Table, the standard cabinet tables and sentences);
// common.hpp holds the conversions and type casters they share.
#include "common.hpp"

namespace py = pybind11;

namespace cmpy {
/// The report tables of a simulation (simulation.cpp): after bind_report, so that their
/// signatures name Table.
void bind_simulation_tables(public_module& m);
}  // namespace cmpy

PYBIND11_MODULE(_core, core, py::mod_gil_not_used()) {
  cmpy::public_module m(core);
  m.doc() = cmpy::docstring("_core");
  m.attr("__version__") = COMMISSIONING_VERSION_STRING;
  cmpy::bind_errors(m);
  cmpy::bind_money(m);
  cmpy::bind_calendar(m);
  cmpy::bind_contract(m);
  cmpy::bind_register(m);
  cmpy::bind_envelope(m);
  cmpy::bind_discounting(m);
  cmpy::bind_appraisal(m);
  cmpy::bind_simulation(m);
  cmpy::bind_procurement(m);
  cmpy::bind_optimism_bias(m);
  cmpy::bind_mcda(m);
  cmpy::bind_financial_functions(m);
  cmpy::bind_report(m);
  cmpy::bind_simulation_tables(m);
  cmpy::bind_scenario(m);
}
