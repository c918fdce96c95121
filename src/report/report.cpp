// SPDX-License-Identifier: MIT
// The table model of report/report.hpp, compiled once: checking cells, sums for subtotals and
// totals, and the layout that rounds display figures so that they add up.
#include <commissioning/report/report.hpp>
#include <commissioning/error.hpp>

#include "cell_text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace commissioning {

table::table(std::string caption, std::vector<column> columns)
    : caption_(std::move(caption)), columns_(std::move(columns)) {
  if (columns_.empty()) throw invalid_input("report", 1, "the table " + quote(caption_) + " has no columns");
  for (const column& c : columns_) {  // a column built without its factory (or from a pickle)
    if (c.kind == column_kind::percent || c.kind == column_kind::number) display_decimals(c.decimals);
    if (c.kind == column_kind::money && c.money_style.decimals != -1) display_decimals(c.money_style.decimals);
  }
}

table table::from_rows(std::string caption, std::vector<column> columns, const std::vector<table_row>& rows) {
  table t(std::move(caption), std::move(columns));
  int open_group = -1;
  for (const table_row& row : rows) {
    if (row.kind == row_kind::body) {
      if (row.group >= 0 && row.group != open_group) {
        t.begin_group();
        open_group = row.group;
      }
      t.add_row(row.cells);
    } else if (row.kind == row_kind::summary) {
      t.add_summary(row.cells);
    } else {
      // Subtotals and totals are summed again from the rows: their label is the one text cell.
      const auto label = std::ranges::find_if(row.cells, [](const cell& c) { return std::holds_alternative<std::string>(c); });
      const std::optional<std::size_t> label_column =
          label == row.cells.end() ? std::nullopt : std::optional(static_cast<std::size_t>(label - row.cells.begin()));
      std::string text = label_column ? std::get<std::string>(*label) : std::string();
      if (row.kind == row_kind::total) {
        t.add_total(std::move(text), label_column);
        continue;
      }
      if (open_group < 0) t.begin_group();
      t.add_subtotal(std::move(text), label_column);
      open_group = -1;
    }
  }
  return t;
}

namespace detail {
namespace {

bool cell_fits(const cell& c, column_kind kind) {
  if (std::holds_alternative<std::monostate>(c)) return true;
  switch (kind) {
    case column_kind::text:
      return std::holds_alternative<std::string>(c) || std::holds_alternative<std::vector<std::string>>(c);
    case column_kind::money: return std::holds_alternative<money>(c);
    case column_kind::percent: return std::holds_alternative<rate>(c);
    case column_kind::count: return std::holds_alternative<std::int64_t>(c);
    case column_kind::number: return std::holds_alternative<double>(c);
  }
  return false;
}

}  // namespace

const char* kind_words(column_kind kind) {
  switch (kind) {
    case column_kind::text: return "text";
    case column_kind::money: return "money";
    case column_kind::percent: return "a percentage";
    case column_kind::count: return "a count";
    case column_kind::number: return "a number";
  }
  return "text";
}

}  // namespace detail

table& table::add_row(std::vector<cell> cells) {
  check_cells(cells);
  rows_.push_back({row_kind::body, std::move(cells), group_open_ ? groups_ - 1 : -1});
  return *this;
}

table& table::add_summary(std::vector<cell> cells) {
  check_cells(cells);
  rows_.push_back({row_kind::summary, std::move(cells), -1});
  return *this;
}

void table::check_cells(const std::vector<cell>& cells) const {
  const std::size_t number = rows_.size() + 1;
  if (cells.size() != columns_.size())
    throw invalid_input("report", 1, "row " + std::to_string(number) + " of " + quote(caption_) + " has " +
                                         std::to_string(cells.size()) + " cells; the table has " +
                                         std::to_string(columns_.size()) + " columns");
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (!detail::cell_fits(cells[i], columns_[i].kind))
      throw invalid_input("report", 2, "row " + std::to_string(number) + " of " + quote(caption_) + ": the column " +
                                           quote(columns_[i].heading) + " holds " + detail::kind_words(columns_[i].kind));
    if (const double* d = std::get_if<double>(&cells[i]); d && !std::isfinite(*d))
      throw invalid_input("report", 2, "row " + std::to_string(number) + " of " + quote(caption_) + ": the column " +
                                           quote(columns_[i].heading) + " cannot show " + std::to_string(*d));
  }
}

table& table::begin_group() {
  if (group_open_) throw invalid_input("report", 3, "a group of " + quote(caption_) + " is already open");
  group_open_ = true;
  ++groups_;
  return *this;
}

table& table::add_subtotal(std::string label, std::optional<std::size_t> label_column) {
  if (!group_open_)
    throw invalid_input("report", 3, "the subtotal " + quote(label) + " of " + quote(caption_) + " closes no group");
  group_open_ = false;
  rows_.push_back({row_kind::subtotal, sums(row_kind::subtotal, groups_ - 1, std::move(label), label_column), groups_ - 1});
  return *this;
}

table& table::add_total(std::string label, std::optional<std::size_t> label_column) {
  if (group_open_) throw invalid_input("report", 3, "the total of " + quote(caption_) + " comes before its group is closed");
  rows_.push_back({row_kind::total, sums(row_kind::total, -1, std::move(label), label_column), -1});
  return *this;
}

std::vector<cell> table::sums(row_kind kind, int group, std::string label,
                              std::optional<std::size_t> label_column) const {
  if (label_column && (*label_column >= columns_.size() || columns_[*label_column].kind != column_kind::text))
    throw invalid_input("report", 3, "the label " + quote(label) + " of " + quote(caption_) + " needs a text column, not column " +
                                         std::to_string(*label_column));
  std::vector<cell> result(columns_.size());
  bool labelled = label_column.has_value();
  if (label_column) result[*label_column] = label;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    const column_kind k = columns_[i].kind;
    if (k == column_kind::text && !labelled) {
      result[i] = label;
      labelled = true;
    }
    if (k != column_kind::money && k != column_kind::count) continue;
    money money_sum;
    std::int64_t count_sum = 0;
    for (const table_row& row : rows_) {
      if (row.kind != row_kind::body || (kind == row_kind::subtotal && row.group != group)) continue;
      if (const money* m = std::get_if<money>(&row.cells[i])) money_sum += *m;
      if (const std::int64_t* c = std::get_if<std::int64_t>(&row.cells[i])) {
        if (__builtin_add_overflow(count_sum, *c, &count_sum))
          throw overflow_error("report", 4, "the counts of " + quote(columns_[i].heading) + " overflow");
      }
    }
    if (k == column_kind::money) result[i] = money_sum;
    else result[i] = count_sum;
  }
  return result;
}

table& table::note(std::string text) {
  notes_.push_back(std::move(text));
  return *this;
}

table& table::source(std::string text) {
  source_ = std::move(text);
  return *this;
}

namespace detail {
namespace {

/// Pence per last displayed digit of `style` (0 when finer than a penny).
std::int64_t display_step(const money_format& style) {
  std::int64_t pence = 100;
  int decimals = style.decimals;
  switch (style.unit) {
    case money_unit::pounds_and_pence: if (decimals < 0) decimals = 2; break;
    case money_unit::whole_pounds: if (decimals < 0) decimals = 0; break;
    case money_unit::thousands: pence = 100'000; if (decimals < 0) decimals = 0; break;
    case money_unit::millions: pence = 100'000'000; if (decimals < 0) decimals = 2; break;
  }
  for (int k = 0; k < decimals; ++k) {
    if (pence % 10 != 0) return 0;
    pence /= 10;
  }
  return pence;
}

std::int64_t floor_to(std::int64_t pence, std::int64_t step) {
  std::int64_t q = pence / step;
  if (pence % step != 0 && pence < 0) --q;
  return q * step;
}

/// Display values for `values` that add up to `target` (a multiple of `step`): each value
/// floored to the step, then one step more for the largest remainders, earliest first.
std::vector<std::int64_t> shares_adding_to(const std::vector<std::int64_t>& values, std::int64_t target,
                                           std::int64_t step) {
  std::vector<std::int64_t> shown(values.size());
  std::int64_t floors = 0;
  for (std::size_t i = 0; i < values.size(); ++i) floors += shown[i] = floor_to(values[i], step);
  auto extra = (target - floors) / step;
  std::vector<std::size_t> order(values.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return values[a] - shown[a] > values[b] - shown[b];
  });
  for (std::size_t k = 0; k < order.size() && extra > 0; ++k, --extra) shown[order[k]] += step;
  return shown;
}

/// "20.0%": the exact rate × 100, rounded once to `decimals` places.
std::string percent_text(const rate& r, int decimals) {
  big_rational scaled = r.value() * 100;
  for (int k = 0; k < decimals; ++k) scaled *= 10;
  const big_integer shown = round_to_integer(scaled, default_rounding);
  std::string digits = big_integer(abs(shown)).str();
  const auto places = static_cast<std::size_t>(std::max(decimals, 0));
  if (digits.size() <= places) digits.insert(0, places + 1 - digits.size(), '0');
  std::string text = shown < 0 ? "-" : "";
  text.append(digits, 0, digits.size() - places);
  if (places > 0) text.append(".").append(digits, digits.size() - places, places);
  return text.append("%");
}

std::string number_text(double value, int decimals) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

}  // namespace

std::string count_text(std::int64_t n) {
  const unsigned long long magnitude = n < 0 ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
  std::string text = n < 0 ? "-" : "";
  return text.append(group_thousands(std::to_string(magnitude)));
}

}  // namespace detail

table_layout layout(const table& t) {
  const std::vector<column>& columns = t.columns();
  const std::vector<table_row>& rows = t.rows();
  table_layout result;
  result.rows.resize(rows.size(), std::vector<table_layout::shown_cell>(columns.size()));
  result.notes = t.notes();

  int adjusted = 0;
  bool mismatch = false;
  std::string unit_words;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const column& col = columns[c];
    if (col.kind != column_kind::money) continue;
    const std::int64_t step = detail::display_step(col.money_style);
    // The shown value of each money cell, in pence: its own rounding unless adjusted below.
    std::vector<std::optional<std::int64_t>> shown(rows.size());
    const auto rounded = [&](std::int64_t pence) {
      return step <= 1 ? pence : money::from_pence(pence).divide(step, col.money_style.display_rounding).pence() * step;
    };
    for (std::size_t r = 0; r < rows.size(); ++r)
      if (const money* m = std::get_if<money>(&rows[r].cells[c])) shown[r] = rounded(m->pence());

    if (step > 1) {
      if (t.rounding() == total_rounding::consistent) {
        // Top level: ungrouped body rows and subtotals add up to each total; then each group's
        // rows add up to its (adjusted) subtotal.
        const auto spread = [&](const std::vector<std::size_t>& parts, std::int64_t target) {
          std::vector<std::int64_t> values;
          for (std::size_t r : parts) values.push_back(std::get<money>(rows[r].cells[c]).pence());
          const std::vector<std::int64_t> fitted = detail::shares_adding_to(values, target, step);
          for (std::size_t k = 0; k < parts.size(); ++k) {
            if (fitted[k] != *shown[parts[k]]) ++adjusted;
            shown[parts[k]] = fitted[k];
          }
        };
        for (std::size_t r = 0; r < rows.size(); ++r) {
          if (rows[r].kind != row_kind::total || !shown[r]) continue;
          std::vector<std::size_t> parts;
          for (std::size_t s = 0; s < r; ++s)
            if (shown[s] && ((rows[s].kind == row_kind::body && rows[s].group < 0) || rows[s].kind == row_kind::subtotal))
              parts.push_back(s);
          // Body rows of an unclosed group count at the top level too.
          spread(parts, *shown[r]);
        }
        for (std::size_t r = 0; r < rows.size(); ++r) {
          if (rows[r].kind != row_kind::subtotal) continue;
          std::vector<std::size_t> parts;
          for (std::size_t s = 0; s < r; ++s)
            if (shown[s] && rows[s].kind == row_kind::body && rows[s].group == rows[r].group) parts.push_back(s);
          spread(parts, *shown[r]);
        }
      } else {
        for (std::size_t r = 0; r < rows.size(); ++r) {
          if (rows[r].kind == row_kind::body || rows[r].kind == row_kind::summary || !shown[r]) continue;
          std::int64_t sum = 0;
          for (std::size_t s = 0; s < r; ++s)
            if (shown[s] && rows[s].kind == row_kind::body && (rows[r].kind == row_kind::total || rows[s].group == rows[r].group))
              sum += *shown[s];
          mismatch |= sum != *shown[r];
        }
      }
      unit_words = format(money::from_pence(step), money_format{.unit = col.money_style.unit, .decimals = col.money_style.decimals});
    }
    for (std::size_t r = 0; r < rows.size(); ++r)
      if (shown[r]) result.rows[r][c].text = format(money::from_pence(*shown[r]), col.money_style);
  }
  if (adjusted > 0)
    result.notes.push_back("Figures are rounded to the nearest " + unit_words + "; " + std::to_string(adjusted) +
                           (adjusted == 1 ? " figure was" : " figures were") +
                           " adjusted by one unit so that the figures shown add up to the totals shown.");
  if (mismatch)
    result.notes.push_back("Figures are rounded to the nearest " + unit_words +
                           " independently, so they may not add up to the totals shown.");

  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < columns.size(); ++c) {
      table_layout::shown_cell& out = result.rows[r][c];
      const cell& in = rows[r].cells[c];
      if (const auto* text = std::get_if<std::string>(&in)) out.text = *text;
      else if (const auto* list = std::get_if<std::vector<std::string>>(&in)) {
        out.is_list = true;
        out.items = *list;
        for (std::size_t k = 0; k < list->size(); ++k) out.text.append(k ? "; " : "").append((*list)[k]);
      } else if (const auto* r8 = std::get_if<rate>(&in)) out.text = detail::percent_text(*r8, columns[c].decimals);
      else if (const auto* n = std::get_if<std::int64_t>(&in)) out.text = detail::count_text(*n);
      else if (const auto* d = std::get_if<double>(&in)) out.text = detail::number_text(*d, columns[c].decimals);
    }
  return result;
}

}  // namespace commissioning
