// The names of enum values: one list beside each enum, read the same way on every face.
#include <commissioning/appraisal/optimism_bias.hpp>
#include <commissioning/appraisal/option.hpp>
#include <commissioning/budget/portfolio.hpp>
#include <commissioning/budget/proposal.hpp>
#include <commissioning/calendar/apportionment.hpp>
#include <commissioning/contract/modification.hpp>
#include <commissioning/procurement/modification_rules.hpp>
#include <commissioning/procurement/route.hpp>
#include <commissioning/report/render.hpp>
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

TEST(Names, OtherWordsForAValueAreReadAsIt) {
  EXPECT_EQ(cm::read_name<cm::delivery>("In-house"), cm::delivery::in_house);
  EXPECT_EQ(cm::read_name<cm::delivery>("SLA"), cm::delivery::service_level_agreement);
  EXPECT_EQ(cm::read_name<cm::change_kind>("bring in-house"), cm::change_kind::bring_in_house);
  EXPECT_EQ(cm::read_name<cm::change_kind>("change"), cm::change_kind::change_by);
  EXPECT_EQ(cm::read_name<cm::cost_category>("TUPE and transition"), cm::cost_category::tupe_and_transition);
  EXPECT_EQ(cm::name_of(cm::change_kind::change_by), "change_by");  // the canonical name, not the alias
}

TEST(Names, AnEnumsOwnReaderReadsWhatItsNamesDoNot) {
  EXPECT_EQ(cm::read_name<cm::modification_ground>("pcr_72_1_c"), cm::modification_ground::pcr_72_1_c);
  EXPECT_EQ(cm::read_name<cm::modification_ground>("reg 72(1)(c)"), cm::modification_ground::pcr_72_1_c);
  EXPECT_EQ(cm::read_name<cm::modification_ground>("section 72 (1) c"), cm::modification_ground::pcr_72_1_c);
  EXPECT_EQ(cm::read_name<cm::project_type>("Non-standard  buildings"), cm::project_type::non_standard_buildings);
}

TEST(Names, AnUnknownNameKeepsItsLayersId) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)cm::read_name<cm::service_category>("social care"); },
                                                "commissioning.procurement.002",
                                                "expected one of goods, services, works, light_touch_services"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)cm::read_name<cm::option_kind>("outsource"); },
                                                "commissioning.option.001", "unknown option kind 'outsource'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)cm::read_name<cm::delivery>("outsourced"); },
                                                "commissioning.name.001", "unknown delivery 'outsourced'"));
}

template <cm::named_enum... E>
bool canonical_names_are_snake_case() {
  const auto snake = [](std::string_view name) {
    return !name.empty() && name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string_view::npos;
  };
  bool all = true;
  (
      [&] {
        for (const auto& entry : cm::enum_names<E>::names)
          if (cm::is_canonical(entry) && !snake(entry.name)) {
            ADD_FAILURE() << entry.name << " is not snake_case";
            all = false;
          }
      }(),
      ...);
  return all;
}

TEST(Names, EveryCanonicalNameIsSnakeCase) {
  EXPECT_TRUE((canonical_names_are_snake_case<cm::rounding, cm::money_unit, cm::negative_style, cm::apportion_rule,
                                              cm::modification_ground, cm::delivery, cm::change_kind, cm::verdict,
                                              cm::authority_type, cm::service_category, cm::vat_treatment,
                                              cm::option_kind, cm::line_kind, cm::cost_category, cm::project_type,
                                              cm::optimism_bias_measure, cm::optimism_bias_bound, cm::csv_values>()));
}
