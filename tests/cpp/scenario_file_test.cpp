// Every model a scenario can hold, built through the C++ API, written to TOML and read back
// equal (issue 16): contracts with each option history, uplift, index series, lots and
// modifications; envelopes of each scope; a portfolio and proposal; options with each kind of
// line; risks; distributions of each kind; correlations; procurement facts; report settings.
// Then generated variants of it, so that a value the writer cannot express is found here and
// not in a user's file.
#include <commissioning/scenario/scenario.hpp>
#include <commissioning/scenario/scenario_file.hpp>

#include "fails_with.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <exception>
#include <random>
#include <string>
#include <vector>

using namespace commissioning;

namespace {

money pounds(std::string_view text) { return money::parse(text); }
rate percent(std::string_view text) { return rate::parse(text); }
financial_year fy(int start_year) { return financial_year(start_year); }

scenario_procurement every_procurement_fact() {
  scenario_procurement f;
  f.authority = authority_type::sub_central;
  f.category = service_category::light_touch_services;
  f.vat = vat_treatment::exempt;
  f.procurement_start = parse_date("1 June 2025");
  f.decision_value = pounds("£1,200,000");
  f.wards_affected = 3;
  f.regulated_by_welsh_ministers = true;
  f.key_decision_notice = parse_date("2 May 2025");
  f.notice_route = key_decision_route::general_exception;
  f.clear_days = clear_day_count::weekdays;
  return f;
}

std::vector<scenario_contract> every_contract() {
  std::vector<scenario_contract> contracts;
  // Seed 004: both options exercised, then a Covid-19 extension decided on a stated day.
  scenario_contract kent{.name = "Young Carers", .provider = "Imago", .start = parse_date("1 May 2016"),
                         .contract_term = term::parse("3+1+1"), .annual_value = pounds("£325,484")};
  kent.options = {option_status::exercised, option_status::exercised};
  kent.modifications.push_back({modification{.ground = modification_ground::pcr_72_1_c, .months = 12,
                                             .description = "Covid-19: extension to 30 April 2022"},
                                parse_date("1 March 2021")});
  // A value change from a month, and one with every default.
  kent.modifications.push_back({modification{.ground = modification_ground::pcr_72_1_b, .annual_change = pounds("-£1,250.50"),
                                             .from_month = 24, .description = "Fewer \"sessions\"\ta week"},
                                std::nullopt});
  kent.procurement = scenario_procurement{.procurement_start = parse_date("1 January 2016")};
  contracts.push_back(kent);
  // Uplifted from year 3, its first option declined (and so the second lapsed).
  scenario_contract uplifted{.name = "Uplifted", .provider = "Carers' Trust", .start = parse_date("1 April 2022"),
                             .contract_term = term::parse("2+1+1"), .annual_value = pounds("£100,000.01")};
  uplifted.uplift = percent("3.25%");
  uplifted.uplift_from_year = 3;
  uplifted.options = {option_status::declined};
  contracts.push_back(uplifted);
  // An index series with a lag, a cap and a floor; one option pending as written.
  scenario_contract indexed{.name = "Indexed", .start = parse_date("1 April 2022"),
                            .contract_term = term(36, {12, 6}), .annual_value = pounds("£250,000")};
  indexed.index = scenario_index{{{2021, rate(100)}, {2022, percent("104.75")}, {2023, percent("110.125")},
                                  {2024, percent("111.5")}, {2025, percent("112")}, {2026, percent("113.5")}},
                                 1,
                                 percent("8%"),
                                 percent("0.5%")};
  indexed.options = {option_status::pending};
  contracts.push_back(indexed);
  // Two lots of one procurement, stating the same facts.
  for (const auto& [name, annual] : {std::pair{"Carers: North", "£196,400"}, std::pair{"Carers: South", "£49,100"}}) {
    scenario_contract lot{.name = name, .provider = "to be procured", .start = parse_date("1 October 2025"),
                          .contract_term = term::parse("2+1+1"), .annual_value = pounds(annual)};
    lot.uplift = percent("3%");
    lot.lot_of = "Carers 2025";
    lot.procurement = every_procurement_fact();
    contracts.push_back(lot);
  }
  return contracts;
}

std::vector<scenario_envelope> every_envelope() {
  std::vector<scenario_envelope> envelopes;
  envelopes.push_back({.name = "Core budget", .per_year = pounds("£400,000"), .first_year = fy(2022), .last_year = fy(2026)});
  envelopes.push_back({.name = "Uplifted budget", .per_year = pounds("£325,500"), .first_year = fy(2022),
                       .last_year = fy(2026), .uplift = percent("2.5%"), .cap = pounds("£1,700,000"),
                       .contracts = {"Uplifted"}, .scope = contract_scope::base});
  envelopes.push_back({.name = "Carers budget",
                       .amounts = {{fy(2025), pounds("£500,000")}, {fy(2026), pounds("£1,000,000")},
                                   {fy(2027), pounds("£1,000,000")}, {fy(2028), pounds("£1,000,000")},
                                   {fy(2029), pounds("£500,000")}},
                       .contracts = {"Carers: North", "Carers: South"},
                       .scope = contract_scope::maximum});
  envelopes.push_back({.name = "Indexed budget", .per_year = pounds("£300,000"), .first_year = fy(2022),
                       .last_year = fy(2025), .contracts = {"Indexed"}});
  return envelopes;
}

std::vector<scenario_option> every_option() {
  std::vector<scenario_option> options;
  scenario_option nothing{.name = "Do nothing", .kind = option_kind::do_nothing,
                          .description = "The contract ends", .advantages = {"Annual saving of £325,500"},
                          .disadvantages = {"A duty unmet"}, .risks = {"Fragmented support"}};
  nothing.duties.push_back({"assess the needs of young carers (Children and Families Act 2014)", false, "No one would"});
  options.push_back(nothing);

  scenario_option in_house{.name = "In-house", .kind = option_kind::in_house};
  in_house.duties.push_back({"assess the needs of young carers (Children and Families Act 2014)", true, ""});
  in_house.lines.push_back({.name = "Staff", .source = line_source::recurring, .kind = line_kind::cost,
                            .category = cost_category::staff, .amount = pounds("£260,000"), .first_year = fy(2022),
                            .last_year = fy(2026), .indexation = percent("2%")});
  in_house.lines.push_back({.name = "TUPE", .source = line_source::one_off, .kind = line_kind::cost,
                            .category = cost_category::tupe_and_transition, .amount = pounds("£40,000"),
                            .first_year = fy(2022)});
  in_house.lines.push_back({.name = "Room hire", .source = line_source::per_year, .kind = line_kind::income,
                            .category = cost_category::other,
                            .amounts = {{fy(2022), pounds("£1,000")}, {fy(2024), pounds("£1,500.25")}}});
  in_house.lines.push_back({.name = "Budget", .source = line_source::envelope, .kind = line_kind::cashable_saving,
                            .category = cost_category::non_staff, .reference = "Core budget"});
  in_house.optimism_bias = scenario_optimism_bias{.uplift = percent("12.5%"), .description = "Stated by finance",
                                                  .applies_to = {cost_category::staff, cost_category::non_staff}};
  in_house.output = scenario_output{"young carer assessed", 1000, fy(2022), fy(2026)};
  options.push_back(in_house);

  scenario_option external{.name = "External", .kind = option_kind::external_commission};
  external.lines.push_back({.name = "Contract payments", .source = line_source::contract, .kind = line_kind::cost,
                            .category = cost_category::contract_payments, .reference = "Indexed",
                            .scope = contract_scope::maximum});
  external.lines.push_back({.name = "Benefit", .source = line_source::recurring, .kind = line_kind::benefit,
                            .category = cost_category::other, .amount = pounds("£10,000"), .first_year = fy(2023),
                            .last_year = fy(2026)});
  external.optimism_bias = scenario_optimism_bias{.type = project_type::outsourcing,
                                                  .measure = optimism_bias_measure::operating_cost,
                                                  .bound = optimism_bias_bound::upper,
                                                  .mitigation = percent("20%")};
  options.push_back(external);
  return options;
}

std::vector<scenario_risk> every_risk() {
  return {
      {.id = "R1", .description = "Staff costs rise", .owner = "Finance", .options = {"In-house"},
       .probability = percent("25%"), .impacts = {{fy(2023), pounds("£10,000")}, {fy(2024), pounds("£12,000")}}},
      {.id = "R2", .options = {"External"}, .probability = percent("10%"), .impact = pounds("£20,000"), .year = fy(2022)},
      {.id = "R3", .description = "Procurement slips", .options = {"External", "In-house"}, .probability = percent("5%"),
       .delay_months = 3},
  };
}

scenario_simulation every_distribution() {
  scenario_simulation sim{.iterations = 250, .seed = 2021, .threads = 2, .envelope = "Core budget"};
  const auto line = [](std::string option, std::string name) {
    return scenario_sensitivity_input{.target = "line", .option = std::move(option), .line = std::move(name)};
  };
  using family = distribution::family;
  sim.inputs = {
      {"staff", line("In-house", "Staff"), {.family = family::triangular, .parameters = {0.95, 1.0, 1.2}}},
      {"tupe", line("In-house", "TUPE"), {.family = family::pert, .parameters = {0.9, 1.0, 1.3}}},
      {"costs", {.target = "costs", .option = "External"}, {.family = family::uniform, .parameters = {0.9, 1.1}}},
      {"benefits", {.target = "benefits", .option = "External"},
       {.family = family::normal, .parameters = {1.0, 0.05}, .lower = 0.8, .upper = 1.25}},
      {"category", {.target = "category", .option = "In-house", .category = cost_category::staff},
       {.family = family::lognormal, .parameters = {1.0, 0.1}}},
      {"log", line("External", "Benefit"), {.family = family::lognormal, .parameters = {0.0, 0.1}, .log_parameters = true}},
      {"room", line("In-house", "Room hire"), {.family = family::normal, .parameters = {1.0, 0.1}}},
      {"budget", line("In-house", "Budget"), {.family = family::fixed, .parameters = {1.0}}},
      {"rate", {.target = "discount-rate"},
       {.family = family::discrete, .parameters = {0.8, 1.0, 1.2}, .probabilities = {0.25, 0.5, 0.25}}},
      {"delay", {.target = "delay", .option = "External"}, {.family = family::discrete, .parameters = {0, 3}, .probabilities = {0.75, 0.25}}},
  };
  sim.correlations = {{"staff", "tupe", 0.5}, {"costs", "benefits", -0.25}};
  return sim;
}

/// A scenario holding every kind of model, built through the API.
scenario every_model() {
  scenario s;
  s.service = "Young carers' support — \"every model\"";
  s.authority = {.name = "Kent County Council", .financial_year_start = 4,
                 .key_decision = scenario_key_decision{.amount = pounds("£500,000"), .budget_share = percent("2%"),
                                                       .capital_amount = pounds("£1,000,000"), .wards_test = false}};
  s.contracts = every_contract();
  s.envelopes = every_envelope();
  s.portfolio_name = "Early help";
  s.portfolio_lines = {{"Young Carers", "Imago", pounds("£325,484.88"), delivery::contract},
                       {"NEET", "CXK Ltd", pounds("£498,410.40"), delivery::contract},
                       {"Family Support", "Porchlight", pounds("£1,240,000.00"), delivery::contract},
                       {"Family Support", "Project Salus", pounds("£860,400.00"), delivery::contract},
                       {"Advice", "", pounds("£50,000"), delivery::in_house}};
  s.proposal_caption = "Current spend per annum";
  s.proposal = {{.kind = change_kind::change_by, .service = "Young Carers", .amount = pounds("£100,000"),
                 .from = parse_date("1 October 2020")},
                {.kind = change_kind::change_by, .service = "Advice", .percent = percent("-10%"),
                 .from = parse_date("1 April 2021")},
                {.kind = change_kind::move_to_sla, .service = "NEET", .provider = "The Education People",
                 .from = parse_date("1 October 2020")},
                {.kind = change_kind::bring_in_house, .service = "Family Support", .amount = pounds("-£1,100,000"),
                 .from = parse_date("1 October 2020")},
                {.kind = change_kind::add, .service = "Young Adults", .provider = "A charity", .amount = pounds("£20,000"),
                 .from = parse_date("1 January 2021"), .how = delivery::service_level_agreement},
                {.kind = change_kind::end, .service = "Advice", .from = parse_date("1 April 2022")}};
  s.options = every_option();
  s.risks = every_risk();
  s.appraisal_settings = {.title = "Young carers: options", .base_year = fy(2022), .years = 5,
                          .basis = price_basis::nominal, .discount_schedule = "custom",
                          .discount_bands = {{0, percent("3.5%")}, {3, percent("3%")}},
                          .deflator_growth = percent("2%"),
                          .assumptions = {"Prices as in the 2022-23 budget", "Staff on the NJC pay scale"}};
  s.sensitivity = scenario_sensitivity{.change = percent("15%"),
                                       .inputs = {{.target = "line", .option = "In-house", .line = "Staff"},
                                                  {.target = "costs", .option = "External"},
                                                  {.target = "benefits", .option = "External"},
                                                  {.target = "category", .option = "In-house",
                                                   .category = cost_category::staff},
                                                  {.target = "discount-rate"}},
                                       .switching_values = false};
  s.simulation = every_distribution();
  s.report = {.title = "Young carers", .funded_from = "the base budget", .contract = "Carers 2025",
              .tables = {"options", "financial-implications"}};
  return s;
}

/// `s` written and read back: equal, and written again the same.
void expect_round_trip(const scenario& s) {
  const std::string written = to_toml(s);
  scenario back;
  try {
    back = parse_scenario(written, "written.toml");
  } catch (const std::exception& e) {
    FAIL() << e.what() << "\n" << written;
  }
  EXPECT_EQ(back, s) << written;
  EXPECT_EQ(to_toml(back), written);
}

}  // namespace

TEST(ScenarioFile, EveryModelAScenarioCanHoldWritesToTomlAndReadsBackEqual) {
  const scenario s = every_model();
  // What it holds is a working decision, not only data: each part builds.
  EXPECT_EQ(s.contracts.at(0).build().current_end(), parse_date("30 April 2022"));
  EXPECT_EQ(s.contracts.at(1).build().current_end(), parse_date("31 March 2024"));  // option 1 declined
  // Seed 002's £1,000,000, the £50,000 advice service ended and £20,000 added.
  EXPECT_EQ(s.build_proposal().full_year_saving, pounds("£1,030,000"));
  EXPECT_EQ(s.build_appraisal().options().size(), 3U);
  expect_round_trip(s);
}

TEST(ScenarioFile, GeneratedVariantsReadBackEqual) {
  std::mt19937_64 random(16'002);  // a fixed seed: the same variants on every run
  const auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  const auto pick_from = [&]<class Enum>(Enum) {
    const auto& names = enum_names<Enum>::names;
    return names[pick(names.size())].value;
  };
  // Rates as a float from Python gives them (every digit of the shortest repr) or as typed.
  const auto any_rate = [&](double low, double high) {
    const double x = std::uniform_real_distribution<double>(low, high)(random);
    return pick(2) == 0 ? rate::from_double(x) : rate::ratio(static_cast<std::int64_t>(x * 10'000), 10'000);
  };
  const auto any_pence = [&](std::int64_t low, std::int64_t high) {
    return money::from_pence(std::uniform_int_distribution<std::int64_t>(low, high)(random));
  };
  // Text with what TOML must escape or carry: quotes, backslashes, tabs, newlines, non-ASCII.
  const auto any_text = [&](std::string base) {
    static const char* pieces[] = {"\"", "\\", "\t", "\n", "é", "£", "—", "'", "#", "[x]", " = ", "\x7f", "{}"};
    const std::size_t n = pick(4);
    for (std::size_t i = 0; i < n; ++i) base += pieces[pick(std::size(pieces))];
    return base;
  };
  for (int variant = 0; variant < 100; ++variant) {
    SCOPED_TRACE("variant " + std::to_string(variant));
    scenario s = every_model();
    s.service = any_text(s.service);
    s.authority.name = any_text("Council");
    s.authority.key_decision->budget_share = any_rate(0, 0.1);

    // Option histories: exercised ones, then perhaps a decline (and "declined" said again), then pending.
    for (scenario_contract& c : s.contracts) {
      if (!c.lot_of.empty() || c.name == "Young Carers") continue;
      c.options.clear();
      const std::size_t options = c.contract_term.extension_months().size();
      const std::size_t exercised = pick(options + 1);
      for (std::size_t k = 0; k < exercised; ++k) c.options.push_back(option_status::exercised);
      for (std::size_t k = exercised; k < options; ++k)
        c.options.push_back(k == exercised && pick(2) == 0 ? option_status::declined
                            : c.options.size() > exercised && pick(2) == 0 ? c.options.back()
                                                                          : option_status::pending);
      c.provider = any_text(c.provider);
    }
    scenario_contract& uplifted = s.contracts.at(1);
    uplifted.uplift = any_rate(-0.02, 0.1);
    uplifted.uplift_from_year = 2 + static_cast<int>(pick(3));
    uplifted.annual_value = any_pence(0, 100'000'000'00);
    scenario_index& index = *s.contracts.at(2).index;
    index.lag_years = static_cast<int>(pick(2));
    for (auto& [year, level] : index.levels) level = any_rate(90, 130);
    index.cap = pick(3) == 0 ? std::nullopt : std::optional<rate>(any_rate(0.05, 0.5));
    index.floor = pick(3) == 0 ? std::nullopt : std::optional<rate>(any_rate(-0.05, 0.01));
    modification& change = s.contracts.at(0).modifications.at(1).change;
    change.ground = pick_from(modification_ground{});
    change.annual_change = any_pence(-300'000'00, 1'000'000'00);  // not below nothing a year
    change.description = any_text(change.description);
    for (std::size_t i = 3; i < 5; ++i) {  // the lots state the same facts
      scenario_procurement& f = *s.contracts.at(i).procurement;
      f.decision_value = any_pence(0, 10'000'000'00);
      f.wards_affected = static_cast<int>(pick(10));
    }
    scenario_procurement& facts = *s.contracts.at(0).procurement;
    facts.authority = pick_from(authority_type{});
    facts.vat = pick_from(vat_treatment{});
    facts.notice_route = pick_from(key_decision_route{});
    facts.clear_days = pick_from(clear_day_count{});
    // Money at the ends of its range writes and reads back too (the facts are judged later, by `check`).
    facts.decision_value = pick(3) == 0   ? money::from_pence(INT64_MIN)
                           : pick(2) == 0 ? money::from_pence(INT64_MAX)
                                          : any_pence(-1'000'00, 1'000'000'00);
    s.authority.key_decision->capital_amount = pick(2) == 0 ? money::from_pence(INT64_MAX) : any_pence(0, 1'000'000'00);

    for (scenario_envelope& e : s.envelopes) e.scope = pick_from(contract_scope{});
    s.envelopes.at(1).uplift = any_rate(0, 0.05);
    s.envelopes.at(0).per_year = any_pence(1, 1'000'000'00);

    s.portfolio_lines.back().how = pick_from(delivery{});
    s.portfolio_lines.back().annual = any_pence(0, 100'000'00);
    s.proposal.at(1).percent = any_rate(-0.5, 0.5);
    s.proposal.at(4).how = pick_from(delivery{});

    scenario_option& in_house = s.options.at(1);
    in_house.lines.at(0).indexation = any_rate(-0.01, 0.05);
    in_house.lines.at(0).amount = any_pence(0, 1'000'000'00);
    in_house.lines.at(2).kind = pick_from(line_kind{});
    in_house.lines.at(3).category = pick_from(cost_category{});
    in_house.optimism_bias->uplift = any_rate(0, 0.6);
    in_house.optimism_bias->description = any_text("Stated");
    in_house.advantages.push_back(any_text("More"));
    in_house.duties.at(0).note = any_text("");
    s.options.at(2).lines.at(0).scope = pick_from(contract_scope{});
    s.options.at(2).optimism_bias->mitigation = any_rate(0, 1);  // of the upper bound only


    for (scenario_risk& r : s.risks) {
      r.probability = any_rate(0, 1);
      r.owner = any_text(r.owner);
    }
    s.appraisal_settings.discount_bands.at(1).annual_rate = any_rate(0.01, 0.05);
    s.appraisal_settings.deflator_growth = any_rate(0, 0.05);
    s.appraisal_settings.basis = pick_from(price_basis{});
    s.appraisal_settings.assumptions.push_back(any_text("Assumed"));
    s.sensitivity->change = any_rate(0.01, 0.5);
    s.sensitivity->switching_values = pick(2) == 0;

    scenario_simulation& sim = *s.simulation;
    sim.seed = std::uniform_int_distribution<std::uint64_t>(0, static_cast<std::uint64_t>(INT64_MAX))(random);
    sim.iterations = 1 + static_cast<std::int64_t>(pick(1'000));
    sim.threads = 1 + static_cast<int>(pick(8));
    const auto around_one = [&](double spread) { return 1 + std::uniform_real_distribution<double>(-spread, spread)(random); };
    sim.inputs.at(0).values.parameters = {around_one(0.05) - 0.1, 1.0, around_one(0.05) + 0.1};
    sim.inputs.at(3).values.parameters = {around_one(0.1), std::uniform_real_distribution<double>(0.001, 0.2)(random)};
    sim.inputs.at(3).values.lower = pick(2) == 0 ? 0.0 : 0.5;  // never a negative factor
    sim.inputs.at(5).values.parameters = {around_one(0.1) - 1, std::uniform_real_distribution<double>(0.001, 0.2)(random)};
    sim.inputs.at(7).values.parameters = {around_one(0.3)};
    const double p = std::uniform_real_distribution<double>(0.01, 0.99)(random);
    sim.inputs.at(9).values.probabilities = {p, 1 - p};
    sim.correlations.at(0).coefficient = std::uniform_real_distribution<double>(-0.3, 0.3)(random);
    s.report.title = any_text("Report");
    s.report.funded_from = any_text("the base budget");
    expect_round_trip(s);
    if (HasFailure()) break;  // one variant's output says it; a hundred would bury it
  }
}

TEST(ScenarioFile, ARateKeepsEveryDigitAndOneWithNoDecimalIsRefused) {
  scenario s;
  s.contracts.push_back({.name = "C", .start = parse_date("1 April 2022"), .contract_term = term::parse("3"),
                         .annual_value = pounds("£100,000")});
  // A float from Python has seventeen digits, beyond to_percent_string's ten places.
  s.contracts[0].uplift = rate::from_double(0.031234567890123455);
  EXPECT_NE(to_toml(s).find("uplift = \"3.1234567890123455%\"\n"), std::string::npos) << to_toml(s);
  expect_round_trip(s);
  // Beyond the reader's sixty digits as plain decimals: digits and an exponent.
  s.contracts[0].uplift = rate::parse("1.5e-70");
  EXPECT_NE(to_toml(s).find("uplift = \"15e-69%\"\n"), std::string::npos) << to_toml(s);
  expect_round_trip(s);
  // Large ones too, where the percentage is beyond the reader's exponent: as a plain number.
  scenario large;
  large.contracts.push_back(s.contracts[0]);
  large.contracts[0].uplift.reset();
  large.contracts[0].index = scenario_index{{{2022, rate::parse("1e100")}, {2023, rate::parse("1.5e100")}}};
  EXPECT_NE(to_toml(large).find("levels = { 2022 = \"1e100\", 2023 = \"15e99\" }\n"), std::string::npos) << to_toml(large);
  large.contracts.clear();
  large.sensitivity = scenario_sensitivity{.change = rate::parse("1e99")};
  EXPECT_NE(to_toml(large).find("change = \"1e99\"\n"), std::string::npos) << to_toml(large);
  expect_round_trip(large);
  // A third has no decimal at all: refused, never written rounded.
  s.contracts[0].uplift = rate::ratio(1, 3);
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)to_toml(s); }, "commissioning.scenario.019",
                                                "cannot write the number 0.333333333333... exactly"));
}
