// SPDX-License-Identifier: MIT
/// \file appraisal/mcda.hpp
/// \brief Multi-criteria decision analysis: weighted-sum scores of options against criteria,
/// ranks with ties, and how far each weight can move before the top option changes.
///
/// **Example**: three options scored 0-10 against four weighted criteria
///
///     const multi_criteria model(
///         {{"Quality", 40}, {"Cost", 30}, {"Deliverability", 20}, {"Social value", 10}},
///         {"In-house", "External", "Do minimum"},
///         {{7, 5, 8, 6}, {8, 7, 5, 4}, {4, 9, 9, 3}});
///     const mcda_result result = model.evaluate();
///     result.totals;                         // 6.5, 6.7, 6.4
///     result.ranks;                          // 2, 1, 3
///     result.stability[1].highest_weight;    // 9/23: above it, "Do minimum" comes top
///
/// Weights are relative: they are normalised to sum to 1 (40, 30, 20, 10 are 0.4, 0.3, 0.2,
/// 0.1), so a scorer may give them as points, percentages or fractions. Scores are on any
/// finite scale; a criterion may declare its scale, and a score outside it is an error rather
/// than a silent distortion of the weighting. A weighted sum is only meaningful when every
/// criterion's scores run the same way (higher is better), which the caller ensures.
///
/// This is the statistical path of the library: scores and weights are `double` in Eigen
/// arrays, totals are a matrix-vector product, and the weight stability is solved in closed
/// form (each option's total is linear in the moved weight), not by scanning.
#pragma once

#include <commissioning/error.hpp>

#include <Eigen/Core>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace commissioning {

/// The range a criterion's scores are declared to lie in, e.g. 0 to 10 (inclusive).
struct score_scale {
  double min = 0;
  double max = 0;
  friend bool operator==(const score_scale&, const score_scale&) = default;
};

/// A criterion options are scored against. Its weight is relative (normalised with the
/// others to sum to 1) and not negative.
struct criterion {
  std::string name;
  double weight = 1;
  std::string description;
  std::optional<score_scale> scale;  ///< when given, every score must lie in it

  criterion() = default;
  /// `{"Quality", 40}`, `{"Quality", 40, "0 poor to 10 excellent", score_scale{0, 10}}`.
  criterion(std::string name_, double weight_, std::string description_ = {},
            std::optional<score_scale> scale_ = std::nullopt)
      : name(std::move(name_)), weight(weight_), description(std::move(description_)), scale(scale_) {}
  friend bool operator==(const criterion&, const criterion&) = default;
};

/// How far one criterion's weight can move, the others rescaled in proportion so that the
/// weights still sum to 1, before the top option changes: the weight at which a rival draws
/// level with it, below and above the present weight.
struct weight_stability {
  std::string criterion;
  double weight = 0;          ///< its normalised weight now
  double lowest_weight = 0;   ///< the top option stays top down to this weight (0 if no rival draws level)
  double highest_weight = 1;  ///< and up to this one (1 if no rival draws level)
  double points_down = 0;     ///< (weight - lowest_weight) x 100: percentage points it can fall
  double points_up = 0;       ///< (highest_weight - weight) x 100: percentage points it can rise
  std::optional<std::string> rival_down;  ///< the option that draws level at lowest_weight, if any
  std::optional<std::string> rival_up;    ///< the option that draws level at highest_weight, if any
  friend bool operator==(const weight_stability&, const weight_stability&) = default;
};

/// Options' totals, ranks and ties, and the weight stability of the top option.
struct mcda_result {
  std::vector<criterion> criteria;   ///< as given (weights as given, not normalised)
  std::vector<std::string> options;
  Eigen::MatrixXd scores;            ///< options x criteria
  Eigen::VectorXd weights;           ///< normalised: they sum to 1
  Eigen::VectorXd totals;            ///< scores x weights: one weighted total per option
  std::vector<int> ranks;            ///< 1 = best; tied options share a rank and the next is skipped (1, 1, 3)
  std::vector<std::vector<std::string>> ties;  ///< each group of options sharing a rank, best first
  std::size_t leader = 0;            ///< the top option (the first listed, if several share rank 1)
  std::vector<weight_stability> stability;  ///< one per criterion, in criteria order

  /// The top option's name.
  [[nodiscard]] const std::string& top() const { return options[leader]; }
  /// The position of the option `name` (out_of_range_error mcda.009 if there is none).
  [[nodiscard]] std::size_t option_index(std::string_view name) const {
    for (std::size_t i = 0; i < options.size(); ++i)
      if (options[i] == name) return i;
    throw out_of_range_error("mcda", 9, std::string("there is no option ").append(quote(name)));
  }
  [[nodiscard]] double total_of(std::string_view option) const {
    return totals(static_cast<Eigen::Index>(option_index(option)));
  }
  [[nodiscard]] int rank_of(std::string_view option) const { return ranks[option_index(option)]; }
};

/// Totals closer than this, relative to the largest total (or 1, if larger), are tied: the
/// same mathematical total reached by different sums of doubles must not split a rank.
inline constexpr double mcda_tie_tolerance = 1e-9;

namespace detail {

/// The shortest text that reads back as `value` ("0.1", "7", "nan", "inf").
inline std::string mcda_number(double value) {
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (ec != std::errc{}) return "?";
  return std::string(buffer, static_cast<std::size_t>(end - buffer));
}

inline bool mcda_blank(std::string_view name) {
  return name.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace detail

/// Criteria with weights, options, and each option's score against each criterion.
class multi_criteria {
 public:
  /// `scores` (any Eigen matrix expression) has one row per option and one column per criterion.
  template <class Derived>
  multi_criteria(std::vector<criterion> criteria, std::vector<std::string> options,
                 const Eigen::MatrixBase<Derived>& scores)
      : criteria_(std::move(criteria)), options_(std::move(options)), scores_(scores) {
    check();
  }

  /// Scores as rows of numbers, one row per option.
  multi_criteria(std::vector<criterion> criteria, std::vector<std::string> options,
                 const std::vector<std::vector<double>>& scores)
      : multi_criteria(std::move(criteria), std::move(options), matrix_from(scores)) {}

  [[nodiscard]] const std::vector<criterion>& criteria() const noexcept { return criteria_; }
  [[nodiscard]] const std::vector<std::string>& options() const noexcept { return options_; }
  [[nodiscard]] const Eigen::MatrixXd& scores() const noexcept { return scores_; }

  /// The weights normalised to sum to 1, in criteria order.
  [[nodiscard]] Eigen::VectorXd weights() const {
    Eigen::VectorXd raw(static_cast<Eigen::Index>(criteria_.size()));
    for (std::size_t j = 0; j < criteria_.size(); ++j) raw(static_cast<Eigen::Index>(j)) = criteria_[j].weight;
    return raw / raw.sum();
  }

  /// Weighted totals, ranks, ties and weight stability.
  [[nodiscard]] mcda_result evaluate() const;

  friend bool operator==(const multi_criteria& a, const multi_criteria& b) {
    return a.criteria_ == b.criteria_ && a.options_ == b.options_ && a.scores_ == b.scores_;
  }

 private:
  static Eigen::MatrixXd matrix_from(const std::vector<std::vector<double>>& rows) {
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

  void check() const;

  std::vector<criterion> criteria_;
  std::vector<std::string> options_;
  Eigen::MatrixXd scores_;
};

// ---------------------------------------------------------------- inline definitions

inline void multi_criteria::check() const {
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

inline mcda_result multi_criteria::evaluate() const {
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
