// SPDX-License-Identifier: MIT
// Multi-criteria decision analysis: MultiCriteria (criteria with weights, options, scores) and
// MultiCriteriaResult (weighted totals, ranks with ties, weight stability).
//
// Criterion and WeightStability are named tuples in commissioning._types; the tables (pandas
// and HTML) are built by commissioning._mcda. Both classes are immutable values that compare
// and pickle; a result pickles as the model it was evaluated from.
//
// Where the header leaves a question open, the binding answers it:
//  - criteria are a mapping {name: weight} or an iterable of Criterion (or tuples of its fields);
//  - scores are rows of numbers (a list of lists, a 2-D NumPy array) with the options' names
//    given, or a pandas DataFrame indexed by option with a column per criterion (its columns are
//    matched to the criteria by name, in any order; options given with a frame must be its
//    index, and set the order). A mismatch of names or shape is commissioning.mcda.003;
//  - a missing score (None, pandas.NA) is taken as NaN, so it is refused as not finite
//    (commissioning.mcda.004) naming the option and criterion; a bool or text is a TypeError.
#include "common.hpp"

#include <commissioning/appraisal/mcda.hpp>

#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace cmpy {

namespace {

struct criteria_arg_type {
  static constexpr auto name = py::detail::const_name(
      "collections.abc.Mapping[str, float] | collections.abc.Iterable[Criterion | tuple[str, float] | "
      "tuple[str, float, str] | tuple[str, float, str, tuple[float, float] | None]]");
  static bool accepts(py::handle h) { return !is_str(h) && py::isinstance<py::iterable>(h); }
};
struct option_names_arg_type {
  static constexpr auto name = py::detail::const_name("collections.abc.Iterable[str] | None");
  static bool accepts(py::handle h) { return h.is_none() || (!is_str(h) && py::isinstance<py::iterable>(h)); }
};
struct scores_arg_type {
  static constexpr auto name = py::detail::const_name(
      "collections.abc.Iterable[collections.abc.Iterable[float]] | numpy.ndarray | pandas.DataFrame | None");
  static bool accepts(py::handle) { return true; }
};
struct criteria_type {
  static constexpr auto name = py::detail::const_name("list[Criterion]");
  static bool accepts(py::handle) { return true; }
};
struct stability_type {
  static constexpr auto name = py::detail::const_name("list[WeightStability]");
  static bool accepts(py::handle) { return true; }
};
struct ties_type {
  static constexpr auto name = py::detail::const_name("list[tuple[str, ...]]");
  static bool accepts(py::handle) { return true; }
};
struct rows_type {
  static constexpr auto name = py::detail::const_name("list[list[float]]");
  static bool accepts(py::handle) { return true; }
};
struct frame_type {
  static constexpr auto name = py::detail::const_name("pandas.DataFrame");
  static bool accepts(py::handle) { return true; }
};

py::object mcda_module_attr(const char* name) { return python_module("commissioning._mcda").attr(name); }

/// A number from a Python value: None and pandas.NA are NaN (refused later as not finite).
double number_from(py::handle value, const std::string& where) {
  if (value.is_none() || std::string_view(Py_TYPE(value.ptr())->tp_name) == "NAType")
    return std::numeric_limits<double>::quiet_NaN();
  if (is_bool(value) || is_str(value) || PyBytes_Check(value.ptr()))
    throw py::type_error(where + " must be a number, got " + repr_of(value));
  const double number = PyFloat_AsDouble(value.ptr());
  if (number == -1.0 && PyErr_Occurred()) {
    PyErr_Clear();
    throw py::type_error(where + " must be a number, got " + repr_of(value));
  }
  return number;
}

std::string name_from(py::handle value, const std::string& where) {
  if (!is_str(value)) throw py::type_error(where + " must be a str, got " + repr_of(value));
  return value.cast<std::string>();
}

bool is_mapping(py::handle h) { return py::hasattr(h, "items") && !py::isinstance<py::sequence>(h); }

std::vector<cm::criterion> criteria_from(py::handle criteria) {
  std::vector<cm::criterion> result;
  if (is_mapping(criteria)) {
    for (py::handle item : py::iter(criteria.attr("items")())) {
      const auto pair = py::reinterpret_borrow<py::tuple>(item);
      const std::string name = name_from(pair[0], "a criterion's name");
      result.emplace_back(name, number_from(pair[1], std::string("the weight of criterion ").append(cm::quote(name))));
    }
    return result;
  }
  for (py::handle item : py::iter(criteria)) {
    const std::string where = std::string("criterion ").append(std::to_string(result.size()));
    if (is_str(item) || !py::isinstance<py::sequence>(item) || py::len(item) < 2 || py::len(item) > 4)
      throw py::type_error(where + " must be a Criterion or a tuple (name, weight[, description[, scale]]), got " +
                           repr_of(item));
    const auto fields = py::reinterpret_borrow<py::sequence>(item);
    cm::criterion c(name_from(fields[0], where + "'s name"),
                    number_from(fields[1], std::string("the weight of criterion ").append(cm::quote(str_of(fields[0])))));
    if (fields.size() > 2) c.description = name_from(fields[2], where + "'s description");
    if (fields.size() > 3 && !fields[3].is_none()) {
      const py::handle scale = fields[3];
      if (is_str(scale) || !py::isinstance<py::sequence>(scale) || py::len(scale) != 2)
        throw py::type_error(where + "'s scale must be a pair (min, max) or None, got " + repr_of(scale));
      const auto ends = py::reinterpret_borrow<py::sequence>(scale);
      c.scale = cm::score_scale{number_from(ends[0], where + "'s scale"), number_from(ends[1], where + "'s scale")};
    }
    result.push_back(std::move(c));
  }
  return result;
}

std::vector<std::string> options_from(py::handle options) {
  std::vector<std::string> result;
  for (py::handle item : py::iter(options))
    result.push_back(name_from(item, std::string("option ").append(std::to_string(result.size()))));
  return result;
}

/// Scores from a pandas DataFrame indexed by option, with a column per criterion.
cm::multi_criteria from_frame(std::vector<cm::criterion> criteria, py::handle options, py::handle frame) {
  std::vector<std::string> row_names;
  for (py::handle label : py::iter(frame.attr("index"))) row_names.push_back(str_of(label));
  std::map<std::string, std::size_t> rows;
  for (std::size_t i = 0; i < row_names.size(); ++i)
    if (!rows.emplace(row_names[i], i).second)
      throw cm::invalid_input("mcda", 2, std::string("two options are named ").append(cm::quote(row_names[i])));
  std::map<std::string, std::size_t> columns;
  for (py::handle label : py::iter(frame.attr("columns"))) {
    const std::string column = str_of(label);
    if (!columns.emplace(column, columns.size()).second)
      throw cm::invalid_input("mcda", 2, std::string("two criteria are named ").append(cm::quote(column)));
  }
  for (const cm::criterion& c : criteria)
    if (!columns.contains(c.name))
      throw cm::invalid_input("mcda", 3,
                              std::string("the frame has no column for criterion ").append(cm::quote(c.name)));
  if (columns.size() != criteria.size())
    for (const auto& [column, position] : columns) {
      bool known = false;
      for (const cm::criterion& c : criteria) known = known || c.name == column;
      if (!known)
        throw cm::invalid_input("mcda", 3,
                                std::string("the frame's column ").append(cm::quote(column)).append(" is not a criterion"));
    }
  std::vector<std::string> names = options.is_none() ? row_names : options_from(options);
  if (names.size() != row_names.size())
    throw cm::invalid_input("mcda", 3,
                            std::string("the frame has ")
                                .append(std::to_string(row_names.size()))
                                .append(" rows; ")
                                .append(std::to_string(names.size()))
                                .append(" options are named"));
  for (const std::string& name : names)
    if (!rows.contains(name))
      throw cm::invalid_input("mcda", 3, std::string("the frame has no row for option ").append(cm::quote(name)));

  const py::object values = frame.attr("to_numpy")(py::arg("dtype") = py::str("object"));
  const auto rows_of_values = py::reinterpret_borrow<py::sequence>(values);
  Eigen::MatrixXd scores(static_cast<Eigen::Index>(names.size()), static_cast<Eigen::Index>(criteria.size()));
  for (std::size_t i = 0; i < names.size(); ++i) {
    const py::object row = rows_of_values[rows.at(names[i])];
    const auto cells = py::reinterpret_borrow<py::sequence>(row);
    for (std::size_t j = 0; j < criteria.size(); ++j)
      scores(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) =
          number_from(cells[columns.at(criteria[j].name)], std::string("the score of option ")
                                                                 .append(cm::quote(names[i]))
                                                                 .append(" against criterion ")
                                                                 .append(cm::quote(criteria[j].name)));
  }
  return cm::multi_criteria(std::move(criteria), std::move(names), scores);
}

cm::multi_criteria make_model(py::handle criteria_arg, py::handle options, py::handle scores) {
  std::vector<cm::criterion> criteria = criteria_from(criteria_arg);
  if (scores.is_none()) throw py::type_error("MultiCriteria() needs scores");
  if (py::hasattr(scores, "columns") && py::hasattr(scores, "index") && py::hasattr(scores, "to_numpy"))
    return from_frame(std::move(criteria), options, scores);
  if (options.is_none())
    throw py::type_error("give the options' names, or the scores as a pandas DataFrame indexed by option");
  std::vector<std::string> names = options_from(options);
  if (is_str(scores) || !py::isinstance<py::iterable>(scores))
    throw py::type_error("scores must be rows of numbers, one row per option, got " + repr_of(scores));
  std::vector<std::vector<double>> rows;
  for (py::handle row : py::iter(scores)) {
    const std::size_t i = rows.size();
    const std::string option = i < names.size() ? cm::quote(names[i]) : std::string("row ").append(std::to_string(i + 1));
    if (is_str(row) || !py::isinstance<py::iterable>(row))
      throw cm::invalid_input("mcda", 3,
                              std::string("the scores must be one row of numbers per option; the row for ")
                                  .append(option)
                                  .append(" is ")
                                  .append(repr_of(row)));
    std::vector<double> values;
    for (py::handle cell : py::iter(row)) {
      const std::size_t j = values.size();
      std::string where = std::string("the score of option ").append(option);
      values.push_back(number_from(cell, where.append(" in column ").append(std::to_string(j + 1))));
    }
    rows.push_back(std::move(values));
  }
  return cm::multi_criteria(std::move(criteria), std::move(names), rows);
}

// ---------------------------------------------------------------- Python views

py::list criteria_list(const std::vector<cm::criterion>& criteria) {
  py::list result;
  for (const cm::criterion& c : criteria) {
    py::object scale = c.scale ? py::object(py::make_tuple(c.scale->min, c.scale->max)) : py::object(py::none());
    result.append(types_attr("Criterion")(c.name, c.weight, c.description, scale));
  }
  return result;
}

py::list names_list(const std::vector<std::string>& names) {
  py::list result;
  for (const std::string& name : names) result.append(py::str(name));
  return result;
}

py::list matrix_rows(const Eigen::MatrixXd& scores) {
  py::list rows;
  for (Eigen::Index i = 0; i < scores.rows(); ++i) {
    py::list row;
    for (Eigen::Index j = 0; j < scores.cols(); ++j) row.append(scores(i, j));
    rows.append(row);
  }
  return rows;
}

py::object optional_name(const std::optional<std::string>& name) {
  return name ? py::object(py::str(*name)) : py::object(py::none());
}

py::tuple model_state_of(const std::vector<cm::criterion>& criteria, const std::vector<std::string>& options,
                         const Eigen::MatrixXd& scores) {
  py::list rows;
  for (const py::handle row : matrix_rows(scores)) rows.append(py::tuple(py::reinterpret_borrow<py::list>(row)));
  py::list criteria_state;
  for (const py::handle c : criteria_list(criteria)) criteria_state.append(py::tuple(py::reinterpret_borrow<py::object>(c)));
  return py::make_tuple(py::tuple(criteria_state), py::tuple(names_list(options)), py::tuple(rows));
}

py::tuple model_state(const cm::multi_criteria& model) {
  return model_state_of(model.criteria(), model.options(), model.scores());
}

cm::multi_criteria model_from_state(const py::tuple& state) {
  if (state.size() != 3) throw std::runtime_error("invalid MultiCriteria state");
  return make_model(state[0], state[1], state[2]);
}

py::tuple mcda_result_state(const cm::mcda_result& r) { return model_state_of(r.criteria, r.options, r.scores); }

cm::mcda_result mcda_result_from_state(const py::tuple& state) { return model_from_state(state).evaluate(); }

/// A total for a repr: six significant figures, as a report would show it.
std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

}  // namespace

void bind_mcda(py::module_& m) {
  // ---------------------------------------------------------------- MultiCriteriaResult
  py::class_<cm::mcda_result> result_class(m, "MultiCriteriaResult", py::is_final(), docstring("MultiCriteriaResult"));
  set_public_module(result_class);
  result_class
      .def_property_readonly(
          "criteria", [](const cm::mcda_result& r) { return typed_object<criteria_type>{criteria_list(r.criteria)}; },
          docstring("MultiCriteriaResult.criteria"))
      .def_property_readonly("options", [](const cm::mcda_result& r) { return r.options; }, docstring("MultiCriteriaResult.options"))
      .def_property_readonly(
          "scores", [](const cm::mcda_result& r) { return typed_object<rows_type>{matrix_rows(r.scores)}; },
          docstring("MultiCriteriaResult.scores"))
      .def_property_readonly(
          "weights", [](const cm::mcda_result& r) { return std::vector<double>(r.weights.begin(), r.weights.end()); },
          docstring("MultiCriteriaResult.weights"))
      .def_property_readonly(
          "totals", [](const cm::mcda_result& r) { return std::vector<double>(r.totals.begin(), r.totals.end()); },
          docstring("MultiCriteriaResult.totals"))
      .def_property_readonly("ranks", [](const cm::mcda_result& r) { return r.ranks; },
                             docstring("MultiCriteriaResult.ranks"))
      .def_property_readonly(
          "ties",
          [](const cm::mcda_result& r) {
            py::list groups;
            for (const auto& group : r.ties) groups.append(py::tuple(names_list(group)));
            return typed_object<ties_type>{groups};
          },
          docstring("MultiCriteriaResult.ties"))
      .def_property_readonly(
          "top", [](const cm::mcda_result& r) { return r.top(); },
          docstring("MultiCriteriaResult.top"))
      .def_property_readonly(
          "stability",
          [](const cm::mcda_result& r) {
            py::list result;
            for (const cm::weight_stability& s : r.stability)
              result.append(types_attr("WeightStability")(s.criterion, s.weight, s.lowest_weight, s.highest_weight,
                                                          s.points_down, s.points_up, optional_name(s.rival_down),
                                                          optional_name(s.rival_up)));
            return typed_object<stability_type>{result};
          },
          docstring("MultiCriteriaResult.stability"))
      .def(
          "total_of", [](const cm::mcda_result& r, const std::string& option) { return r.total_of(option); },
          py::arg("option"), docstring("MultiCriteriaResult.total_of"))
      .def(
          "rank_of", [](const cm::mcda_result& r, const std::string& option) { return r.rank_of(option); },
          py::arg("option"), docstring("MultiCriteriaResult.rank_of"))
      .def(
          "to_pandas",
          [](const cm::mcda_result& self) {
            return typed_object<frame_type>{mcda_module_attr("result_to_pandas")(py::cast(self))};
          },
          docstring("MultiCriteriaResult.to_pandas"))
      .def(
          "stability_to_pandas",
          [](const cm::mcda_result& self) {
            return typed_object<frame_type>{mcda_module_attr("stability_to_pandas")(py::cast(self))};
          },
          docstring("MultiCriteriaResult.stability_to_pandas"))
      .def(
          "_repr_html_",
          [](const cm::mcda_result& self) {
            return mcda_module_attr("result_html")(py::cast(self)).cast<std::string>();
          },
          docstring("MultiCriteriaResult._repr_html_"))
      .def("__repr__", [](const cm::mcda_result& r) {
        return std::string("<MultiCriteriaResult: ")
            .append(cm::quote(r.top()))
            .append(" top with ")
            .append(number_text(r.totals(static_cast<Eigen::Index>(r.leader))))
            .append(", ")
            .append(std::to_string(r.options.size()))
            .append(r.options.size() == 1 ? " option" : " options")
            .append(">");
      });
  def_value_semantics(result_class, &mcda_result_state, &mcda_result_from_state);
  result_class.attr("__hash__") = py::none();

  // ---------------------------------------------------------------- MultiCriteria
  py::class_<cm::multi_criteria> model_class(m, "MultiCriteria", py::is_final(), docstring("MultiCriteria"));
  set_public_module(model_class);
  model_class
      .def(py::init([](const typed_object<criteria_arg_type>& criteria, const typed_object<option_names_arg_type>& options,
                       const typed_object<scores_arg_type>& scores) {
             return make_model(criteria.value, options.value, scores.value);
           }),
           py::arg("criteria"), py::arg("options") = py::none(), py::arg("scores") = py::none(),
           docstring("MultiCriteria.__init__"))
      .def_property_readonly(
          "criteria", [](const cm::multi_criteria& mc) { return typed_object<criteria_type>{criteria_list(mc.criteria())}; },
          docstring("MultiCriteria.criteria"))
      .def_property_readonly(
          "options", [](const cm::multi_criteria& mc) { return mc.options(); }, docstring("MultiCriteria.options"))
      .def_property_readonly(
          "scores", [](const cm::multi_criteria& mc) { return typed_object<rows_type>{matrix_rows(mc.scores())}; },
          docstring("MultiCriteria.scores"))
      .def_property_readonly(
          "weights",
          [](const cm::multi_criteria& mc) {
            const Eigen::VectorXd w = mc.weights();
            return std::vector<double>(w.begin(), w.end());
          },
          docstring("MultiCriteria.weights"))
      .def(
          "evaluate", [](const cm::multi_criteria& mc) { return mc.evaluate(); }, docstring("MultiCriteria.evaluate"))
      .def(
          "to_pandas",
          [](const cm::multi_criteria& self) {
            return typed_object<frame_type>{mcda_module_attr("model_to_pandas")(py::cast(self))};
          },
          docstring("MultiCriteria.to_pandas"))
      .def("__repr__", [](const cm::multi_criteria& mc) {
        return std::string("<MultiCriteria: ")
            .append(std::to_string(mc.options().size()))
            .append(mc.options().size() == 1 ? " option x " : " options x ")
            .append(std::to_string(mc.criteria().size()))
            .append(mc.criteria().size() == 1 ? " criterion>" : " criteria>");
      });
  def_value_semantics(model_class, &model_state, &model_from_state);
  model_class.attr("__hash__") = py::none();
}

}  // namespace cmpy
