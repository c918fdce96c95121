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

#include <Eigen/Core>

#include <cstddef>
#include <optional>
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
  [[nodiscard]] std::size_t option_index(std::string_view name) const;
  [[nodiscard]] double total_of(std::string_view option) const {
    return totals(static_cast<Eigen::Index>(option_index(option)));
  }
  [[nodiscard]] int rank_of(std::string_view option) const { return ranks[option_index(option)]; }
};

/// Where each option's row and each criterion's column sit in a table of scores labelled by
/// name (a pandas DataFrame indexed by option): `rows[i]` is option i's row, `columns[j]`
/// criterion j's column.
struct score_layout {
  std::vector<std::size_t> rows;
  std::vector<std::size_t> columns;
};

/// Matches a labelled table of scores to the criteria and options, in any order. The table's
/// row and column names must each be distinct (commissioning.mcda.002); every criterion needs
/// a column, every column must be a criterion, and the options must be as many as the rows,
/// each with a row (commissioning.mcda.003).
[[nodiscard]] score_layout lay_out_scores(const std::vector<criterion>& criteria, const std::vector<std::string>& options,
                                          const std::vector<std::string>& row_names,
                                          const std::vector<std::string>& column_names);

/// Totals closer than this, relative to the largest total (or 1, if larger), are tied: the
/// same mathematical total reached by different sums of doubles must not split a rank.
inline constexpr double mcda_tie_tolerance = 1e-9;

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
  static Eigen::MatrixXd matrix_from(const std::vector<std::vector<double>>& rows);

  void check() const;

  std::vector<criterion> criteria_;
  std::vector<std::string> options_;
  Eigen::MatrixXd scores_;
};

}  // namespace commissioning
