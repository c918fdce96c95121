// The seed contracts, reproduced to the penny:
//  - seed 000: "The funding available is £325,500 per annum. This equates to £1,627,500 over
//    the term of the proposed contract and extensions (three years plus one plus one)."
//  - seed 004: the Kent young carers contract from 1 May 2016, 3+1+1, both options exercised,
//    then extended by a year under regulation 72(1)(c) to 30 April 2022: £1,952,904 paid.
//  - seed 004: the new contract from 1 May 2022, 3+1+1.
//  - seed 002: the young carers contract value of £325,484.88 raised by £100,000.
#include <commissioning/commissioning.hpp>

#include <iostream>

using namespace commissioning;

static void print_profile(const contract& c) {
  const financial_year_profile profile = c.profile();
  std::cout << "  Contract years:\n";
  for (const contract_year& year : c.contract_years())
    std::cout << "    " << year.number << ". " << year.span << ", " << year.phase.to_string() << ": " << year.value
              << '\n';
  std::cout << "  By financial year (" << to_string(profile.rule) << "):\n";
  for (const financial_year_amount& year : profile.years) std::cout << "    " << year.year << ": " << year.amount << '\n';
  std::cout << "    Total: " << profile.total << '\n';
}

int main() {
  // Seed 000: the proposed Kent Young Carers Support Service.
  const contract proposed("Kent Young Carers Support Service", "to be procured", parse_date("1 May 2022"),
                          term::parse("three years plus one plus one"), price::annual(money::parse("£325,500")));
  std::cout << "Seed 000: " << proposed.name() << '\n' << "  " << funding_sentence(proposed) << "\n\n";

  // Seed 004: the contract with Imago, 1 May 2016, extended to 30 April 2022.
  contract imago("Kent Young Carers", "Imago", parse_date("1 May 2016"), term::parse("3+1+1"),
                 price::annual(money::parse("£325,484")));
  imago.exercise(1);
  imago.exercise(2);
  imago.modify({.ground = modification_ground::pcr_72_1_c, .months = 12,
                .description = "Covid-19: a new provider could not mobilise"});
  std::cout << "Seed 004: " << imago.name() << " (" << imago.provider() << "), from "
            << to_long_string(imago.start()) << ", " << imago.term() << '\n'
            << "  Base term ends " << to_long_string(imago.base_end()) << "; with both options "
            << to_long_string(imago.end(contract_scope::maximum)) << "; extended to "
            << to_long_string(imago.current_end()) << '\n';
  const modification_value covid = imago.modification_values().front();
  std::cout << "  Modification 1 under " << citation(imago.modifications().front().ground) << ": "
            << covid.value << ", " << covid.share.to_percent_string() << " of the original value "
            << imago.maximum_value() << '\n'
            << "  From " << to_long_string(imago.start()) << " to " << to_long_string(imago.current_end())
            << ": " << report_figure(imago.spend_to(imago.current_end())) << '\n';
  print_profile(imago);

  // Seed 004: the new contract from 1 May 2022.
  const contract renewed("Kent Young Carers", "to be procured", parse_date("1 May 2022"), term::parse("3+1+1"),
                         price::annual(money::parse("£325,484")));
  std::cout << "\nSeed 004: the new contract from " << to_long_string(renewed.start()) << ", " << renewed.term()
            << "\n  Base term ends " << to_long_string(renewed.base_end()) << "; at most "
            << to_long_string(renewed.maximum_end()) << "\n\n";

  // Seed 002: £100,000 of re-provision added to the young carers contract.
  contract young_carers("Young Carers", "Imago", parse_date("1 May 2016"), term::parse("3+1+1"),
                        price::annual(money::parse("£325,484.88")));
  young_carers.exercise(1);
  young_carers.exercise(2);
  young_carers.modify({.annual_change = money::parse("£100,000"),
                       .from_month = young_carers.month_at(parse_date("1 May 2020")),
                       .description = "re-provision for unmet need"});
  std::cout << "Seed 002: " << young_carers.name() << " from " << young_carers.annual_value_on(parse_date("1 April 2020"))
            << " to " << young_carers.annual_value_on(parse_date("1 May 2020")) << " a year\n";
}
