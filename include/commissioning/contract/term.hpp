// SPDX-License-Identifier: MIT
/// \file contract/term.hpp
/// \brief Contract terms: a base period and ordered extension options, "3+1+1".
///
/// **Example**:
///
///     const term t = term::parse("3+1+1");   // also "three years plus one plus one"
///     t.base_months();                        // 36
///     t.maximum_months();                     // 60
///     t.to_words();                           // "three years plus one plus one"
///
/// Lengths are whole months. A part written as a bare number is in years ("3"); months
/// are written "18m", mixed lengths "2y7m" (31 months).
#pragma once

#include <commissioning/error.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <numeric>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace commissioning {

/// A contract term: a base period, then extension options taken in order.
class term {
 public:
  /// The longest part, and the longest term, the library accepts (50 and 100 years).
  static constexpr int max_part_months = 50 * 12;
  static constexpr int max_total_months = 100 * 12;

  /// From lengths in months: `term(36, {12, 12})` is 3+1+1.
  explicit term(int base_months, std::vector<int> extension_months = {});

  /// From lengths in whole years: `term::years(3, {1, 1})`.
  [[nodiscard]] static term years(int base_years, const std::vector<int>& extension_years = {});

  /// Read "3+1+1", "18m+6m", "2y7m", "3 + 2", or words: "three years plus one plus one",
  /// "eighteen months plus six months". Rejects "3++1", "+1", "0", "-3", "3+", "3+0".
  [[nodiscard]] static term parse(std::string_view text);

  [[nodiscard]] int base_months() const noexcept { return base_months_; }
  [[nodiscard]] const std::vector<int>& extension_months() const noexcept { return extension_months_; }
  [[nodiscard]] std::size_t extension_count() const noexcept { return extension_months_.size(); }
  /// The base period plus every option.
  [[nodiscard]] int maximum_months() const {
    return std::accumulate(extension_months_.begin(), extension_months_.end(), base_months_);
  }

  /// "3+1+1", "18m+6m", "2y7m".
  [[nodiscard]] std::string to_string() const;
  /// "three years plus one plus one", as reports write it.
  [[nodiscard]] std::string to_words() const;

  friend bool operator==(const term&, const term&) = default;

 private:
  int base_months_;
  std::vector<int> extension_months_;
};

inline std::ostream& operator<<(std::ostream& out, const term& t) { return out << t.to_string(); }

// ---------------------------------------------------------------- inline definitions

namespace detail {

inline constexpr std::array<std::string_view, 21> number_words = {
    "zero",    "one",     "two",       "three",    "four",     "five",    "six",
    "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};

inline std::string number_in_words(int n) {
  return n >= 0 && n < static_cast<int>(number_words.size()) ? std::string(number_words[static_cast<std::size_t>(n)])
                                                             : std::to_string(n);
}

/// "3" (when every part is whole years), "3y", "18m", "2y7m": the compact form of one part.
inline std::string compact_length(int months, bool all_whole_years) {
  if (all_whole_years) return std::to_string(months / 12);
  if (months % 12 == 0) return std::to_string(months / 12) + "y";
  if (months < 24) return std::to_string(months) + "m";
  return std::to_string(months / 12) + "y" + std::to_string(months % 12) + "m";
}

inline std::string length_in_words(int months) {
  const auto unit = [](int n, std::string_view singular) {
    return number_in_words(n) + " " + std::string(singular) + (n == 1 ? "" : "s");
  };
  if (months % 12 == 0) return unit(months / 12, "year");
  if (months < 24) return unit(months, "month");  // "eighteen months"
  return unit(months / 12, "year") + " and " + unit(months % 12, "month");
}

}  // namespace detail

inline term::term(int base_months, std::vector<int> extension_months)
    : base_months_(base_months), extension_months_(std::move(extension_months)) {
  auto check = [](int months, const std::string& what) {
    if (months <= 0)
      throw invalid_input("term", 2, what + " must be at least one month, got " + std::to_string(months) + " months");
    if (months > max_part_months)
      throw invalid_input("term", 3, what + " of " + std::to_string(months) + " months is longer than 50 years");
  };
  check(base_months_, "the base period");
  long total = base_months_;
  for (std::size_t i = 0; i < extension_months_.size(); ++i) {
    check(extension_months_[i], "extension " + std::to_string(i + 1));
    total += extension_months_[i];
  }
  if (total > max_total_months)
    throw invalid_input("term", 3, "a term of " + std::to_string(total) + " months is longer than 100 years");
}

inline term term::years(int base_years, const std::vector<int>& extension_years) {
  auto months = [](int y) {
    if (y > max_part_months || y < -max_part_months)
      throw invalid_input("term", 3, "a part of " + std::to_string(y) + " years is longer than 50 years");
    return y * 12;
  };
  std::vector<int> extensions;
  extensions.reserve(extension_years.size());
  for (int y : extension_years) extensions.push_back(months(y));
  return term(months(base_years), std::move(extensions));
}

inline std::string term::to_string() const {
  bool all_whole_years = base_months_ % 12 == 0;
  for (int m : extension_months_) all_whole_years = all_whole_years && m % 12 == 0;
  std::string text = detail::compact_length(base_months_, all_whole_years);
  for (int m : extension_months_) text.append("+").append(detail::compact_length(m, all_whole_years));
  return text;
}

inline std::string term::to_words() const {
  std::string text = detail::length_in_words(base_months_);
  // A bare number is read in the unit last named, so the unit may be dropped only while
  // that unit is years: "three years plus one plus one", but "three years plus six months
  // plus one year" (not "... plus one", which reads back as one month).
  bool last_unit_years = base_months_ % 12 == 0;
  for (int m : extension_months_) {
    if (last_unit_years && m % 12 == 0) {
      text.append(" plus ").append(detail::number_in_words(m / 12));
    } else {
      text.append(" plus ").append(detail::length_in_words(m));
      last_unit_years = m % 12 == 0;
    }
  }
  return text;
}

inline term term::parse(std::string_view text) {
  const std::string_view original = text;
  auto fail = [&](const std::string& why) {
    return invalid_input("term", 1, "cannot read " + quote(original) + " as a contract term: " + why);
  };
  // Lower-case, then split into parts at '+' or the word "plus".
  std::string lowered;
  for (char c : text) lowered += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  std::vector<std::string> parts;
  {
    std::string current;
    std::size_t i = 0;
    auto flush = [&] {
      std::size_t b = current.find_first_not_of(" \t");
      std::size_t e = current.find_last_not_of(" \t");
      parts.push_back(b == std::string::npos ? std::string() : current.substr(b, e - b + 1));
      current.clear();
    };
    while (i < lowered.size()) {
      const bool word_plus = lowered.compare(i, 6, " plus ") == 0;
      if (lowered[i] == '+' || word_plus) {
        flush();
        i += word_plus ? 6 : 1;
      } else {
        current += lowered[i++];
      }
    }
    flush();
  }
  if (parts.size() == 1 && parts[0].empty()) throw fail("the text is empty");

  // One part: "3", "18m", "2y7m", "three years", "one", "eighteen months", "2 years 7 months".
  auto read_part = [&](const std::string& part, std::size_t index, bool& in_years) -> int {
    if (part.empty())
      throw fail(index == 0                  ? "it starts with '+'"
                 : index + 1 == parts.size() ? "it ends with '+'"
                                             : "an extension between two '+' signs is missing");
    std::vector<std::string> tokens;
    {
      std::string token;
      auto push = [&] {
        if (!token.empty()) tokens.push_back(token);
        token.clear();
      };
      for (std::size_t k = 0; k < part.size(); ++k) {
        const char c = part[k];
        const bool digit = c >= '0' && c <= '9';
        const bool letter = c >= 'a' && c <= 'z';
        if (c == ' ' || c == '\t') { push(); continue; }
        if (!digit && !letter) throw fail("unexpected character " + quote(character_at(part, k)));
        // Split "2y7m" into "2", "y", "7", "m".
        if (!token.empty() && ((token.back() >= '0' && token.back() <= '9') != digit)) push();
        token += c;
      }
      push();
    }
    long months = 0;
    bool saw_number = false;
    long pending = -1;
    for (const std::string& token : tokens) {
      long value = -1;
      if (token[0] >= '0' && token[0] <= '9') {
        if (token.size() - std::min(token.find_first_not_of('0'), token.size()) > 4)  // 10000 or more
          throw invalid_input("term", 3, "a part of " + quote(original) + " is longer than 50 years");
        if (token.size() > 4) throw fail("the length " + quote(token) + " has too many digits");
        value = std::stol(token);
      } else {
        for (std::size_t w = 0; w < detail::number_words.size(); ++w)
          if (token == detail::number_words[w]) value = static_cast<long>(w);
      }
      if (value >= 0) {
        if (pending >= 0) throw fail("two numbers in a row in " + quote(part));
        pending = value;
        saw_number = true;
        continue;
      }
      const bool years = token == "y" || token == "yr" || token == "yrs" || token == "year" || token == "years";
      const bool month = token == "m" || token == "mo" || token == "month" || token == "months";
      if (token == "and") continue;
      if (!years && !month) throw fail("unexpected word " + quote(token));
      if (pending < 0) throw fail("a unit without a number in " + quote(part));
      months += years ? pending * 12 : pending;
      in_years = years;
      pending = -1;
    }
    if (!saw_number) throw fail("no length in " + quote(part));
    if (pending >= 0) months += in_years ? pending * 12 : pending;  // bare number: the unit in force
    if (months <= 0) throw invalid_input("term", 2, "each part of " + quote(original) + " must be at least one month");
    if (months > max_part_months) throw invalid_input("term", 3, "a part of " + quote(original) + " is longer than 50 years");
    return static_cast<int>(months);
  };

  bool in_years = true;  // a bare number means years until a part names another unit
  const int base = read_part(parts[0], 0, in_years);
  std::vector<int> extensions;
  long total = base;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    extensions.push_back(read_part(parts[i], i, in_years));
    total += extensions.back();
  }
  if (total > max_total_months)
    throw invalid_input("term", 3, "the term " + quote(original) + " is longer than 100 years");
  return term(base, std::move(extensions));
}

}  // namespace commissioning
