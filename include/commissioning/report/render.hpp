// SPDX-License-Identifier: MIT
/// \file report/render.hpp
/// \brief A report table as Markdown, HTML, CSV, JSON or aligned plain text.
///
/// **Example**
///
///     std::cout << to_text(spend);                     // a terminal
///     write(to_html(spend, {.standalone = true}));     // a committee system's web page
///     write(to_csv(spend));                            // a finance team's spreadsheet
///
/// Every renderer escapes what its format needs: `|` in Markdown, `& < > " '` in HTML, quotes,
/// commas and line breaks in CSV (RFC 4180), and anything JSON needs (nlohmann/json). A text
/// cell that a spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`) is written to
/// CSV with a leading apostrophe. HTML carries no script; its stylesheet is optional.
#pragma once

#include <commissioning/report/report.hpp>
#include <commissioning/names.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning {

[[nodiscard]] std::string to_markdown(const table& t);

struct html_options {
  bool standalone = false;  ///< a whole document (doctype, charset, title, stylesheet)
  /// The stylesheet of a standalone document; empty: the default, a plain council style.
  std::string stylesheet{};
  std::string css_class = "commissioning-table";
};
[[nodiscard]] std::string to_html(const table& t, const html_options& options = {});

/// A whole HTML document: a heading, the tables, then the paragraphs (e.g. "Financial
/// implications"), every text escaped, with the default stylesheet unless one is given.
[[nodiscard]] std::string to_html_document(std::string_view title, const std::vector<table>& tables,
                                           const std::vector<std::string>& paragraphs = {},
                                           const html_options& options = {});

/// Which values CSV writes.
enum class csv_values {
  raw,      ///< figures as plain numbers (pounds to the penny, rates as decimals), for spreadsheets
  display,  ///< the display text ("£1,627,500", "20.0%")
};
[[nodiscard]] std::string to_csv(const table& t, csv_values values = csv_values::raw);

/// JSON: caption, columns (heading, kind, align; a money column's unit and decimals), rows
/// (kind, group for grouped rows and subtotals, cells with display text and an exact value:
/// money and rates as decimal strings, counts as integers), notes and source. `indent` as
/// nlohmann/json's dump: -1 for one line.
[[nodiscard]] std::string to_json(const table& t, int indent = 2);

/// The same JSON as a value of `Json`, for a program that puts tables into a larger JSON
/// document: `to_json_value<nlohmann::ordered_json>(t)` (ordered keeps the keys in the order
/// above). nlohmann/json is private to the library, so the caller includes it.
template <class Json>
[[nodiscard]] Json to_json_value(const table& t) {
  return Json::parse(to_json(t, -1));
}

struct text_options {
  /// The narrowest `width` there is: commissioning.report.005 below it.
  static constexpr std::size_t min_width = 40;
  std::size_t max_column_width = 40;  ///< longer text wraps at spaces
  /// The widest line, in characters: a 100-column terminal by default. The caption, notes and
  /// source wrap at it; a table wider than it wraps its cells narrower (down to 16 characters a
  /// column), and one that still cannot fit is set out a row per block, each cell under its
  /// column's heading. A word longer than a line is broken.
  std::size_t width = 100;
};
/// Aligned plain text for a terminal, no line wider than `options.width` (commissioning.report.005
/// for a width under `text_options::min_width`).
[[nodiscard]] std::string to_text(const table& t, const text_options& options = {});

/// `text` wrapped at spaces into lines of at most `width` characters (a longer word broken),
/// each ended by a newline: a paragraph of a text report (commissioning.report.005 as `to_text`).
[[nodiscard]] std::string wrap_text(std::string_view text, std::size_t width = text_options{}.width);

namespace detail {

/// A column's kind as JSON names it ("percent").
[[nodiscard]] const char* column_kind_words(column_kind k);

}  // namespace detail

/// The names of this header's enums, on every face (names.hpp).
template <>
struct enum_names<csv_values> {
  static constexpr std::string_view what = "CSV values";
  static constexpr std::array<enum_name<csv_values>, 2> names{{
      {csv_values::raw, "raw"},
      {csv_values::display, "display"},
  }};
};

}  // namespace commissioning
