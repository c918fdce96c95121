"""The seed contracts, reproduced to the penny with the Python package (the twin of contracts.cpp).

- seed 000: "The funding available is £325,500 per annum. This equates to £1,627,500 over
  the term of the proposed contract and extensions (three years plus one plus one)."
- seed 004: the Kent young carers contract from 1 May 2016, 3+1+1, both options exercised,
  then extended by a year under regulation 72(1)(c) to 30 April 2022: £1,952,904 paid.
- seed 004: the new contract from 1 May 2022, 3+1+1.
- seed 002: the young carers contract value of £325,484.88 raised by £100,000.

Run it with ``python examples/contracts.py``; it prints examples/contracts.expected.
"""

import sys

import commissioning as cm


def print_profile(contract: cm.Contract) -> None:
    profile = contract.profile()
    print("  Contract years:")
    for year in contract.contract_years():
        print(f"    {year.number}. {year.period}, {year.phase}: {year.value}")
    print(f"  By financial year ({profile.rule_description}):")
    for financial_year, amount in profile:
        print(f"    {financial_year}: {amount}")
    print(f"    Total: {profile.total}")


def main() -> None:
    # Seed 000: the proposed Kent Young Carers Support Service.
    proposed = cm.Contract(
        name="Kent Young Carers Support Service",
        provider="to be procured",
        start="1 May 2022",
        term="three years plus one plus one",
        annual_value="£325,500",
    )
    print(f"Seed 000: {proposed.name}")
    print(f"  {cm.funding_sentence(proposed)}")
    print()

    # Seed 004: the contract with Imago, 1 May 2016, extended to 30 April 2022.
    imago = cm.Contract(
        name="Kent Young Carers", provider="Imago", start="1 May 2016", term="3+1+1", annual_value="£325,484"
    )
    imago.exercise(1)
    imago.exercise(2)
    imago.modify(ground="section 72 (1) c", months=12, description="Covid-19: a new provider could not mobilise")
    print(f"Seed 004: {imago.name} ({imago.provider}), from {cm.to_long_string(imago.start)}, {imago.term}")
    print(
        f"  Base term ends {cm.to_long_string(imago.base_end)}; "
        f"with both options {cm.to_long_string(imago.end('maximum'))}; "
        f"extended to {cm.to_long_string(imago.current_end)}"
    )
    covid = imago.modification_values()[0]
    ground = imago.modifications[0].ground
    print(
        f"  Modification 1 under {cm.citation(ground)}: {covid.value}, {covid.share.percent()} "
        f"of the original value {imago.maximum_value}"
    )
    print(
        f"  From {cm.to_long_string(imago.start)} to {cm.to_long_string(imago.current_end)}: "
        f"{cm.report_figure(imago.spend_to(imago.current_end))}"
    )
    print_profile(imago)

    # Seed 004: the new contract from 1 May 2022.
    renewed = cm.Contract(
        name="Kent Young Carers", provider="to be procured", start="1 May 2022", term="3+1+1", annual_value="£325,484"
    )
    print()
    print(f"Seed 004: the new contract from {cm.to_long_string(renewed.start)}, {renewed.term}")
    print(f"  Base term ends {cm.to_long_string(renewed.base_end)}; at most {cm.to_long_string(renewed.maximum_end)}")
    print()

    # Seed 002: £100,000 of re-provision added to the young carers contract.
    young_carers = cm.Contract(
        name="Young Carers", provider="Imago", start="1 May 2016", term="3+1+1", annual_value="£325,484.88"
    )
    young_carers.exercise(1)
    young_carers.exercise(2)
    young_carers.modify(
        ground="other", annual_change="£100,000", effective="1 May 2020", description="re-provision for unmet need"
    )
    print(
        f"Seed 002: {young_carers.name} from {young_carers.annual_value_on('1 April 2020')} "
        f"to {young_carers.annual_value_on('1 May 2020')} a year"
    )


if __name__ == "__main__":
    # The figures carry "£": write UTF-8 whatever the console's encoding.
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    main()
