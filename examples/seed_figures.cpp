// The seeds' first figures, worked with the library:
//  - seed 000: "£325,500 per annum ... £1,627,500 over the term of the proposed contract
//    and extensions (three years plus one plus one)";
//  - seed 004: "From 1 May 2016 to 30 April 2022 ... spent £1,952,904" at £325,484 a year;
//  - the contract year 1 May 2022 to 30 April 2023 of £325,484.88 split into 2022-23 and 2023-24.
#include <commissioning/commissioning.hpp>

#include <iostream>
#include <ranges>

int main() {
  using namespace commissioning;

  const money annual = money::parse("£325,500");
  const int years = 3 + 1 + 1;  // three years plus one plus one
  std::cout << "Funding available: " << format(annual, money_format::whole_pounds()) << " per annum\n"
            << "Over three years plus one plus one (" << years << " years): "
            << format(annual * years, money_format::whole_pounds()) << "\n\n";

  const period history = period::of_years(parse_date("1 May 2016"), 6);
  const int contract_years = history.length().months / 12;
  const money paid = money::parse("£325,484") * contract_years;
  std::cout << "From " << history.to_string() << " (" << contract_years
            << " contract years at £325,484): " << format(paid, money_format::whole_pounds()) << "\n\n";

  const period contract_year{parse_date("1 May 2022"), parse_date("30 April 2023")};
  const apportionment split = apportion(money::parse("£325,484.88"), contract_year);
  std::cout << "Contract year " << contract_year << ": " << split.total << '\n'
            << "Into financial years (" << to_string(split.rule) << "):\n";
  for (const apportioned_amount& part : split.parts)
    std::cout << "  " << part.year << " (" << part.part << "): " << part.amount << '\n';
  std::cout << "  Total: " << sum(std::views::transform(split.parts, &apportioned_amount::amount)) << '\n';
}
