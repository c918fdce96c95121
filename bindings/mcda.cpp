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
#include <string>
#include <utility>
#include <vector>

namespace cmpy {

CMPY_FIELDS(cm::score_scale, min, max);
CMPY_FIELDS(cm::criterion, name, weight, description, scale);
CMPY_FIELDS(cm::weight_stability, criterion, weight, lowest_weight, highest_weight, points_down, points_up, rival_down,
            rival_up);

namespace {

using criteria_object = iterable_object<
    "collections.abc.Mapping[str, float] | collections.abc.Iterable[Criterion | tuple[str, float] | "
    "tuple[str, float, str] | tuple[str, float, str, tuple[float, float] | None]]">;
using scores_arg = named_object<
    "collections.abc.Iterable[collections.abc.Iterable[float]] | numpy.ndarray | pandas.DataFrame | None">;

/// The module of the layer's tables and HTML (`def_python_view`).
constexpr const char* mcda_display = "commissioning._mcda";

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

/// Scores from a pandas DataFrame indexed by option, with a column per criterion, matched by name.
cm::multi_criteria from_frame(std::vector<cm::criterion> criteria, py::handle options, py::handle frame) {
  std::vector<std::string> row_names, column_names;
  for (py::handle label : py::iter(frame.attr("index"))) row_names.push_back(str_of(label));
  for (py::handle label : py::iter(frame.attr("columns"))) column_names.push_back(str_of(label));
  std::vector<std::string> names = options.is_none() ? row_names : options_from(options);
  const cm::score_layout layout = cm::lay_out_scores(criteria, names, row_names, column_names);
  const py::object values = frame.attr("to_numpy")("dtype"_a = py::str("object"));
  Eigen::MatrixXd scores(static_cast<Eigen::Index>(names.size()), static_cast<Eigen::Index>(criteria.size()));
  for (std::size_t i = 0; i < names.size(); ++i) {
    const auto cells = py::reinterpret_borrow<py::sequence>(values[py::int_(layout.rows[i])]);
    for (std::size_t j = 0; j < criteria.size(); ++j)
      scores(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) =
          number_from(cells[layout.columns[j]], "the score of option " + cm::quote(names[i]) + " against criterion " +
                                                     cm::quote(criteria[j].name));
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
  for (const cm::criterion& c : criteria) result.append(types_attr("Criterion")(*state_of(c)));
  return result;
}

std::vector<std::vector<double>> score_rows(const Eigen::MatrixXd& scores) {
  std::vector<std::vector<double>> rows(static_cast<std::size_t>(scores.rows()));
  for (Eigen::Index i = 0; i < scores.rows(); ++i)
    for (Eigen::Index j = 0; j < scores.cols(); ++j) rows[static_cast<std::size_t>(i)].push_back(scores(i, j));
  return rows;
}
named_object<"list[list[float]]"> scores_object(const Eigen::MatrixXd& scores) { return {py::cast(score_rows(scores))}; }
std::vector<double> eigen_values(const Eigen::VectorXd& v) { return {v.begin(), v.end()}; }

/// A model pickles as (criteria, options, score rows), each a tuple of tuples.
py::tuple model_state_of(const std::vector<cm::criterion>& criteria, const std::vector<std::string>& options,
                         const Eigen::MatrixXd& scores) {
  return frozen(py::make_tuple(state_of(criteria), options, score_rows(scores)));
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

void bind_mcda(public_module& m) {
  // ---------------------------------------------------------------- MultiCriteriaResult
  public_class<cm::mcda_result> result_class(m, "MultiCriteriaResult");
  using R = cm::mcda_result;
  def_properties(
      result_class, CMPY_PROPERTIES(cm::mcda_result, options, ranks, top),
      property{"criteria", [](const R& r) { return named_object<"list[Criterion]">{criteria_list(r.criteria)}; }},
      property{"scores", [](const R& r) { return scores_object(r.scores); }},
      property{"weights", [](const R& r) { return eigen_values(r.weights); }},
      property{"totals", [](const R& r) { return eigen_values(r.totals); }},
      property{"ties",
               [](const R& r) {
                 py::list groups;
                 for (const auto& group : r.ties) groups.append(py::tuple(py::cast(group)));
                 return named_object<"list[tuple[str, ...]]">{groups};
               }},
      property{"stability", [](const R& r) {
                 py::list result;
                 for (const cm::weight_stability& s : r.stability)
                   result.append(named_tuple<"WeightStability">(s).value);
                 return named_object<"list[WeightStability]">{result};
               }});
  result_class.def("total_of", &R::total_of, "option"_a).def("rank_of", &R::rank_of, "option"_a);
  def_python_view<named_object<"pandas.DataFrame">>(result_class, "to_pandas", mcda_display, "result_to_pandas");
  def_python_view<named_object<"pandas.DataFrame">>(result_class, "stability_to_pandas", mcda_display,
                                                 "stability_to_pandas");
  def_python_view<std::string>(result_class, "_repr_html_", mcda_display, "result_html");
  result_class.def("__repr__", [](const R& r) {
    return "<MultiCriteriaResult: " + cm::quote(r.top()) + " top with " + number_text(r.totals(static_cast<Eigen::Index>(r.leader))) +
           ", " + std::to_string(r.options.size()) + (r.options.size() == 1 ? " option>" : " options>");
  });
  def_value_semantics(result_class, &mcda_result_state, &mcda_result_from_state);
  result_class.attr("__hash__") = py::none();

  // ---------------------------------------------------------------- MultiCriteria
  public_class<cm::multi_criteria> model_class(m, "MultiCriteria");
  using M = cm::multi_criteria;
  model_class.def(py::init([](const criteria_object& criteria,
                              const std::optional<iterable_object<"collections.abc.Iterable[str]">>& options,
                              const scores_arg& scores) {
                    return make_model(criteria.value, options ? options->value : py::none(), scores.value);
                  }),
                  "criteria"_a, "options"_a = py::none(), "scores"_a = py::none());
  def_properties(
      model_class,
      property{"criteria", [](const M& mc) { return named_object<"list[Criterion]">{criteria_list(mc.criteria())}; }},
      property{"options", &M::options}, property{"scores", [](const M& mc) { return scores_object(mc.scores()); }},
      property{"weights", [](const M& mc) { return eigen_values(mc.weights()); }});
  model_class.def("evaluate", &M::evaluate);
  def_python_view<named_object<"pandas.DataFrame">>(model_class, "to_pandas", mcda_display, "model_to_pandas");
  model_class.def("__repr__", [](const M& mc) {
    return "<MultiCriteria: " + std::to_string(mc.options().size()) + (mc.options().size() == 1 ? " option x " : " options x ") +
           std::to_string(mc.criteria().size()) + (mc.criteria().size() == 1 ? " criterion>" : " criteria>");
  });
  def_value_semantics(model_class, &model_state, &model_from_state);
  model_class.attr("__hash__") = py::none();
}

}  // namespace cmpy
