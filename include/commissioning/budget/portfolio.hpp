// SPDX-License-Identifier: MIT
/// \file budget/portfolio.hpp
/// \brief A portfolio: named services, each delivered by one or more providers at an annual cost.
///
/// **Example**: seed 002's table
///
///     portfolio early_help("Early help");
///     early_help.add("Young Carers", "Imago", money::parse("£325,484.88"))
///               .add("NEET", "CXK Ltd", money::parse("£498,410.40"))
///               .add("Family Support", "Porchlight", money::parse("£1,240,000.00"))
///               .add("Family Support", "Project Salus", money::parse("£860,400.00"));
///     early_help.service_total("Family Support");   // £2,100,400.00
///     early_help.total();                           // £2,924,295.28
#pragma once

#include <commissioning/contract/contract.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/names.hpp>

#include <array>
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning {

/// Who delivers a service, and how.
enum class delivery { contract, in_house, service_level_agreement, other };

[[nodiscard]] constexpr std::string_view to_string(delivery how) noexcept {
  switch (how) {
    case delivery::contract: return "contract";
    case delivery::in_house: return "in-house";
    case delivery::service_level_agreement: return "service level agreement";
    case delivery::other: return "other";
  }
  return "other";
}

/// One provider's part of a service.
struct portfolio_line {
  std::string service;
  std::string provider;
  money annual;
  delivery how = delivery::contract;
  friend bool operator==(const portfolio_line&, const portfolio_line&) = default;
};

/// A service's lines and their subtotal.
struct service_group {
  std::string service;
  std::vector<portfolio_line> lines;
  money subtotal;
};

/// Named services with their providers and annual costs, in the order they were added.
class portfolio {
 public:
  explicit portfolio(std::string name = "") : name_(std::move(name)) {}

  /// Add a line; returns the portfolio so lines can be chained.
  portfolio& add(std::string service, std::string provider, money annual, delivery how = delivery::contract) {
    if (service.empty()) throw invalid_input("portfolio", 1, "a portfolio line needs a service name");
    if (annual.is_negative())
      throw invalid_input("portfolio", 2, "the annual cost of " + quote(service) + " cannot be negative, got " +
                                              to_string(annual));
    lines_.push_back({std::move(service), std::move(provider), annual, how});
    return *this;
  }
  /// Add a contract at the annual value it has on `on`.
  portfolio& add(const contract& c, date on) { return add(c.name(), c.provider(), c.annual_value_on(on)); }

  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  [[nodiscard]] const std::vector<portfolio_line>& lines() const noexcept { return lines_; }
  /// The same name and the same lines, in the same order.
  friend bool operator==(const portfolio&, const portfolio&) = default;
  [[nodiscard]] money total() const {
    money sum;
    for (const portfolio_line& line : lines_) sum += line.annual;
    return sum;
  }
  [[nodiscard]] bool has_service(std::string_view service) const {
    for (const portfolio_line& line : lines_)
      if (line.service == service) return true;
    return false;
  }
  /// The subtotal of one service; throws if there is no such service.
  [[nodiscard]] money service_total(std::string_view service) const {
    if (!has_service(service)) throw invalid_input("portfolio", 3, "the portfolio has no service " + quote(service));
    money sum;
    for (const portfolio_line& line : lines_)
      if (line.service == service) sum += line.annual;
    return sum;
  }
  /// The services, each once, in the order they first appear.
  [[nodiscard]] std::vector<std::string> services() const {
    std::vector<std::string> names;
    for (const portfolio_line& line : lines_)
      if (std::find(names.begin(), names.end(), line.service) == names.end()) names.push_back(line.service);
    return names;
  }
  /// The services in the order they first appear, each with its lines and subtotal.
  [[nodiscard]] std::vector<service_group> by_service() const {
    std::vector<service_group> groups;
    for (const portfolio_line& line : lines_) {
      auto found = std::find_if(groups.begin(), groups.end(),
                                [&](const service_group& g) { return g.service == line.service; });
      if (found == groups.end()) {
        groups.push_back({line.service, {}, money{}});
        found = groups.end() - 1;
      }
      found->lines.push_back(line);
      found->subtotal += line.annual;
    }
    return groups;
  }

 private:
  std::string name_;
  std::vector<portfolio_line> lines_;
};

/// The names of this header's enums, on every face (names.hpp).
template <>
struct enum_names<delivery> {
  static constexpr std::string_view what = "delivery";
  static constexpr std::array<enum_name<delivery>, 5> names{{
      {delivery::contract, "contract"},
      {delivery::in_house, "in_house"},
      {delivery::service_level_agreement, "service_level_agreement"},
      {delivery::other, "other"},
      {delivery::service_level_agreement, "sla"},
  }};
};

}  // namespace commissioning
