// SPDX-License-Identifier: MIT
// The report layer: the table model (Column, Table), its renderers (Markdown, HTML, CSV,
// JSON, text), the standard cabinet tables and the sentences of "Financial implications".
//
// Where the headers leave a question open, the binding answers it:
//  - a cell is converted by its column's kind: None is empty; a text column takes a str or a
//    list of str (points); a money column whatever Money() takes ("£1,000", Decimal, int
//    pounds); a percent column whatever Rate() takes ("20%"); a count column an int; a number
//    column a float. Anything else is commissioning.report.002, as the header reports a cell
//    of the wrong kind;
//  - `Table.to_json()` returns the parsed dict (the C++ JSON, loaded with `json.loads`), so
//    the Word and Excel writers of commissioning.report read the same structure;
//  - a Contract is read through `contract_of` (contract.cpp), under its critical section.
#include "contract_access.hpp"

// The results the tables are made from: report_tables.hpp only names them.
#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/appraisal/sensitivity.hpp>
#include <commissioning/budget/envelope.hpp>
#include <commissioning/budget/portfolio.hpp>
#include <commissioning/budget/proposal.hpp>
#include <commissioning/procurement/modification_rules.hpp>
#include <commissioning/procurement/route.hpp>
#include <commissioning/report/financial_implications.hpp>
#include <commissioning/risk/simulation.hpp>
#include <commissioning/report/render.hpp>
#include <commissioning/report/report.hpp>
#include <commissioning/report/report_tables.hpp>

#include <string>
#include <utility>
#include <vector>

namespace cmpy {

namespace {

/// One Python value as a cell of `column` in row `row`; report.002 names what does not fit.
cm::cell cell_from(py::handle value, const cm::column& column, std::size_t row) {
  const bool integer = py::isinstance<py::int_>(value) && !py::isinstance<py::bool_>(value);
  const auto points = [&] {  // a list of points: a list or tuple of str
    if (!py::isinstance<py::list>(value) && !py::isinstance<py::tuple>(value)) return false;
    for (py::handle item : value)
      if (!py::isinstance<py::str>(item)) return false;
    return true;
  };
  std::optional<cm::cell> cell;
  if (value.is_none()) cell = std::monostate{};
  else if (column.kind == cm::column_kind::text && py::isinstance<py::str>(value)) cell = value.cast<std::string>();
  else if (column.kind == cm::column_kind::text && points()) cell = value.cast<std::vector<std::string>>();
  else if (column.kind == cm::column_kind::money) cell = try_money(value);
  else if (column.kind == cm::column_kind::percent) cell = try_rate(value);
  else if (column.kind == cm::column_kind::count && integer) cell = value.cast<std::int64_t>();
  else if (column.kind == cm::column_kind::number && (integer || py::isinstance<py::float_>(value))) cell = value.cast<double>();
  if (cell) return *cell;
  throw cm::invalid_input("report", 2,
                          "row " + std::to_string(row) + ": the column " + cm::quote(column.heading) + " holds " +
                              cm::detail::kind_words(column.kind) + ", not " + repr_of(value));
}

/// The cells of row `row` (counted from 1) of `t`; report.001 for the wrong number of them.
std::vector<cm::cell> cells_from(const cm::table& t, const py::sequence& values, std::size_t row) {
  if (values.size() != t.columns().size())
    throw cm::invalid_input("report", 1,
                            "row " + std::to_string(row) + " of " + cm::quote(t.caption()) + " has " +
                                std::to_string(values.size()) + " cells; the table has " +
                                std::to_string(t.columns().size()) + " columns");
  std::vector<cm::cell> cells;
  for (std::size_t i = 0; i < values.size(); ++i) cells.push_back(cell_from(values[i], t.columns()[i], row));
  return cells;
}

py::object json_loads(const std::string& text) { return python_module("json").attr("loads")(text); }

py::tuple column_state(const cm::column& c) {
  return py::make_tuple(c.heading, std::string(cm::detail::column_kind_words(c.kind)), static_cast<int>(c.align),
                        c.money_style.unit, c.money_style.decimals, c.decimals, c.row_header);
}

cm::column column_from_state(const py::tuple& s) {
  if (s.size() != 7) throw std::runtime_error("unexpected Column state");
  cm::column c;
  c.heading = s[0].cast<std::string>();
  c.kind = cm::read_name<cm::column_kind>(s[1].cast<std::string>());
  c.align = static_cast<cm::alignment>(s[2].cast<int>());
  c.money_style.unit = s[3].cast<cm::money_unit>();
  c.money_style.decimals = s[4].cast<int>();
  c.decimals = s[5].cast<int>();
  c.row_header = s[6].cast<bool>();
  return c;
}

/// A table pickles as its columns, its rows in order (kind, group, cells), notes, source and
/// rounding; its subtotals and totals are summed again when it is read back (`table::from_rows`).
py::tuple table_state(const cm::table& t) {
  py::list columns, rows;
  for (const cm::column& c : t.columns()) columns.append(column_state(c));
  for (const cm::table_row& r : t.rows()) rows.append(py::make_tuple(cm::name_of(r.kind), r.group, r.cells));
  return py::make_tuple(t.caption(), columns, rows, t.notes(), t.source(), cm::name_of(t.rounding()));
}

cm::table table_from_state(const py::tuple& s) {
  if (s.size() != 6) throw std::runtime_error("unexpected Table state");
  std::vector<cm::column> columns;
  for (py::handle c : s[1]) columns.push_back(column_from_state(py::reinterpret_borrow<py::tuple>(c)));
  const cm::table shape(s[0].cast<std::string>(), columns);
  std::vector<cm::table_row> rows;
  for (py::handle item : s[2]) {
    const auto row = py::reinterpret_borrow<py::tuple>(item);
    rows.push_back({cm::read_name<cm::row_kind>(row[0].cast<std::string>()), cells_from(shape, row[2], rows.size() + 1),
                    row[1].cast<int>()});
  }
  cm::table t = cm::table::from_rows(shape.caption(), std::move(columns), rows);
  for (py::handle note : s[3]) t.note(note.cast<std::string>());
  t.source(s[4].cast<std::string>());
  t.rounding(cm::read_name<cm::total_rounding>(s[5].cast<std::string>()));
  return t;
}

}  // namespace

void bind_report(public_module& m) {
  def_text_enums<cm::column_kind, cm::alignment, cm::total_rounding, cm::csv_values>(m);

  public_class<cm::column> column_class(m, "Column");
  column_class.def_static("text", &cm::column::text, "heading"_a, "row_header"_a = false)
      .def_static("money", py::overload_cast<std::string, cm::money_unit, std::optional<int>>(&cm::column::money),
                  "heading"_a, py::arg_v("unit", cm::money_unit::whole_pounds, "MoneyUnit.WHOLE_POUNDS"),
                  "decimals"_a = py::none())
      .def_static("percent", &cm::column::percent, "heading"_a, "decimals"_a = 1)
      .def_static("count", &cm::column::count, "heading"_a)
      .def_static("number", &cm::column::number, "heading"_a, "decimals"_a = 2);
  using C = cm::column;
  def_properties(column_class, CMPY_PROPERTIES(cm::column, heading, kind, align, row_header));
  column_class.def("__repr__", [](const C& c) { return "Column(" + quoted(c.heading) + ", " + cm::detail::column_kind_words(c.kind) + ")"; });
  def_value_semantics(column_class, &column_state, &column_from_state);

  public_class<cm::table> table_class(m, "Table");
  table_class.def(py::init<std::string, std::vector<cm::column>>(), "caption"_a, "columns"_a)
      .def(
          "add_row",
          [](cm::table& t, const py::sequence& cells) -> cm::table& {
            return t.add_row(cells_from(t, cells, t.rows().size() + 1));
          },
          "cells"_a, py::return_value_policy::reference_internal)
      .def("begin_group", &cm::table::begin_group, py::return_value_policy::reference_internal)
      .def("add_subtotal", &cm::table::add_subtotal, "label"_a, "label_column"_a = py::none(),
           py::return_value_policy::reference_internal)
      .def("add_total", &cm::table::add_total, "label"_a = "Total", "label_column"_a = py::none(),
           py::return_value_policy::reference_internal)
      .def(
          "add_summary",
          [](cm::table& t, const py::sequence& cells) -> cm::table& {
            return t.add_summary(cells_from(t, cells, t.rows().size() + 1));
          },
          "cells"_a, py::return_value_policy::reference_internal)
      .def("note", &cm::table::note, "text"_a, py::return_value_policy::reference_internal)
      .def_property(
          "source", [](const cm::table& t) { return t.source(); },
          [](cm::table& t, std::string text) { t.source(std::move(text)); }, docstring("Table.source"))
      .def_property(
          "rounding", [](const cm::table& t) { return t.rounding(); },
          [](cm::table& t, cm::total_rounding policy) { t.rounding(policy); }, docstring("Table.rounding"))
      .def_property_readonly("caption", &cm::table::caption)
      .def_property_readonly("columns", &cm::table::columns)
      .def_property_readonly("notes", [](const cm::table& t) { return texts{t.notes()}; })
      .def_property_readonly("rows",
                             [](const cm::table& t) {
                               py::list rows;
                               for (const cm::table_row& r : t.rows())
                                 rows.append(py::make_tuple(cm::name_of(r.kind), r.cells));
                               return rows;
                             })
      .def("to_markdown", &cm::to_markdown)
      .def(
          "to_html",
          [](const cm::table& t, bool standalone, std::string stylesheet) {
            return cm::to_html(t, {.standalone = standalone, .stylesheet = std::move(stylesheet)});
          },
          "standalone"_a = false, "stylesheet"_a = "")
      .def("to_csv", &cm::to_csv, py::arg_v("values", cm::csv_values::raw, "CsvValues.RAW"))
      .def("to_json", [](const cm::table& t) { return json_loads(cm::to_json(t, -1)); })
      .def(
          "to_text",
          [](const cm::table& t, std::size_t max_column_width, std::size_t width) {
            return cm::to_text(t, {.max_column_width = max_column_width, .width = width});
          },
          "max_column_width"_a = 40, "width"_a = cm::text_options{}.width)
      .def("_repr_html_", [](const cm::table& t) { return cm::to_html(t); })
      .def("_repr_markdown_", &cm::to_markdown)
      .def("__str__", [](const cm::table& t) { return cm::to_text(t); })
      .def("__repr__", [](const cm::table& t) {
        return "Table(" + quoted(t.caption()) + ", " + std::to_string(t.rows().size()) + " rows)";
      });
  def_value_semantics(table_class, &table_state, &table_from_state);

  m.def(
      "to_html_document",
      [](std::string_view title, const std::vector<cm::table>& tables, const std::vector<std::string>& paragraphs,
         std::string stylesheet) {
        return cm::to_html_document(title, tables, paragraphs, {.stylesheet = std::move(stylesheet)});
      },
      "title"_a, "tables"_a, "paragraphs"_a = std::vector<std::string>{}, "stylesheet"_a = "");
  m.def("options_table", &cm::options_table, "appraisal"_a, "result"_a, py::kw_only(), "unit"_a = py::none());
  m.def("appraisal_years_table", &cm::appraisal_years_table, "option"_a, py::kw_only(), "unit"_a = py::none());
  m.def(
      "financial_year_table",
      [](const cm::financial_year_profile& profile, std::string caption, const cm::report_unit& unit) {
        return cm::financial_year_table(profile, std::move(caption), unit);
      },
      "profile"_a, "caption"_a, py::kw_only(), "unit"_a = py::none());
  m.def("portfolio_table", &cm::portfolio_table, "portfolio"_a, "caption"_a, py::kw_only(), "unit"_a = py::none());
  m.def("proposal_table", &cm::proposal_table, "result"_a, "caption"_a, py::kw_only(), "unit"_a = py::none());
  m.def(
      "contract_summary_table",
      [](py::handle contract, const cm::report_unit& unit) {
        return cm::contract_summary_table(contract_of(contract), unit);
      },
      "contract"_a, py::kw_only(), "unit"_a = py::none());
  m.def("sensitivity_table", &cm::sensitivity_table, "analysis"_a, py::kw_only(), "unit"_a = py::none());
  m.def("switching_values_table", &cm::switching_values_table, "values"_a);
  m.def("procurement_table", &cm::procurement_table, "assessment"_a, "subject"_a = "", py::kw_only(),
        "unit"_a = py::none());
  m.def("assumptions_table", &cm::assumptions_table, "result"_a);

  m.def("modification_table", &cm::modification_table, "assessment"_a, "subject"_a = "", py::kw_only(),
        "unit"_a = py::none());
  m.def("envelope_position_table", &cm::envelope_position_table, "position"_a, py::kw_only(), "unit"_a = py::none());
  // simulation_table and simulation_inputs_table are bound in simulation.cpp, beside UncertainInput.
  m.def("envelope_exceedance_table", &cm::envelope_exceedance_table, "result"_a, "caption"_a);
  m.def("appraisal_sentence", &cm::appraisal_sentence, "result"_a, py::kw_only(), "unit"_a = py::none());
  m.def(
      "financial_implications_paragraph",
      [](const typed_object<contracts_type>& contract, std::string_view funded_from, bool lots,
         const cm::report_unit& unit) {
        if (contract_type::accepts(contract.value))
          return cm::financial_implications_paragraph(contract_of(contract.value), funded_from, unit);
        return cm::financial_implications_paragraph(contracts_of(contract.value), funded_from, lots, unit);
      },
      "contract"_a, "funded_from"_a, py::kw_only(), "lots"_a = false, "unit"_a = py::none());
  m.def(
      "spend_to_date_sentence",
      [](py::handle contract, std::string_view who, std::string_view what, std::optional<cm::date> to,
         const cm::report_unit& unit) {
        return cm::spend_to_date_sentence(contract_of(contract), who, what, to, unit);
      },
      "contract"_a, "who"_a, "what"_a, "to"_a = py::none(), py::kw_only(), "unit"_a = py::none());
}

}  // namespace cmpy
