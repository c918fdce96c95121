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

const char* row_kind_name(cm::row_kind kind) {
  switch (kind) {
    case cm::row_kind::body: return "body";
    case cm::row_kind::subtotal: return "subtotal";
    case cm::row_kind::total: return "total";
    case cm::row_kind::summary: return "summary";
  }
  return "body";
}

/// One Python value as a cell of a column of `kind`; report.002 names what does not fit.
cm::cell cell_from(py::handle value, const cm::column& column, std::size_t row) {
  if (value.is_none()) return std::monostate{};
  const auto wrong = [&]() -> cm::invalid_input {
    return cm::invalid_input("report", 2,
                             "row " + std::to_string(row) + ": the column " + cm::quote(column.heading) + " holds " +
                                 cm::detail::kind_words(column.kind) + ", not " +
                                 py::repr(value).cast<std::string>());
  };
  switch (column.kind) {
    case cm::column_kind::text:
      if (py::isinstance<py::str>(value)) return value.cast<std::string>();
      if (py::isinstance<py::list>(value) || py::isinstance<py::tuple>(value)) {
        std::vector<std::string> items;
        for (py::handle item : value) {
          if (!py::isinstance<py::str>(item)) throw wrong();
          items.push_back(item.cast<std::string>());
        }
        return items;
      }
      throw wrong();
    case cm::column_kind::money:
      if (const auto amount = try_money(value)) return *amount;
      throw wrong();
    case cm::column_kind::percent:
      if (const auto r = try_rate(value)) return *r;
      throw wrong();
    case cm::column_kind::count:
      if (py::isinstance<py::int_>(value) && !py::isinstance<py::bool_>(value)) return value.cast<std::int64_t>();
      throw wrong();
    case cm::column_kind::number:
      if ((py::isinstance<py::float_>(value) || py::isinstance<py::int_>(value)) && !py::isinstance<py::bool_>(value))
        return value.cast<double>();
      throw wrong();
  }
  throw wrong();
}

std::vector<cm::cell> cells_from(const cm::table& t, const py::sequence& values) {
  const std::size_t row = t.rows().size() + 1;
  if (values.size() != t.columns().size())
    throw cm::invalid_input("report", 1,
                            "row " + std::to_string(row) + " of " + cm::quote(t.caption()) + " has " +
                                std::to_string(values.size()) + " cells; the table has " +
                                std::to_string(t.columns().size()) + " columns");
  std::vector<cm::cell> cells;
  for (std::size_t i = 0; i < values.size(); ++i) cells.push_back(cell_from(values[i], t.columns()[i], row));
  return cells;
}

py::object cell_to_python(const cm::cell& c) {
  return std::visit(
      [](const auto& v) -> py::object {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, std::monostate>) return py::none();
        else return py::cast(v);
      },
      c);
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
/// rounding; rebuilt directly, since the sums in its subtotal rows are already exact.
py::tuple table_state(const cm::table& t) {
  py::list columns, rows;
  for (const cm::column& c : t.columns()) columns.append(column_state(c));
  for (const cm::table_row& r : t.rows()) {
    py::list cells;
    for (const cm::cell& c : r.cells) cells.append(cell_to_python(c));
    rows.append(py::make_tuple(row_kind_name(r.kind), r.group, cells));
  }
  return py::make_tuple(t.caption(), columns, rows, t.notes(), t.source(),
                        t.rounding() == cm::total_rounding::consistent ? "consistent" : "independent");
}

cm::table table_from_state(const py::tuple& s) {
  if (s.size() != 6) throw std::runtime_error("unexpected Table state");
  std::vector<cm::column> columns;
  for (py::handle c : s[1]) columns.push_back(column_from_state(py::reinterpret_borrow<py::tuple>(c)));
  cm::table t(s[0].cast<std::string>(), columns);
  int open_group = -1;
  for (py::handle item : s[2]) {
    const auto row = py::reinterpret_borrow<py::tuple>(item);
    const auto kind = row[0].cast<std::string>();
    const int group = row[1].cast<int>();
    const std::vector<cm::cell> cells = cells_from(t, row[2]);
    if (kind == "body") {
      if (group >= 0 && group != open_group) {
        t.begin_group();
        open_group = group;
      }
      t.add_row(cells);
    } else if (kind == "summary") {
      t.add_summary(cells);
    } else {
      // Subtotals and totals are recomputed from the rows: their label is the one text cell.
      std::optional<std::size_t> label_column;
      std::string label;
      for (std::size_t i = 0; i < cells.size(); ++i)
        if (const auto* text = std::get_if<std::string>(&cells[i])) {
          label_column = i;
          label = *text;
          break;
        }
      if (kind == "subtotal") {
        if (open_group < 0) t.begin_group();
        t.add_subtotal(label, label_column);
        open_group = -1;
      } else {
        t.add_total(label, label_column);
      }
    }
  }
  for (py::handle note : s[3]) t.note(note.cast<std::string>());
  t.source(s[4].cast<std::string>());
  t.rounding(cm::read_name<cm::total_rounding>(s[5].cast<std::string>()));
  return t;
}

}  // namespace

void bind_report(py::module_& m) {
  def_text_enum<cm::column_kind>(m, docstring("ColumnKind"));
  def_text_enum<cm::alignment>(m, docstring("Alignment"));
  def_text_enum<cm::total_rounding>(m, docstring("TotalRounding"));
  def_text_enum<cm::csv_values>(m, docstring("CsvValues"));

  py::class_<cm::column> column_class(m, "Column", py::is_final(), docstring("Column"));
  set_public_module(column_class);
  column_class
      .def_static(
          "text", [](std::string heading, bool row_header) { return cm::column::text(std::move(heading), row_header); },
          py::arg("heading"), py::arg("row_header") = false,
          docstring("Column.text"))
      .def_static(
          "money",
          [](std::string heading, cm::money_unit unit, std::optional<int> decimals) {
            cm::money_format style;
            style.unit = unit;
            if (decimals) style.decimals = cm::display_decimals(*decimals);  // None: the unit's usual
            return cm::column::money(std::move(heading), style);
          },
          py::arg("heading"), py::arg_v("unit", cm::money_unit::whole_pounds, "MoneyUnit.WHOLE_POUNDS"),
          py::arg("decimals") = py::none(), docstring("Column.money"))
      .def_static("percent", &cm::column::percent, py::arg("heading"), py::arg("decimals") = 1,
                  docstring("Column.percent"))
      .def_static("count", &cm::column::count, py::arg("heading"), docstring("Column.count"))
      .def_static("number", &cm::column::number, py::arg("heading"), py::arg("decimals") = 2,
                  docstring("Column.number"))
      .def_property_readonly("heading", [](const cm::column& c) { return c.heading; }, docstring("Column.heading"))
      .def_property_readonly(
          "kind", [](const cm::column& c) { return c.kind; }, docstring("Column.kind"))
      .def_property_readonly(
          "align", [](const cm::column& c) { return c.align; }, docstring("Column.align"))
      .def_property_readonly(
          "row_header", [](const cm::column& c) { return c.row_header; }, docstring("Column.row_header"))
      .def("__repr__", [](const cm::column& c) {
        return "Column(" + py::repr(py::str(c.heading)).cast<std::string>() + ", " +
               cm::detail::column_kind_words(c.kind) + ")";
      });
  def_value_semantics(column_class, &column_state, &column_from_state);

  py::class_<cm::table> table_class(m, "Table", py::is_final(), docstring("Table"));
  set_public_module(table_class);
  table_class
      .def(py::init([](std::string caption, std::vector<cm::column> columns) {
             return cm::table(std::move(caption), std::move(columns));
           }),
           py::arg("caption"), py::arg("columns"))
      .def(
          "add_row",
          [](cm::table& t, const py::sequence& cells) -> cm::table& { return t.add_row(cells_from(t, cells)); },
          py::arg("cells"), py::return_value_policy::reference_internal,
          docstring("Table.add_row"))
      .def("begin_group", &cm::table::begin_group, py::return_value_policy::reference_internal,
           docstring("Table.begin_group"))
      .def("add_subtotal", &cm::table::add_subtotal, py::arg("label"), py::arg("label_column") = py::none(),
           py::return_value_policy::reference_internal,
           docstring("Table.add_subtotal"))
      .def("add_total", &cm::table::add_total, py::arg("label") = "Total", py::arg("label_column") = py::none(),
           py::return_value_policy::reference_internal, docstring("Table.add_total"))
      .def(
          "add_summary",
          [](cm::table& t, const py::sequence& cells) -> cm::table& { return t.add_summary(cells_from(t, cells)); },
          py::arg("cells"), py::return_value_policy::reference_internal,
          docstring("Table.add_summary"))
      .def("note", &cm::table::note, py::arg("text"), py::return_value_policy::reference_internal,
           docstring("Table.note"))
      .def_property(
          "source", [](const cm::table& t) { return t.source(); },
          [](cm::table& t, std::string text) { t.source(std::move(text)); }, docstring("Table.source"))
      .def_property(
          "rounding", [](const cm::table& t) { return t.rounding(); },
          [](cm::table& t, cm::total_rounding policy) { t.rounding(policy); },
          docstring("Table.rounding"))
      .def_property_readonly("caption", &cm::table::caption, docstring("Table.caption"))
      .def_property_readonly("columns", &cm::table::columns, docstring("Table.columns"))
      .def_property_readonly(
          "notes", [](const cm::table& t) { return texts{t.notes()}; },
          docstring("Table.notes"))
      .def_property_readonly(
          "rows",
          [](const cm::table& t) {
            py::list rows;
            for (const cm::table_row& r : t.rows()) {
              py::list cells;
              for (const cm::cell& c : r.cells) cells.append(cell_to_python(c));
              rows.append(py::make_tuple(row_kind_name(r.kind), cells));
            }
            return rows;
          },
          docstring("Table.rows"))
      .def("to_markdown", &cm::to_markdown, docstring("Table.to_markdown"))
      .def(
          "to_html",
          [](const cm::table& t, bool standalone, std::string stylesheet) {
            cm::html_options options;
            options.standalone = standalone;
            options.stylesheet = std::move(stylesheet);
            return cm::to_html(t, options);
          },
          py::arg("standalone") = false, py::arg("stylesheet") = "",
          docstring("Table.to_html"))
      .def(
          "to_csv",
          [](const cm::table& t, cm::csv_values values) { return cm::to_csv(t, values); },
          py::arg_v("values", cm::csv_values::raw, "CsvValues.RAW"),
          docstring("Table.to_csv"))
      .def(
          "to_json", [](const cm::table& t) { return json_loads(cm::to_json(t, -1)); },
          docstring("Table.to_json"))
      .def(
          "to_text",
          [](const cm::table& t, std::size_t max_column_width, std::size_t width) {
            cm::text_options options;
            options.max_column_width = max_column_width;
            options.width = width;
            return cm::to_text(t, options);
          },
          py::arg("max_column_width") = 40, py::arg("width") = cm::text_options{}.width, docstring("Table.to_text"))
      .def("_repr_html_", [](const cm::table& t) { return cm::to_html(t); }, docstring("Table._repr_html_"))
      .def("_repr_markdown_", &cm::to_markdown, docstring("Table._repr_markdown_"))
      .def("__str__", [](const cm::table& t) { return cm::to_text(t); }, docstring("Table.__str__"))
      .def("__repr__", [](const cm::table& t) {
        return "Table(" + py::repr(py::str(t.caption())).cast<std::string>() + ", " + std::to_string(t.rows().size()) +
               " rows)";
      });
  def_value_semantics(table_class, &table_state, &table_from_state);

  m.def(
      "to_html_document",
      [](std::string_view title, const std::vector<cm::table>& tables, const std::vector<std::string>& paragraphs,
         std::string stylesheet) {
        cm::html_options options;
        options.stylesheet = std::move(stylesheet);
        return cm::to_html_document(title, tables, paragraphs, options);
      },
      py::arg("title"), py::arg("tables"), py::arg("paragraphs") = std::vector<std::string>{}, py::arg("stylesheet") = "",
      docstring("to_html_document"));
  m.def("options_table", &cm::options_table, py::arg("appraisal"), py::arg("result"), py::kw_only(), py::arg("unit") = py::none(), docstring("options_table"));
  m.def("appraisal_years_table", &cm::appraisal_years_table, py::arg("option"), py::kw_only(), py::arg("unit") = py::none(),
        docstring("appraisal_years_table"));
  m.def(
      "financial_year_table",
      [](const cm::financial_year_profile& profile, std::string caption, const cm::report_unit& unit) {
        return cm::financial_year_table(profile, std::move(caption), unit);
      },
      py::arg("profile"), py::arg("caption"), py::kw_only(), py::arg("unit") = py::none(),
      docstring("financial_year_table"));
  m.def("portfolio_table", &cm::portfolio_table, py::arg("portfolio"), py::arg("caption"), py::kw_only(), py::arg("unit") = py::none(),
        docstring("portfolio_table"));
  m.def("proposal_table", &cm::proposal_table, py::arg("result"), py::arg("caption"), py::kw_only(), py::arg("unit") = py::none(),
        docstring("proposal_table"));
  m.def(
      "contract_summary_table",
      [](py::handle contract, const cm::report_unit& unit) { return cm::contract_summary_table(contract_of(contract), unit); },
      py::arg("contract"), py::kw_only(), py::arg("unit") = py::none(), docstring("contract_summary_table"));
  m.def("sensitivity_table", &cm::sensitivity_table, py::arg("analysis"), py::kw_only(), py::arg("unit") = py::none(),
        docstring("sensitivity_table"));
  m.def("switching_values_table", &cm::switching_values_table, py::arg("values"),
        docstring("switching_values_table"));
  m.def("procurement_table", &cm::procurement_table, py::arg("assessment"), py::arg("subject") = "", py::kw_only(), py::arg("unit") = py::none(),
        docstring("procurement_table"));
  m.def("assumptions_table", &cm::assumptions_table, py::arg("result"), docstring("assumptions_table"));

  m.def("modification_table", &cm::modification_table, py::arg("assessment"), py::arg("subject") = "", py::kw_only(), py::arg("unit") = py::none(), docstring("modification_table"));
  m.def("envelope_position_table", &cm::envelope_position_table, py::arg("position"), py::kw_only(), py::arg("unit") = py::none(), docstring("envelope_position_table"));
  // simulation_table and simulation_inputs_table are bound in simulation.cpp, beside UncertainInput.
  m.def("envelope_exceedance_table", &cm::envelope_exceedance_table, py::arg("result"), py::arg("caption"), docstring("envelope_exceedance_table"));
  m.def("appraisal_sentence", &cm::appraisal_sentence, py::arg("result"), py::kw_only(), py::arg("unit") = py::none(), docstring("appraisal_sentence"));
  m.def(
      "financial_implications_paragraph",
      [](const typed_object<contracts_type>& contract, std::string_view funded_from, bool lots, const cm::report_unit& unit) {
        if (contract_type::accepts(contract.value))
          return cm::financial_implications_paragraph(contract_of(contract.value), funded_from, unit);
        return cm::financial_implications_paragraph(contracts_of(contract.value), funded_from, lots, unit);
      },
      py::arg("contract"), py::arg("funded_from"), py::kw_only(), py::arg("lots") = false, py::arg("unit") = py::none(), docstring("financial_implications_paragraph"));
  m.def(
      "spend_to_date_sentence",
      [](py::handle contract, std::string_view who, std::string_view what, std::optional<cm::date> to,
         const cm::report_unit& unit) { return cm::spend_to_date_sentence(contract_of(contract), who, what, to, unit); },
      py::arg("contract"), py::arg("who"), py::arg("what"), py::arg("to") = py::none(), py::kw_only(), py::arg("unit") = py::none(), docstring("spend_to_date_sentence"));
}

}  // namespace cmpy
