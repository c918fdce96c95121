// portfolio: named services, each delivered by one or more providers at an annual cost, in
// the order a report lists them, with subtotals by service and a total.
#include <commissioning/budget/portfolio.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;

money pounds(std::string_view text) { return money::parse(text); }
date on(std::string_view text) { return parse_date(text); }

// Seed 002, "Current spend per annum on these contracts is:"
//   A. Young Carers    Imago          £325,484.88
//   B. NEET            CXK Ltd        £498,410.40
//   C. Family Support  Porchlight   £1,240,000.00
//                      Project Salus  £860,400.00
//      Family Support Total         £2,100,400.00
//   Total current Spend             £2,924,295.28
portfolio seed_two() {
  portfolio early_help("Early help and preventative services");
  early_help.add("Young Carers", "Imago", pounds("£325,484.88"))
      .add("NEET", "CXK Ltd", pounds("£498,410.40"))
      .add("Family Support", "Porchlight", pounds("£1,240,000.00"))
      .add("Family Support", "Project Salus", pounds("£860,400.00"));
  return early_help;
}

TEST(PortfolioTest, SeedTwoTableToThePenny) {
  const portfolio p = seed_two();
  EXPECT_EQ(p.name(), "Early help and preventative services");
  EXPECT_EQ(p.lines(), (std::vector<portfolio_line>{
                           {"Young Carers", "Imago", pounds("£325,484.88"), delivery::contract},
                           {"NEET", "CXK Ltd", pounds("£498,410.40"), delivery::contract},
                           {"Family Support", "Porchlight", pounds("£1,240,000.00"), delivery::contract},
                           {"Family Support", "Project Salus", pounds("£860,400.00"), delivery::contract}}));
  EXPECT_EQ(p.service_total("Young Carers"), pounds("£325,484.88"));
  EXPECT_EQ(p.service_total("NEET"), pounds("£498,410.40"));
  // £1,240,000.00 + £860,400.00 = £2,100,400.00: "Family Support Total".
  EXPECT_EQ(p.service_total("Family Support"), pounds("£2,100,400.00"));
  // £325,484.88 + £498,410.40 + £2,100,400.00 = £2,924,295.28: "Total current Spend".
  EXPECT_EQ(p.total(), pounds("£2,924,295.28"));
  EXPECT_EQ(to_string(p.total()), "£2,924,295.28");
}

TEST(PortfolioTest, GroupsByServiceInTheOrderTheyFirstAppear) {
  const std::vector<service_group> groups = seed_two().by_service();
  ASSERT_EQ(groups.size(), 3U);
  EXPECT_EQ(groups[0].service, "Young Carers");
  EXPECT_EQ(groups[1].service, "NEET");
  EXPECT_EQ(groups[2].service, "Family Support");
  EXPECT_EQ(groups[0].subtotal, pounds("£325,484.88"));
  EXPECT_EQ(groups[1].subtotal, pounds("£498,410.40"));
  EXPECT_EQ(groups[2].subtotal, pounds("£2,100,400.00"));
  ASSERT_EQ(groups[2].lines.size(), 2U);
  EXPECT_EQ(groups[2].lines[0].provider, "Porchlight");
  EXPECT_EQ(groups[2].lines[1].provider, "Project Salus");
  EXPECT_EQ(groups[0].lines, (std::vector<portfolio_line>{{"Young Carers", "Imago", pounds("£325,484.88")}}));
}

TEST(PortfolioTest, GathersAServiceWhoseLinesAreNotTogether) {
  // A later line for an earlier service joins that service's group, which keeps its place.
  portfolio p = seed_two();
  p.add("Young Carers", "Young Lives", pounds("£100,000"));
  const std::vector<service_group> groups = p.by_service();
  ASSERT_EQ(groups.size(), 3U);
  EXPECT_EQ(groups[0].service, "Young Carers");
  EXPECT_EQ(groups[0].subtotal, pounds("£425,484.88"));  // £325,484.88 + £100,000
  EXPECT_EQ(groups[0].lines.back().provider, "Young Lives");
  EXPECT_EQ(p.lines().back().service, "Young Carers");  // the lines themselves stay as added
  EXPECT_EQ(p.total(), pounds("£3,024,295.28"));
}

TEST(PortfolioTest, KnowsWhichServicesItHas) {
  const portfolio p = seed_two();
  EXPECT_TRUE(p.has_service("NEET"));
  EXPECT_TRUE(p.has_service("Family Support"));
  EXPECT_FALSE(p.has_service("Youth Justice"));
  EXPECT_FALSE(p.has_service("neet"));  // names are matched exactly
}

TEST(PortfolioTest, NamesItsServicesOnceEachInTheOrderTheyFirstAppear) {
  portfolio p = seed_two();
  EXPECT_EQ(p.services(), (std::vector<std::string>{"Young Carers", "NEET", "Family Support"}));
  p.add("Young Carers", "Young Lives", pounds("£100,000")).add("Respite", "Grant", pounds("£5,000"));
  EXPECT_EQ(p.services(), (std::vector<std::string>{"Young Carers", "NEET", "Family Support", "Respite"}));
  EXPECT_TRUE(portfolio().services().empty());
}

TEST(PortfolioTest, ComparesEqualWithTheSameNameAndLinesInOrder) {
  EXPECT_EQ(seed_two(), seed_two());
  EXPECT_NE(portfolio("Early help"), portfolio("Other"));
  EXPECT_NE(seed_two().add("Respite", "Grant", pounds("£5,000")), seed_two());
  portfolio reordered("Early help and preventative services");
  reordered.add("NEET", "CXK Ltd", pounds("£498,410.40")).add("Young Carers", "Imago", pounds("£325,484.88"))
      .add("Family Support", "Porchlight", pounds("£1,240,000.00"))
      .add("Family Support", "Project Salus", pounds("£860,400.00"));
  EXPECT_EQ(reordered.total(), seed_two().total());
  EXPECT_NE(reordered, seed_two());
}

TEST(PortfolioTest, RecordsHowEachLineIsDelivered) {
  portfolio p("Young carers");
  // Seed 001: "the development and delivery of an in-house service ... with a maximum service
  // value of £65k per annum".
  p.add("Young Carers", "Herefordshire Council", pounds("£65,000"), delivery::in_house);
  // Seed 002: "Redevelop the NEETs contract into a Service Level Agreement".
  p.add("NEET", "The Education People", pounds("£498,410.40"), delivery::service_level_agreement);
  p.add("Respite", "Grant", pounds("£5,000"), delivery::other);
  EXPECT_EQ(p.lines()[0].how, delivery::in_house);
  EXPECT_EQ(p.lines()[1].how, delivery::service_level_agreement);
  EXPECT_EQ(to_string(delivery::contract), "contract");
  EXPECT_EQ(to_string(delivery::in_house), "in-house");
  EXPECT_EQ(to_string(delivery::service_level_agreement), "service level agreement");
  EXPECT_EQ(to_string(p.lines()[2].how), "other");
}

TEST(PortfolioTest, AnEmptyPortfolioCostsNothing) {
  const portfolio empty;
  EXPECT_EQ(empty.name(), "");
  EXPECT_TRUE(empty.lines().empty());
  EXPECT_EQ(empty.total(), money{});
  EXPECT_TRUE(empty.by_service().empty());
}

TEST(PortfolioTest, TakesAContractAtTheAnnualValueInForceOnADate) {
  // Seed 004's contract at seed 002's annual value, £325,484.88, from 1 May 2016, 3+1+1.
  contract young_carers("Young Carers", "Imago", on("1 May 2016"), term::parse("3+1+1"),
                        price::annual(pounds("£325,484.88")));
  young_carers.exercise(1);
  portfolio p("Early help");
  p.add(young_carers, on("1 October 2019"));
  EXPECT_EQ(p.lines(), (std::vector<portfolio_line>{{"Young Carers", "Imago", pounds("£325,484.88")}}));
  // With a 2% uplift each anniversary, on 1 October 2019 (contract year 4) the value is
  //   £325,484.88 x 1.02 = £331,994.5776 -> £331,994.58;  x 1.02 = £338,634.4716 -> £338,634.47;
  //   x 1.02 = £345,407.1594 -> £345,407.16.
  contract indexed("Young Carers", "Imago", on("1 May 2016"), term::parse("3+1+1"), price::annual(pounds("£325,484.88")),
                   indexation::fixed(rate::parse("2%")));
  indexed.exercise(1);
  portfolio q;
  q.add(indexed, on("1 October 2019"));
  EXPECT_EQ(q.total(), pounds("£345,407.16"));
  // A date outside the contract is refused by the contract.
  EXPECT_TRUE(fails_with<std::out_of_range>([&] { q.add(indexed, on("1 May 2020")); }, "commissioning.contract.013",
                                            "1 May 2020 is outside the contract"));
  EXPECT_EQ(q.lines().size(), 1U);
}

TEST(PortfolioTest, RefusesALineWithoutAServiceName) {
  // docs/errors.md: "a portfolio line needs a service name".
  portfolio p = seed_two();
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { p.add("", "Imago", pounds("£1")); },
                                                "commissioning.portfolio.001", "a portfolio line needs a service name"));
  EXPECT_EQ(p.lines().size(), 4U);  // nothing was added
}

TEST(PortfolioTest, RefusesANegativeAnnualCost) {
  // docs/errors.md: "the annual cost of 'NEET' cannot be negative, got -£1.00".
  portfolio p = seed_two();
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { p.add("NEET", "CXK Ltd", pounds("-£1")); },
                                                "commissioning.portfolio.002",
                                                "the annual cost of 'NEET' cannot be negative, got -£1.00"));
  EXPECT_EQ(p.total(), pounds("£2,924,295.28"));
  // Nothing is allowed: a service may cost £0.
  p.add("Youth Justice", "in-house", money{});
  EXPECT_EQ(p.service_total("Youth Justice"), money{});
}

TEST(PortfolioTest, RefusesAQuestionAboutAServiceItDoesNotHave) {
  // docs/errors.md: "the portfolio has no service 'Youth Justice'".
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)seed_two().service_total("Youth Justice"); },
                                                "commissioning.portfolio.003",
                                                "the portfolio has no service 'Youth Justice'"));
}

}  // namespace
