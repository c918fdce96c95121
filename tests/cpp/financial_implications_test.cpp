// financial_implications: the sentences of a report's "Financial implications", worded as
// the councils in the seeds word them.
#include <commissioning/report/financial_implications.hpp>
#include <commissioning/contract/contract.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace {

using namespace commissioning;

money pounds(std::string_view text) { return money::parse(text); }
date on(std::string_view text) { return parse_date(text); }

TEST(ReportFigureTest, DropsPenceOnlyWhenThereAreNone) {
  EXPECT_EQ(report_figure(pounds("£1,627,500")), "£1,627,500");    // seed 000
  EXPECT_EQ(report_figure(pounds("£325,484.88")), "£325,484.88");  // seed 002
  EXPECT_EQ(report_figure(pounds("£325,484.80")), "£325,484.80");
  EXPECT_EQ(report_figure(money()), "£0");
}

TEST(FundingSentenceTest, SeedZeroWordForWord) {
  // Seed 000: "The funding available is £325,500 per annum. This equates to £1,627,500 over
  // the term of the proposed contract and extensions (three years plus one plus one)."
  // 5 x £325,500 = £1,627,500: the total is the maximum value, base term and both options.
  const std::string seed =
      "The funding available is £325,500 per annum. This equates to £1,627,500 over the term of the proposed "
      "contract and extensions (three years plus one plus one).";
  const contract proposed("Kent Young Carers Support Service", "to be procured", on("1 May 2022"),
                          term::parse("three years plus one plus one"), price::annual(pounds("£325,500")));
  EXPECT_EQ(funding_sentence(proposed), seed);
  // However the term was written.
  const contract compact("Kent Young Carers Support Service", "to be procured", on("1 May 2022"), term::parse("3+1+1"),
                         price::annual(pounds("£325,500")));
  EXPECT_EQ(funding_sentence(compact), seed);
}

TEST(FundingSentenceTest, CountsEveryOptionWhateverHasBeenDecided) {
  // The sentence describes the contract as proposed: declining an option does not change it.
  contract proposed("Kent Young Carers Support Service", "to be procured", on("1 May 2022"), term::parse("3+1+1"),
                    price::annual(pounds("£325,500")));
  const std::string before = funding_sentence(proposed);
  proposed.decline(1);
  EXPECT_EQ(funding_sentence(proposed), before);
}

TEST(FundingSentenceTest, WritesPenceWhenTheFiguresHaveThem) {
  // Seed 002's £325,484.88 a year: 5 x £325,484.88 = £1,627,424.40.
  const contract c("Young Carers", "Imago", on("1 May 2016"), term::parse("3+1+1"), price::annual(pounds("£325,484.88")));
  EXPECT_EQ(funding_sentence(c),
            "The funding available is £325,484.88 per annum. This equates to £1,627,424.40 over the term of the "
            "proposed contract and extensions (three years plus one plus one).");
}

TEST(FundingSentenceTest, LeavesOutExtensionsWhenThereAreNone) {
  // Three years at £325,500: £976,500.
  const contract c("c", "p", on("1 May 2022"), term::parse("3"), price::annual(pounds("£325,500")));
  EXPECT_EQ(funding_sentence(c),
            "The funding available is £325,500 per annum. This equates to £976,500 over the term of the proposed "
            "contract (three years).");
}

TEST(FundingSentenceTest, NamesAPartYearTermInWords) {
  // 18m+6m at £120,000 a year: 24 months, £240,000.
  const contract c("c", "p", on("1 April 2023"), term::parse("18m+6m"), price::annual(pounds("£120,000")));
  EXPECT_EQ(funding_sentence(c),
            "The funding available is £120,000 per annum. This equates to £240,000 over the term of the proposed "
            "contract and extensions (eighteen months plus six months).");
}

}  // namespace
