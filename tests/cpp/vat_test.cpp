// vat: the VAT treatment of an appraisal cost. A council is refunded the VAT it incurs on
// non-business activities (Value Added Tax Act 1994 section 33(1), local authorities by
// 33(3)(a)), so the appraisal counts the net cost; irrecoverable VAT stays in it; thresholds
// compare the gross value (SI 2021/1221). Worked by hand: £120,000 including VAT at 20% is
// £100,000 net and £20,000 VAT.
#include <commissioning/appraisal/vat.hpp>

#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/appraisal/option.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "fails_with.hpp"

namespace {

using namespace commissioning;

money pounds(const char* text) { return money::parse(text); }

TEST(VatTest, RecoverableVatIsLeftOutOfTheAppraisedCostButNotTheThresholdValue) {
  const vat_split split =
      split_vat(pounds("£120,000"), {.treatment = vat_recovery::recoverable, .amounts_include_vat = true});
  EXPECT_EQ(split.net, pounds("£100,000"));
  EXPECT_EQ(split.vat, pounds("£20,000"));
  EXPECT_EQ(split.gross, pounds("£120,000"));
  EXPECT_EQ(split.appraised, pounds("£100,000"));
}

TEST(VatTest, IrrecoverableVatStaysInTheCost) {
  const vat_split split = split_vat(pounds("£100,000"), {.treatment = vat_recovery::irrecoverable});
  EXPECT_EQ(split.vat, pounds("£20,000"));
  EXPECT_EQ(split.gross, pounds("£120,000"));
  EXPECT_EQ(split.appraised, pounds("£120,000"));
}

TEST(VatTest, ExemptOutsideTheScopeAndNotStatedChargeNoVat) {
  // Seed 004's young carers service is VAT-exempt social care: £325,484 a year, no VAT.
  for (vat_recovery treatment : {vat_recovery::exempt, vat_recovery::outside_scope, vat_recovery::not_stated}) {
    const vat_split split = split_vat(pounds("£325,484"), {.treatment = treatment});
    EXPECT_EQ(split.vat, money{});
    EXPECT_EQ(split.net, pounds("£325,484"));
    EXPECT_EQ(split.gross, pounds("£325,484"));
    EXPECT_EQ(split.appraised, pounds("£325,484"));
  }
}

TEST(VatTest, NoPennyIsCreatedOrLost) {
  // £100.01 including VAT: VAT £100.01 / 6 = £16.668... rounds to £16.67, the net is the rest.
  const vat_split split =
      split_vat(pounds("£100.01"), {.treatment = vat_recovery::recoverable, .amounts_include_vat = true});
  EXPECT_EQ(split.vat, pounds("£16.67"));
  EXPECT_EQ(split.net, pounds("£83.34"));
  EXPECT_EQ(split.net + split.vat, pounds("£100.01"));
  // At the reduced rate of 5%: £105 including VAT is £100 net.
  EXPECT_EQ(split_vat(pounds("£105"), {.treatment = vat_recovery::recoverable, .vat_rate = rate::parse("5%"),
                                       .amounts_include_vat = true})
                .net,
            pounds("£100"));
}

TEST(VatTest, RefusesANegativeRate) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)split_vat(pounds("£1"), {.treatment = vat_recovery::recoverable, .vat_rate = rate::parse("-20%")}); },
      "commissioning.appraisal.007", "a VAT rate cannot be negative, got -20%"));
}

TEST(VatTest, TheTreatmentsAreNamed) {
  EXPECT_EQ(read_name<vat_recovery>("outside scope"), vat_recovery::outside_scope);
  EXPECT_EQ(name_of(vat_recovery::recoverable), "recoverable");
}

// ---------------------------------------------------------------- on an appraisal line

const financial_year y2024(2024);
const financial_year y2025(2025);
const vat_terms recoverable_inclusive{.treatment = vat_recovery::recoverable, .amounts_include_vat = true};
const vat_terms irrecoverable_inclusive{.treatment = vat_recovery::irrecoverable, .amounts_include_vat = true};
const vat_terms irrecoverable_net{.treatment = vat_recovery::irrecoverable};
const vat_terms exempt{.treatment = vat_recovery::exempt};

appraisal_line care(money per_year, const vat_terms& terms) {
  return appraisal_line::recurring("Care", line_kind::cost, cost_category::contract_payments, per_year, y2024, y2025)
      .with_vat(terms);
}

/// A two-year appraisal (2024-25 undiscounted, 2025-26 at 1 / 1.035) of one line.
option_appraisal appraised(const appraisal_line& line) {
  option o("Commission", option_kind::external_commission);
  o.add(line);
  return appraisal("Care", appraisal_settings(y2024, 2, price_basis::nominal), {o}).run().options.front();
}

TEST(VatOnALineTest, TheAppraisalCountsTheCostNetOfRecoverableVat) {
  // £120,000 a year including VAT at 20%, recoverable: £100,000 a year counted.
  // PV = £100,000 + £100,000 / 1.035 = £100,000 + £96,618.357... = £196,618.36.
  const appraisal_line line = care(pounds("£120,000"), recoverable_inclusive);
  EXPECT_EQ(line.in(y2024), pounds("£120,000"));  // the amounts stay as given
  EXPECT_EQ(line.appraised(y2024), pounds("£100,000"));
  const option_appraisal o = appraised(line);
  EXPECT_EQ(o.years[0].costs, pounds("£100,000"));
  EXPECT_EQ(o.cash_costs, pounds("£200,000"));
  EXPECT_EQ(o.present_value_costs, pounds("£196,618.36"));
}

TEST(VatOnALineTest, IrrecoverableVatStaysInTheCostWhicheverWayTheAmountsAreGiven) {
  // £120,000 + £120,000 / 1.035 = £120,000 + £115,942.028... = £235,942.03.
  const option_appraisal inclusive = appraised(care(pounds("£120,000"), irrecoverable_inclusive));
  EXPECT_EQ(inclusive.cash_costs, pounds("£240,000"));
  EXPECT_EQ(inclusive.present_value_costs, pounds("£235,942.03"));
  // £100,000 a year net, VAT at 20% not recovered: £120,000 a year counted.
  const appraisal_line net = care(pounds("£100,000"), irrecoverable_net);
  EXPECT_EQ(net.appraised(y2025), pounds("£120,000"));
  EXPECT_EQ(appraised(net).present_value_costs, pounds("£235,942.03"));
}

TEST(VatOnALineTest, ExemptOutsideTheScopeAndNotStatedAreCountedAsGiven) {
  for (const vat_terms& terms : {exempt, vat_terms{.treatment = vat_recovery::outside_scope}, vat_terms{}}) {
    const option_appraisal o = appraised(care(pounds("£120,000"), terms));
    EXPECT_EQ(o.cash_costs, pounds("£240,000"));
    EXPECT_EQ(o.present_value_costs, pounds("£235,942.03"));
  }
  // A line without VAT terms is exactly the line it always was.
  const appraisal_line plain =
      appraisal_line::recurring("Care", line_kind::cost, cost_category::contract_payments, pounds("£120,000"), y2024, y2025);
  EXPECT_EQ(plain.vat(), vat_terms{});
  EXPECT_EQ(plain.with_vat(vat_terms{}), plain);
  EXPECT_NE(plain.with_vat(exempt), plain);
}

TEST(VatOnALineTest, AThresholdTakesTheGrossValue) {
  // A procurement threshold compares the VAT-inclusive value (SI 2021/1221) whatever the
  // council recovers: £100,000 a year net at 20% is £240,000 over two years.
  EXPECT_EQ(care(pounds("£100,000"), {.treatment = vat_recovery::recoverable}).gross_total(), pounds("£240,000"));
  EXPECT_EQ(care(pounds("£120,000"), recoverable_inclusive).gross_total(), pounds("£240,000"));
  EXPECT_EQ(care(pounds("£120,000"), exempt).gross_total(), pounds("£240,000"));
}

TEST(VatOnALineTest, EachYearIsSplitAndNoPennyIsLost) {
  // Awkward amounts, three rates, both ways of giving them: every year's split adds up, the
  // VAT-inclusive amounts are their own gross, and the totals are the sums of the years.
  std::vector<financial_year_amount> amounts;
  std::int64_t pence = 1;
  for (int year = 2024; year < 2064; ++year, pence = pence * 7919 % 100'000'003 + 1)
    amounts.push_back({financial_year(year), money::from_pence(pence)});
  for (const char* vat_rate : {"20%", "5%", "17.5%"})
    for (bool inclusive : {true, false})
      for (vat_recovery treatment : {vat_recovery::recoverable, vat_recovery::irrecoverable}) {
        const appraisal_line line =
            appraisal_line::per_year("Awkward", line_kind::cost, cost_category::other, amounts)
                .with_vat({.treatment = treatment, .vat_rate = rate::parse(vat_rate), .amounts_include_vat = inclusive});
        money gross;
        for (const auto& [year, amount] : amounts) {
          const vat_split split = line.split(year);
          EXPECT_EQ(split.net + split.vat, split.gross) << vat_rate << " " << to_string(amount);
          EXPECT_EQ(inclusive ? split.gross : split.net, amount);
          EXPECT_EQ(split.appraised, treatment == vat_recovery::recoverable ? split.net : split.gross);
          gross += split.gross;
        }
        EXPECT_EQ(line.gross_total(), gross);
        if (inclusive) {
          EXPECT_EQ(line.gross_total(), line.total());
        }
      }
}

TEST(VatOnALineTest, TheAssumptionsStateEachLinesTreatment) {
  option o("Commission", option_kind::external_commission);
  o.add(care(pounds("£120,000"), recoverable_inclusive))
      .add(appraisal_line::one_off("Advice", line_kind::cost, cost_category::procurement, pounds("£5,000"), y2024)
               .with_vat(exempt))
      .add(appraisal_line::one_off("Staff", line_kind::cost, cost_category::staff, pounds("£1,000"), y2024));
  const appraisal_result result = appraisal("Care", appraisal_settings(y2024, 2), {o}).run();
  std::vector<std::string> vat;
  for (const std::string& text : result.assumptions)
    if (text.starts_with("VAT")) vat.push_back(text);
  ASSERT_EQ(vat.size(), 2u);  // the line without terms says nothing
  EXPECT_EQ(vat[0],
            "VAT on 'Care' (Commission): recoverable at 20%; the amounts include VAT; the appraisal counts them net of "
            "VAT, which the council recovers (VAT Act 1994 s.33). Its VAT-inclusive value, which a procurement "
            "threshold compares, is £240,000.00.");
  EXPECT_EQ(vat[1], "VAT on 'Advice' (Commission): an exempt supply: no VAT is charged and the amounts are counted as given.");
}

TEST(VatOnALineTest, RestoreScaleAndRefusal) {
  const appraisal_line line = care(pounds("£120,000"), recoverable_inclusive);
  EXPECT_EQ(appraisal_line::restore(line.name(), line.kind(), line.category(), line.basis(), line.one_off(),
                                    line.amounts(), line.vat()),
            line);
  EXPECT_EQ(line.scaled(rate::parse("50%")).appraised(y2024), pounds("£50,000"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)line.with_vat({.treatment = vat_recovery::recoverable, .vat_rate = rate::parse("-5%")}); },
      "commissioning.appraisal.007", "a VAT rate cannot be negative, got -5%"));
}

TEST(VatTest, TermsInBrief) {
  EXPECT_EQ(summary(vat_terms{}), "");
  EXPECT_EQ(summary({.treatment = vat_recovery::recoverable, .amounts_include_vat = true}),
            "recoverable at 20%, amounts include VAT");
  EXPECT_EQ(summary({.treatment = vat_recovery::irrecoverable, .vat_rate = rate::parse("5%")}), "irrecoverable at 5%");
  EXPECT_EQ(summary({.treatment = vat_recovery::exempt, .amounts_include_vat = true}), "exempt, amounts include VAT");
  EXPECT_EQ(summary({.treatment = vat_recovery::outside_scope}), "outside_scope");
}

}  // namespace
