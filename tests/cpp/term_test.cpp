// term: a base period and extension options taken in order, "3+1+1", read and written as
// councils write them.
#include <commissioning/contract/term.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;

testing::AssertionResult refuses(std::string_view text, std::string_view id) {
  return fails_with<std::invalid_argument>([&] { (void)term::parse(text); }, id, quote(text));
}

// ---------------------------------------------------------------- reading the usual forms

TEST(TermTest, ReadsThreePlusOnePlusOne) {
  // Seeds 000 and 004: "a term of three years with the provision to further extend on a one
  // year plus one year basis".
  const term t = term::parse("3+1+1");
  EXPECT_EQ(t.base_months(), 36);
  EXPECT_EQ(t.extension_months(), (std::vector<int>{12, 12}));
  EXPECT_EQ(t.extension_count(), 2U);
  EXPECT_EQ(t.maximum_months(), 60);
  EXPECT_EQ(t, term(36, {12, 12}));
  EXPECT_EQ(t, term::years(3, {1, 1}));
}

TEST(TermTest, ReadsTheCommonShapes) {
  struct shape {
    std::string_view text;
    int base;
    std::vector<int> options;
    int maximum;
  };
  const std::vector<shape> shapes = {
      {"3+1+1", 36, {12, 12}, 60},     {"2+1+1", 24, {12, 12}, 48},       {"3+2", 36, {24}, 60},
      {"4+2+1", 48, {24, 12}, 84},     {"3+2+1+1", 36, {24, 12, 12}, 84}, {"1+1", 12, {12}, 24},
      {"5+1", 60, {12}, 72},           {"18m+6m", 18, {6}, 24},           {"2y7m", 31, {}, 31},
      {"3", 36, {}, 36},               {"3 + 2", 36, {24}, 60},           {"18M+6M", 18, {6}, 24},
  };
  for (const shape& s : shapes) {
    const term t = term::parse(s.text);
    EXPECT_EQ(t.base_months(), s.base) << s.text;
    EXPECT_EQ(t.extension_months(), s.options) << s.text;
    EXPECT_EQ(t.maximum_months(), s.maximum) << s.text;
  }
}

TEST(TermTest, WritesTheCompactForm) {
  EXPECT_EQ(term(36, {12, 12}).to_string(), "3+1+1");
  EXPECT_EQ(term(24, {12, 12}).to_string(), "2+1+1");
  EXPECT_EQ(term(36, {24}).to_string(), "3+2");
  EXPECT_EQ(term(48, {24, 12}).to_string(), "4+2+1");
  EXPECT_EQ(term(36, {24, 12, 12}).to_string(), "3+2+1+1");
  EXPECT_EQ(term(12, {12}).to_string(), "1+1");
  EXPECT_EQ(term(60, {12}).to_string(), "5+1");
  EXPECT_EQ(term(18, {6}).to_string(), "18m+6m");
  EXPECT_EQ(term(31).to_string(), "2y7m");
  // Once any part is not whole years, every part names its unit.
  EXPECT_EQ(term(36, {6}).to_string(), "3y+6m");
}

TEST(TermTest, ReadsAndWritesWords) {
  // Seed 000: "(three years plus one plus one)".
  EXPECT_EQ(term::parse("three years plus one plus one"), term(36, {12, 12}));
  EXPECT_EQ(term::parse("Three Years plus One plus One"), term(36, {12, 12}));
  EXPECT_EQ(term(36, {12, 12}).to_words(), "three years plus one plus one");
  EXPECT_EQ(term(24, {12, 12}).to_words(), "two years plus one plus one");
  EXPECT_EQ(term(36, {24}).to_words(), "three years plus two");
  EXPECT_EQ(term(12, {12}).to_words(), "one year plus one");
  EXPECT_EQ(term(18, {6}).to_words(), "eighteen months plus six months");
  EXPECT_EQ(term::parse("eighteen months plus six months"), term(18, {6}));
  EXPECT_EQ(term(31).to_words(), "two years and seven months");
  EXPECT_EQ(term::parse("two years and seven months"), term(31));
  // Past twenty the words give way to digits.
  EXPECT_EQ(term(25 * 12).to_words(), "25 years");
}

TEST(TermTest, ReadsABareNumberInTheUnitLastNamed) {
  // "three years plus one": years. "eighteen months plus six": months.
  EXPECT_EQ(term::parse("three years plus one"), term(36, {12}));
  EXPECT_EQ(term::parse("eighteen months plus six"), term(18, {6}));
  EXPECT_EQ(term::parse("18m+6"), term(18, {6}));
  EXPECT_EQ(term::parse("3+6m+1y"), term(36, {6, 12}));
}

TEST(TermTest, NamesTheUnitAgainAfterAPartInMonths) {
  // 3 years, then 6 months, then 1 year: after "six months" a bare "one" would read back as
  // one month, so the last option names its unit.
  const term t(36, {6, 12});
  EXPECT_EQ(t.to_words(), "three years plus six months plus one year");
  EXPECT_EQ(term::parse(t.to_words()), t);
  EXPECT_EQ(term::parse(t.to_string()), t);
}

TEST(TermTest, PrintsItsCompactForm) {
  std::ostringstream out;
  out << term::parse("three years plus one plus one");
  EXPECT_EQ(out.str(), "3+1+1");
}

// ---------------------------------------------------------------- refusing what is not a term

TEST(TermTest, RefusesMalformedText) {
  EXPECT_TRUE(refuses("3++1", "commissioning.term.001"));
  EXPECT_TRUE(refuses("+1", "commissioning.term.001"));
  EXPECT_TRUE(refuses("3+", "commissioning.term.001"));
  EXPECT_TRUE(refuses("-3", "commissioning.term.001"));
  EXPECT_TRUE(refuses("3x", "commissioning.term.001"));
  EXPECT_TRUE(refuses("", "commissioning.term.001"));
  EXPECT_TRUE(refuses("years", "commissioning.term.001"));
  EXPECT_TRUE(refuses("3 4", "commissioning.term.001"));
  // The message says what is wrong, as docs/errors.md shows it.
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)term::parse("3++1"); }, "commissioning.term.001",
      "cannot read '3++1' as a contract term: an extension between two '+' signs is missing"));
}

TEST(TermTest, RefusesPartsOfNoLength) {
  EXPECT_TRUE(refuses("0", "commissioning.term.002"));
  EXPECT_TRUE(refuses("3+0", "commissioning.term.002"));
  EXPECT_TRUE(refuses("0m", "commissioning.term.002"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)term(0); }, "commissioning.term.002", "0 months"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)term(36, {12, -12}); }, "commissioning.term.002",
                                                "extension 2"));
}

TEST(TermTest, RefusesAbsurdLengths) {
  // A part over 50 years, or a whole term over 100 years.
  EXPECT_TRUE(refuses("51", "commissioning.term.003"));
  EXPECT_TRUE(refuses("1000", "commissioning.term.003"));
  EXPECT_TRUE(refuses("10000", "commissioning.term.003"));
  EXPECT_TRUE(refuses("99999999999999999999", "commissioning.term.003"));
  EXPECT_TRUE(refuses("601m", "commissioning.term.003"));
  EXPECT_TRUE(refuses("50+50+1", "commissioning.term.003"));  // 101 years in all
  EXPECT_NO_THROW((void)term::parse("50"));
  EXPECT_NO_THROW((void)term::parse("50+50"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)term::parse("1000"); }, "commissioning.term.003",
                                                "a part of '1000' is longer than 50 years"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)term(601); }, "commissioning.term.003", "601 months"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)term::years(1'000'000); }, "commissioning.term.003",
                                                "1000000 years"));
  // Lengths known only at run time (a list read from a file or from Python).
  const std::vector<int> options = {1, 1};
  EXPECT_EQ(term::years(3, options), term::parse("3+1+1"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)term::years(3, std::vector<int>{1, 51}); },
                                                "commissioning.term.003", "extension 2 of 612 months"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)term::years(3, std::vector<int>{1'000'000}); },
                                                "commissioning.term.003", "a part of 1000000 years"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)term(600, {600, 1}); }, "commissioning.term.003",
                                                "1201 months"));
}

// ---------------------------------------------------------------- round trips

TEST(TermPropertyTest, ReadsBackWhatItWrites) {
  std::mt19937_64 engine(311);
  std::uniform_int_distribution<int> option_count(0, 4);
  std::uniform_int_distribution<int> kind(0, 2);
  // Whole years, small numbers of months, and anything up to 50 years.
  auto part = [&] {
    switch (kind(engine)) {
      case 0: return 12 * std::uniform_int_distribution<int>(1, 5)(engine);
      case 1: return std::uniform_int_distribution<int>(1, 30)(engine);
      default: return std::uniform_int_distribution<int>(1, term::max_part_months)(engine);
    }
  };
  for (int i = 0; i < 5000; ++i) {
    const int base = part();
    int total = base;
    std::vector<int> options;
    for (int k = option_count(engine); k > 0; --k) {
      const int months = part();
      if (total + months > term::max_total_months) break;
      options.push_back(months);
      total += months;
    }
    const term t(base, options);
    ASSERT_EQ(t.maximum_months(), total);
    ASSERT_EQ(term::parse(t.to_string()), t) << t.to_string();
    ASSERT_EQ(term::parse(t.to_words()), t) << t.to_words();
  }
}

}  // namespace
