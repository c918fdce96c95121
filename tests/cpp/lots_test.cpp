// lots: a procurement let as lots is judged on the value of every lot (PCR 2015 regulation
// 6(11) and (12); Procurement Act 2023 section 4 and Schedule 3), while each lot stays its own
// contract. The case is issue 16's: a carers' service from 1 October 2025 on 2+1+1 at £982,000
// a year, let as lots of 20%, 75% and 5%, each uplifted 3% a year from contract year 2.
#include <commissioning/procurement/lots.hpp>
#include <commissioning/report/financial_implications.hpp>

#include "fails_with.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;

money pounds(std::string_view text) { return money::parse(text); }

contract lot(std::string name, std::string_view annual, bool uplifted) {
  return contract(std::move(name), "to be procured", parse_date("1 October 2025"), term::parse("2+1+1"),
                  price::annual(pounds(annual)),
                  uplifted ? indexation::fixed(rate::parse("3%"), 2) : indexation::none());
}

std::vector<contract> carers_lots(bool uplifted) {
  return {lot("North", "£196,400", uplifted), lot("Central", "£736,500", uplifted), lot("South", "£49,100", uplifted)};
}

const procurement_facts light_touch{.category = service_category::light_touch_services,
                                    .vat = vat_treatment::exempt,
                                    .procurement_start = parse_date("1 June 2025")};

TEST(LotsTest, TheValueIsEveryLotsMaximumValueSummed) {
  // Uplifted lot by lot and rounded to the penny each year: £821,664.34 + £3,081,241.29 +
  // £205,416.09, a penny more than the same £982,000 uplifted as one contract (£4,108,321.71).
  const std::vector<contract> lots = carers_lots(true);
  EXPECT_EQ(lots[0].maximum_value(), pounds("£821,664.34"));
  EXPECT_EQ(lots[1].maximum_value(), pounds("£3,081,241.29"));
  EXPECT_EQ(lots[2].maximum_value(), pounds("£205,416.09"));
  EXPECT_EQ(lots_value(lots), pounds("£4,108,321.72"));
}

TEST(LotsTest, ASmallLotIsJudgedWithItsProcurementNotOnItsOwn) {
  const std::vector<contract> lots = carers_lots(true);
  // On its own, South's £205,416.09 is under the Act's light-touch threshold...
  EXPECT_FALSE(assess_procurement(lots[2], light_touch).above_threshold);
  // ...but the procurement's value governs each lot.
  const procurement_assessment together = assess_procurement(lots, light_touch);
  EXPECT_EQ(together.regime, procurement_regime::procurement_act_2023);
  EXPECT_EQ(together.estimated_value, pounds("£4,108,321.72"));
  EXPECT_TRUE(together.above_threshold);
  EXPECT_EQ(together.sentence().rfind("The three lots (North, Central and South) are one procurement, so the threshold takes "
                                    "their combined value and applies to each lot (Procurement Act 2023, section 4 "
                                    "and Schedule 3). Under the Procurement Act 2023 the estimated value of "
                                    "£4,108,321.72",
                                    0),
            0U)
      << together.sentence();
}

TEST(LotsTest, UnderTheRegulationsTheCitationIsRegulationSix) {
  procurement_facts facts = light_touch;
  facts.procurement_start = parse_date("1 June 2024");
  const procurement_assessment answer = assess_procurement(carers_lots(false), facts);
  EXPECT_EQ(answer.regime, procurement_regime::pcr_2015);
  EXPECT_NE(answer.sentence().find("(Public Contracts Regulations 2015, regulation 6(11) and (12))"), std::string::npos);
}

TEST(LotsTest, WithoutAStartTheEarliestLotsStartIsAssumedAndSaid) {
  std::vector<contract> lots = carers_lots(false);
  lots.push_back(contract("Late", "to be procured", parse_date("1 April 2026"), term::parse("2"),
                          price::annual(pounds("£10,000"))));
  procurement_facts facts = light_touch;
  facts.procurement_start.reset();
  const procurement_assessment answer = assess_procurement(lots, facts);
  EXPECT_EQ(answer.estimated_value, pounds("£3,948,000"));  // 4 x £982,000 + 2 x £10,000
  EXPECT_NE(answer.sentence().find("this assumes the earliest lot's start, 1 October 2025."), std::string::npos);
}

TEST(LotsTest, OneLotIsAnOrdinaryContractAndNoneIsAnError) {
  const std::vector<contract> one{lot("Whole", "£982,000", false)};
  EXPECT_EQ(assess_procurement(one, light_touch).sentence(), assess_procurement(one.front(), light_touch).sentence());
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)assess_procurement(std::vector<contract>{}, light_touch); },
                                                "commissioning.procurement.009", "got none"));
}

TEST(LotsFundingSentenceTest, LotsAreNamedAndReconcileToTheirTables) {
  EXPECT_EQ(funding_sentence(carers_lots(false), true),
            "The funding available is £982,000 per annum across three lots (North £196,400, Central £736,500 and "
            "South £49,100). This equates to £3,928,000 over the term of the proposed contracts and extensions (two years plus one plus one).");
  // Uplifted: no one figure is available every year, so the first year and the uplift are
  // stated, and the total is the lots' own (£4,108,321.72), not the whole uplifted at once.
  EXPECT_EQ(funding_sentence(carers_lots(true), true),
            "The three lots (North £196,400, Central £736,500 and South £49,100) cost £982,000 in their first year, "
            "with an uplift of 3% at each anniversary from contract year 2. This equates to £4,108,321.72 "
            "over the term of the proposed contracts and extensions (two years plus one plus one).");
  EXPECT_EQ(funding_sentence(carers_lots(true)),
            "The three contracts (North £196,400, Central £736,500 and South £49,100) cost £982,000 in their first "
            "year, with an uplift of 3% at each anniversary from contract year 2. This equates "
            "to £4,108,321.72 over the term of the proposed contracts and extensions (two years plus one plus one).");
}

TEST(LotsFundingSentenceTest, OneUpliftedContractStatesItsFirstYearNotAFlatFunding) {
  // Issue 17: "The funding available is £982,000 per annum. This equates to £4,108,321.71"
  // contradicted itself (£982,000 x 4 = £3,928,000).
  EXPECT_EQ(funding_sentence(lot("Whole", "£982,000", true)),
            "The contract costs £982,000 in its first year, with an uplift of 3% at each anniversary from contract "
            "year 2. This equates to £4,108,321.71 over the term of the proposed contract and extensions (two years plus one "
            "plus one).");
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)funding_sentence(std::vector<contract>{}); },
                                                "commissioning.report.006", "got none"));
}

}  // namespace
