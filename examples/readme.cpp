#include <commissioning/commissioning.hpp>
#include <iostream>

int main() {
  using namespace commissioning;
  const money annual = money::parse("£325,500");       // seed 000: funding per annum
  const money whole_life = annual * (3 + 1 + 1);       // three years plus one plus one
  std::cout << whole_life << '\n'                      // £1,627,500.00
            << format(whole_life, money_format::millions()) << '\n';  // £1.63m
  const period year{parse_date("1 May 2022"), parse_date("30 April 2023")};
  for (const auto& part : apportion(money::parse("£325,484.88"), year).parts)
    std::cout << part.year << ": " << part.amount << '\n';  // 2022-23: £298,361.14 ...
}
