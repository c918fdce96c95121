// SPDX-License-Identifier: MIT
/// \file budget/reconciliation.hpp
/// \brief Two statements of the same scope, compared line by line and in total.
///
/// **Example**: seeds 003 and 002 state the early-help scope differently
///
///     const statement cabinet_report{"seed 003", {}, money::parse("£2,910,878")};
///     const statement decision = statement::of(early_help, "seed 002");
///     reconcile(cabinet_report, decision).difference;   // £13,417.28
#pragma once

#include <commissioning/budget/portfolio.hpp>
#include <commissioning/money/money.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace commissioning {

/// A statement of spend: a source, labelled lines, and perhaps a stated total.
struct statement {
  std::string source;
  std::vector<std::pair<std::string, money>> lines;
  std::optional<money> stated_total{};

  /// The stated total if there is one, else the sum of the lines.
  [[nodiscard]] money total() const {
    if (stated_total) return *stated_total;
    money sum;
    for (const auto& [label, amount] : lines) sum += amount;
    return sum;
  }
  /// A portfolio's services as a statement, one line per service ("Family Support").
  [[nodiscard]] static statement of(const portfolio& p, std::string source) {
    statement result{std::move(source), {}, std::nullopt};
    for (const service_group& group : p.by_service()) result.lines.emplace_back(group.service, group.subtotal);
    return result;
  }
};

/// One label's amounts in the two statements.
struct reconciliation_line {
  std::string label;
  std::optional<money> first;
  std::optional<money> second;
  money difference;  ///< second − first (a missing amount counts as £0)
};

/// The comparison: totals, their difference, and line by line where the statements have lines.
struct reconciliation {
  std::string first_source;
  std::string second_source;
  money first_total;
  money second_total;
  money difference;  ///< second_total − first_total
  std::vector<reconciliation_line> lines;
  /// The part of the difference the lines do not explain: difference − Σ line differences
  /// (all of it when a statement gives only a total, as seed 003 does).
  money unexplained;
};

/// Compare `first` with `second`: the totals always; line by line (matched by label, in the
/// order first seen) when both statements have lines.
[[nodiscard]] inline reconciliation reconcile(const statement& first, const statement& second) {
  reconciliation result{first.source, second.source, first.total(), second.total(),
                        second.total() - first.total(), {}, second.total() - first.total()};
  if (first.lines.empty() || second.lines.empty()) return result;
  auto line_for = [&](const std::string& label) -> reconciliation_line& {
    for (reconciliation_line& line : result.lines)
      if (line.label == label) return line;
    return result.lines.emplace_back(reconciliation_line{label, std::nullopt, std::nullopt, money{}});
  };
  for (const auto& [label, amount] : first.lines) line_for(label).first = line_for(label).first.value_or(money{}) + amount;
  for (const auto& [label, amount] : second.lines) line_for(label).second = line_for(label).second.value_or(money{}) + amount;
  money explained;
  for (reconciliation_line& line : result.lines) {
    line.difference = line.second.value_or(money{}) - line.first.value_or(money{});
    explained += line.difference;
  }
  result.unexplained = result.difference - explained;
  return result;
}

}  // namespace commissioning
