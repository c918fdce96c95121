// SPDX-License-Identifier: MIT
// Scenario files: the TOML reader and writer of scenario/scenario_file.hpp, compiled once, with
// toml++ (header-only here, so that neither a consumer nor a wheel needs its shared library).
#include <commissioning/scenario/scenario_file.hpp>

#include <toml++/toml.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <concepts>
#include <cstdio>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <limits>
#include <optional>
#include <sstream>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace commissioning {

namespace detail {
namespace {

/// Levenshtein distance, for "did you mean" suggestions.
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0U : 1U)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string unshift(std::string_view text);

/// Lower case with '-' and '_' as spaces: how enumerated words are compared.
inline std::string word_key(std::string_view text) {
  std::string key;
  for (char c : text) {
    if (c == '-' || c == '_') c = ' ';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    key.push_back(c);
  }
  return key;
}

template <class Enum>
struct word {
  Enum value;
  std::string_view text;
};

inline constexpr word<line_source> line_source_words[] = {{line_source::recurring, "recurring"},
                                                          {line_source::one_off, "one-off"},
                                                          {line_source::per_year, "per-year"},
                                                          {line_source::contract, "contract"},
                                                          {line_source::envelope, "envelope"}};
inline constexpr word<distribution::family> distribution_words[] = {
    {distribution::family::fixed, "fixed"},         {distribution::family::uniform, "uniform"},
    {distribution::family::triangular, "triangular"}, {distribution::family::pert, "pert"},
    {distribution::family::normal, "normal"},       {distribution::family::lognormal, "lognormal"},
    {distribution::family::discrete, "discrete"}};
/// The keys of a distribution's parameters, in the order `scenario_distribution` keeps them
/// (discrete: none; its `values` and `probabilities` are arrays).
inline std::vector<std::string_view> parameter_keys(const scenario_distribution& d) {
  using family = distribution::family;
  switch (d.family) {
    case family::fixed: return {"value"};
    case family::uniform: return {"min", "max"};
    case family::triangular:
    case family::pert: return {"min", "mode", "max"};
    case family::normal: return {"mean", "sd"};
    case family::lognormal: return d.log_parameters ? std::vector<std::string_view>{"mu", "sigma"}
                                                    : std::vector<std::string_view>{"mean", "sd"};
    case family::discrete: return {};
  }
  return {};
}
inline constexpr std::string_view sensitivity_targets[] = {"line", "costs", "benefits", "category", "discount-rate"};
inline constexpr std::string_view report_tables[] = {"options", "appraisal-sentence", "financial-implications",
                                                      "sensitivity", "switching-values"};

template <class Enum, std::size_t N>
std::string_view word_of(Enum value, const word<Enum> (&words)[N]) {
  for (const auto& w : words)
    if (w.value == value) return w.text;
  return words[0].text;
}

/// Reads one TOML document into a scenario, locating every error.
class scenario_reader {
 public:
  explicit scenario_reader(std::string file) : file_(std::move(file)) {}

  [[noreturn]] void fail(const toml::source_region& where, const std::string& path, const error& e) const {
    std::string_view text = e.message();
    const std::string prefix = "[" + e.id() + "] ";
    if (text.starts_with(prefix)) text.remove_prefix(prefix.size());
    throw scenario_error(e.id(), file_, where.begin.line, where.begin.column, path, std::string(text));
  }
  [[noreturn]] void fail(const toml::node& node, const std::string& path, const error& e) const {
    fail(node.source(), path, e);
  }

  /// Runs `f`, locating any library error it throws at `node`.
  template <class F>
  auto at(const toml::node& node, const std::string& path, F&& f) const -> decltype(f()) {
    try {
      return f();
    } catch (const scenario_error&) {
      throw;
    } catch (const error& e) {
      fail(node, path, e);
    }
  }

  /// Refuses keys not in `allowed`, suggesting the nearest.
  void check_keys(const toml::table& table, const std::string& path, std::initializer_list<std::string_view> allowed) const {
    for (auto&& entry : table) {
      const toml::key& key = entry.first;
      const std::string unshifted = unshift(key.str());
      const std::string_view name = unshifted;
      if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
      std::string_view best;
      std::size_t best_distance = std::numeric_limits<std::size_t>::max();
      for (std::string_view candidate : allowed)
        if (const std::size_t d = edit_distance(name, candidate); d < best_distance) {
          best_distance = d;
          best = candidate;
        }
      std::string text = "unknown key " + quote(name) + " in " + (path.empty() ? std::string("the scenario") : path);
      if (best_distance <= std::max<std::size_t>(2, name.size() / 3)) text.append("; did you mean ").append(quote(best)).append("?");
      else {
        text.append("; expected one of:");
        for (std::string_view candidate : allowed) text.append(" ").append(candidate);
      }
      fail(key.source(), join(path, name), invalid_input("scenario", 2, text));
    }
  }

  static std::string join(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
  }
  static std::string index(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

  static std::string type_name(const toml::node& node) {
    switch (node.type()) {
      case toml::node_type::string: return "a string";
      case toml::node_type::integer: return "an integer";
      case toml::node_type::floating_point: return "a number with a decimal point";
      case toml::node_type::boolean: return "a boolean";
      case toml::node_type::table: return "a table";
      case toml::node_type::array: return "an array";
      case toml::node_type::date: return "a date";
      case toml::node_type::time: return "a time";
      case toml::node_type::date_time: return "a date-time";
      default: return "nothing";
    }
  }
  [[noreturn]] void wrong_type(const toml::node& node, const std::string& path, std::string_view expected) const {
    std::string text = "expected ";
    text.append(expected).append(", got ").append(type_name(node));
    // The value itself, so that the writer finds it (tables and arrays are found by the path).
    if (const auto* i = node.as_integer()) text.append(" ").append(std::to_string(i->get()));
    if (const auto* f = node.as_floating_point()) {
      char digits[32];
      const auto end = std::to_chars(digits, digits + sizeof digits, f->get()).ptr;  // the shortest that reads back
      text.append(" ").append(digits, end);
    }
    if (const auto* b = node.as_boolean()) text.append(b->get() ? " true" : " false");
    if (const auto* t = node.as_string()) text.append(" ").append(quote(t->get()));
    if (expected.find("money") != std::string_view::npos && node.is_integer()) text.append(" (write money in quotes, e.g. \"£325,500\")");
    if (expected.find("rate") != std::string_view::npos && node.is_floating_point()) text.append(" (write rates in quotes, e.g. \"3.5%\")");
    fail(node, path, invalid_input("scenario", 3, text));
  }
  [[noreturn]] void missing(const toml::table& table, const std::string& path, std::string_view key) const {
    fail(table.source(), join(path, key),
         invalid_input("scenario", 4, "missing required key " + quote(key) + " in " + (path.empty() ? std::string("the scenario") : path)));
  }

  // ------------------------------------------------------------ values
  const toml::node* find(const toml::table& table, std::string_view key) const { return table.get(key); }
  /// The value at `key`; nullptr when absent and optional (commissioning.scenario.004 when required).
  const toml::node* present(const toml::table& t, const std::string& path, std::string_view key, bool required) const {
    const toml::node* node = find(t, key);
    if (!node && required) missing(t, path, key);
    return node;
  }

  std::optional<std::string> string(const toml::table& t, const std::string& path, std::string_view key,
                                    bool required = false) const {
    const toml::node* node = present(t, path, key, required);
    if (!node) return std::nullopt;
    if (!node->is_string()) wrong_type(*node, join(path, key), "a string");
    return node->as_string()->get();
  }
  std::string text(const toml::table& t, const std::string& path, std::string_view key, bool required = false) const {
    return string(t, path, key, required).value_or(std::string());
  }
  template <class F>
  auto parsed(const toml::table& t, const std::string& path, std::string_view key, bool required, std::string_view what,
              F&& read) const -> std::optional<decltype(read(std::string()))> {
    const toml::node* node = present(t, path, key, required);
    if (!node) return std::nullopt;
    if (!node->is_string()) wrong_type(*node, join(path, key), what);
    const std::string value = node->as_string()->get();
    return at(*node, join(path, key), [&] { return read(value); });
  }
  std::optional<money> money_at(const toml::table& t, const std::string& path, std::string_view key, bool required = false) const {
    return parsed(t, path, key, required, "money as a string such as \"£325,500\"",
                  [](const std::string& v) { return money::parse(v); });
  }
  std::optional<rate> rate_at(const toml::table& t, const std::string& path, std::string_view key, bool required = false) const {
    return parsed(t, path, key, required, "a rate as a string such as \"3.5%\"",
                  [](const std::string& v) { return rate::parse(v); });
  }
  std::optional<commissioning::term> term_at(const toml::table& t, const std::string& path, std::string_view key,
                                             bool required = false) const {
    return parsed(t, path, key, required, "a term as a string such as \"3+1+1\"",
                  [](const std::string& v) { return term::parse(v); });
  }
  std::optional<financial_year> year_at(const toml::table& t, const std::string& path, std::string_view key,
                                        bool required = false) const {
    return parsed(t, path, key, required, "a financial year as a string such as \"2022-23\"",
                  [this](const std::string& v) { return financial_year::parse(v, start_month_); });
  }
  std::optional<date> date_at(const toml::table& t, const std::string& path, std::string_view key, bool required = false) const {
    const toml::node* node = find(t, key);
    if (node && node->is_date()) {
      const toml::date d = node->as_date()->get();
      return at(*node, join(path, key), [&] { return make_date(d.year, d.month, d.day); });
    }
    return parsed(t, path, key, required, "a date such as \"1 May 2016\" or 2016-05-01",
                  [](const std::string& v) { return parse_date(v); });
  }
  std::optional<std::int64_t> integer(const toml::table& t, const std::string& path, std::string_view key,
                                      bool required = false) const {
    const toml::node* node = present(t, path, key, required);
    if (!node) return std::nullopt;
    if (!node->is_integer()) wrong_type(*node, join(path, key), "an integer");
    return node->as_integer()->get();
  }
  std::optional<double> number(const toml::table& t, const std::string& path, std::string_view key,
                               bool required = false) const {
    const toml::node* node = present(t, path, key, required);
    if (!node) return std::nullopt;
    if (node->is_integer()) return static_cast<double>(node->as_integer()->get());
    if (!node->is_floating_point()) wrong_type(*node, join(path, key), "a number");
    return node->as_floating_point()->get();
  }
  std::vector<double> numbers(const toml::table& t, const std::string& path, std::string_view key) const {
    std::vector<double> out;
    const toml::node* node = find(t, key);
    if (!node) return out;
    if (!node->is_array()) wrong_type(*node, join(path, key), "an array of numbers");
    std::size_t i = 0;
    for (const toml::node& item : *node->as_array()) {
      if (item.is_integer()) out.push_back(static_cast<double>(item.as_integer()->get()));
      else if (item.is_floating_point()) out.push_back(item.as_floating_point()->get());
      else wrong_type(item, index(join(path, key), i), "a number");
      ++i;
    }
    return out;
  }
  int small_integer(const toml::table& t, const std::string& path, std::string_view key, std::int64_t low,
                    std::int64_t high, std::int64_t fallback, bool required = false) const {
    const std::optional<std::int64_t> value = integer(t, path, key, required);
    if (!value) return static_cast<int>(fallback);
    return static_cast<int>(at(*find(t, key), join(path, key), [&] { return whole_number_range{low, high}.check(*value); }));
  }
  std::optional<bool> boolean(const toml::table& t, const std::string& path, std::string_view key) const {
    const toml::node* node = find(t, key);
    if (!node) return std::nullopt;
    if (!node->is_boolean()) wrong_type(*node, join(path, key), "true or false");
    return node->as_boolean()->get();
  }
  std::vector<std::string> strings(const toml::table& t, const std::string& path, std::string_view key) const {
    std::vector<std::string> out;
    const toml::node* node = find(t, key);
    if (!node) return out;
    if (!node->is_array()) wrong_type(*node, join(path, key), "an array of strings");
    std::size_t i = 0;
    for (const toml::node& item : *node->as_array()) {
      if (!item.is_string()) wrong_type(item, index(join(path, key), i), "a string");
      out.push_back(item.as_string()->get());
      ++i;
    }
    return out;
  }
  template <class Enum, std::size_t N>
  std::optional<Enum> word_at(const toml::table& t, const std::string& path, std::string_view key,
                              const word<Enum> (&words)[N], bool required = false) const {
    const std::optional<std::string> value = string(t, path, key, required);
    if (!value) return std::nullopt;
    for (const auto& w : words)
      if (word_key(w.text) == word_key(*value)) return w.value;
    std::string known;
    for (const auto& w : words) known.append(known.empty() ? "" : ", ").append(w.text);
    fail(*find(t, key), join(path, key),
         invalid_input("scenario", 11, "unknown value " + quote(*value) + "; expected one of: " + known));
  }
  /// A named enum's value under `key` (names.hpp: any case, spaces or hyphens for underscores).
  template <named_enum Enum>
  std::optional<Enum> name_at(const toml::table& t, const std::string& path, std::string_view key,
                              bool required = false) const {
    const std::optional<std::string> value = string(t, path, key, required);
    if (!value) return std::nullopt;
    if (const auto found = find_name<Enum>(*value)) return found;
    fail(*find(t, key), join(path, key),
         invalid_input("scenario", 11, "unknown value " + quote(*value) + "; expected one of: " + canonical_names<Enum>()));
  }
  /// An array of tables (or a single table) under `key`, each with its path.
  template <class F>
  void each_table(const toml::table& t, const std::string& path, std::string_view key, F&& f) const {
    const toml::node* node = find(t, key);
    if (!node) return;
    const std::string here = join(path, key);
    if (!node->is_array()) wrong_type(*node, here, "an array of tables ([[" + here + "]])");
    std::size_t i = 0;
    for (const toml::node& item : *node->as_array()) {
      if (!item.is_table()) wrong_type(item, index(here, i), "a table");
      f(*item.as_table(), index(here, i));
      ++i;
    }
  }
  const toml::table* sub_table(const toml::table& t, const std::string& path, std::string_view key) const {
    const toml::node* node = find(t, key);
    if (!node) return nullptr;
    if (!node->is_table()) wrong_type(*node, join(path, key), "a table");
    return node->as_table();
  }
  /// Refuses a second item called `name` among those in `seen` (a set per list, so that a
  /// register of many contracts loads in time linear in its length).
  void unique(std::unordered_set<std::string>& seen, const toml::table& t, const std::string& path,
              const std::string& name, std::string_view what) const {
    if (!seen.insert(name).second)
      fail(find(t, "name") ? find(t, "name")->source() : t.source(), join(path, "name"),
           invalid_input("scenario", 5, "two " + std::string(what) + " are called " + quote(name)));
  }
  /// The contract a reference names (scenario.006 if none), by the index of names.
  void check_contract_named(const scenario& s, const std::string& name) const {
    if (!contract_names_.contains(name)) (void)s.contract_named(name);  // throws its error
  }

  // ------------------------------------------------------------ the parts
  scenario read(const toml::table& root) {
    check_keys(root, "", {"authority", "service", "contracts", "envelopes", "portfolio", "proposal", "options", "risks",
                          "appraisal", "sensitivity", "simulation", "report"});
    scenario s;
    if (const toml::table* a = sub_table(root, "", "authority")) read_authority(*a, s.authority);
    start_month_ = s.authority.start_month();
    s.service = text(root, "", "service");
    each_table(root, "", "contracts", [&](const toml::table& t, const std::string& p) {
      scenario_contract c = read_contract(t, p);
      unique(contract_names_, t, p, c.name, "contracts");
      if (!c.lot_of.empty()) same_procurement_facts(s, c, t, p);
      run_commands_on(s, c, t, p);
      s.contracts.push_back(std::move(c));
    });
    each_table(root, "", "envelopes", [&](const toml::table& t, const std::string& p) {
      scenario_envelope e = read_envelope(s, t, p);
      unique(envelope_names_, t, p, e.name, "envelopes");
      s.envelopes.push_back(std::move(e));
    });
    if (const toml::table* p = sub_table(root, "", "portfolio")) {
      check_keys(*p, "portfolio", {"name", "lines"});
      s.portfolio_name = text(*p, "portfolio", "name");
      each_table(*p, "portfolio", "lines", [&](const toml::table& t, const std::string& path) {
        check_keys(t, path, {"service", "provider", "annual", "delivery"});
        s.portfolio_lines.push_back({text(t, path, "service", true), text(t, path, "provider"),
                                     *money_at(t, path, "annual", true),
                                     name_at<delivery>(t, path, "delivery").value_or(delivery::contract)});
      });
      at(*p, "portfolio", [&] { return s.build_portfolio(); });
    }
    if (const toml::table* p = sub_table(root, "", "proposal")) {
      check_keys(*p, "proposal", {"caption", "changes"});
      s.proposal_caption = text(*p, "proposal", "caption");
      each_table(*p, "proposal", "changes", [&](const toml::table& t, const std::string& path) {
        check_keys(t, path, {"kind", "service", "provider", "amount", "percent", "from", "delivery"});
        scenario_change c;
        c.kind = *name_at<change_kind>(t, path, "kind", true);
        c.service = text(t, path, "service", true);
        c.provider = text(t, path, "provider");
        c.amount = money_at(t, path, "amount").value_or(money{});
        c.percent = rate_at(t, path, "percent");
        c.from = *date_at(t, path, "from", true);
        c.how = name_at<delivery>(t, path, "delivery").value_or(delivery::contract);
        if (c.kind != change_kind::add && find(t, "delivery"))
          fail(*find(t, "delivery"), join(path, "delivery"),
               invalid_input("scenario", 9, "'delivery' applies only to a change of kind 'add'"));
        if (c.percent && c.kind != change_kind::change_by)
          fail(*find(t, "percent"), join(path, "percent"),
               invalid_input("scenario", 9, "'percent' applies only to a change of kind 'change'"));
        s.proposal.push_back(std::move(c));
      });
      at(*p, "proposal", [&] { return s.build_proposal(); });
    }
    each_table(root, "", "options", [&](const toml::table& t, const std::string& p) {
      scenario_option o = read_option(s, t, p);
      unique(option_names_, t, p, o.name, "options");
      s.options.push_back(std::move(o));
    });
    each_table(root, "", "risks", [&](const toml::table& t, const std::string& p) {
      scenario_risk r = read_risk(t, p);
      unique(risk_ids_, t, p, r.id, "risks");
      for (std::size_t i = 0; i < r.options.size(); ++i)
        if (std::ranges::none_of(s.options, [&](const scenario_option& o) { return o.name == r.options[i]; }))
          fail(*find(t, "options")->as_array()->get(i), index(join(p, "options"), i),
               invalid_input("risk", 4, "the risk " + quote(r.id) + " names no option called " + quote(r.options[i])));
      s.risks.push_back(std::move(r));
    });
    if (const toml::table* a = sub_table(root, "", "appraisal")) read_appraisal(*a, s.appraisal_settings);
    if (const toml::table* t = sub_table(root, "", "simulation")) s.simulation = read_simulation(s, *t);
    if (const toml::table* t = sub_table(root, "", "sensitivity")) {
      const std::string p = "sensitivity";
      check_keys(*t, p, {"change", "switching_values", "metric", "option", "rival", "inputs"});
      scenario_sensitivity sens;
      sens.change = rate_at(*t, p, "change").value_or(sens.change);
      sens.switching_values = boolean(*t, p, "switching_values").value_or(true);
      if (const toml::node* m = find(*t, "metric"))
        sens.metric = at(*m, join(p, "metric"), [&] { return read_name<sensitivity_metric>(text(*t, p, "metric")); });
      sens.option = text(*t, p, "option");
      sens.rival = text(*t, p, "rival");
      each_table(*t, p, "inputs", [&](const toml::table& it, const std::string& ip) {
        check_keys(it, ip, {"target", "option", "line", "category"});
        scenario_sensitivity_input input;
        input.target = text(it, ip, "target");
        if (input.target.empty()) input.target = "line";
        if (std::find(std::begin(sensitivity_targets), std::end(sensitivity_targets), input.target) ==
            std::end(sensitivity_targets))
          fail(*find(it, "target"), join(ip, "target"),
               invalid_input("scenario", 11,
                             "unknown value " + quote(input.target) +
                                 "; expected one of: line, costs, benefits, category, discount-rate"));
        input.option = text(it, ip, "option", input.target != "discount-rate");
        input.line = text(it, ip, "line", input.target == "line");
        if (const toml::node* c = find(it, "category"))
          input.category = at(*c, join(ip, "category"), [&] { return read_name<cost_category>(text(it, ip, "category")); });
        sens.inputs.push_back(std::move(input));
      });
      s.sensitivity = std::move(sens);
    }
    if (const toml::table* r = sub_table(root, "", "report")) {
      const std::string p = "report";
      check_keys(*r, p, {"title", "funded_from", "contract", "tables", "unit"});
      s.report.title = text(*r, p, "title");
      s.report.funded_from = text(*r, p, "funded_from");
      s.report.contract = text(*r, p, "contract");
      if (!s.report.contract.empty()) at(*find(*r, "contract"), join(p, "contract"), [&] { return s.reported(s.report.contract); });
      s.report.tables = strings(*r, p, "tables");
      if (const toml::node* u = find(*r, "unit"))
        s.report.unit = at(*u, join(p, "unit"), [&] { return read_name<money_unit>(text(*r, p, "unit")); });
      for (std::size_t i = 0; i < s.report.tables.size(); ++i)
        if (std::find(std::begin(report_tables), std::end(report_tables), s.report.tables[i]) == std::end(report_tables))
          fail(*find(*r, "tables")->as_array()->get(i), index(join(p, "tables"), i),
               invalid_input("scenario", 11,
                             "unknown value " + quote(s.report.tables[i]) +
                                 "; expected one of: options, appraisal-sentence, financial-implications, sensitivity, "
                                 "switching-values"));
    }
    // The whole appraisal, built once here, so that a file that loads is a file that runs.
    if (s.has_appraisal()) {
      const toml::node& where = find(root, "appraisal") ? *find(root, "appraisal") : *find(root, "options");
      at(where, "appraisal", [&] { return s.build_risk_adjusted_appraisal(); });
      if (s.sensitivity) {
        for (const scenario_sensitivity_input& i : s.sensitivity->inputs)
          at(*find(root, "sensitivity"), "sensitivity", [&] { return i.build().apply(s.build_appraisal(), rate(1)); });
        // The option, rival and metric, checked by an analysis that moves nothing.
        at(*find(root, "sensitivity"), "sensitivity", [&] { return s.sensitivity->run(s.build_risk_adjusted_appraisal(), {}); });
      }
    }
    if (s.simulation) {
      const toml::node& where = *find(root, "simulation");
      if (!s.has_appraisal())
        fail(where, "simulation", invalid_input("scenario", 8, "the scenario has no options to simulate"));
      // One iteration, so that every input, correlation and risk is checked against the options.
      simulation_settings once = at(where, "simulation", [&] { return s.build_simulation_settings(); });
      once.iterations = 1;
      once.threads = 1;
      at(where, "simulation", [&] { return s.simulate(once); });
    }
    return s;
  }

  scenario_envelope read_envelope(const scenario& s, const toml::table& t, const std::string& p) const {
    check_keys(t, p, {"name", "per_year", "first_year", "last_year", "uplift", "amounts", "cap", "contracts", "scope"});
    scenario_envelope e;
    e.name = text(t, p, "name", true);
    if (find(t, "per_year") && find(t, "amounts"))
      fail(*find(t, "amounts"), join(p, "amounts"),
           invalid_input("scenario", 9, "an envelope takes 'per_year' (with 'first_year' and 'last_year') or 'amounts', not both"));
    if (find(t, "amounts")) {
      e.amounts = year_amounts(t, p, "amounts");
      for (std::string_view key : {"first_year", "last_year", "uplift"})
        if (find(t, key))
          fail(*find(t, key), join(p, key), invalid_input("scenario", 9, quote(key) + " does not apply to an envelope given by 'amounts'"));
    } else {
      e.per_year = *money_at(t, p, "per_year", true);
      e.first_year = year_at(t, p, "first_year", true);
      e.last_year = year_at(t, p, "last_year", true);
      e.uplift = rate_at(t, p, "uplift");
    }
    e.cap = money_at(t, p, "cap");
    e.contracts = strings(t, p, "contracts");
    e.scope = name_at<contract_scope>(t, p, "scope").value_or(contract_scope::current);
    for (std::size_t i = 0; i < e.contracts.size(); ++i)
      at(*find(t, "contracts")->as_array()->get(i), index(join(p, "contracts"), i),
         [&] { check_contract_named(s, e.contracts[i]); });
    at(t, p, [&] { return s.build_envelope_position(e); });
    return e;
  }

  /// A table of financial year = money, in year order.
  std::vector<financial_year_amount> year_amounts(const toml::table& t, const std::string& p, std::string_view key) const {
    std::vector<financial_year_amount> out;
    const toml::table* amounts = sub_table(t, p, key);
    const std::string ap = join(p, key);
    for (auto&& entry : *amounts) {
      const toml::node& node = entry.second;
      const std::string label = unshift(entry.first.str());
      const financial_year year = at(node, join(ap, label), [&] { return financial_year::parse(label, start_month_); });
      if (!node.is_string()) wrong_type(node, join(ap, label), "money as a string such as \"£325,500\"");
      const money amount = at(node, join(ap, label), [&] { return money::parse(node.as_string()->get()); });
      out.push_back({year, amount});
    }
    std::sort(out.begin(), out.end(), [](const financial_year_amount& a, const financial_year_amount& b) {
      return a.year.start_year() < b.year.start_year();
    });
    return out;
  }

  scenario_risk read_risk(const toml::table& t, const std::string& p) const {
    check_keys(t, p, {"id", "description", "owner", "options", "probability", "impact", "year", "impacts", "delay_months"});
    scenario_risk r;
    r.id = text(t, p, "id", true);
    r.description = text(t, p, "description");
    r.owner = text(t, p, "owner");
    r.options = strings(t, p, "options");
    r.probability = *rate_at(t, p, "probability", true);
    std::vector<std::string_view> kinds;
    for (std::string_view key : {"impact", "impacts", "delay_months"})
      if (find(t, key)) kinds.push_back(key);
    if (kinds.size() != 1) {
      std::string text_ = kinds.empty() ? "a risk needs one of 'impact' (with 'year'), 'impacts' (by year) or 'delay_months'"
                                        : "a risk takes only one of 'impact', 'impacts' and 'delay_months'; got";
      for (std::string_view key : kinds) text_.append(" ").append(quote(key));
      fail(t, p, invalid_input("scenario", 9, text_));
    }
    if (kinds.front() == "impact") {
      r.impact = money_at(t, p, "impact", true);
      r.year = year_at(t, p, "year", true);
    } else if (kinds.front() == "impacts") {
      r.impacts = year_amounts(t, p, "impacts");
    } else {
      r.delay_months = small_integer(t, p, "delay_months", 1, 1200, 0, true);
    }
    if (kinds.front() != "impact" && find(t, "year"))
      fail(*find(t, "year"), join(p, "year"), invalid_input("scenario", 9, "'year' applies only to a risk with 'impact'"));
    at(t, p, [&] { return r.build(); });
    return r;
  }

  scenario_simulation read_simulation(const scenario& s, const toml::table& t) const {
    const std::string p = "simulation";
    check_keys(t, p, {"iterations", "seed", "threads", "envelope", "inputs", "correlations"});
    scenario_simulation sim;
    const auto in_range = [&](std::string_view key, const whole_number_range& range) -> std::optional<std::int64_t> {
      const std::optional<std::int64_t> value = integer(t, p, key);
      if (!value) return std::nullopt;
      return at(*find(t, key), join(p, key), [&] { return range.check(*value); });
    };
    sim.iterations = in_range("iterations", scenario_simulation::iterations_range).value_or(sim.iterations);
    sim.seed = static_cast<std::uint64_t>(
        in_range("seed", scenario_simulation::seed_range).value_or(static_cast<std::int64_t>(sim.seed)));
    sim.threads = static_cast<int>(in_range("threads", scenario_simulation::threads_range).value_or(sim.threads));
    sim.envelope = text(t, p, "envelope");
    if (!sim.envelope.empty()) at(*find(t, "envelope"), join(p, "envelope"), [&] { return s.envelope_named(sim.envelope); });
    std::unordered_set<std::string> input_ids;
    each_table(t, p, "inputs", [&](const toml::table& it, const std::string& ip) {
      scenario_uncertain_input input = read_uncertain_input(it, ip);
      if (input.id.empty()) input.id = std::to_string(sim.inputs.size() + 1);
      unique(input_ids, it, ip, input.id, "uncertain inputs");
      sim.inputs.push_back(std::move(input));
    });
    each_table(t, p, "correlations", [&](const toml::table& ct, const std::string& cp) {
      check_keys(ct, cp, {"inputs", "coefficient"});
      const std::vector<std::string> pair = strings(ct, cp, "inputs");
      if (!find(ct, "inputs")) missing(ct, cp, "inputs");
      if (pair.size() != 2)
        fail(*find(ct, "inputs"), join(cp, "inputs"),
             invalid_input("scenario", 13, "a correlation names two inputs by id, got " + std::to_string(pair.size())));
      for (std::size_t i = 0; i < 2; ++i)
        if (std::ranges::none_of(sim.inputs, [&](const scenario_uncertain_input& x) { return x.id == pair[i]; }))
          fail(*find(ct, "inputs")->as_array()->get(i), index(join(cp, "inputs"), i),
               invalid_input("scenario", 13, "no uncertain input has the id " + quote(pair[i])));
      const double coefficient = *number(ct, cp, "coefficient", true);
      if (!std::isfinite(coefficient) || coefficient < -1 || coefficient > 1)
        fail(*find(ct, "coefficient"), join(cp, "coefficient"),
             invalid_input("correlation", 3, "a correlation must lie in [-1, 1], not " + decimal_text(coefficient)));
      sim.correlations.push_back({pair[0], pair[1], coefficient});
    });
    return sim;
  }

  scenario_uncertain_input read_uncertain_input(const toml::table& t, const std::string& p) const {
    check_keys(t, p, {"id", "target", "option", "line", "category", "distribution", "value", "min", "mode", "max", "mean",
                      "sd", "lower", "upper", "mu", "sigma", "values", "probabilities"});
    scenario_uncertain_input u;
    u.id = text(t, p, "id");
    u.input.target = text(t, p, "target");
    if (u.input.target.empty()) u.input.target = "line";
    if (u.input.target != "delay" && std::find(std::begin(sensitivity_targets), std::end(sensitivity_targets), u.input.target) ==
                                         std::end(sensitivity_targets))
      fail(*find(t, "target"), join(p, "target"),
           invalid_input("scenario", 11,
                         "unknown value " + quote(u.input.target) +
                             "; expected one of: line, costs, benefits, category, discount-rate, delay"));
    u.input.option = text(t, p, "option", u.input.target != "discount-rate");
    u.input.line = text(t, p, "line", u.input.target == "line");
    if (const toml::node* c = find(t, "category"))
      u.input.category = at(*c, join(p, "category"), [&] { return read_name<cost_category>(text(t, p, "category")); });
    u.values = read_distribution(t, p);
    return u;
  }

  scenario_distribution read_distribution(const toml::table& t, const std::string& p) const {
    scenario_distribution d;
    d.family = *word_at(t, p, "distribution", distribution_words, true);
    using family = distribution::family;
    d.log_parameters = d.family == family::lognormal && find(t, "mu") != nullptr;
    std::vector<std::string_view> keys = parameter_keys(d);
    for (std::string_view key : keys) d.parameters.push_back(*number(t, p, key, true));
    if (d.family == family::normal) {
      d.lower = number(t, p, "lower");
      d.upper = number(t, p, "upper");
      keys.insert(keys.end(), {"lower", "upper"});
    }
    if (d.family == family::discrete) {
      if (!find(t, "values")) missing(t, p, "values");
      if (!find(t, "probabilities")) missing(t, p, "probabilities");
      d.parameters = numbers(t, p, "values");
      d.probabilities = numbers(t, p, "probabilities");
      keys = {"values", "probabilities"};
    }
    const std::string family_name(word_of(d.family, distribution_words));
    for (std::string_view key : {"value", "min", "mode", "max", "mean", "sd", "lower", "upper", "mu", "sigma", "values",
                                 "probabilities"})
      if (find(t, key) && std::ranges::find(keys, key) == keys.end())
        fail(*find(t, key), join(p, key),
             invalid_input("scenario", 9, quote(key) + " does not apply to a " + family_name + " distribution"));
    at(*find(t, "distribution"), join(p, "distribution"), [&] { return d.build(); });
    return d;
  }

  void read_authority(const toml::table& t, scenario_authority& a) const {
    const std::string p = "authority";
    check_keys(t, p, {"name", "financial_year_start", "key_decision"});
    a.name = text(t, p, "name");
    if (const toml::node* m = find(t, "financial_year_start")) {
      if (m->is_integer()) {
        a.financial_year_start = static_cast<unsigned>(small_integer(t, p, "financial_year_start", 1, 12, 4));
      } else if (m->is_string()) {
        const unsigned month = month_number(m->as_string()->get());
        if (month == 0)
          fail(*m, join(p, "financial_year_start"),
               invalid_input("scenario", 11, quote(m->as_string()->get()) + " is not a month; write \"April\" or 4"));
        a.financial_year_start = month;
      } else {
        wrong_type(*m, join(p, "financial_year_start"), "a month such as \"April\"");
      }
    }
    if (const toml::table* k = sub_table(t, p, "key_decision")) {
      const std::string kp = join(p, "key_decision");
      check_keys(*k, kp, {"amount", "budget_share", "capital_amount", "wards_test"});
      a.key_decision = scenario_key_decision{money_at(*k, kp, "amount"), rate_at(*k, kp, "budget_share"),
                                             money_at(*k, kp, "capital_amount"), boolean(*k, kp, "wards_test").value_or(true)};
      // The rule's own check at load time, located: a negative amount was once accepted here.
      try {
        (void)key_decision_rule::of(a.name, a.key_decision->amount, a.key_decision->budget_share,
                                    a.key_decision->capital_amount, a.key_decision->wards_test);
      } catch (const error& e) {
        fail(*k, kp, e);
      }
    }
  }

  /// `[contracts.index]`: `levels = { "2024" = "100", "2025" = "103.2" }`, `lag_years`, `cap`, `floor`.
  scenario_index read_index(const toml::table& t, const std::string& p) const {
    check_keys(t, p, {"levels", "lag_years", "cap", "floor"});
    scenario_index index;
    const std::string lp = join(p, "levels");
    if (!find(t, "levels")) missing(t, p, "levels");
    for (auto&& entry : *sub_table(t, p, "levels")) {
      const toml::node& node = entry.second;
      const std::string year = unshift(entry.first.str());
      const std::string path = join(lp, year);
      const bool digits = !year.empty() && year.size() <= 4 && std::ranges::all_of(year, [](char c) { return c >= '0' && c <= '9'; });
      if (!digits || std::stoi(year) < 1900)
        fail(node, path, invalid_input("scenario", 12, "an index level's key is a calendar year from 1900 to 9999, got " + quote(year)));
      if (!node.is_string()) wrong_type(node, path, "an index level as a string such as \"103.2\"");
      index.levels.emplace(std::stoi(year), at(node, path, [&] { return rate::parse(node.as_string()->get()); }));
    }
    index.lag_years = small_integer(t, p, "lag_years", 0, 100, 0);
    index.cap = rate_at(t, p, "cap");
    index.floor = rate_at(t, p, "floor");
    return index;
  }

  /// The lots of one procurement are judged together, so they must state the same facts.
  void same_procurement_facts(const scenario& s, const scenario_contract& c, const toml::table& t, const std::string& p) {
    const auto [at_first, is_first] = first_lot_.try_emplace(c.lot_of, s.contracts.size());
    if (is_first) return;
    const scenario_contract* first = &s.contracts[at_first->second];
    const scenario_procurement mine = c.procurement.value_or(scenario_procurement{});
    const scenario_procurement theirs = first->procurement.value_or(scenario_procurement{});
    std::string differ;
    if (mine.authority != theirs.authority) differ = "authority";
    else if (mine.category != theirs.category) differ = "category";
    else if (mine.vat != theirs.vat) differ = "vat";
    else if (mine.procurement_start != theirs.procurement_start) differ = "procurement_start";
    else if (mine.regulated_by_welsh_ministers != theirs.regulated_by_welsh_ministers) differ = "regulated_by_welsh_ministers";
    if (differ.empty()) return;
    const toml::table* facts = sub_table(t, p, "procurement");
    fail(facts ? facts->source() : t.source(), join(p, "procurement"),
         invalid_input("scenario", 18, "the lots of " + quote(c.lot_of) + " must state the same procurement facts: " +
                                           quote(c.name) + " and " + quote(first->name) + " differ in '" + differ + "'"));
  }

  /// What `profile` computes for a contract, and `check` for one with procurement facts, so that
  /// their errors appear at load time, located (a sum over the term that overflows, a
  /// procurement the rules cannot judge). Without facts, `check` assumes them and says so.
  void run_commands_on(const scenario& s, const scenario_contract& c, const toml::table& t, const std::string& p) const {
    const contract built = c.build();
    at(*find(t, "annual_value"), join(p, "annual_value"), [&] {
      for (const contract_scope scope : {contract_scope::current, contract_scope::base, contract_scope::maximum}) {
        (void)built.value(scope);
        (void)built.profile(scope, apportion_rule::monthly, start_month_);
      }
    });
    const toml::table* facts = sub_table(t, p, "procurement");
    if (!facts) return;
    const std::string fp = join(p, "procurement");
    const bool started = find(*facts, "procurement_start") != nullptr;
    at(started ? *find(*facts, "procurement_start") : static_cast<const toml::node&>(*facts),
       started ? join(fp, "procurement_start") : fp, [&] { return s.check_procurement(c); });
  }

  scenario_contract read_contract(const toml::table& t, const std::string& p) const {
    check_keys(t, p, {"name", "provider", "start", "term", "annual_value", "uplift", "uplift_from_year", "options",
                      "modifications", "procurement", "lot_of", "index"});
    scenario_contract c;
    c.name = text(t, p, "name", true);
    c.provider = text(t, p, "provider");
    c.lot_of = text(t, p, "lot_of");
    c.start = *date_at(t, p, "start", true);
    c.contract_term = *term_at(t, p, "term", true);
    c.annual_value = *money_at(t, p, "annual_value", true);
    c.uplift = rate_at(t, p, "uplift");
    if (const toml::table* index = sub_table(t, p, "index")) {
      if (c.uplift)
        fail(*index, join(p, "index"), invalid_input("scenario", 9, "a contract takes 'uplift' or 'index', not both"));
      c.index = read_index(*index, join(p, "index"));
    }
    if (const toml::node* from = find(t, "uplift_from_year")) {
      if (!c.uplift && !c.index)
        fail(*from, join(p, "uplift_from_year"), invalid_input("scenario", 9, "'uplift_from_year' needs 'uplift' or 'index'"));
      c.uplift_from_year = small_integer(t, p, "uplift_from_year", 2, 1200, 2);
    }
    if (c.uplift) at(*find(t, "uplift"), join(p, "uplift"), [&] { return c.indexation(); });
    if (c.index) at(*find(t, "index"), join(p, "index"), [&] { return c.indexation(); });
    if (const toml::node* o = find(t, "options")) {
      if (!o->is_array()) wrong_type(*o, join(p, "options"), "an array such as [\"exercised\", \"declined\"]");
      std::size_t i = 0;
      for (const toml::node& item : *o->as_array()) {
        const std::string ip = index(join(p, "options"), i++);
        if (!item.is_string()) wrong_type(item, ip, "\"exercised\", \"declined\" or \"pending\"");
        const std::string value = item.as_string()->get();
        const std::optional<option_status> status = find_name<option_status>(value);
        if (!status)
          fail(item, ip,
               invalid_input("scenario", 11, "unknown value " + quote(value) + "; expected one of: pending, exercised, declined"));
        c.options.push_back(*status);
      }
    }
    each_table(t, p, "modifications", [&](const toml::table& m, const std::string& mp) {
      check_keys(m, mp, {"ground", "months", "annual_change", "from_month", "description", "decided_on"});
      modification change;
      if (const toml::node* g = find(m, "ground"))
        change.ground = at(*g, join(mp, "ground"), [&] { return read_name<modification_ground>(text(m, mp, "ground")); });
      change.months = small_integer(m, mp, "months", -1200, 1200, 0);
      change.annual_change = money_at(m, mp, "annual_change").value_or(money{});
      if (find(m, "from_month")) change.from_month = small_integer(m, mp, "from_month", 0, 1200, 0);
      change.description = text(m, mp, "description");
      c.modifications.push_back({std::move(change), date_at(m, mp, "decided_on")});
    });
    if (const toml::table* pr = sub_table(t, p, "procurement")) {
      const std::string pp = join(p, "procurement");
      check_keys(*pr, pp, {"authority", "category", "vat", "procurement_start", "decision_value", "wards_affected",
                           "regulated_by_welsh_ministers", "key_decision_notice", "key_decision_route", "clear_days"});
      scenario_procurement facts;
      facts.authority = name_at<authority_type>(*pr, pp, "authority").value_or(facts.authority);
      facts.category = name_at<service_category>(*pr, pp, "category").value_or(facts.category);
      facts.vat = name_at<vat_treatment>(*pr, pp, "vat").value_or(facts.vat);
      facts.procurement_start = date_at(*pr, pp, "procurement_start");
      facts.decision_value = money_at(*pr, pp, "decision_value");
      facts.wards_affected = small_integer(*pr, pp, "wards_affected", 0, 10000, 0);
      facts.regulated_by_welsh_ministers = boolean(*pr, pp, "regulated_by_welsh_ministers").value_or(false);
      facts.key_decision_notice = date_at(*pr, pp, "key_decision_notice");
      facts.notice_route = name_at<key_decision_route>(*pr, pp, "key_decision_route").value_or(facts.notice_route);
      facts.clear_days = name_at<clear_day_count>(*pr, pp, "clear_days").value_or(facts.clear_days);
      c.procurement = facts;
    }
    at(t, p, [&] { return c.build(); });
    return c;
  }

  scenario_option read_option(const scenario& s, const toml::table& t, const std::string& p) const {
    check_keys(t, p, {"name", "kind", "description", "lines", "duties", "advantages", "disadvantages", "risks",
                      "optimism_bias", "output"});
    scenario_option o;
    o.name = text(t, p, "name", true);
    if (const toml::node* k = find(t, "kind"))
      o.kind = at(*k, join(p, "kind"), [&] { return read_name<option_kind>(text(t, p, "kind")); });
    o.description = text(t, p, "description");
    o.advantages = strings(t, p, "advantages");
    o.disadvantages = strings(t, p, "disadvantages");
    o.risks = strings(t, p, "risks");
    each_table(t, p, "duties", [&](const toml::table& d, const std::string& dp) {
      check_keys(d, dp, {"name", "met", "note"});
      const std::optional<bool> met = boolean(d, dp, "met");
      if (!met) missing(d, dp, "met");
      o.duties.push_back({text(d, dp, "name", true), *met, text(d, dp, "note")});
    });
    std::unordered_set<std::string> line_names;
    each_table(t, p, "lines", [&](const toml::table& l, const std::string& lp) {
      scenario_line line = read_line(s, l, lp);
      unique(line_names, l, lp, line.name, "lines of this option");
      o.lines.push_back(std::move(line));
    });
    if (const toml::table* b = sub_table(t, p, "optimism_bias")) {
      const std::string bp = join(p, "optimism_bias");
      check_keys(*b, bp, {"uplift", "description", "project_type", "measure", "bound", "mitigation", "applies_to"});
      scenario_optimism_bias bias;
      bias.uplift = rate_at(*b, bp, "uplift");
      bias.description = text(*b, bp, "description");
      if (const toml::node* n = find(*b, "project_type"))
        bias.type = at(*n, join(bp, "project_type"), [&] { return read_name<project_type>(text(*b, bp, "project_type")); });
      if (const toml::node* n = find(*b, "measure"))
        bias.measure = at(*n, join(bp, "measure"), [&] { return read_name<optimism_bias_measure>(text(*b, bp, "measure")); });
      bias.bound = name_at<optimism_bias_bound>(*b, bp, "bound").value_or(bias.bound);
      bias.mitigation = rate_at(*b, bp, "mitigation").value_or(rate());
      const std::vector<std::string> categories = strings(*b, bp, "applies_to");
      for (std::size_t i = 0; i < categories.size(); ++i)
        bias.applies_to.push_back(at(*find(*b, "applies_to")->as_array()->get(i), index(join(bp, "applies_to"), i),
                                     [&] { return read_name<cost_category>(categories[i]); }));
      if (!bias.uplift && !bias.type)
        fail(*b, bp, invalid_input("scenario", 4, "missing required key 'uplift' (or 'project_type') in " + bp));
      o.optimism_bias = std::move(bias);
    }
    if (const toml::table* out = sub_table(t, p, "output")) {
      const std::string op = join(p, "output");
      check_keys(*out, op, {"unit", "per_year", "first_year", "last_year"});
      const std::optional<std::int64_t> per_year = integer(*out, op, "per_year", true);
      o.output = scenario_output{text(*out, op, "unit", true), *per_year, *year_at(*out, op, "first_year", true),
                                 *year_at(*out, op, "last_year", true)};
    }
    at(t, p, [&] { return s.build_option(o); });
    return o;
  }

  scenario_line read_line(const scenario& s, const toml::table& t, const std::string& p) const {
    check_keys(t, p, {"name", "kind", "category", "annual", "first_year", "last_year", "indexation", "amount", "year",
                      "amounts", "contract", "scope", "envelope", "vat", "vat_rate", "amounts_include_vat"});
    scenario_line l;
    l.name = text(t, p, "name", true);
    if (const toml::node* k = find(t, "kind"))
      l.kind = at(*k, join(p, "kind"), [&] { return read_name<line_kind>(text(t, p, "kind")); });
    if (const toml::node* c = find(t, "category"))
      l.category = at(*c, join(p, "category"), [&] { return read_name<cost_category>(text(t, p, "category")); });
    std::vector<std::string_view> sources;
    for (std::string_view key : {"annual", "amount", "amounts", "contract", "envelope"})
      if (find(t, key)) sources.push_back(key);
    if (sources.size() != 1) {
      std::string text_ = sources.empty() ? "a line needs one of 'annual' (recurring), 'amount' (one-off), "
                                            "'amounts' (per year), 'contract' or 'envelope'"
                                          : "a line takes only one of 'annual', 'amount', 'amounts', 'contract' and "
                                            "'envelope'; got";
      for (std::string_view key : sources) text_.append(" ").append(quote(key));
      fail(t, p, invalid_input("scenario", 9, text_));
    }
    const std::string_view source = sources.front();
    if (source == "annual") {
      l.source = line_source::recurring;
      l.amount = *money_at(t, p, "annual", true);
      l.first_year = year_at(t, p, "first_year", true);
      l.last_year = year_at(t, p, "last_year", true);
      l.indexation = rate_at(t, p, "indexation").value_or(rate());
    } else if (source == "amount") {
      l.source = line_source::one_off;
      l.amount = *money_at(t, p, "amount", true);
      l.first_year = year_at(t, p, "year", true);
    } else if (source == "amounts") {
      l.source = line_source::per_year;
      l.amounts = year_amounts(t, p, "amounts");
    } else if (source == "contract") {
      l.source = line_source::contract;
      l.reference = text(t, p, "contract");
      l.kind = line_kind::cost;
      l.category = cost_category::contract_payments;
      l.scope = name_at<contract_scope>(t, p, "scope").value_or(contract_scope::current);
      at(*find(t, "contract"), join(p, "contract"), [&] { check_contract_named(s, l.reference); });
    } else {
      l.source = line_source::envelope;
      l.reference = text(t, p, "envelope");
      at(*find(t, "envelope"), join(p, "envelope"), [&] { return s.envelope_named(l.reference); });
    }
    // Keys that belong to another kind of line would be silently ignored: refuse them.
    for (std::string_view key : {"first_year", "last_year", "indexation", "year", "scope"}) {
      const bool used = (key == "first_year" || key == "last_year" || key == "indexation") ? source == "annual"
                        : key == "year"                                                    ? source == "amount"
                                                                                           : source == "contract";
      if (!used && find(t, key))
        fail(*find(t, key), join(p, key),
             invalid_input("scenario", 9, quote(key) + " does not apply to a line given by " + quote(source)));
    }
    // VAT (appraisal/vat.hpp): `vat` names the treatment; the rate and the inclusive flag
    // mean nothing without one, so they are refused alone rather than ignored.
    l.vat.treatment = name_at<vat_recovery>(t, p, "vat").value_or(vat_recovery::not_stated);
    l.vat.vat_rate = rate_at(t, p, "vat_rate").value_or(l.vat.vat_rate);
    l.vat.amounts_include_vat = boolean(t, p, "amounts_include_vat").value_or(false);
    for (std::string_view key : {"vat_rate", "amounts_include_vat"})
      if (find(t, key) && l.vat.treatment == vat_recovery::not_stated)
        fail(*find(t, key), join(p, key), invalid_input("scenario", 9, quote(key) + " needs the line's 'vat' treatment"));
    if (const toml::node* n = find(t, "vat_rate")) at(*n, join(p, "vat_rate"), [&] { return check_vat_terms(l.vat); });
    at(t, p, [&] { return s.build_line(l); });
    return l;
  }

  void read_appraisal(const toml::table& t, scenario_appraisal& a) const {
    const std::string p = "appraisal";
    check_keys(t, p, {"title", "base_year", "years", "price_basis", "discount_schedule", "discount_bands",
                      "deflator_growth", "assumptions"});
    a.title = text(t, p, "title");
    a.base_year = year_at(t, p, "base_year", true);
    a.years = small_integer(t, p, "years", 1, 200, 0, true);
    a.basis = name_at<price_basis>(t, p, "price_basis").value_or(price_basis::real);
    a.discount_schedule = string(t, p, "discount_schedule").value_or("green-book-2022");
    each_table(t, p, "discount_bands", [&](const toml::table& b, const std::string& bp) {
      check_keys(b, bp, {"first_year", "rate"});
      a.discount_bands.push_back({small_integer(b, bp, "first_year", 0, 10000, 0, true), *rate_at(b, bp, "rate", true)});
    });
    if (a.discount_schedule == "custom" && a.discount_bands.empty()) missing(t, p, "discount_bands");
    if (a.discount_schedule != "custom") {
      if (!a.discount_bands.empty())
        fail(*find(t, "discount_bands"), join(p, "discount_bands"),
             invalid_input("scenario", 9, "discount bands need discount_schedule = \"custom\""));
      at(find(t, "discount_schedule") ? *find(t, "discount_schedule") : static_cast<const toml::node&>(t),
         join(p, "discount_schedule"), [&] { return discount_schedule::named(a.discount_schedule); });
    }
    a.deflator_growth = rate_at(t, p, "deflator_growth");
    a.assumptions = strings(t, p, "assumptions");
  }

 private:
  std::string file_;
  std::chrono::month start_month_ = april;
  // The names read so far, one set per list (mutable: the reading functions are const).
  mutable std::unordered_set<std::string> contract_names_, envelope_names_, option_names_, risk_ids_;
  std::unordered_map<std::string, std::size_t> first_lot_;  ///< each procurement's first lot, by its index
};

/// How deep the document nests, followed character by character outside strings and comments
/// (commissioning.scenario.014 beyond `max_scenario_depth`). A level is a part of a table
/// header or dotted key, an array, or an inline table: what toml++ recurses over. Dots in
/// values (3.5, a time's fraction) are not key parts, so the counter tells keys from values.
class nesting_counter {
 public:
  /// Follows the character `c`, outside strings and comments; false once too deep.
  bool follow(char c) {
    if (c == ' ' || c == '\t' || c == '\r') return true;
    if (c == '\n') {
      if (open_.empty()) start_key(header_depth_), at_line_start_ = true;  // arrays may span lines
      return true;
    }
    const bool line_start = at_line_start_;
    at_line_start_ = false;
    if (in_key_) {
      if (line_start && open_.empty() && c == '[') {
        if (in_header_) header_levels_ = 1;  // "[[": an array of tables, a level more
        in_header_ = true;
        depth_ = 1;  // a header names its table from the root
        at_line_start_ = true;  // the second '[' of "[["
        return true;
      }
      if (c == '.') return ++depth_ <= max_scenario_depth;
      if (c == ']' && in_header_) {
        header_depth_ = depth_ + header_levels_;
        in_header_ = false;
        header_levels_ = 0;
        in_key_ = false;
        return header_depth_ <= max_scenario_depth;
      }
      if (c == '=') in_key_ = false;  // the value sits at the key's depth
      else if (c == '}') close();     // {} or a trailing comma
      return true;
    }
    if (c == '[' || c == '{') {
      open_.push_back({c, depth_});
      if (c == '[') ++depth_;  // an element
      else start_key(depth_);
      return depth_ <= max_scenario_depth;
    }
    if (c == ',' && !open_.empty()) {
      if (open_.back().bracket == '[') depth_ = open_.back().depth + 1;
      else start_key(open_.back().depth);
    } else if (c == ']' || c == '}') {
      close();
    }
    return true;
  }
  /// The level reached when `follow` said too deep.
  [[nodiscard]] std::size_t depth() const { return std::max(depth_, header_depth_); }

 private:
  struct opened {
    char bracket;
    std::size_t depth;  // of the array or inline table itself
  };
  /// A key starts: its first part is a level below `base`.
  void start_key(std::size_t base) {
    in_key_ = true;
    depth_ = base + 1;
  }
  void close() {
    if (open_.empty()) return;  // unbalanced: toml++ says so
    depth_ = open_.back().depth;
    open_.pop_back();
    in_key_ = false;
  }
  std::vector<opened> open_;
  bool in_key_ = true;
  bool in_header_ = false;
  bool at_line_start_ = true;
  std::size_t header_levels_ = 0;
  std::size_t header_depth_ = 0;  // of the last [table] header: where its keys start
  std::size_t depth_ = 1;         // of the current key part or value (the root is 0)
};

/// Refuses, before toml++ sees the text, what toml++ cannot read safely: a character beyond
/// ASCII outside quoted strings and comments, where TOML allows none (toml++ 3.3.0 reaches
/// undefined behaviour on some of them, U+00A1 to U+0499, '£' among them, where it tests for
/// whitespace; found by fuzzing; and "£325,500" without quotes is the likeliest slip in a
/// scenario file), and nesting deeper than `max_scenario_depth` (toml++ recurses without limit
/// on a dotted key or table header: `a.a.a.…` of 40,000 parts overflows the stack).
/// commissioning.scenario.015 for a scenario of `size` bytes.
inline invalid_input too_large(const std::string& size) {
  return invalid_input("scenario", 15, "the scenario is " + size + " bytes; a scenario file may hold at most " +
                                           std::to_string(max_scenario_bytes) + " bytes (16 MiB)");
}

/// What a file that is not regular is, in words.
inline std::string file_type_name(std::filesystem::file_type type) {
  switch (type) {
    case std::filesystem::file_type::directory: return "a directory";
    case std::filesystem::file_type::fifo: return "a FIFO (a named pipe)";
    case std::filesystem::file_type::character: return "a character device";
    case std::filesystem::file_type::block: return "a block device";
    case std::filesystem::file_type::socket: return "a socket";
    case std::filesystem::file_type::not_found: return "not there";
    default: return "not a regular file";
  }
}

/// The operating system's words for `errno` (std::generic_category: "Permission denied").
inline std::string reason(int saved_errno) {
  return saved_errno != 0 ? std::generic_category().message(saved_errno) : std::string("an input/output error");
}

inline void check_before_toml(std::string_view text, const std::string& file) {
  enum class state { bare, comment, basic, literal, multi_basic, multi_literal };
  state now = state::bare;
  nesting_counter nesting;
  std::size_t line = 1, column = 0;
  const auto fail_here = [&](const invalid_input& e) {
    const toml::source_position here{static_cast<toml::source_index>(line), static_cast<toml::source_index>(column)};
    scenario_reader(file).fail(toml::source_region{here, here, nullptr}, "", e);
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) ++column;  // count code points, not bytes
    if (now == state::bare && !nesting.follow(static_cast<char>(c)))
      fail_here(invalid_input("scenario", 14,
                              "tables, keys and values nest " + std::to_string(nesting.depth()) +
                                  " levels deep here; a scenario file may nest at most " +
                                  std::to_string(max_scenario_depth)));
    if (c == '\n') {
      ++line;
      column = 0;
      if (now == state::comment || now == state::basic || now == state::literal) {
        now = state::bare;
        (void)nesting.follow('\n');  // the line ends after a comment too
      }
      continue;
    }
    const std::string_view rest = text.substr(i);
    switch (now) {
      case state::bare:
        if (c == '#') now = state::comment;
        else if (rest.starts_with("\"\"\"")) { now = state::multi_basic; i += 2; column += 2; }
        else if (rest.starts_with("'''")) { now = state::multi_literal; i += 2; column += 2; }
        else if (c == '"') now = state::basic;
        else if (c == '\'') now = state::literal;
        else if (c >= 0x80) {
          std::size_t end = i + 1;
          while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
          const std::string character(text.substr(i, end - i));
          fail_here(invalid_input("scenario", 1,
                                  "unexpected character " + quote(character) +
                                      " outside a quoted string (write money, rates and dates in quotes, e.g. \"£325,500\")"));
        }
        break;
      case state::comment: break;
      case state::basic:
        if (c == '\\') { ++i; if (i < text.size() && text[i] == '\n') { ++line; column = 0; } else ++column; }
        else if (c == '"') now = state::bare;
        break;
      case state::literal:
        if (c == '\'') now = state::bare;
        break;
      case state::multi_basic:
        if (c == '\\') { ++i; if (i < text.size() && text[i] == '\n') { ++line; column = 0; } else ++column; }
        else if (rest.starts_with("\"\"\"")) {
          // up to two more quotes may close the string as part of its content: """a"""""
          std::size_t run = 0;
          while (i + run < text.size() && text[i + run] == '"') ++run;
          i += run - 1;
          column += run - 1;
          now = state::bare;
        }
        break;
      case state::multi_literal:
        if (rest.starts_with("'''")) {
          std::size_t run = 0;
          while (i + run < text.size() && text[i + run] == '\'') ++run;
          i += run - 1;
          column += run - 1;
          now = state::bare;
        }
        break;
    }
  }
}

// toml++ 3.3.0 reaches undefined behaviour (an "unreachable" branch) when it tests some
// characters for whitespace, which it does while scanning ahead for the end of a value:
// U+00A1-U+0499 ('£' is U+00A3), U+2C5E-U+3057 and U+FB26-U+FEFE (the blocks of its
// generated table that hold a whitespace character but have no case for the rest; found by
// fuzzing, the inputs kept in fuzz/corpus/scenario_fuzzer/). The loader therefore hands
// toml++ those characters moved, in order, to the private-use area from U+E000, which toml++
// tests safely and which keeps every line and column, and moves them back in every string
// and key it reads.
struct shifted_range {
  char32_t first;
  char32_t last;
};
inline constexpr shifted_range shifted_ranges[] = {{0xA1, 0x499}, {0x2C5E, 0x3057}, {0xFB26, 0xFEFE}};
inline constexpr char32_t shift_base = 0xE000;

inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
  }
  out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
}

/// The two- or three-byte UTF-8 character at `i` and its length; length 0 for anything else
/// (ASCII, four bytes, or malformed: copied as it is, for toml++ to judge).
inline std::pair<char32_t, std::size_t> decode_utf8(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const auto continuation = [&](std::size_t k) { return k < text.size() && (byte(k) & 0xC0) == 0x80; };
  if (byte(i) >= 0xC2 && byte(i) <= 0xDF && continuation(i + 1))
    return {(static_cast<char32_t>(byte(i) & 0x1F) << 6) | (byte(i + 1) & 0x3F), 2};
  if ((byte(i) & 0xF0) == 0xE0 && continuation(i + 1) && continuation(i + 2)) {
    const char32_t cp = (static_cast<char32_t>(byte(i) & 0x0F) << 12) | (static_cast<char32_t>(byte(i + 1) & 0x3F) << 6) |
                        (byte(i + 2) & 0x3F);
    if (cp >= 0x800) return {cp, 3};  // not an overlong form
  }
  return {0, 0};
}

/// Where `cp` moves (shifting), or where it came from (unshifting); nullopt if it does not move.
inline std::optional<char32_t> moved(char32_t cp, bool shifting) {
  char32_t target = shift_base;
  for (const shifted_range& r : shifted_ranges) {
    const char32_t size = r.last - r.first + 1;
    if (shifting && cp >= r.first && cp <= r.last) return target + (cp - r.first);
    if (!shifting && cp >= target && cp < target + size) return r.first + (cp - target);
    target += size;
  }
  return std::nullopt;
}

/// `text` with the characters toml++ cannot test moved to the private-use area (and nothing
/// else changed); false if the text already holds one of the private-use characters used.
inline bool shift_for_toml(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto [cp, length] = decode_utf8(text, i);
    if (length > 0) {
      if (moved(cp, false)) return false;
      if (const std::optional<char32_t> to = moved(cp, true)) {
        append_utf8(out, *to);
        i += length - 1;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  return true;
}

/// The inverse of `shift_for_toml`.
inline std::string unshift(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto [cp, length] = decode_utf8(text, i);
    if (length > 0)
      if (const std::optional<char32_t> from = moved(cp, false)) {
        append_utf8(out, *from);
        i += length - 1;
        continue;
      }
    out.push_back(text[i]);
  }
  return out;
}

/// Moves the shifted characters back in every string value of the document.
inline void unshift_strings(toml::node& node) {
  if (toml::table* t = node.as_table()) {
    for (auto&& entry : *t) unshift_strings(entry.second);
  } else if (toml::array* a = node.as_array()) {
    for (toml::node& item : *a) unshift_strings(item);
  } else if (toml::value<std::string>* v = node.as_string()) {
    v->get() = unshift(v->get());
  }
}

}  // namespace
}  // namespace detail

scenario parse_scenario(std::string_view text, std::string_view source_name) {
  const std::string file(source_name);
  if (text.size() > max_scenario_bytes)
    detail::scenario_reader(file).fail(toml::source_region{}, "", detail::too_large(std::to_string(text.size())));
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a byte-order mark, which Windows editors write
  detail::check_before_toml(text, file);
  std::string shifted;
  if (!detail::shift_for_toml(text, shifted))
    detail::scenario_reader(file).fail(toml::source_region{}, "",
                                       invalid_input("scenario", 1,
                                                     "the file holds a private-use character from U+E000 to U+EBCB, "
                                                     "which scenario files do not accept"));
  toml::table root;
  try {
    root = toml::parse(shifted, source_name);
  } catch (const toml::parse_error& e) {
    detail::scenario_reader(file).fail(e.source(), "",
                                       invalid_input("scenario", 1, detail::unshift(e.description())));
  }
  detail::unshift_strings(root);
  return detail::scenario_reader(file).read(root);
}

scenario load_scenario(const std::string& path) {
  const detail::scenario_reader reader(path);
  const auto refuse = [&](const invalid_input& e) { reader.fail(toml::source_region{}, "", e); };
  // The operating system would read the name only up to a NUL: "kent.toml\0x" as kent.toml.
  const std::string quoted = quote(path);
  if (path.find('\0') != std::string::npos)
    refuse(invalid_input("scenario", 10, "cannot open " + quoted + ": a file name cannot hold a NUL"));
  // The type first, from the directory entry: opening a FIFO with no writer would block for ever.
  std::error_code ec;
  const std::filesystem::file_status status = std::filesystem::status(path, ec);
  if (ec) refuse(invalid_input("scenario", 10, "cannot open " + quoted + ": " + ec.message()));
  if (status.type() != std::filesystem::file_type::regular)
    refuse(invalid_input("scenario", 16,
                         quoted + " is " + detail::file_type_name(status.type()) + ", not a scenario file"));
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) refuse(invalid_input("scenario", 10, "cannot open " + quoted + ": " + detail::reason(errno)));
  // At most one byte past the limit: a file that grows while read cannot exhaust memory.
  std::string text(max_scenario_bytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.bad()) refuse(invalid_input("scenario", 10, "cannot read " + quoted + ": " + detail::reason(errno)));
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (text.size() > max_scenario_bytes) {
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    refuse(detail::too_large(ec ? "more than " + std::to_string(max_scenario_bytes) : std::to_string(size)));
  }
  return parse_scenario(text, path);
}

void write_text_file(const std::string& path, std::string_view text) {
  const auto refuse = [&](int saved_errno) {
    throw invalid_input("scenario", 17, "cannot write " + quote(path) + ": " + detail::reason(saved_errno));
  };
  if (path.find('\0') != std::string::npos)
    throw invalid_input("scenario", 17, "cannot write " + quote(path) + ": a file name cannot hold a NUL");
  errno = 0;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) refuse(errno);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.flush();  // a full disk shows here or at close
  if (!out) refuse(errno);
  out.close();
  if (!out) refuse(errno);
}

namespace detail {
namespace {

/// The exact text of `r`, which `rate::parse` reads back equal (to_percent_string rounds at ten
/// places, which a rate from a float such as 0.031234567890123455 goes beyond): plain decimals
/// where they fit the reader's 60 digits ("3.25"), else digits and an exponent ("15e-69",
/// "1e100"); none for a rate with no finite decimal (1/3) or beyond the reader's range.
std::optional<std::string> exact_text(const rate& r) {
  const auto reads_back = [&](const std::string& text) {
    try {
      return rate::parse(text) == r;
    } catch (const error&) {
      return false;  // beyond the reader's digits or exponent
    }
  };
  if (std::string plain = r.to_string(60); reads_back(plain)) return plain;
  const big_integer num = numerator(r.value());
  const big_integer den = denominator(r.value());
  big_integer power = 1;
  for (int decimals = 0; decimals <= 200; ++decimals, power *= 10) {
    if ((num * power) % den != 0) continue;
    big_integer digits = num * power / den;
    int exponent = -decimals;
    for (; digits != 0 && digits % 10 == 0; digits /= 10) ++exponent;
    const std::string text = digits.str() + "e" + std::to_string(exponent);
    if (reads_back(text)) return text;
    break;
  }
  return std::nullopt;
}
/// `r` exactly, or commissioning.scenario.019: a scenario must never be written rounded.
std::string exact_decimal(const rate& r) {
  if (std::optional<std::string> text = exact_text(r)) return *text;
  throw invalid_input("scenario", 19, "cannot write the number " + r.to_string() +
                                          "... exactly: it has no decimal of at most 60 digits (as 1/3 has none); "
                                          "give it as a decimal");
}
/// `r` as an exact percentage ("3.25%"), or as a plain number when only that fits the reader.
std::string exact_percent(const rate& r) {
  if (std::optional<std::string> text = exact_text(r * rate(100))) return *text + "%";
  return exact_decimal(r);
}

/// Writes TOML in the order a person reads a scenario (toml++'s own printer sorts keys):
/// `key = value` lines, `[table]` and `[[array]]` headers, values formatted by toml++.
class toml_writer {
 public:
  void header(std::string_view path, bool array) {
    out_ << (out_.tellp() > 0 ? "\n" : "") << (array ? "[[" : "[") << path << (array ? "]]" : "]") << '\n';
  }
  template <class T>
  void put(std::string_view key, const T& value) {
    out_ << bare_or_quoted(key) << " = ";
    write(value);
    out_ << '\n';
  }
  /// `key = { "2022-23" = "£1,000", ... }`
  void put(std::string_view key, const std::vector<financial_year_amount>& amounts) {
    out_ << bare_or_quoted(key) << " = {";
    for (std::size_t i = 0; i < amounts.size(); ++i) {
      out_ << (i ? ", " : " ") << bare_or_quoted(amounts[i].year.label()) << " = ";
      write(to_string(amounts[i].amount));
    }
    out_ << (amounts.empty() ? "}" : " }") << '\n';
  }
  /// `key = { "2024" = "100", ... }`: index levels by calendar year, exact.
  void put(std::string_view key, const std::map<int, rate>& levels) {
    out_ << bare_or_quoted(key) << " = {";
    bool first = true;
    for (const auto& [year, level] : levels) {
      out_ << (first ? " " : ", ") << year << " = ";
      write(exact_decimal(level));
      first = false;
    }
    out_ << (levels.empty() ? "}" : " }") << '\n';
  }
  [[nodiscard]] std::string str() const { return out_.str(); }

 private:
  static std::string bare_or_quoted(std::string_view key) {
    const bool bare = !key.empty() && std::ranges::all_of(key, [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
    return bare ? std::string(key) : quoted(key);
  }
  /// A TOML basic string: "..." with backslash, quote and control characters escaped.
  static std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        default:
          if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) append_escaped_control(out, static_cast<unsigned char>(c));
          else out += c;
      }
    }
    return out + "\"";
  }
  void write(std::string_view v) { out_ << quoted(v); }
  void write(const std::string& v) { write(std::string_view(v)); }
  void write(const char* v) { write(std::string_view(v)); }
  void write(bool v) { out_ << (v ? "true" : "false"); }
  /// The shortest text that reads back as the same double (0.95, not 0.94999999999999996).
  void write(double v) {
    if (std::isnan(v)) { out_ << "nan"; return; }
    if (std::isinf(v)) { out_ << (v < 0 ? "-inf" : "inf"); return; }
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, v).ptr;
    const std::string_view written(text, static_cast<std::size_t>(end - text));
    out_ << written << (written.find_first_of(".eE") == std::string_view::npos ? ".0" : "");
  }
  template <std::integral T>
  void write(T v) { out_ << static_cast<std::int64_t>(v); }
  /// On one line, or one item a line when that would be long (a list of assumptions).
  template <class T>
  void write(const std::vector<T>& items) {
    std::size_t length = 0;
    if constexpr (std::is_convertible_v<T, std::string_view>)
      for (const T& item : items) length += std::string_view(item).size() + 4;
    const bool long_list = length > 80;
    out_ << '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
      out_ << (long_list ? "\n  " : i ? ", " : "");
      write(items[i]);
      if (long_list) out_ << ',';
    }
    out_ << (long_list ? "\n]" : "]");
  }
  std::ostringstream out_;
};

}  // namespace
}  // namespace detail

std::string to_toml(const scenario& s) {
  using detail::exact_percent;
  using detail::word_of;
  detail::toml_writer w;
  const auto names = [](const auto& values) {
    std::vector<std::string> out;
    for (const auto& v : values) out.push_back(std::string(name_of(v)));
    return out;
  };
  if (!s.service.empty()) w.put("service", s.service);

  w.header("authority", false);
  if (!s.authority.name.empty()) w.put("name", s.authority.name);
  w.put("financial_year_start", detail::month_names[s.authority.financial_year_start - 1]);
  if (s.authority.key_decision) {
    const scenario_key_decision& k = *s.authority.key_decision;
    w.header("authority.key_decision", false);
    if (k.amount) w.put("amount", to_string(*k.amount));
    if (k.budget_share) w.put("budget_share", exact_percent(*k.budget_share));
    if (k.capital_amount) w.put("capital_amount", to_string(*k.capital_amount));
    w.put("wards_test", k.wards_test);
  }

  for (const scenario_contract& c : s.contracts) {
    w.header("contracts", true);
    w.put("name", c.name);
    if (!c.provider.empty()) w.put("provider", c.provider);
    if (!c.lot_of.empty()) w.put("lot_of", c.lot_of);
    w.put("start", to_iso(c.start));
    w.put("term", c.contract_term.to_string());
    w.put("annual_value", to_string(c.annual_value));
    if (c.uplift) w.put("uplift", exact_percent(*c.uplift));
    if ((c.uplift || c.index) && c.uplift_from_year != 2) w.put("uplift_from_year", c.uplift_from_year);
    if (!c.options.empty()) w.put("options", names(c.options));
    if (c.index) {
      w.header("contracts.index", false);
      w.put("levels", c.index->levels);
      if (c.index->lag_years != 0) w.put("lag_years", c.index->lag_years);
      if (c.index->cap) w.put("cap", exact_percent(*c.index->cap));
      if (c.index->floor) w.put("floor", exact_percent(*c.index->floor));
    }
    if (c.procurement) {
      const scenario_procurement& f = *c.procurement;
      w.header("contracts.procurement", false);
      w.put("authority", name_of(f.authority));
      w.put("category", name_of(f.category));
      w.put("vat", name_of(f.vat));
      if (f.procurement_start) w.put("procurement_start", to_iso(*f.procurement_start));
      if (f.decision_value) w.put("decision_value", to_string(*f.decision_value));
      if (f.wards_affected != 0) w.put("wards_affected", f.wards_affected);
      if (f.regulated_by_welsh_ministers) w.put("regulated_by_welsh_ministers", true);
      if (f.key_decision_notice) w.put("key_decision_notice", to_iso(*f.key_decision_notice));
      if (f.notice_route != key_decision_route::notice) w.put("key_decision_route", name_of(f.notice_route));
      if (f.clear_days != clear_day_count::calendar_days) w.put("clear_days", name_of(f.clear_days));
    }
    for (const scenario_modification& sm : c.modifications) {
      const modification& m = sm.change;
      w.header("contracts.modifications", true);
      w.put("ground", code(m.ground));
      if (m.months != 0) w.put("months", m.months);
      if (!m.annual_change.is_zero()) w.put("annual_change", to_string(m.annual_change));
      if (m.from_month) w.put("from_month", *m.from_month);
      if (!m.description.empty()) w.put("description", m.description);
      if (sm.decided_on) w.put("decided_on", to_iso(*sm.decided_on));
    }
  }

  for (const scenario_envelope& e : s.envelopes) {
    w.header("envelopes", true);
    w.put("name", e.name);
    if (e.amounts.empty()) {
      w.put("per_year", to_string(e.per_year));
      if (e.first_year) w.put("first_year", e.first_year->label());
      if (e.last_year) w.put("last_year", e.last_year->label());
      if (e.uplift) w.put("uplift", exact_percent(*e.uplift));
    } else {
      w.put("amounts", e.amounts);
    }
    if (e.cap) w.put("cap", to_string(*e.cap));
    if (!e.contracts.empty()) w.put("contracts", e.contracts);
    if (e.scope != contract_scope::current) w.put("scope", name_of(e.scope));
  }

  if (s.has_portfolio() || !s.portfolio_name.empty()) {
    w.header("portfolio", false);
    if (!s.portfolio_name.empty()) w.put("name", s.portfolio_name);
    for (const scenario_portfolio_line& l : s.portfolio_lines) {
      w.header("portfolio.lines", true);
      w.put("service", l.service);
      if (!l.provider.empty()) w.put("provider", l.provider);
      w.put("annual", to_string(l.annual));
      w.put("delivery", name_of(l.how));
    }
  }
  if (!s.proposal.empty() || !s.proposal_caption.empty()) {
    w.header("proposal", false);
    if (!s.proposal_caption.empty()) w.put("caption", s.proposal_caption);
    for (const scenario_change& c : s.proposal) {
      w.header("proposal.changes", true);
      w.put("kind", name_of(c.kind));
      w.put("service", c.service);
      if (!c.provider.empty()) w.put("provider", c.provider);
      if (!c.amount.is_zero()) w.put("amount", to_string(c.amount));
      if (c.percent) w.put("percent", exact_percent(*c.percent));
      w.put("from", to_iso(c.from));
      if (c.kind == change_kind::add) w.put("delivery", name_of(c.how));
    }
  }

  if (s.has_appraisal() || s.appraisal_settings != scenario_appraisal{}) {
    const scenario_appraisal& a = s.appraisal_settings;
    w.header("appraisal", false);
    if (!a.title.empty()) w.put("title", a.title);
    if (a.base_year) w.put("base_year", a.base_year->label());
    w.put("years", a.years);
    w.put("price_basis", name_of(a.basis));
    w.put("discount_schedule", a.discount_schedule);
    if (a.deflator_growth) w.put("deflator_growth", exact_percent(*a.deflator_growth));
    if (!a.assumptions.empty()) w.put("assumptions", a.assumptions);
    for (const discount_band& b : a.discount_bands) {
      w.header("appraisal.discount_bands", true);
      w.put("first_year", b.first_year);
      w.put("rate", exact_percent(b.annual_rate));
    }
  }

  for (const scenario_option& o : s.options) {
    w.header("options", true);
    w.put("name", o.name);
    w.put("kind", std::string(name_of(o.kind)));
    if (!o.description.empty()) w.put("description", o.description);
    if (!o.advantages.empty()) w.put("advantages", o.advantages);
    if (!o.disadvantages.empty()) w.put("disadvantages", o.disadvantages);
    if (!o.risks.empty()) w.put("risks", o.risks);
    for (const statutory_duty& d : o.duties) {
      w.header("options.duties", true);
      w.put("name", d.name);
      w.put("met", d.met);
      if (!d.note.empty()) w.put("note", d.note);
    }
    for (const scenario_line& l : o.lines) {
      w.header("options.lines", true);
      w.put("name", l.name);
      if (l.source != line_source::contract) {
        w.put("kind", std::string(name_of(l.kind)));
        w.put("category", std::string(name_of(l.category)));
      }
      switch (l.source) {
        case line_source::recurring:
          w.put("annual", to_string(l.amount));
          w.put("first_year", l.first_year->label());
          w.put("last_year", l.last_year->label());
          if (!l.indexation.value().is_zero()) w.put("indexation", exact_percent(l.indexation));
          break;
        case line_source::one_off:
          w.put("amount", to_string(l.amount));
          w.put("year", l.first_year->label());
          break;
        case line_source::per_year: w.put("amounts", l.amounts); break;
        case line_source::contract:
          w.put("contract", l.reference);
          w.put("scope", name_of(l.scope));
          break;
        case line_source::envelope: w.put("envelope", l.reference); break;
      }
      if (l.vat.treatment != vat_recovery::not_stated) {
        w.put("vat", std::string(name_of(l.vat.treatment)));
        if (l.vat.vat_rate != vat_terms{}.vat_rate) w.put("vat_rate", l.vat.vat_rate.to_percent_string());
        if (l.vat.amounts_include_vat) w.put("amounts_include_vat", true);
      }
    }
    if (o.optimism_bias) {
      const scenario_optimism_bias& b = *o.optimism_bias;
      w.header("options.optimism_bias", false);
      if (b.uplift) w.put("uplift", exact_percent(*b.uplift));
      if (!b.description.empty()) w.put("description", b.description);
      if (b.type) {
        w.put("project_type", to_string(*b.type));
        w.put("measure", to_string(b.measure));
        w.put("bound", to_string(b.bound));
        if (!b.mitigation.value().is_zero()) w.put("mitigation", exact_percent(b.mitigation));
      }
      if (!b.applies_to.empty()) {
        std::vector<std::string> categories;
        for (cost_category c : b.applies_to) categories.push_back(std::string(name_of(c)));
        w.put("applies_to", categories);
      }
    }
    if (o.output) {
      w.header("options.output", false);
      w.put("unit", o.output->unit);
      w.put("per_year", o.output->per_year);
      w.put("first_year", o.output->first_year.label());
      w.put("last_year", o.output->last_year.label());
    }
  }

  for (const scenario_risk& r : s.risks) {
    w.header("risks", true);
    w.put("id", r.id);
    if (!r.description.empty()) w.put("description", r.description);
    if (!r.owner.empty()) w.put("owner", r.owner);
    if (!r.options.empty()) w.put("options", r.options);
    w.put("probability", exact_percent(r.probability));
    if (r.delay_months > 0) {
      w.put("delay_months", r.delay_months);
    } else if (r.impact) {
      w.put("impact", to_string(*r.impact));
      w.put("year", r.year->label());
    } else {
      w.put("impacts", r.impacts);
    }
  }

  // A sensitivity or uncertain input's target and what it names.
  const auto put_input = [&](const scenario_sensitivity_input& i) {
    w.put("target", i.target);
    if (!i.option.empty()) w.put("option", i.option);
    if (!i.line.empty()) w.put("line", i.line);
    if (i.category) w.put("category", std::string(name_of(*i.category)));
  };
  if (s.sensitivity) {
    w.header("sensitivity", false);
    w.put("change", exact_percent(s.sensitivity->change));
    w.put("switching_values", s.sensitivity->switching_values);
    if (s.sensitivity->metric != sensitivity_metric::net_present_cost)
      w.put("metric", std::string(name_of(s.sensitivity->metric)));
    if (!s.sensitivity->option.empty()) w.put("option", s.sensitivity->option);
    if (!s.sensitivity->rival.empty()) w.put("rival", s.sensitivity->rival);
    for (const scenario_sensitivity_input& i : s.sensitivity->inputs) {
      w.header("sensitivity.inputs", true);
      put_input(i);
    }
  }
  if (s.simulation) {
    const scenario_simulation& sim = *s.simulation;
    w.header("simulation", false);
    w.put("iterations", sim.iterations);
    w.put("seed", static_cast<std::int64_t>(sim.seed));
    w.put("threads", sim.threads);
    if (!sim.envelope.empty()) w.put("envelope", sim.envelope);
    for (const scenario_uncertain_input& u : sim.inputs) {
      w.header("simulation.inputs", true);
      w.put("id", u.id);
      put_input(u.input);
      const scenario_distribution& d = u.values;
      using family = distribution::family;
      w.put("distribution", word_of(d.family, detail::distribution_words));
      const std::vector<std::string_view> keys = detail::parameter_keys(d);
      for (std::size_t k = 0; k < keys.size() && k < d.parameters.size(); ++k) w.put(keys[k], d.parameters[k]);
      if (d.lower) w.put("lower", *d.lower);
      if (d.upper) w.put("upper", *d.upper);
      if (d.family == family::discrete) {
        w.put("values", d.parameters);
        w.put("probabilities", d.probabilities);
      }
    }
    for (const scenario_correlation& c : sim.correlations) {
      w.header("simulation.correlations", true);
      w.put("inputs", std::vector<std::string>{c.first, c.second});
      w.put("coefficient", c.coefficient);
    }
  }

  const scenario_report& r = s.report;
  if (!r.title.empty() || !r.funded_from.empty() || !r.contract.empty() || !r.tables.empty() || r.unit) {
    w.header("report", false);
    if (!r.title.empty()) w.put("title", r.title);
    if (!r.funded_from.empty()) w.put("funded_from", r.funded_from);
    if (!r.contract.empty()) w.put("contract", r.contract);
    if (!r.tables.empty()) w.put("tables", r.tables);
    if (r.unit) w.put("unit", name_of(*r.unit));
  }
  return w.str();
}

}  // namespace commissioning
