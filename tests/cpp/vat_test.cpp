// vat: the VAT treatment of an appraisal cost. A council is refunded the VAT it incurs on
// non-business activities (Value Added Tax Act 1994 section 33(1), local authorities by
// 33(3)(a)), so the appraisal counts the net cost; irrecoverable VAT stays in it; thresholds
// compare the gross value (SI 2021/1221). Worked by hand: £120,000 including VAT at 20% is
// £100,000 net and £20,000 VAT.
#include <commissioning/appraisal/vat.hpp>

#include <gtest/gtest.h>

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

}  // namespace
