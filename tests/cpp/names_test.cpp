// The names of enum values: one list beside each enum, read the same way on every face.
#include <commissioning/calendar/apportionment.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rounding.hpp>
#include <commissioning/names.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

namespace cm = commissioning;

TEST(Names, AValueIsReadByItsCanonicalName) {
  EXPECT_EQ(cm::parse_name<cm::rounding>("half_even"), cm::rounding::half_even);
  EXPECT_EQ(cm::parse_name<cm::money_unit>("whole_pounds"), cm::money_unit::whole_pounds);
  EXPECT_EQ(cm::parse_name<cm::apportion_rule>("daily"), cm::apportion_rule::daily);
}

TEST(Names, CaseSpacesAndHyphensDoNotMatter) {
  for (const char* text : {"half_even", "Half even", "HALF-EVEN", "half-Even"})
    EXPECT_EQ(cm::parse_name<cm::rounding>(text), cm::rounding::half_even) << text;
}

TEST(Names, NothingElseIsRead) {
  for (const char* text : {"", "half", "half_even ", "halfeven", "half__even"})
    EXPECT_FALSE(cm::find_name<cm::rounding>(text).has_value()) << '\'' << text << '\'';
}

TEST(Names, EachValueHasOneCanonicalName) {
  EXPECT_EQ(cm::name_of(cm::rounding::half_away_from_zero), "half_away_from_zero");
  EXPECT_EQ(cm::name_of(cm::negative_style::parentheses), "parentheses");
  EXPECT_EQ(cm::canonical_names<cm::money_unit>(), "pounds_and_pence, whole_pounds, thousands, millions");
}

TEST(Names, AnUnknownNameIsRefusedWithTheNamesItCouldHaveBeen) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)cm::parse_name<cm::rounding>("sideways"); },
                                                "commissioning.name.001", "unknown rounding 'sideways'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)cm::parse_name<cm::apportion_rule>("weekly"); },
                                                "commissioning.name.001", "expected one of monthly, daily"));
}
