// proposal: changes to a portfolio's services, each from a date: by an amount or a share,
// brought in-house, moved to a service level agreement, ended or added. A saving is
// before − after; every figure reconciles to the penny.
#include <commissioning/budget/envelope.hpp>
#include <commissioning/budget/proposal.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <chrono>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;

money pounds(std::string_view text) { return money::parse(text); }
date on(std::string_view text) { return parse_date(text); }

// Seed 002, "Current spend per annum on these contracts is:" (see portfolio_test.cpp).
portfolio seed_two() {
  portfolio early_help("Early help and preventative services");
  early_help.add("Young Carers", "Imago", pounds("£325,484.88"))
      .add("NEET", "CXK Ltd", pounds("£498,410.40"))
      .add("Family Support", "Porchlight", pounds("£1,240,000.00"))
      .add("Family Support", "Project Salus", pounds("£860,400.00"));
  return early_help;
}

// Seed 002: "It is recognised that the current contracts are due to end on 30th September
// 2020", so the new arrangements run from 1 October 2020.
const date from_october = parse_date("1 October 2020");

// Seed 002's decision:
//   iii. "re-procure the Young Carers Service ... with an additional re-provision of £100k
//        (new total £425,484)";
//    ii. "Redevelop the NEETs contract into a Service Level Agreement and ... pass this to The
//        Education People" ("Retain the current NEET contract value");
//     i. "bring the Family Support Service in-house" and "Reduce the value of the Family
//        Support envelope (proposed to be brought in-house) by £1.1m".
std::vector<portfolio_change> seed_two_decision() {
  return {portfolio_change::change_by("Young Carers", pounds("£100,000"), from_october),
          portfolio_change::move_to_sla("NEET", "The Education People", money{}, from_october),
          portfolio_change::bring_in_house("Family Support", pounds("-£1,100,000"), from_october)};
}

// ---------------------------------------------------------------- seed 002

TEST(ProposalTest, SeedTwoRevisedSpendToThePenny) {
  const proposal_result result = apply(seed_two(), seed_two_decision());
  // The revised portfolio, each service where it stood:
  //   Young Carers    £325,484.88 + £100,000     =   £425,484.88  ("new total £425,484")
  //   NEET            the same £498,410.40, now a service level agreement
  //   Family Support  £2,100,400.00 - £1,100,000 = £1,000,400.00  in-house
  //   "Total revised projected spend"              £1,924,295.28
  EXPECT_EQ(result.after.lines(),
            (std::vector<portfolio_line>{
                {"Young Carers", "Imago", pounds("£425,484.88"), delivery::contract},
                {"NEET", "The Education People", pounds("£498,410.40"), delivery::service_level_agreement},
                {"Family Support", "in-house", pounds("£1,000,400.00"), delivery::in_house}}));
  EXPECT_EQ(result.after.total(), pounds("£1,924,295.28"));
  EXPECT_EQ(result.after.name(), "Early help and preventative services");
  EXPECT_EQ(result.before.total(), pounds("£2,924,295.28"));
  EXPECT_EQ(result.before.lines(), seed_two().lines());
  // £2,924,295.28 - £1,924,295.28 = £1,000,000.00 a full year.
  EXPECT_EQ(result.full_year_saving, pounds("£1,000,000.00"));
}

TEST(ProposalTest, SeedTwoInYearSavingIsHalfTheFullYearFromFirstOctober) {
  // 1 October 2020 to 31 March 2021 is six months of 2020-21: a share of 1/2.
  //   Young Carers    saving -£100,000    in-year   -£50,000
  //   NEET            saving        £0    in-year         £0
  //   Family Support  saving £1,100,000   in-year  £550,000
  //   in-year saving in 2020-21: £500,000.00
  // (The seed says "The proposals also deliver an in-year saving of £1m": that is the full-year
  // figure. Only half of 2020-21 remains when the new arrangements start.)
  const proposal_result result = apply(seed_two(), seed_two_decision());
  ASSERT_EQ(result.changes.size(), 3U);
  const change_outcome& young_carers = result.changes[0];
  EXPECT_EQ(young_carers.change.kind, change_kind::change_by);
  EXPECT_EQ(young_carers.before, pounds("£325,484.88"));
  EXPECT_EQ(young_carers.after, pounds("£425,484.88"));
  EXPECT_EQ(young_carers.saving, pounds("-£100,000"));
  EXPECT_EQ(young_carers.in_year, financial_year::parse("2020-21"));
  EXPECT_EQ(young_carers.in_year_share, rate::ratio(1, 2));
  EXPECT_EQ(young_carers.in_year_saving, pounds("-£50,000"));

  const change_outcome& neet = result.changes[1];
  EXPECT_EQ(neet.change.kind, change_kind::move_to_sla);
  EXPECT_EQ(neet.change.provider, "The Education People");
  EXPECT_EQ(neet.before, pounds("£498,410.40"));
  EXPECT_EQ(neet.after, pounds("£498,410.40"));
  EXPECT_EQ(neet.saving, money{});
  EXPECT_EQ(neet.in_year_saving, money{});

  const change_outcome& family_support = result.changes[2];
  EXPECT_EQ(family_support.change.kind, change_kind::bring_in_house);
  EXPECT_EQ(family_support.before, pounds("£2,100,400.00"));
  EXPECT_EQ(family_support.after, pounds("£1,000,400.00"));
  EXPECT_EQ(family_support.saving, pounds("£1,100,000"));
  EXPECT_EQ(family_support.in_year_saving, pounds("£550,000"));

  EXPECT_EQ(result.in_year_saving, pounds("£500,000.00"));
  EXPECT_EQ(result.full_year_saving, pounds("£1,000,000.00"));
}

TEST(ProposalTest, SeedTwoInYearSavingIsTheHeadroomLeftInTheEnvelope) {
  // "The utilisation of the total in scope financial envelope of £2,924,295.28 per annum":
  // against that envelope, each current line runs to 30 September 2020 and each revised line
  // from 1 October 2020, half a year each in 2020-21:
  //   current  £162,742.44 + £249,205.20 + £620,000.00 + £430,200.00 = £1,462,147.64
  //   revised  £212,742.44 + £249,205.20 + £500,200.00               =   £962,147.64
  //   2020-21 committed £2,424,295.28: headroom £500,000.00, the in-year saving;
  //   2021-22 committed £1,924,295.28: headroom £1,000,000.00, the full-year saving.
  const proposal_result result = apply(seed_two(), seed_two_decision());
  const envelope scope = envelope::flat("Early help", pounds("£2,924,295.28"), financial_year::parse("2020-21"),
                                        financial_year::parse("2021-22"));
  std::vector<commitment> lines;
  for (const portfolio_line& line : result.before.lines())
    lines.push_back(commitment::annual(line.service, line.provider, line.annual,
                                       period(on("1 April 2020"), on("30 September 2020"))));
  for (const portfolio_line& line : result.after.lines())
    lines.push_back(commitment::annual(line.service, line.provider, line.annual,
                                       period(on("1 October 2020"), on("31 March 2022"))));
  const envelope_position position = assess(scope, lines);
  ASSERT_EQ(position.years.size(), 2U);
  EXPECT_EQ(position.years[0].committed, pounds("£2,424,295.28"));
  EXPECT_EQ(position.years[0].headroom, result.in_year_saving);
  EXPECT_EQ(position.years[1].committed, pounds("£1,924,295.28"));
  EXPECT_EQ(position.years[1].headroom, result.full_year_saving);
  EXPECT_EQ(position.years[1].cumulative_headroom, pounds("£1,500,000"));
  EXPECT_TRUE(position.breaches.empty());
}

TEST(ProposalTest, NamesEachKindOfChange) {
  EXPECT_EQ(to_string(change_kind::change_by), "change");
  EXPECT_EQ(to_string(change_kind::bring_in_house), "bring in-house");
  EXPECT_EQ(to_string(change_kind::move_to_sla), "move to a service level agreement");
  EXPECT_EQ(to_string(change_kind::end), "end");
  EXPECT_EQ(to_string(change_kind::add), "add");
}

TEST(ProposalTest, AYearThatStartsInJanuaryLeavesAQuarterFromFirstOctober) {
  // For a body whose year is the calendar year, 1 October to 31 December 2020 is 3 months of
  // 12: each change saves a quarter of its full-year saving in 2020. £1,000,000 / 4 = £250,000.
  const proposal_result result = apply(seed_two(), seed_two_decision(), std::chrono::January);
  EXPECT_EQ(result.changes[0].in_year.label(), "2020");
  EXPECT_EQ(result.changes[0].in_year_share, rate::ratio(1, 4));
  EXPECT_EQ(result.changes[0].in_year_saving, pounds("-£25,000"));
  EXPECT_EQ(result.changes[2].in_year_saving, pounds("£275,000"));
  EXPECT_EQ(result.in_year_saving, pounds("£250,000"));
  EXPECT_EQ(result.full_year_saving, pounds("£1,000,000"));
}

TEST(ProposalTest, InYearSavingsAreByTheYearEachChangeTakesEffectIn) {
  // Seed 002's decision, then Young Carers (£425,484.88 after it) ended from 1 January 2022:
  // a quarter of 2021-22 is left, so £425,484.88 / 4 = £106,371.22 of it is saved in that year.
  std::vector<portfolio_change> changes = seed_two_decision();
  changes.push_back(portfolio_change::end("Young Carers", on("1 January 2022")));
  const proposal_result result = apply(seed_two(), changes);
  EXPECT_EQ(result.in_year_savings(),
            (std::vector<financial_year_amount>{{financial_year::parse("2020-21"), pounds("£500,000")},
                                                {financial_year::parse("2021-22"), pounds("£106,371.22")}}));
  EXPECT_EQ(result.in_year_saving, pounds("£606,371.22"));
  // In calendar years, 1 October 2020 leaves a quarter of 2020: £250,000, keyed by the year 2020.
  EXPECT_EQ(apply(seed_two(), seed_two_decision(), std::chrono::January).in_year_savings(),
            (std::vector<financial_year_amount>{{financial_year(2020, std::chrono::January), pounds("£250,000")}}));
  EXPECT_TRUE(apply(seed_two(), {}).in_year_savings().empty());
}

// ---------------------------------------------------------------- each kind of change

TEST(ProposalTest, ChangeByPercentTakesAShareOfTheCost) {
  // NEET down 10%: £498,410.40 x 10% = £49,841.04, so £448,569.36; half of that saving in 2020-21.
  const proposal_result result =
      apply(seed_two(), {portfolio_change::change_by_percent("NEET", rate::parse("-10%"), from_october)});
  EXPECT_EQ(result.after.service_total("NEET"), pounds("£448,569.36"));
  EXPECT_EQ(result.after.lines()[1].provider, "CXK Ltd");  // the same provider, the same contract
  EXPECT_EQ(result.after.lines()[1].how, delivery::contract);
  EXPECT_EQ(result.changes[0].saving, pounds("£49,841.04"));
  EXPECT_EQ(result.changes[0].in_year_saving, pounds("£24,920.52"));
  EXPECT_EQ(result.full_year_saving, pounds("£49,841.04"));
}

TEST(ProposalTest, ChangeByPercentRoundsTheChangeToThePenny) {
  // Young Carers up 3.5%: £325,484.88 x 3.5% = £11,391.9708 -> £11,391.97; £336,876.85.
  const proposal_result result =
      apply(seed_two(), {portfolio_change::change_by_percent("Young Carers", rate::parse("3.5%"), from_october)});
  EXPECT_EQ(result.after.service_total("Young Carers"), pounds("£336,876.85"));
  EXPECT_EQ(result.changes[0].saving, pounds("-£11,391.97"));
  // Half of -£11,391.97 is -£5,695.985, rounded half away from zero: -£5,695.99.
  EXPECT_EQ(result.changes[0].in_year_saving, pounds("-£5,695.99"));
}

TEST(ProposalTest, AChangeToAServiceWithTwoProvidersIsSpreadInProportion) {
  // Family Support down £100,000 over Porchlight (£1,240,000) and Project Salus (£860,400),
  // in proportion to their cost out of £2,100,400:
  //   Porchlight     10,000,000p x 1,240,000 / 2,100,400 = 5,903,637.40p
  //   Project Salus  10,000,000p x   860,400 / 2,100,400 = 4,096,362.60p
  // The whole pence sum to 9,999,999p; the penny left goes to the larger remainder (Salus, .60):
  //   Porchlight     £1,240,000 - £59,036.37 = £1,180,963.63
  //   Project Salus    £860,400 - £40,963.63 =   £819,436.37     (total £2,000,400.00)
  const proposal_result result =
      apply(seed_two(), {portfolio_change::change_by("Family Support", pounds("-£100,000"), from_october)});
  EXPECT_EQ(result.after.lines(), (std::vector<portfolio_line>{
                                      {"Young Carers", "Imago", pounds("£325,484.88")},
                                      {"NEET", "CXK Ltd", pounds("£498,410.40")},
                                      {"Family Support", "Porchlight", pounds("£1,180,963.63")},
                                      {"Family Support", "Project Salus", pounds("£819,436.37")}}));
  EXPECT_EQ(result.after.service_total("Family Support"), pounds("£2,000,400.00"));
  EXPECT_EQ(result.changes[0].before, pounds("£2,100,400"));
  EXPECT_EQ(result.changes[0].saving, pounds("£100,000"));
  EXPECT_EQ(result.full_year_saving, pounds("£100,000"));
}

TEST(ProposalTest, APercentChangeToAServiceWithTwoProvidersChangesEachByThatPercent) {
  // Family Support down 5%: £2,100,400 x 5% = £105,020, spread 1,240,000 : 860,400:
  //   Porchlight £62,000 (5% of £1,240,000) -> £1,178,000;  Project Salus £43,020 -> £817,380.
  const proposal_result result =
      apply(seed_two(), {portfolio_change::change_by_percent("Family Support", rate::parse("-5%"), from_october)});
  EXPECT_EQ(result.after.lines()[2].annual, pounds("£1,178,000"));
  EXPECT_EQ(result.after.lines()[3].annual, pounds("£817,380"));
  EXPECT_EQ(result.changes[0].saving, pounds("£105,020"));
}

TEST(ProposalTest, AChangeToProvidersCostingNothingIsSharedEqually) {
  // Two providers at £0 (a service still being set up): £100 more is split £50 and £50.
  portfolio p("Pilots");
  p.add("Pilot", "A", money{}).add("Pilot", "B", money{});
  const proposal_result result = apply(p, {portfolio_change::change_by("Pilot", pounds("£100"), from_october)});
  EXPECT_EQ(result.after.lines()[0].annual, pounds("£50"));
  EXPECT_EQ(result.after.lines()[1].annual, pounds("£50"));
  EXPECT_EQ(result.full_year_saving, pounds("-£100"));
}

TEST(ProposalTest, BringingInHouseReplacesEveryProviderWithOneLine) {
  // Family Support in-house at the same cost: one line of £2,100,400.00, no saving.
  const proposal_result result =
      apply(seed_two(), {portfolio_change::bring_in_house("Family Support", money{}, from_october)});
  ASSERT_EQ(result.after.lines().size(), 3U);
  EXPECT_EQ(result.after.lines()[2],
            (portfolio_line{"Family Support", "in-house", pounds("£2,100,400.00"), delivery::in_house}));
  EXPECT_EQ(result.full_year_saving, money{});
  // A service in the middle keeps its place.
  const proposal_result neet = apply(seed_two(), {portfolio_change::bring_in_house("NEET", money{}, from_october)});
  EXPECT_EQ(neet.after.lines()[1], (portfolio_line{"NEET", "in-house", pounds("£498,410.40"), delivery::in_house}));
  EXPECT_EQ(neet.after.lines()[0].service, "Young Carers");
  EXPECT_EQ(neet.after.lines()[2].provider, "Porchlight");
}

TEST(ProposalTest, EndingAServiceSavesItsWholeCost) {
  // NEET ended from 1 October 2020: £498,410.40 a full year, £249,205.20 in 2020-21.
  // £2,924,295.28 - £498,410.40 = £2,425,884.88.
  const proposal_result result = apply(seed_two(), {portfolio_change::end("NEET", from_october)});
  EXPECT_FALSE(result.after.has_service("NEET"));
  EXPECT_EQ(result.after.lines().size(), 3U);
  EXPECT_EQ(result.after.total(), pounds("£2,425,884.88"));
  EXPECT_EQ(result.changes[0].after, money{});
  EXPECT_EQ(result.changes[0].saving, pounds("£498,410.40"));
  EXPECT_EQ(result.changes[0].in_year_saving, pounds("£249,205.20"));
  // Ending a service with two providers removes both.
  const proposal_result family = apply(seed_two(), {portfolio_change::end("Family Support", from_october)});
  EXPECT_FALSE(family.after.has_service("Family Support"));
  EXPECT_EQ(family.full_year_saving, pounds("£2,100,400"));
}

TEST(ProposalTest, AddingAServiceIsANegativeSaving) {
  // A new Youth Justice service at £120,000 a year from 1 January 2021: 3 months of 2020-21
  // remain, so it costs £30,000 in-year (a saving of -£30,000).
  const proposal_result result =
      apply(seed_two(), {portfolio_change::add("Youth Justice", "The Education People", pounds("£120,000"),
                                               on("1 January 2021"), delivery::service_level_agreement)});
  EXPECT_EQ(result.after.lines().back(), (portfolio_line{"Youth Justice", "The Education People", pounds("£120,000"),
                                                         delivery::service_level_agreement}));
  EXPECT_EQ(result.after.total(), pounds("£3,044,295.28"));  // £2,924,295.28 + £120,000
  EXPECT_EQ(result.changes[0].before, money{});
  EXPECT_EQ(result.changes[0].saving, pounds("-£120,000"));
  EXPECT_EQ(result.changes[0].in_year_share, rate::ratio(1, 4));
  EXPECT_EQ(result.changes[0].in_year_saving, pounds("-£30,000"));
  EXPECT_EQ(result.full_year_saving, pounds("-£120,000"));
}

TEST(ProposalTest, AChangeFromMidMonthCountsThePartMonthByDays) {
  // Young Carers up £100,000 from 15 January 2021: 17 of January's 31 days, then February and
  // March, remain of 2020-21: (2 + 17/31) / 12 = 79/372 of the year.
  //   -10,000,000p x 79/372 = -2,123,655.91p -> -£21,236.56
  const proposal_result result =
      apply(seed_two(), {portfolio_change::change_by("Young Carers", pounds("£100,000"), on("15 January 2021"))});
  EXPECT_EQ(result.changes[0].in_year, financial_year::parse("2020-21"));
  EXPECT_EQ(result.changes[0].in_year_share, rate::ratio(79, 372));
  EXPECT_EQ(result.changes[0].in_year_saving, pounds("-£21,236.56"));
  EXPECT_EQ(result.full_year_saving, pounds("-£100,000"));
}

TEST(ProposalTest, InYearShareRunsFromAWholeYearToOneDay) {
  // From 1 April 2021 the whole of 2021-22 remains; from 31 March 2021 one day of March (1/31 of
  // a month, 1/372 of the year): £1,100,000 x 1/372 = £2,956.989 -> £2,956.99.
  const auto family = [](date from) {
    return apply(seed_two(), {portfolio_change::bring_in_house("Family Support", pounds("-£1,100,000"), from)})
        .changes[0];
  };
  EXPECT_EQ(family(on("1 April 2021")).in_year_share, rate(1));
  EXPECT_EQ(family(on("1 April 2021")).in_year_saving, pounds("£1,100,000"));
  EXPECT_EQ(family(on("1 April 2021")).in_year, financial_year::parse("2021-22"));
  EXPECT_EQ(family(on("31 March 2021")).in_year_share, rate::ratio(1, 372));
  EXPECT_EQ(family(on("31 March 2021")).in_year_saving, pounds("£2,956.99"));
  EXPECT_EQ(family(on("31 March 2021")).in_year, financial_year::parse("2020-21"));
}

TEST(ProposalTest, ChangesApplyInOrderEachToTheResultOfTheLast) {
  // Young Carers +£100,000 (to £425,484.88), then +10% of that: £42,548.488 -> £42,548.49,
  // to £468,033.37. Full-year saving -£100,000 - £42,548.49 = -£142,548.49.
  const proposal_result result =
      apply(seed_two(), {portfolio_change::change_by("Young Carers", pounds("£100,000"), from_october),
                         portfolio_change::change_by_percent("Young Carers", rate::parse("10%"), from_october)});
  EXPECT_EQ(result.changes[1].before, pounds("£425,484.88"));
  EXPECT_EQ(result.changes[1].after, pounds("£468,033.37"));
  EXPECT_EQ(result.after.service_total("Young Carers"), pounds("£468,033.37"));
  EXPECT_EQ(result.full_year_saving, pounds("-£142,548.49"));
  // A service ended can be added again, and is then listed last.
  const proposal_result renewed =
      apply(seed_two(), {portfolio_change::end("Young Carers", from_october),
                         portfolio_change::add("Young Carers", "to be procured", pounds("£425,484.88"), from_october)});
  EXPECT_EQ(renewed.after.lines().back().service, "Young Carers");
  EXPECT_EQ(renewed.after.lines().back().provider, "to be procured");
  EXPECT_EQ(renewed.full_year_saving, pounds("-£100,000"));
}

TEST(ProposalTest, NoChangesLeaveThePortfolioAsItWas) {
  const proposal_result result = apply(seed_two(), {});
  EXPECT_EQ(result.after.lines(), seed_two().lines());
  EXPECT_TRUE(result.changes.empty());
  EXPECT_EQ(result.full_year_saving, money{});
  EXPECT_EQ(result.in_year_saving, money{});
}

// ---------------------------------------------------------------- errors

TEST(ProposalTest, RefusesAChangeToAServiceThePortfolioDoesNotHave) {
  // docs/errors.md: "the portfolio has no service 'Youth Justice'".
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)apply(seed_two(), {portfolio_change::change_by("Youth Justice", pounds("£1"), from_october)}); },
      "commissioning.proposal.001", "the portfolio has no service 'Youth Justice'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)apply(seed_two(), {portfolio_change::end("Youth Justice", from_october)}); },
      "commissioning.proposal.001", "'Youth Justice'"));
  // Nor a change to a service an earlier change ended.
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        (void)apply(seed_two(), {portfolio_change::end("NEET", from_october),
                                 portfolio_change::move_to_sla("NEET", "The Education People", money{}, from_october)});
      },
      "commissioning.proposal.001", "the portfolio has no service 'NEET'"));
}

TEST(ProposalTest, RefusesToAddAServiceThePortfolioAlreadyHas) {
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)apply(seed_two(), {portfolio_change::add("NEET", "CXK Ltd", pounds("£1"), from_october)}); },
      "commissioning.proposal.001", "the portfolio already has a service 'NEET'"));
}

TEST(ProposalTest, RefusesAServiceThatWouldCostLessThanNothing) {
  // docs/errors.md: £498,410.40 - £498,412.00 = -£1.60.
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)apply(seed_two(), {portfolio_change::change_by("NEET", pounds("-£498,412"), from_october)}); },
      "commissioning.proposal.002", "the change would make 'NEET' cost -£1.60 a year"));
  // -150% of £498,410.40 is -£747,615.60, leaving -£249,205.20.
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        (void)apply(seed_two(), {portfolio_change::change_by_percent("NEET", rate::parse("-150%"), from_october)});
      },
      "commissioning.proposal.002", "cost -£249,205.20 a year"));
  // In-house at £1.1m less than £1,000,000 would be -£100,000.
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] {
        portfolio p;
        p.add("Family Support", "Porchlight", pounds("£1,000,000"));
        (void)apply(p, {portfolio_change::bring_in_house("Family Support", pounds("-£1,100,000"), from_october)});
      },
      "commissioning.proposal.002", "'Family Support' cost -£100,000.00 a year"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)apply(seed_two(), {portfolio_change::add("Youth Justice", "p", pounds("-£1"), from_october)}); },
      "commissioning.proposal.002", "-£1.00"));
  // Down to exactly nothing is allowed.
  EXPECT_EQ(apply(seed_two(), {portfolio_change::change_by("NEET", pounds("-£498,410.40"), from_october)})
                .after.service_total("NEET"),
            money{});
}

TEST(ProposalTest, RefusesAChangeWithoutADate) {
  // docs/errors.md: "a change to 'NEET' needs a date".
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)apply(seed_two(), {portfolio_change::change_by("NEET", pounds("£1"), date{})}); },
      "commissioning.proposal.003", "a change to 'NEET' needs a date"));
  // 31 February is not a date either.
  const date impossible{std::chrono::year{2021}, std::chrono::February, std::chrono::day{31}};
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)apply(seed_two(), {portfolio_change::end("Family Support", impossible)}); },
      "commissioning.proposal.003", "a change to 'Family Support' needs a date"));
}

// ---------------------------------------------------------------- properties

// Each day's weight under the monthly rule is 1/(days in its month), in units of 1/377,580
// (lcm of 28..31), counted day by day: the share of a year left from a date, worked out
// independently of the library's month-by-month weights.
rate share_left(const financial_year& year, date from) {
  std::int64_t units = 0;
  const auto last = std::chrono::sys_days(year.last_day());
  for (auto day = std::chrono::sys_days(from); day <= last; day += std::chrono::days(1)) {
    const date d{day};
    units += 377'580 / days_in_month(d.year(), d.month());
  }
  return rate::ratio(units, 12 * 377'580);
}

TEST(ProposalPropertyTest, SavingsReconcileToThePennyForRandomProposals) {
  std::mt19937_64 engine(19'242'952);
  std::uniform_int_distribution<std::int64_t> annual_pence(0, 500'000'000);  // up to £5m a line
  std::uniform_int_distribution<int> service_count(1, 6), provider_count(1, 3), change_count(1, 6), kind(0, 5);
  std::uniform_int_distribution<long> day(0, 5 * 365);
  std::uniform_int_distribution<int> percent(-10'000, 10'000);  // -100.00% to +100.00%
  std::uniform_int_distribution<unsigned> start_month(1, 12);
  const date first_day = make_date(2020, 1, 1);
  int new_services = 0;
  for (int trial = 0; trial < 3000; ++trial) {
    // A random portfolio, and a model of each service's cost.
    portfolio current("random");
    std::map<std::string, money> cost;
    std::vector<std::string> services;
    const int count = service_count(engine);
    for (int s = 0; s < count; ++s) {
      const std::string name = "service " + std::to_string(s);
      services.push_back(name);
      const int providers = provider_count(engine);
      for (int p = 0; p < providers; ++p) {
        const money annual = money::from_pence(annual_pence(engine));
        current.add(name, "provider " + std::to_string(p), annual);
        cost[name] += annual;
      }
    }
    // Random valid changes, the model following them.
    const std::chrono::month year_start{start_month(engine)};
    std::vector<portfolio_change> changes;
    const int n = change_count(engine);
    for (int c = 0; c < n; ++c) {
      const date from = add_days(first_day, day(engine));
      const int k = services.empty() ? 5 : kind(engine);
      const std::string name =
          k == 5 ? "new " + std::to_string(++new_services)
                 : services[std::uniform_int_distribution<std::size_t>(0, services.size() - 1)(engine)];
      const money before = cost[name];
      // A change of any size that leaves the cost at or above nothing.
      const money change = money::from_pence(
          std::uniform_int_distribution<std::int64_t>(-before.pence(), 300'000'000)(engine));
      switch (k) {
        case 0:
          changes.push_back(portfolio_change::change_by(name, change, from));
          cost[name] = before + change;
          break;
        case 1: {
          const rate share = rate::ratio(percent(engine), 10'000);
          changes.push_back(portfolio_change::change_by_percent(name, share, from));
          cost[name] = before + before.multiply(share);
          break;
        }
        case 2:
          changes.push_back(portfolio_change::bring_in_house(name, change, from));
          cost[name] = before + change;
          break;
        case 3:
          changes.push_back(portfolio_change::move_to_sla(name, "SLA partner", change, from));
          cost[name] = before + change;
          break;
        case 4:
          changes.push_back(portfolio_change::end(name, from));
          cost.erase(name);
          std::erase(services, name);
          break;
        default: {
          const money annual = money::from_pence(annual_pence(engine));
          changes.push_back(portfolio_change::add(name, "new provider", annual, from));
          cost[name] = annual;
          services.push_back(name);
        }
      }
    }

    const proposal_result result = apply(current, changes, year_start);
    ASSERT_EQ(result.before.lines(), current.lines());
    ASSERT_EQ(result.before.total() - result.after.total(), result.full_year_saving) << "trial " << trial;
    ASSERT_EQ(result.changes.size(), changes.size());
    money savings, in_year;
    for (const change_outcome& outcome : result.changes) {
      savings += outcome.saving;
      in_year += outcome.in_year_saving;
      ASSERT_EQ(outcome.saving, outcome.before - outcome.after);
      ASSERT_EQ(outcome.in_year, financial_year::of(outcome.change.from, year_start));
      const rate share = share_left(outcome.in_year, outcome.change.from);
      ASSERT_EQ(outcome.in_year_share, share) << "trial " << trial << " from " << to_iso(outcome.change.from);
      // |in-year saving - saving x share| <= half a penny.
      const big_rational gap = big_rational(big_integer(outcome.in_year_saving.pence())) -
                               big_rational(big_integer(outcome.saving.pence())) * share.value();
      ASSERT_LE(abs(gap), big_rational(1, 2)) << "trial " << trial;
    }
    ASSERT_EQ(savings, result.full_year_saving) << "trial " << trial;
    ASSERT_EQ(in_year, result.in_year_saving) << "trial " << trial;
    // Every service costs what the model says, and no line costs less than nothing.
    std::map<std::string, money> after;
    for (const portfolio_line& line : result.after.lines()) {
      ASSERT_FALSE(line.annual.is_negative()) << "trial " << trial;
      after[line.service] += line.annual;
    }
    ASSERT_EQ(after, cost) << "trial " << trial;
  }
}

}  // namespace
