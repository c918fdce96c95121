// optimism_bias: the Green Book supplementary guidance table as data, combined projects,
// mitigation, and the adjustment an appraisal states for an option.
//
// The table and the worked examples are from /work/shared/reference/domain-facts.md 1.7:
// HM Treasury, "Green Book supplementary guidance: optimism bias", Table 1 (the same values
// as Mott MacDonald's Table 2), https://www.gov.uk/government/publications/green-book-supplementary-guidance-optimism-bias
// and the method pages https://ppponline.affinitext.com/public/book?id=1343&toc_id=444268 and
// toc_id=444265 (combined projects; reducing the bias as risks are managed).
#include <commissioning/appraisal/optimism_bias.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;

rate pct(std::string_view text) { return rate::parse(text); }
money pounds(std::string_view text) { return money::parse(text); }

constexpr auto duration = optimism_bias_measure::works_duration;
constexpr auto capex = optimism_bias_measure::capital_cost;
constexpr auto opex = optimism_bias_measure::operating_cost;
constexpr auto upper = optimism_bias_bound::upper;
constexpr auto lower = optimism_bias_bound::lower;

// The published table, typed in again from the source: { upper, lower } in percent, or
// nothing where the table has "N/A" or no column.
struct published_row {
  project_type type;
  std::optional<std::pair<int, int>> duration, capex, opex;
};
const std::vector<published_row> published = {
    {project_type::non_standard_buildings, {{39, 2}}, {{51, 4}}, std::nullopt},
    {project_type::standard_buildings, {{4, 1}}, {{24, 2}}, std::nullopt},
    {project_type::non_standard_civil_engineering, {{25, 3}}, {{66, 6}}, std::nullopt},
    {project_type::standard_civil_engineering, {{20, 1}}, {{44, 3}}, std::nullopt},
    {project_type::equipment_development, {{54, 10}}, {{200, 10}}, std::nullopt},
    {project_type::outsourcing, std::nullopt, std::nullopt, {{41, 0}}},  // "41*, 0*: for OPEX"
};

// ---------------------------------------------------------------- the table

TEST(OptimismBiasTest, EveryCellOfTheTableMatchesTheGuidance) {
  ASSERT_EQ(optimism_bias_table().size(), published.size());
  int cells = 0;
  for (const published_row& row : published) {
    const std::pair<optimism_bias_measure, std::optional<std::pair<int, int>>> measures[] = {
        {duration, row.duration}, {capex, row.capex}, {opex, row.opex}};
    for (const auto& [measure, expected] : measures) {
      SCOPED_TRACE(std::string(to_string(row.type)) + ", " + std::string(to_string(measure)));
      EXPECT_EQ(optimism_bias_applies(row.type, measure), expected.has_value());
      if (expected) {
        EXPECT_EQ(optimism_bias(row.type, measure, upper), rate::ratio(expected->first, 100));
        EXPECT_EQ(optimism_bias(row.type, measure, lower), rate::ratio(expected->second, 100));
        cells += 2;
      } else {
        EXPECT_TRUE(fails_with<std::domain_error>([&] { (void)optimism_bias(row.type, measure, upper); },
                                                  "commissioning.optimism_bias.002", "not applicable"));
      }
    }
  }
  EXPECT_EQ(cells, 22);  // five types x two measures x two bounds, and outsourcing's opex pair
}

TEST(OptimismBiasTest, TheTableIsInTheOrderOfTheProjectTypes) {
  for (std::size_t i = 0; i < all_project_types.size(); ++i) EXPECT_EQ(optimism_bias_table()[i].type, all_project_types[i]);
}

TEST(OptimismBiasTest, UpperIsTheDefaultBound) {
  EXPECT_EQ(optimism_bias(project_type::non_standard_buildings, capex), pct("51%"));
  EXPECT_EQ(optimism_bias(project_type::equipment_development, capex), pct("200%"));
}

TEST(OptimismBiasTest, NotApplicableIsAnErrorNamingTheCellNeverZero) {
  EXPECT_TRUE(fails_with<std::domain_error>([] { (void)optimism_bias(project_type::outsourcing, duration); },
                                            "commissioning.optimism_bias.002", "works duration of outsourcing"));
  EXPECT_TRUE(fails_with<std::domain_error>([] { (void)optimism_bias(project_type::outsourcing, capex, lower); },
                                            "commissioning.optimism_bias.002", "capital cost of outsourcing"));
  EXPECT_TRUE(fails_with<std::domain_error>([] { (void)optimism_bias(project_type::standard_buildings, opex); },
                                            "commissioning.optimism_bias.002", "operating cost of standard buildings"));
}

// ---------------------------------------------------------------- names

TEST(OptimismBiasTest, ProjectTypesReadTheirTableNamesInAnyCase) {
  for (project_type type : all_project_types) EXPECT_EQ(parse_project_type(to_string(type)), type);
  EXPECT_EQ(parse_project_type("Non-standard buildings"), project_type::non_standard_buildings);
  EXPECT_EQ(parse_project_type("non_standard_civil_engineering"), project_type::non_standard_civil_engineering);
  EXPECT_EQ(parse_project_type("  STANDARD  civil engineering "), project_type::standard_civil_engineering);
  EXPECT_EQ(parse_project_type("equipment_development"), project_type::equipment_development);
  EXPECT_EQ(parse_project_type("Equipment and development"), project_type::equipment_development);
  EXPECT_EQ(parse_project_type("Outsourcing"), project_type::outsourcing);
}

TEST(OptimismBiasTest, AnUnknownNameIsAnErrorNamingTheText) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)parse_project_type("bridges"); },
                                                "commissioning.optimism_bias.001", "'bridges'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)parse_project_type(""); },
                                                "commissioning.optimism_bias.001", "unknown project type ''"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)parse_optimism_bias_measure("benefits"); },
                                                "commissioning.optimism_bias.001", "'benefits'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)parse_optimism_bias_bound("middle"); },
                                                "commissioning.optimism_bias.001", "'middle'"));
}

TEST(OptimismBiasTest, MeasuresAndBoundsReadTheirNamesAndCommonAbbreviations) {
  EXPECT_EQ(parse_optimism_bias_measure("works duration"), duration);
  EXPECT_EQ(parse_optimism_bias_measure("Duration"), duration);
  EXPECT_EQ(parse_optimism_bias_measure("capital_cost"), capex);
  EXPECT_EQ(parse_optimism_bias_measure("CAPEX"), capex);
  EXPECT_EQ(parse_optimism_bias_measure("capital expenditure"), capex);
  EXPECT_EQ(parse_optimism_bias_measure("operating cost"), opex);
  EXPECT_EQ(parse_optimism_bias_measure("opex"), opex);
  EXPECT_EQ(parse_optimism_bias_bound("Upper"), upper);
  EXPECT_EQ(parse_optimism_bias_bound("lower bound"), lower);
  EXPECT_EQ(to_string(project_type::equipment_development), "equipment/development");
  EXPECT_EQ(to_string(opex), "operating cost");
  EXPECT_EQ(to_string(lower), "lower");
}

// ---------------------------------------------------------------- combined projects

TEST(OptimismBiasTest, BlendWeightsUpperBoundsByShare) {
  // Guidance worked example: 30% non-standard buildings, 70% standard buildings.
  //   capex:    30% x 51% + 70% x 24% = 15.3% + 16.8% = 32.1%
  //   duration: 30% x 39% + 70% x 4%  = 11.7% + 2.8%  = 14.5%
  const std::vector<optimism_bias_share> mix = {{project_type::non_standard_buildings, pct("30%")},
                                                {project_type::standard_buildings, pct("70%")}};
  EXPECT_EQ(blend_optimism_bias(mix, capex), pct("32.1%"));
  EXPECT_EQ(blend_optimism_bias(mix, duration), pct("14.5%"));
  // The lower bounds blend the same way: 30% x 4% + 70% x 2% = 2.6%; 30% x 2% + 70% x 1% = 1.3%.
  EXPECT_EQ(blend_optimism_bias(mix, capex, lower), pct("2.6%"));
  EXPECT_EQ(blend_optimism_bias(mix, duration, lower), pct("1.3%"));
}

TEST(OptimismBiasTest, BlendOfOneTypeIsItsTableValue) {
  EXPECT_EQ(blend_optimism_bias({{project_type::standard_civil_engineering, pct("100%")}}, capex), pct("44%"));
}

TEST(OptimismBiasTest, BlendIsExactInThirds) {
  // A third each of three types: (51% + 24% + 66%) / 3 = 47% exactly, with no rounding of the thirds.
  const rate third = rate::ratio(1, 3);
  EXPECT_EQ(blend_optimism_bias({{project_type::non_standard_buildings, third},
                                 {project_type::standard_buildings, third},
                                 {project_type::non_standard_civil_engineering, third}},
                                capex),
            pct("47%"));
}

TEST(OptimismBiasTest, BlendIgnoresATypeWithNoShareEvenWhereItsMeasureIsNotApplicable) {
  EXPECT_EQ(blend_optimism_bias({{project_type::standard_buildings, pct("100%")}, {project_type::outsourcing, rate()}},
                                capex),
            pct("24%"));
  EXPECT_TRUE(fails_with<std::domain_error>(
      [] {
        (void)blend_optimism_bias(
            {{project_type::standard_buildings, pct("90%")}, {project_type::outsourcing, pct("10%")}}, capex);
      },
      "commissioning.optimism_bias.002", "capital cost of outsourcing"));
}

TEST(OptimismBiasTest, BlendSharesMustSumToExactlyOneHundredPercentNamingTheSum) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        (void)blend_optimism_bias(
            {{project_type::non_standard_buildings, pct("30%")}, {project_type::standard_buildings, pct("60%")}}, capex);
      },
      "commissioning.optimism_bias.004", "they sum to 90%"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        (void)blend_optimism_bias(
            {{project_type::non_standard_buildings, pct("30%")}, {project_type::standard_buildings, pct("70.001%")}},
            capex);
      },
      "commissioning.optimism_bias.004", "they sum to 100.001%"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)blend_optimism_bias({}, capex); },
                                                "commissioning.optimism_bias.004", "they sum to 0%"));
}

TEST(OptimismBiasTest, BlendSharesCannotBeNegative) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        (void)blend_optimism_bias(
            {{project_type::non_standard_buildings, pct("-10%")}, {project_type::standard_buildings, pct("110%")}},
            capex);
      },
      "commissioning.optimism_bias.003", "non-standard buildings cannot be negative, got -10%"));
}

// ---------------------------------------------------------------- mitigation and money

TEST(OptimismBiasTest, MitigationReducesTheUpperBoundByTheShareOfFactorsManaged) {
  // Guidance worked example: 92% mitigation of a 51% upper bound leaves (1 - 92%) x 51% =
  // 8% x 51% = 4.08%, which the guidance calls "4%".
  EXPECT_EQ(mitigate_optimism_bias(pct("51%"), pct("92%")), pct("4.08%"));
  EXPECT_EQ(mitigate_optimism_bias(pct("41%"), pct("50%")), pct("20.5%"));
  EXPECT_EQ(mitigate_optimism_bias(pct("51%"), rate()), pct("51%"));
  EXPECT_EQ(mitigate_optimism_bias(pct("51%"), pct("100%")), rate());
}

TEST(OptimismBiasTest, MitigationOutsideZeroToOneHundredPercentIsAnError) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)mitigate_optimism_bias(pct("51%"), pct("101%")); },
                                                "commissioning.optimism_bias.005", "got 101%"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)mitigate_optimism_bias(pct("51%"), pct("-1%")); },
                                                "commissioning.optimism_bias.005", "got -1%"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)mitigate_optimism_bias(pct("-5%"), pct("50%")); },
                                                "commissioning.optimism_bias.006", "got -5%"));
}

TEST(OptimismBiasTest, UpliftOfOneHundredMillionAtFourPercentIsOneHundredAndFourMillion) {
  // Guidance worked example: £100m capex at 4% optimism bias is £104m, and with £7m for the
  // cost of managing the risks, £111m.
  const money uplifted = apply_optimism_bias(pounds("£100,000,000"), pct("4%"));
  EXPECT_EQ(uplifted, pounds("£104,000,000"));
  EXPECT_EQ(uplifted + pounds("£7,000,000"), pounds("£111,000,000"));
  // At the exact 4.08% rather than the guidance's rounded 4%: £104,080,000.
  EXPECT_EQ(apply_optimism_bias(pounds("£100,000,000"), mitigate_optimism_bias(pct("51%"), pct("92%"))),
            pounds("£104,080,000"));
}

TEST(OptimismBiasTest, UpliftRoundsOnceToThePennyByTheNamedRule) {
  // £0.25 x 1.3 = £0.325: half away from zero £0.33, half even £0.32.
  EXPECT_EQ(apply_optimism_bias(pounds("£0.25"), pct("30%")), pounds("£0.33"));
  EXPECT_EQ(apply_optimism_bias(pounds("£0.25"), pct("30%"), rounding::half_even), pounds("£0.32"));
}

// ---------------------------------------------------------------- the adjustment an option states

TEST(OptimismBiasTest, AdjustmentFromTheTableWithMitigationDescribesItself) {
  const optimism_bias_adjustment outsourced(project_type::outsourcing, opex, upper, pct("50%"));
  EXPECT_EQ(outsourced.measure(), opex);
  EXPECT_EQ(outsourced.uplift(), pct("20.5%"));
  EXPECT_EQ(outsourced.starting_value(), pct("41%"));
  EXPECT_EQ(outsourced.mitigation(), pct("50%"));
  EXPECT_EQ(outsourced.bound(), upper);
  EXPECT_FALSE(outsourced.from_evidence());
  EXPECT_EQ(outsourced.source(), optimism_bias_source);
  EXPECT_EQ(outsourced.describe(),
            "Outsourcing upper bound 41% of operating cost, reduced 50% for mitigated contributory factors: 20.5%");
  // £325,500 a year of operating cost at 20.5%: £392,227.50.
  EXPECT_EQ(outsourced.apply(pounds("£325,500")), pounds("£392,227.50"));
}

TEST(OptimismBiasTest, AdjustmentFromTheTableWithoutMitigation) {
  const optimism_bias_adjustment building(project_type::non_standard_buildings, capex);
  EXPECT_EQ(building.uplift(), pct("51%"));
  EXPECT_EQ(building.mitigation(), rate());
  EXPECT_EQ(building.describe(), "Non-standard buildings upper bound: 51% of capital cost");
  const optimism_bias_adjustment kit(project_type::equipment_development, duration, lower);
  EXPECT_EQ(kit.describe(), "Equipment/development lower bound: 10% of works duration");
}

TEST(OptimismBiasTest, AdjustmentOfTheGuidanceWorkedExampleGivesOneHundredAndFourMillionAndEightyThousand) {
  const optimism_bias_adjustment mitigated(project_type::non_standard_buildings, capex, upper, pct("92%"));
  EXPECT_EQ(mitigated.uplift(), pct("4.08%"));
  EXPECT_EQ(mitigated.apply(pounds("£100,000,000")), pounds("£104,080,000"));
  EXPECT_EQ(mitigated.describe(),
            "Non-standard buildings upper bound 51% of capital cost, reduced 92% for mitigated contributory factors: "
            "4.08%");
}

TEST(OptimismBiasTest, AdjustmentOfACombinedProjectNamesEachTypeAndItsValue) {
  const optimism_bias_adjustment mix({{project_type::non_standard_buildings, pct("30%")},
                                      {project_type::standard_buildings, pct("70%")}},
                                     capex);
  EXPECT_EQ(mix.uplift(), pct("32.1%"));
  EXPECT_EQ(mix.shares().size(), 2U);
  EXPECT_EQ(mix.describe(),
            "Blend of 30% non-standard buildings (51%) and 70% standard buildings (24%), upper bound: 32.1% of "
            "capital cost");
  const optimism_bias_adjustment halved({{project_type::non_standard_buildings, pct("30%")},
                                         {project_type::standard_buildings, pct("70%")}},
                                        duration, upper, pct("50%"));
  EXPECT_EQ(halved.uplift(), pct("7.25%"));
  EXPECT_EQ(halved.describe(),
            "Blend of 30% non-standard buildings (39%) and 70% standard buildings (4%), upper bound 14.5% of works "
            "duration, reduced 50% for mitigated contributory factors: 7.25%");
}

TEST(OptimismBiasTest, AdjustmentFromOwnEvidenceCarriesItsSource) {
  const optimism_bias_adjustment own(capex, pct("12%"), "council capital programme outturn 2015-2022");
  EXPECT_TRUE(own.from_evidence());
  EXPECT_FALSE(own.bound().has_value());
  EXPECT_TRUE(own.shares().empty());
  EXPECT_EQ(own.uplift(), pct("12%"));
  EXPECT_EQ(own.source(), "council capital programme outturn 2015-2022");
  EXPECT_EQ(own.describe(), "Own evidence (council capital programme outturn 2015-2022): 12% of capital cost");
  EXPECT_EQ(own.apply(pounds("£2,500,000")), pounds("£2,800,000"));
}

TEST(OptimismBiasTest, AdjustmentsCompareByEveryField) {
  EXPECT_EQ(optimism_bias_adjustment(project_type::outsourcing, opex, upper, pct("50%")),
            optimism_bias_adjustment(project_type::outsourcing, opex, upper, pct("0.5")));
  EXPECT_NE(optimism_bias_adjustment(project_type::outsourcing, opex, upper, pct("50%")),
            optimism_bias_adjustment(project_type::outsourcing, opex, upper));
  // The same figure from evidence is a different assumption from the table's.
  EXPECT_NE(optimism_bias_adjustment(opex, pct("41%"), "own"), optimism_bias_adjustment(project_type::outsourcing, opex));
}

TEST(OptimismBiasTest, AdjustmentErrorsNameTheOffendingValue) {
  EXPECT_TRUE(fails_with<std::domain_error>(
      [] { (void)optimism_bias_adjustment(project_type::outsourcing, capex); }, "commissioning.optimism_bias.002",
      "capital cost of outsourcing"));
  EXPECT_TRUE(fails_with<std::domain_error>(
      [] { (void)optimism_bias_adjustment(project_type::standard_buildings, capex, lower, pct("10%")); },
      "commissioning.optimism_bias.007", "reduce it by 10%"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)optimism_bias_adjustment(project_type::standard_buildings, capex, upper, pct("120%")); },
      "commissioning.optimism_bias.005", "got 120%"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)optimism_bias_adjustment(capex, pct("-3%"), "audit"); },
                                                "commissioning.optimism_bias.006", "got -3%"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)optimism_bias_adjustment(capex, pct("3%"), "  "); },
                                                "commissioning.optimism_bias.008", "got '  '"));
}

}  // namespace
