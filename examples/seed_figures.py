"""The seeds' first figures, worked with the Python package (the twin of seed_figures.cpp).

- seed 000: "£325,500 per annum ... £1,627,500 over the term of the proposed contract
  and extensions (three years plus one plus one)";
- seed 004: "From 1 May 2016 to 30 April 2022 ... spent £1,952,904" at £325,484 a year;
- the contract year 1 May 2022 to 30 April 2023 of £325,484.88 split into 2022-23 and 2023-24.

Run it with ``python examples/seed_figures.py``; it prints examples/seed_figures.expected.
"""

import sys

import commissioning as cm


def main() -> None:
    annual = cm.Money("£325,500")
    years = 3 + 1 + 1  # three years plus one plus one
    print(f"Funding available: {annual.format('whole_pounds')} per annum")
    print(f"Over three years plus one plus one ({years} years): {(annual * years).format('whole_pounds')}")
    print()

    history = cm.Period.of_years("1 May 2016", 6)
    contract_years = history.length().months // 12
    paid = cm.Money("£325,484") * contract_years
    print(f"From {history} ({contract_years} contract years at £325,484): {paid.format('whole_pounds')}")
    print()

    contract_year = cm.Period("1 May 2022", "30 April 2023")
    split = cm.apportion("£325,484.88", contract_year)
    print(f"Contract year {contract_year}: {split.total}")
    print(f"Into financial years ({split.rule_description}):")
    for part in split:
        print(f"  {part.year} ({part.period}): {part.amount}")
    print(f"  Total: {sum((part.amount for part in split), cm.Money())}")


if __name__ == "__main__":
    # The figures carry "£": write UTF-8 whatever the console's encoding.
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    main()
