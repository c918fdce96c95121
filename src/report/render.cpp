// SPDX-License-Identifier: MIT
// The renderers of report/render.hpp, compiled once: Markdown, HTML, CSV, JSON (with
// nlohmann/json, private to the library) and aligned plain text.
#include <commissioning/report/render.hpp>
#include <commissioning/error.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace commissioning {

namespace detail {
namespace {

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (const char c : text) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return width;
}

std::string markdown_escape(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '[' || c == ']')
      out.push_back('\\');
    if (c == '\n' || c == '\r') out.push_back(' ');
    else out.push_back(c);
  }
  return out;
}

std::string html_escape(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out.append("&amp;"); break;
      case '<': out.append("&lt;"); break;
      case '>': out.append("&gt;"); break;
      case '"': out.append("&quot;"); break;
      case '\'': out.append("&#39;"); break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string csv_field(std::string text, bool is_text) {
  if (is_text && !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@'))
    text.insert(0, 1, '\'');
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out.append("\"");
}

const char* align_words(alignment a) {
  switch (a) {
    case alignment::left: return "left";
    case alignment::right: return "right";
    case alignment::centre: return "center";
  }
  return "left";
}

const char* row_kind_words(row_kind k) {
  switch (k) {
    case row_kind::body: return "body";
    case row_kind::subtotal: return "subtotal";
    case row_kind::total: return "total";
    case row_kind::summary: return "summary";
  }
  return "body";
}

const char* money_unit_words(money_unit unit) {
  switch (unit) {
    case money_unit::pounds_and_pence: return "pounds_and_pence";
    case money_unit::whole_pounds: return "whole_pounds";
    case money_unit::thousands: return "thousands";
    case money_unit::millions: return "millions";
  }
  return "pounds_and_pence";
}

/// The decimals a money format shows (its unit's usual when not given).
int shown_decimals(const money_format& style) {
  if (style.decimals >= 0) return style.decimals;
  return style.unit == money_unit::pounds_and_pence || style.unit == money_unit::millions ? 2 : 0;
}

/// The exact value of a cell, as CSV's raw mode and JSON write it.
std::string raw_value(const cell& c) {
  if (const auto* m = std::get_if<money>(&c))
    return format(*m, money_format{.symbol = false, .grouping = false});
  if (const auto* r = std::get_if<rate>(&c)) return r->to_string(12);
  if (const auto* n = std::get_if<std::int64_t>(&c)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(&c)) {
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", *d);
    return text;
  }
  return {};
}

/// Wraps `text` at spaces into lines of at most `width` characters (a longer word stands alone).
std::vector<std::string> wrap(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(' ', start), text.size());
    const std::string_view word = text.substr(start, end - start);
    if (!line.empty() && display_width(line) + 1 + display_width(word) > width) {
      lines.push_back(line);
      line.clear();
    }
    if (!line.empty()) line.push_back(' ');
    line.append(word);
    start = end + 1;
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

/// `wrap`, then any line still wider than `width` (a long word) broken every `width` characters.
std::vector<std::string> wrap_hard(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  for (std::string& line : wrap(text, width)) {
    while (display_width(line) > width) {
      std::size_t shown = 0, cut = 0;
      while (cut < line.size() && shown < width) {
        ++cut;
        while (cut < line.size() && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) ++cut;  // a whole character
        ++shown;
      }
      lines.push_back(line.substr(0, cut));
      line.erase(0, cut);
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

void check_width(std::size_t width) {
  if (width < text_options::min_width)
    throw invalid_input("report", 5, "a text width of " + std::to_string(width) + " is too narrow: at least " +
                                         std::to_string(text_options::min_width) + " characters");
}

/// A text cell as lines of at most `width` characters: a list's points each start a line with "- ".
std::vector<std::string> cell_lines(const table_layout::shown_cell& shown_cell, std::size_t width, bool hard) {
  std::vector<std::string> out;
  const auto wrapped = [&](std::string_view text, std::size_t w) { return hard ? wrap_hard(text, w) : wrap(text, w); };
  if (shown_cell.is_list) {
    for (const std::string& item : shown_cell.items) {
      const std::vector<std::string> lines = wrapped("- " + item, width - 2);
      for (std::size_t k = 0; k < lines.size(); ++k) out.push_back(k == 0 ? lines[k] : "  " + lines[k]);
    }
  } else {
    out = wrapped(shown_cell.text, width);
  }
  return out;
}

std::string pad(const std::string& text, std::size_t width, alignment a) {
  const std::size_t shown = display_width(text);
  if (shown >= width) return text;
  const std::size_t gap = width - shown;
  if (a == alignment::right) return std::string(gap, ' ') + text;
  if (a == alignment::centre) return std::string(gap / 2, ' ') + text + std::string(gap - gap / 2, ' ');
  return text + std::string(gap, ' ');
}

const char* default_stylesheet() {
  // min-width: a table's caption wraps at the table's width, so a narrow table (Financial year |
  // Amount) is given room for a caption on a line or two.
  return "body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; color: #0b0c0c; margin: 2em; }\n"
         "table.commissioning-table { border-collapse: collapse; margin: 1.5em 0 0.5em; font-size: 11pt; min-width: 36em; }\n"
         ".commissioning-table caption { text-align: left; font-weight: bold; padding-bottom: 0.5em; }\n"
         ".commissioning-table th, .commissioning-table td { border: 1px solid #b1b4b6; padding: 0.4em 0.6em; "
         "vertical-align: top; text-align: left; }\n"
         ".commissioning-table thead th { background: #f3f2f1; }\n"
         ".commissioning-table th[scope=\"row\"] { font-weight: inherit; }\n"
         ".commissioning-table .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }\n"
         ".commissioning-table .centre { text-align: center; }\n"
         ".commissioning-table tr.subtotal, .commissioning-table tr.total, .commissioning-table tr.summary "
         "{ font-weight: bold; }\n"
         ".commissioning-table tr.total { border-top: 2px solid #0b0c0c; }\n"
         ".commissioning-table ul { margin: 0; padding-left: 1.2em; }\n"
         "p.commissioning-note { font-size: 10pt; margin: 0.2em 0; }\n"
         "h1 { font-size: 16pt; }\n"
         // A money column's heading may wrap ("Present value / of costs"), leaving the width to
         // the text columns; sentences keep a readable measure however wide the window.
         ".commissioning-table thead th.num { white-space: normal; }\n"
         "p { max-width: 50em; }\n";
}

}  // namespace

const char* column_kind_words(column_kind k) {
  switch (k) {
    case column_kind::text: return "text";
    case column_kind::money: return "money";
    case column_kind::percent: return "percent";
    case column_kind::count: return "count";
    case column_kind::number: return "number";
  }
  return "text";
}

}  // namespace detail

std::string to_markdown(const table& t) {
  const table_layout shown = layout(t);
  std::string out;
  if (!t.caption().empty()) out.append("**").append(detail::markdown_escape(t.caption())).append("**\n\n");
  out.append("|");
  for (const column& c : t.columns()) out.append(" ").append(detail::markdown_escape(c.heading)).append(" |");
  out.append("\n|");
  for (const column& c : t.columns())
    out.append(c.align == alignment::right ? " ---: |" : c.align == alignment::centre ? " :---: |" : " --- |");
  out.append("\n");
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const bool strong = t.rows()[r].kind != row_kind::body;
    out.append("|");
    for (const table_layout::shown_cell& c : shown.rows[r]) {
      const std::string text = detail::markdown_escape(c.text);
      out.append(" ");
      if (strong && !text.empty()) out.append("**").append(text).append("**");
      else out.append(text);
      out.append(" |");
    }
    out.append("\n");
  }
  for (const std::string& note : shown.notes) out.append("\n").append(detail::markdown_escape(note)).append("\n");
  if (!t.source().empty()) out.append("\nSource: ").append(detail::markdown_escape(t.source())).append("\n");
  return out;
}

std::string to_html(const table& t, const html_options& options) {
  const table_layout shown = layout(t);
  std::string out;
  if (options.standalone) {
    out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(detail::html_escape(t.caption()))
        .append("</title>\n<style>\n")
        .append(options.stylesheet.empty() ? detail::default_stylesheet() : options.stylesheet)
        .append("</style>\n</head>\n<body>\n");
  }
  out.append("<table class=\"").append(detail::html_escape(options.css_class)).append("\">\n");
  if (!t.caption().empty()) out.append("<caption>").append(detail::html_escape(t.caption())).append("</caption>\n");
  const auto cell_class = [](const column& c) -> std::string {
    if (c.align == alignment::right) return " class=\"num\"";
    if (c.align == alignment::centre) return " class=\"centre\"";
    return "";
  };
  out.append("<thead>\n<tr>");
  for (const column& c : t.columns())
    out.append("<th scope=\"col\"").append(cell_class(c)).append(">").append(detail::html_escape(c.heading)).append("</th>");
  out.append("</tr>\n</thead>\n");
  bool in_foot = false;
  out.append("<tbody>\n");
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    const table_row& row = t.rows()[r];
    if ((row.kind == row_kind::total || row.kind == row_kind::summary) && !in_foot) {
      out.append("</tbody>\n<tfoot>\n");
      in_foot = true;
    }
    out.append("<tr");
    if (row.kind != row_kind::body) out.append(" class=\"").append(detail::row_kind_words(row.kind)).append("\"");
    out.append(">");
    for (std::size_t c = 0; c < t.columns().size(); ++c) {
      const column& col = t.columns()[c];
      const table_layout::shown_cell& shown_cell = shown.rows[r][c];
      const bool header = col.row_header || (row.kind != row_kind::body && c == 0);
      out.append(header ? "<th scope=\"row\"" : "<td").append(cell_class(col)).append(">");
      if (shown_cell.is_list && !shown_cell.items.empty()) {
        out.append("<ul>");
        for (const std::string& item : shown_cell.items) out.append("<li>").append(detail::html_escape(item)).append("</li>");
        out.append("</ul>");
      } else {
        out.append(detail::html_escape(shown_cell.text));
      }
      out.append(header ? "</th>" : "</td>");
    }
    out.append("</tr>\n");
  }
  out.append(in_foot ? "</tfoot>\n" : "</tbody>\n").append("</table>\n");
  for (const std::string& note : shown.notes)
    out.append("<p class=\"commissioning-note\">").append(detail::html_escape(note)).append("</p>\n");
  if (!t.source().empty())
    out.append("<p class=\"commissioning-note\">Source: ").append(detail::html_escape(t.source())).append("</p>\n");
  if (options.standalone) out.append("</body>\n</html>\n");
  return out;
}

std::string to_html_document(std::string_view title, const std::vector<table>& tables,
                                    const std::vector<std::string>& paragraphs, const html_options& options) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  out.append(detail::html_escape(title)).append("</title>\n<style>\n");
  out.append(options.stylesheet.empty() ? detail::default_stylesheet() : options.stylesheet).append("</style>\n</head>\n<body>\n");
  if (!title.empty()) out.append("<h1>").append(detail::html_escape(title)).append("</h1>\n");
  html_options fragment = options;
  fragment.standalone = false;
  for (const table& t : tables) out.append(to_html(t, fragment));
  for (const std::string& p : paragraphs) out.append("<p>").append(detail::html_escape(p)).append("</p>\n");
  return out.append("</body>\n</html>\n");
}

std::string to_csv(const table& t, csv_values values) {
  const table_layout shown = layout(t);
  std::string out;
  for (std::size_t c = 0; c < t.columns().size(); ++c)
    out.append(c ? "," : "").append(detail::csv_field(t.columns()[c].heading, true));
  out.append("\r\n");
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    for (std::size_t c = 0; c < t.columns().size(); ++c) {
      const bool is_text = t.columns()[c].kind == column_kind::text;
      const std::string text =
          values == csv_values::display || is_text ? shown.rows[r][c].text : detail::raw_value(t.rows()[r].cells[c]);
      out.append(c ? "," : "").append(detail::csv_field(text, is_text));
    }
    out.append("\r\n");
  }
  return out;
}

namespace {

nlohmann::ordered_json json_of(const table& t) {
  const table_layout shown = layout(t);
  nlohmann::ordered_json out;
  out["caption"] = t.caption();
  out["columns"] = nlohmann::ordered_json::array();
  for (const column& c : t.columns()) {
    nlohmann::ordered_json col{{"heading", c.heading}, {"kind", detail::column_kind_words(c.kind)}, {"align", detail::align_words(c.align)}};
    if (c.kind == column_kind::money) col["unit"] = detail::money_unit_words(c.money_style.unit);
    if (c.kind == column_kind::money) col["decimals"] = detail::shown_decimals(c.money_style);
    if (c.kind == column_kind::percent || c.kind == column_kind::number) col["decimals"] = c.decimals;
    out["columns"].push_back(std::move(col));
  }
  out["rows"] = nlohmann::ordered_json::array();
  for (std::size_t r = 0; r < t.rows().size(); ++r) {
    nlohmann::ordered_json cells = nlohmann::ordered_json::array();
    for (std::size_t c = 0; c < t.columns().size(); ++c) {
      const cell& in = t.rows()[r].cells[c];
      const table_layout::shown_cell& s = shown.rows[r][c];
      if (std::holds_alternative<std::monostate>(in)) cells.push_back(nullptr);
      else if (s.is_list) cells.push_back({{"items", s.items}});
      else if (std::holds_alternative<std::string>(in)) cells.push_back({{"text", s.text}});
      else if (const auto* n = std::get_if<std::int64_t>(&in)) cells.push_back({{"text", s.text}, {"value", *n}});
      else if (const auto* d = std::get_if<double>(&in)) cells.push_back({{"text", s.text}, {"value", *d}});
      else cells.push_back({{"text", s.text}, {"value", detail::raw_value(in)}});
    }
    nlohmann::ordered_json row{{"kind", detail::row_kind_words(t.rows()[r].kind)}};
    if (t.rows()[r].group >= 0) row["group"] = t.rows()[r].group;
    row["cells"] = std::move(cells);
    out["rows"].push_back(std::move(row));
  }
  out["notes"] = shown.notes;
  out["source"] = t.source();
  return out;
}

}  // namespace

std::string to_json(const table& t, int indent) { return json_of(t).dump(indent); }

std::string wrap_text(std::string_view text, std::size_t width) {
  detail::check_width(width);
  std::string out;
  for (const std::string& line : detail::wrap_hard(text, width)) out.append(line).append("\n");
  return out;
}

std::string to_text(const table& t, const text_options& options) {
  detail::check_width(options.width);
  const table_layout shown = layout(t);
  const std::size_t columns = t.columns().size();
  // No cell wraps wider than the line: wrapping at the width gives what any wider limit would.
  const std::size_t widest = std::min(std::max<std::size_t>(options.max_column_width, 8), options.width);
  const auto foot = [&](std::size_t k) { return t.rows()[k].kind == row_kind::total || t.rows()[k].kind == row_kind::summary; };
  std::string out;
  const auto paragraph = [&](std::string_view text) {
    for (const std::string& line : detail::wrap_hard(text, options.width)) out.append(line).append("\n");
  };
  const auto finish = [&] {
    if (!shown.notes.empty() || !t.source().empty()) out.append("\n");
    for (const std::string& note : shown.notes) paragraph(note);
    if (!t.source().empty()) paragraph("Source: " + t.source());
    return out;
  };
  if (!t.caption().empty()) paragraph(t.caption());

  // Columns side by side, each cell wrapped at `limit`: the widest limit that fits the width,
  // trying no narrower than 16 characters.
  std::vector<std::vector<std::vector<std::string>>> lines;
  std::vector<std::vector<std::string>> headings(columns);
  std::vector<std::size_t> widths(columns);
  const std::size_t narrowest = std::min<std::size_t>(widest, 16);
  for (std::size_t limit = widest; limit >= narrowest; --limit) {
    lines.assign(shown.rows.size(), std::vector<std::vector<std::string>>(columns));
    for (std::size_t c = 0; c < columns; ++c) {
      headings[c] = detail::wrap(t.columns()[c].heading, limit);
      widths[c] = 0;
      for (const std::string& line : headings[c]) widths[c] = std::max(widths[c], std::min(detail::display_width(line), limit));
    }
    for (std::size_t r = 0; r < shown.rows.size(); ++r)
      for (std::size_t c = 0; c < columns; ++c) {
        lines[r][c] = detail::cell_lines(shown.rows[r][c], limit, false);
        for (const std::string& line : lines[r][c]) widths[c] = std::max(widths[c], detail::display_width(line));
      }
    std::size_t total = 2 * (columns - 1);
    for (const std::size_t w : widths) total += w;
    if (total <= options.width) {
      const auto rule = [&] {
        for (std::size_t c = 0; c < columns; ++c) out.append(c ? "  " : "").append(widths[c], '-');
        out.append("\n");
      };
      const auto emit = [&](const std::vector<std::vector<std::string>>& cells) {
        std::size_t height = 1;
        for (const auto& lines_of_cell : cells) height = std::max(height, lines_of_cell.size());
        for (std::size_t k = 0; k < height; ++k) {
          std::string line;
          for (std::size_t c = 0; c < columns; ++c)
            line.append(c ? "  " : "").append(detail::pad(k < cells[c].size() ? cells[c][k] : "", widths[c], t.columns()[c].align));
          while (!line.empty() && line.back() == ' ') line.pop_back();
          out.append(line).append("\n");
        }
      };
      emit(headings);
      rule();
      for (std::size_t r = 0; r < shown.rows.size(); ++r) {
        if (foot(r) && (r == 0 || !foot(r - 1))) rule();
        emit(lines[r]);
      }
      return finish();
    }
    if (limit == narrowest) break;
  }

  // Too wide even so: a block a row, each cell beside its column's heading.
  std::size_t label = 0;
  for (const column& c : t.columns()) label = std::max(label, detail::display_width(c.heading));
  label = std::min(label, options.width / 3);
  const std::size_t value = options.width - label - 2;
  const std::string rule(options.width, '-');
  for (std::size_t r = 0; r < shown.rows.size(); ++r) {
    out.append(r == 0 || foot(r) ? rule + "\n" : "\n");
    for (std::size_t c = 0; c < columns; ++c) {
      const std::vector<std::string> values = detail::cell_lines(shown.rows[r][c], value, true);
      if (c > 0 && std::ranges::all_of(values, [](const std::string& v) { return v.empty(); })) continue;  // an empty cell
      const std::vector<std::string> heading = detail::wrap_hard(t.columns()[c].heading, label);
      for (std::size_t k = 0; k < std::max(heading.size(), values.size()); ++k) {
        std::string line = detail::pad(k < heading.size() ? heading[k] : "", label, alignment::left);
        line.append("  ").append(k < values.size() ? values[k] : "");
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out.append(line).append("\n");
      }
    }
  }
  return finish();
}

}  // namespace commissioning
