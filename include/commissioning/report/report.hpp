// SPDX-License-Identifier: MIT
/// \file report/report.hpp
/// \brief The table model of a report: typed columns, rows, groups with subtotals, totals,
/// caption, notes and source, and the display figures that add up.
///
/// **Example**: seed 002's spend table
///
///     table spend("Current spend per annum", {column::text("Contract name", true),
///                                             column::text("Provider"),
///                                             column::money("Costings")});
///     spend.add_row({"Young Carers", "Imago", money::parse("£325,484.88")});
///     spend.begin_group();
///     spend.add_row({"Family Support", "Porchlight", money::parse("£1,240,000")});
///     spend.add_row({"Family Support", "Project Salus", money::parse("£860,400")});
///     spend.add_subtotal("Family Support total");
///     spend.add_total();
///     to_markdown(spend);   // see render.hpp
///
/// Display rounding is separate from the figures. With whole pounds, thousands or millions,
/// each figure's display is rounded so that the rounded figures add up to the rounded
/// subtotals and totals shown (largest remainder, ties to the earlier row), and a note says
/// how many were adjusted; or, by choice, each figure is rounded on its own and a note says
/// when they do not add up. A figure is never changed, only its display.
#pragma once

#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>
#include <commissioning/names.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace commissioning {

/// What a column holds.
enum class column_kind {
  text,     ///< words, or a list of points (advantages, risks)
  money,    ///< exact money, shown by the column's money_format
  percent,  ///< a rate shown as a percentage
  count,    ///< a whole number (young carers assessed)
  number,   ///< any other figure (a discount factor, a ratio)
};

enum class alignment { left, right, centre };

/// One column: its heading, kind, alignment and number format. The factories refuse decimals
/// that cannot be displayed (commissioning.money.009), as does `table` for a column built by hand.
struct column {
  std::string heading;
  column_kind kind = column_kind::text;
  alignment align = alignment::left;
  money_format money_style{};  ///< for money columns
  int decimals = 1;            ///< for percent and number columns
  bool row_header = false;     ///< the cells name their row (HTML: <th scope="row">)

  [[nodiscard]] static column text(std::string heading, bool row_header = false) {
    return {std::move(heading), column_kind::text, alignment::left, {}, 0, row_header};
  }
  [[nodiscard]] static column money(std::string heading, money_format style = money_format::whole_pounds()) {
    if (style.decimals != -1) display_decimals(style.decimals);  // -1: the unit's usual
    return {std::move(heading), column_kind::money, alignment::right, style, 0, false};
  }
  /// A money column shown in `unit`, with `decimals` (0 to 18) or the unit's usual.
  [[nodiscard]] static column money(std::string heading, money_unit unit, std::optional<int> decimals = std::nullopt) {
    money_format style;
    style.unit = unit;
    if (decimals) style.decimals = display_decimals(*decimals);
    return money(std::move(heading), style);
  }
  [[nodiscard]] static column percent(std::string heading, int decimals = 1) {
    return {std::move(heading), column_kind::percent, alignment::right, {}, display_decimals(decimals), false};
  }
  [[nodiscard]] static column count(std::string heading) {
    return {std::move(heading), column_kind::count, alignment::right, {}, 0, false};
  }
  [[nodiscard]] static column number(std::string heading, int decimals = 2) {
    return {std::move(heading), column_kind::number, alignment::right, {}, display_decimals(decimals), false};
  }
  friend bool operator==(const column&, const column&) = default;
};

/// One cell: empty, text, a list of points, money, a rate, a count or a number.
using cell = std::variant<std::monostate, std::string, std::vector<std::string>, money, rate, std::int64_t, double>;

enum class row_kind {
  body,
  subtotal,  ///< the sum of a group's rows
  total,     ///< the sum of every body row
  summary,   ///< a figure given with the totals that is not their sum ("Total revised projected spend")
};

struct table_row {
  row_kind kind = row_kind::body;
  std::vector<cell> cells;
  int group = -1;  ///< the group a body row or subtotal belongs to (-1: none)
  friend bool operator==(const table_row&, const table_row&) = default;
};

/// How display figures relate to the totals shown.
enum class total_rounding {
  consistent,   ///< rounded figures add up to the rounded totals (largest remainder), noted
  independent,  ///< each figure rounded on its own; a note says when they do not add up
};

/// A report table.
class table {
 public:
  table(std::string caption, std::vector<column> columns);
  /// The table whose rows are `rows` (another table's `rows()`): body rows in their groups and
  /// summaries as given, each subtotal and total summed again and labelled by its text cell.
  [[nodiscard]] static table from_rows(std::string caption, std::vector<column> columns,
                                       const std::vector<table_row>& rows);

  /// A body row: one cell per column, each empty or of the column's kind
  /// (report.001 for the wrong width, report.002 for the wrong kind).
  table& add_row(std::vector<cell> cells);
  /// Starts a group of rows that `add_subtotal` will close.
  table& begin_group();
  /// Closes the group with a row of its sums (money and count columns), labelled in column
  /// `label_column` (by default the first text column).
  table& add_subtotal(std::string label, std::optional<std::size_t> label_column = std::nullopt);
  /// A row of the sums of every body row, labelled likewise.
  table& add_total(std::string label = "Total", std::optional<std::size_t> label_column = std::nullopt);
  /// A row shown with the totals whose figures are given, not summed.
  table& add_summary(std::vector<cell> cells);
  table& note(std::string text);
  table& source(std::string text);
  table& rounding(total_rounding policy) {
    rounding_ = policy;
    return *this;
  }

  [[nodiscard]] const std::string& caption() const noexcept { return caption_; }
  [[nodiscard]] const std::vector<column>& columns() const noexcept { return columns_; }
  [[nodiscard]] const std::vector<table_row>& rows() const noexcept { return rows_; }
  [[nodiscard]] const std::vector<std::string>& notes() const noexcept { return notes_; }
  [[nodiscard]] const std::string& source() const noexcept { return source_; }
  [[nodiscard]] total_rounding rounding() const noexcept { return rounding_; }

  friend bool operator==(const table&, const table&) = default;

 private:
  [[nodiscard]] std::vector<cell> sums(row_kind kind, int group, std::string label,
                                       std::optional<std::size_t> label_column) const;
  void check_cells(const std::vector<cell>& cells) const;

  std::string caption_;
  std::vector<column> columns_;
  std::vector<table_row> rows_;
  std::vector<std::string> notes_;
  std::string source_;
  total_rounding rounding_ = total_rounding::consistent;
  int groups_ = 0;
  bool group_open_ = false;
};

/// A table ready to render: every cell's display text (lists kept as items), and the notes,
/// including what display rounding did.
struct table_layout {
  struct shown_cell {
    std::string text;                 ///< the display text ("" when empty)
    std::vector<std::string> items;   ///< a list's points (text joins them with "; ")
    bool is_list = false;
  };
  std::vector<std::vector<shown_cell>> rows;  ///< parallel to table::rows()
  std::vector<std::string> notes;
};

/// The display text of every cell, with rounded figures that add up (or a note that they do not).
[[nodiscard]] table_layout layout(const table& t);

namespace detail {

/// What a column of `kind` holds, in words ("a percentage"), for the messages of report.002.
[[nodiscard]] const char* kind_words(column_kind kind);

}  // namespace detail

/// The names of this header's enums, on every face (names.hpp).
template <>
struct enum_names<column_kind> {
  static constexpr std::string_view what = "column kind";
  static constexpr std::array<enum_name<column_kind>, 5> names{{
      {column_kind::text, "text"},
      {column_kind::money, "money"},
      {column_kind::percent, "percent"},
      {column_kind::count, "count"},
      {column_kind::number, "number"},
  }};
};

template <>
struct enum_names<row_kind> {
  static constexpr std::string_view what = "row kind";
  static constexpr std::array<enum_name<row_kind>, 4> names{{
      {row_kind::body, "body"},
      {row_kind::subtotal, "subtotal"},
      {row_kind::total, "total"},
      {row_kind::summary, "summary"},
  }};
};

template <>
struct enum_names<alignment> {
  static constexpr std::string_view what = "alignment";
  static constexpr std::array<enum_name<alignment>, 4> names{{
      {alignment::left, "left"},
      {alignment::right, "right"},
      {alignment::centre, "centre"},
      {alignment::centre, "center"},
  }};
};

template <>
struct enum_names<total_rounding> {
  static constexpr std::string_view what = "total rounding";
  static constexpr std::array<enum_name<total_rounding>, 2> names{{
      {total_rounding::consistent, "consistent"},
      {total_rounding::independent, "independent"},
  }};
};

}  // namespace commissioning
