// SPDX-License-Identifier: MIT
// The threshold table of procurement/thresholds.hpp, compiled once: reading it and finding a
// contract's thresholds.
#include <commissioning/procurement/thresholds.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <system_error>
#include <tuple>
#include <string_view>
#include <vector>

namespace commissioning {

namespace detail {
/// What makes a threshold row unique: its regime, type, date and column.
auto threshold_key(const threshold_row& row) {
  return std::tuple(row.regime, row.type, std::chrono::sys_days(row.effective_from).time_since_epoch().count(),
                    row.column);
}
}  // namespace detail

threshold_table::threshold_table(std::vector<threshold_row> rows) : rows_(std::move(rows)) {
  // A set, not a pass over every pair: a table of 100,000 rows is checked in moments.
  std::set<decltype(detail::threshold_key(rows_.front()))> seen;
  for (const threshold_row& row : rows_)
    if (!seen.insert(detail::threshold_key(row)).second)
      throw invalid_input("procurement", 1,
                          "the threshold table gives " + std::string(to_string(row.type)) + " from " +
                              to_iso(row.effective_from) + " twice");
}

threshold_table threshold_table::of(std::vector<threshold_row> rows) {
  if (rows.empty()) throw invalid_input("procurement", 1, "the threshold table has no rows");
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].amount.is_negative())
      throw invalid_input(
          "procurement", 1,
          "row " + std::to_string(i) + ": a threshold cannot be negative, got " + to_string(rows[i].amount));
  return threshold_table(std::move(rows));
}

threshold_table threshold_table::read_csv(const std::string& path) {
  const auto refuse = [&](const std::string& why) {
    return invalid_input("procurement", 8, "cannot read the threshold table " + quote(path) + ": " + why);
  };
  // The operating system would read the name only up to a NUL.
  if (path.find('\0') != std::string::npos) throw refuse("a file name cannot hold a NUL");
  // The type first, from the directory entry: opening a FIFO with no writer would block for ever.
  std::error_code ec;
  const std::filesystem::file_status status = std::filesystem::status(path, ec);
  if (ec) throw refuse(ec.message());
  if (status.type() != std::filesystem::file_type::regular) throw refuse("it is not a regular file");
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw refuse(std::generic_category().message(errno));
  // At most one byte past the limit: a file that grows while read cannot exhaust memory.
  std::string text(max_threshold_file_bytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.bad()) throw refuse(std::generic_category().message(errno));
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (text.size() > max_threshold_file_bytes)
    throw refuse("it is larger than " + std::to_string(max_threshold_file_bytes) + " bytes");
  return parse_csv(text);
}

threshold_table threshold_table::parse_csv(std::string_view text) {
  std::vector<threshold_row> rows;
  std::map<decltype(detail::threshold_key(threshold_row{})), std::size_t> row_lines;  // to name a duplicate
  std::size_t line_number = 0;
  bool header = true;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (header) {
      header = false;
      continue;
    }
    // Split at commas outside double quotes ("" inside quotes is a quote).
    std::vector<std::string> fields(1);
    bool quoted_field = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      if (quoted_field) {
        if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
          fields.back() += '"';
          ++i;
        } else if (c == '"') {
          quoted_field = false;
        } else {
          fields.back() += c;
        }
      } else if (c == '"') {
        quoted_field = true;
      } else if (c == ',') {
        fields.emplace_back();
      } else {
        fields.back() += c;
      }
    }
    auto fail = [&](const std::string& why) {
      return invalid_input("procurement", 1, "threshold table line " + std::to_string(line_number) + ": " + why);
    };
    if (fields.size() != 6 && fields.size() != 7)
      throw fail("expected 6 fields (7 with the column), found " + std::to_string(fields.size()));
    try {
      const bool vat = fields[4] == "yes" || fields[4] == "true";
      if (!vat && fields[4] != "no" && fields[4] != "false")
        throw fail("vat_inclusive must be yes or no, got " + quote(fields[4]));
      threshold_column column = threshold_column::all;
      if (fields.size() == 7) {
        const auto named = find_name<threshold_column>(fields[6]);
        if (!named) throw fail("column must be all, welsh_ministers or any_other, got " + quote(fields[6]));
        column = *named;
      }
      rows.push_back({parse_procurement_regime(fields[0]), parse_contract_type(fields[1]), parse_date(fields[2]),
                      money::parse(fields[3]), vat, fields[5], column});
    } catch (const error& e) {
      if (e.id() == "commissioning.procurement.001") throw;
      // The field's own message, without its "[id] " prefix: one prefix per message.
      std::string_view why = e.message();
      if (why.starts_with("[" + e.id() + "] ")) why.remove_prefix(e.id().size() + 3);
      throw fail(std::string(why));
    }
    if (rows.back().amount.is_negative()) throw fail("a threshold cannot be negative, got " + quote(fields[3]));
    if (const auto [first, added] = row_lines.emplace(detail::threshold_key(rows.back()), line_number); !added)
      throw fail("gives " + std::string(to_string(rows.back().type)) + " from " + to_iso(rows.back().effective_from) +
                 " again (first on line " + std::to_string(first->second) + ")");
  }
  if (rows.empty()) throw invalid_input("procurement", 1, "the threshold table has no rows");
  return threshold_table(std::move(rows));
}

}  // namespace commissioning
