// SPDX-License-Identifier: MIT
// Multi-criteria decision analysis of appraisal/mcda.hpp, compiled once: the checks of a
// model, the weighted totals, ranks with ties, and the closed-form weight stability.
#include <commissioning/appraisal/mcda.hpp>

#include <commissioning/error.hpp>

#include <Eigen/Core>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <functional>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace commissioning {

namespace detail {
namespace {

/// The shortest text that reads back as `value` ("0.1", "7", "nan", "inf").
std::string mcda_number(double value) {
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (ec != std::errc{}) return "?";
  return std::string(buffer, static_cast<std::size_t>(end - buffer));
}

bool mcda_blank(std::string_view name) {
  return name.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace
}  // namespace detail

std::size_t mcda_result::option_index(std::string_view name) const {
  for (std::size_t i = 0; i < options.size(); ++i)
    if (options[i] == name) return i;
  throw out_of_range_error("mcda", 9, std::string("there is no option ").append(quote(name)));
}

Eigen::MatrixXd multi_criteria::matrix_from(const std::vector<std::vector<double>>& rows) {
  const std::size_t columns = rows.empty() ? 0 : rows.front().size();
  Eigen::MatrixXd matrix(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(columns));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].size() != columns)
      throw invalid_input("mcda", 3,
                          std::string("every row of scores needs the same number of scores: row ")
                              .append(std::to_string(i + 1))
                              .append(" has ")
                              .append(std::to_string(rows[i].size()))
                              .append(", row 1 has ")
                              .append(std::to_string(columns)));
    for (std::size_t j = 0; j < columns; ++j)
      matrix(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = rows[i][j];
  }
  return matrix;
}

void multi_criteria::check() const {
  if (criteria_.empty()) throw invalid_input("mcda", 1, "a multi-criteria analysis needs at least one criterion");
  if (options_.empty()) throw invalid_input("mcda", 1, "a multi-criteria analysis needs at least one option");

  auto unique_names = [](const std::vector<std::string>& names, const char* one, const char* many) {
    std::set<std::string_view> seen;
    for (const std::string& name : names) {
      if (detail::mcda_blank(name))
        throw invalid_input("mcda", 2, std::string("a ").append(one).append(" needs a name, got ").append(quote(name)));
      if (!seen.insert(name).second)
        throw invalid_input("mcda", 2, std::string("two ").append(many).append(" are named ").append(quote(name)));
    }
  };
  std::vector<std::string> criterion_names;
  for (const criterion& c : criteria_) criterion_names.push_back(c.name);
  unique_names(criterion_names, "criterion", "criteria");
  unique_names(options_, "option", "options");

  for (const criterion& c : criteria_) {
    if (!std::isfinite(c.weight))
      throw invalid_input("mcda", 4,
                          std::string("the weight of criterion ")
                              .append(quote(c.name))
                              .append(" must be a finite number, got ")
                              .append(detail::mcda_number(c.weight)));
    if (c.weight < 0)
      throw invalid_input("mcda", 5,
                          std::string("the weight of criterion ")
                              .append(quote(c.name))
                              .append(" cannot be negative, got ")
                              .append(detail::mcda_number(c.weight)));
    if (c.scale) {
      if (!std::isfinite(c.scale->min) || !std::isfinite(c.scale->max))
        throw invalid_input("mcda", 4,
                            std::string("the scale of criterion ")
                                .append(quote(c.name))
                                .append(" must have finite ends, got ")
                                .append(detail::mcda_number(c.scale->min))
                                .append(" to ")
                                .append(detail::mcda_number(c.scale->max)));
      if (!(c.scale->min < c.scale->max))
        throw invalid_input("mcda", 7,
                            std::string("the scale of criterion ")
                                .append(quote(c.name))
                                .append(" must run from a lower to a higher score, got ")
                                .append(detail::mcda_number(c.scale->min))
                                .append(" to ")
                                .append(detail::mcda_number(c.scale->max)));
    }
  }

  const auto rows = static_cast<std::size_t>(scores_.rows());
  const auto columns = static_cast<std::size_t>(scores_.cols());
  if (rows != options_.size() || columns != criteria_.size())
    throw invalid_input("mcda", 3,
                        std::string("the scores are ")
                            .append(std::to_string(rows))
                            .append(" x ")
                            .append(std::to_string(columns))
                            .append("; expected ")
                            .append(std::to_string(options_.size()))
                            .append(" options x ")
                            .append(std::to_string(criteria_.size()))
                            .append(" criteria"));
  for (std::size_t i = 0; i < rows; ++i) {
    for (std::size_t j = 0; j < columns; ++j) {
      const double score = scores_(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
      if (!std::isfinite(score))
        throw invalid_input("mcda", 4,
                            std::string("the score of option ")
                                .append(quote(options_[i]))
                                .append(" against criterion ")
                                .append(quote(criteria_[j].name))
                                .append(" must be a finite number, got ")
                                .append(detail::mcda_number(score)));
      const auto& scale = criteria_[j].scale;
      if (scale && (score < scale->min || score > scale->max))
        throw invalid_input("mcda", 6,
                            std::string("the score of option ")
                                .append(quote(options_[i]))
                                .append(" against criterion ")
                                .append(quote(criteria_[j].name))
                                .append(" is ")
                                .append(detail::mcda_number(score))
                                .append(", outside its scale of ")
                                .append(detail::mcda_number(scale->min))
                                .append(" to ")
                                .append(detail::mcda_number(scale->max)));
    }
  }
  bool any_weight = false;
  for (const criterion& c : criteria_) any_weight = any_weight || c.weight > 0;
  if (!any_weight)
    throw domain_violation("mcda", 8,
                           std::string("every criterion has zero weight, so no option can score; give at least one "
                                       "criterion a positive weight (there are ")
                               .append(std::to_string(criteria_.size()))
                               .append(")"));
}

score_layout lay_out_scores(const std::vector<criterion>& criteria, const std::vector<std::string>& options,
                            const std::vector<std::string>& row_names, const std::vector<std::string>& column_names) {
  std::map<std::string, std::size_t, std::less<>> rows, columns;
  for (std::size_t i = 0; i < row_names.size(); ++i)
    if (!rows.emplace(row_names[i], i).second)
      throw invalid_input("mcda", 2, std::string("two options are named ").append(quote(row_names[i])));
  for (std::size_t j = 0; j < column_names.size(); ++j)
    if (!columns.emplace(column_names[j], j).second)
      throw invalid_input("mcda", 2, std::string("two criteria are named ").append(quote(column_names[j])));
  score_layout layout;
  for (const criterion& c : criteria) {
    const auto column = columns.find(c.name);
    if (column == columns.end())
      throw invalid_input("mcda", 3, std::string("the frame has no column for criterion ").append(quote(c.name)));
    layout.columns.push_back(column->second);
  }
  for (const auto& [column, position] : columns)  // (with as many columns as criteria, each is one)
    if (columns.size() != criteria.size() && std::ranges::none_of(criteria, [&](const criterion& c) { return c.name == column; }))
      throw invalid_input("mcda", 3, std::string("the frame's column ").append(quote(column)).append(" is not a criterion"));
  if (options.size() != row_names.size())
    throw invalid_input("mcda", 3,
                        std::string("the frame has ")
                            .append(std::to_string(row_names.size()))
                            .append(" rows; ")
                            .append(std::to_string(options.size()))
                            .append(" options are named"));
  for (const std::string& option : options) {
    const auto row = rows.find(option);
    if (row == rows.end()) throw invalid_input("mcda", 3, std::string("the frame has no row for option ").append(quote(option)));
    layout.rows.push_back(row->second);
  }
  return layout;
}

mcda_result multi_criteria::evaluate() const {
  mcda_result result;
  result.criteria = criteria_;
  result.options = options_;
  result.scores = scores_;
  result.weights = weights();
  result.totals = scores_ * result.weights;  // the weighted sum, one total per option

  const std::size_t n = options_.size();
  const std::size_t m = criteria_.size();
  const Eigen::VectorXd& totals = result.totals;
  const double tolerance = mcda_tie_tolerance * std::max(1.0, totals.cwiseAbs().maxCoeff());
  auto total = [&](std::size_t i) { return totals(static_cast<Eigen::Index>(i)); };

  // Ranks, competition style: best first, options within the tolerance of a group's best
  // share its rank, and the next group's rank counts every option above it.
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return total(a) > total(b); });
  result.ranks.assign(n, 0);
  for (std::size_t k = 0; k < n;) {
    std::size_t end = k + 1;
    while (end < n && total(order[k]) - total(order[end]) <= tolerance) ++end;
    std::vector<std::size_t> group(order.begin() + static_cast<std::ptrdiff_t>(k),
                                   order.begin() + static_cast<std::ptrdiff_t>(end));
    std::sort(group.begin(), group.end());  // ties listed in the order the options were given
    for (std::size_t i : group) result.ranks[i] = static_cast<int>(k) + 1;
    if (group.size() > 1) {
      std::vector<std::string> names;
      for (std::size_t i : group) names.push_back(options_[i]);
      result.ties.push_back(std::move(names));
    }
    if (k == 0) result.leader = group.front();
    k = end;
  }

  // Weight stability. Moving criterion j's weight to t and rescaling the others by
  // (1 - t) / (1 - w_j) makes every total linear in t:
  //   T_i(t) = R_i + t (s_ij - R_i),  R_i = sum_{k != j} w_k s_ik / sum_{k != j} w_k,
  // the option's score on the other criteria at their present relative weights. The leader a
  // and a rival i are level where T_a(t) = T_i(t): a single crossing point, solved directly.
  // When j holds all the weight, the others have no proportions to keep; they share what
  // it releases equally.
  const Eigen::VectorXd& w = result.weights;
  const std::size_t a = result.leader;
  for (std::size_t j = 0; j < m; ++j) {
    const auto col = static_cast<Eigen::Index>(j);
    weight_stability s;
    s.criterion = criteria_[j].name;
    s.weight = w(col);
    s.lowest_weight = m == 1 ? 1.0 : 0.0;  // a sole criterion's weight cannot move from 1
    s.highest_weight = 1.0;
    if (m > 1) {
      Eigen::VectorXd others = w;
      others(col) = 0;
      if (others.sum() <= 0) {
        others.setConstant(1.0);
        others(col) = 0;
      }
      others /= others.sum();
      const Eigen::VectorXd rest = scores_ * others;  // R_i for every option
      auto slope = [&](std::size_t i) {
        return scores_(static_cast<Eigen::Index>(i), col) - rest(static_cast<Eigen::Index>(i));
      };
      double down_steepness = 0;
      double up_steepness = 0;
      for (std::size_t i = 0; i < n; ++i) {
        if (i == a) continue;
        // D(t) = T_a(t) - T_i(t) = c + d t; D(w_j) >= 0 since a leads.
        const double c = rest(static_cast<Eigen::Index>(a)) - rest(static_cast<Eigen::Index>(i));
        const double d = slope(a) - slope(i);
        if (std::abs(d) <= tolerance) continue;  // parallel: the gap never closes (or a tie stays a tie)
        const double gap = total(a) - total(i);
        double crossing = gap <= tolerance ? s.weight : -c / d;
        if (d < 0) {  // the gap closes as the weight rises
          crossing = std::max(crossing, s.weight);
          if (crossing > 1.0) continue;
          if (crossing < s.highest_weight || (crossing == s.highest_weight && s.rival_up && -d > up_steepness)) {
            s.highest_weight = crossing;
            s.rival_up = options_[i];
            up_steepness = -d;
          } else if (crossing == s.highest_weight && !s.rival_up) {
            s.rival_up = options_[i];
            up_steepness = -d;
          }
        } else {  // the gap closes as the weight falls
          crossing = std::min(crossing, s.weight);
          if (crossing < 0.0) continue;
          if (crossing > s.lowest_weight || (crossing == s.lowest_weight && s.rival_down && d > down_steepness)) {
            s.lowest_weight = crossing;
            s.rival_down = options_[i];
            down_steepness = d;
          } else if (crossing == s.lowest_weight && !s.rival_down) {
            s.rival_down = options_[i];
            down_steepness = d;
          }
        }
      }
    }
    s.points_down = (s.weight - s.lowest_weight) * 100;
    s.points_up = (s.highest_weight - s.weight) * 100;
    result.stability.push_back(std::move(s));
  }
  return result;
}

}  // namespace commissioning
