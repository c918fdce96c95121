"""Every model a scenario can hold, written to TOML and read back equal (issue 16), from Python:
contracts with each option history, uplift, index series, lots and modifications; envelopes of
each scope; a portfolio and proposal; options with each kind of line; risks; distributions of
each kind; correlations; procurement facts; report settings. The models the file holds equal
those the Python API builds, and generated variants (rates as Python floats, awkward text, each
option history) read back equal too. tests/cpp/scenario_file_test.cpp builds the same through
the C++ API."""

import json
import random

import pytest

import commissioning as cm


def toml_text(text: str) -> str:
    """A TOML basic string: JSON's escapes, and DEL escaped too (TOML allows it in no string)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def every_model(
    *,
    service: str = "Young carers' support — \"every model\"",
    uplift: str = "3.25%",
    options: tuple[str, ...] = ("declined",),
    levels: tuple[str, ...] = ("100", "104.75", "110.125", "111.5", "112"),
    cap: str = "8%",
    floor: str = "0.5%",
    probability: str = "25%",
    indexation: str = "2%",
    percent: str = "-10%",
    change: str = "15%",
    coefficient: float = 0.5,
    seed: int = 2021,
    scope: str = "base",
    note: str = "No one would",
) -> str:
    years = ", ".join(f"{2021 + i} = {toml_text(level)}" for i, level in enumerate(levels))
    history = ", ".join(toml_text(o) for o in options)
    lots = "".join(
        f"""
[[contracts]]
name = "Carers: {side}"
provider = "to be procured"
lot_of = "Carers 2025"
start = "1 October 2025"
term = "2+1+1"
annual_value = "{annual}"
uplift = "3%"

[contracts.procurement]
authority = "sub-central"
category = "light touch services"
vat = "exempt"
procurement_start = "2025-06-01"
decision_value = "£1,200,000.00"
wards_affected = 3
regulated_by_welsh_ministers = true
key_decision_notice = "2025-05-02"
key_decision_route = "general exception"
clear_days = "weekdays"
"""
        for side, annual in (("North", "£196,400"), ("South", "£49,100"))
    )
    return f"""
service = {toml_text(service)}

[authority]
name = "Kent County Council"
financial_year_start = "April"

[authority.key_decision]
amount = "£500,000"
budget_share = "2%"
capital_amount = "£1,000,000"
wards_test = false

[[contracts]]
name = "Young Carers"
provider = "Imago"
start = "1 May 2016"
term = "3+1+1"
annual_value = "£325,484"
options = ["exercised", "exercised"]

[[contracts.modifications]]
ground = "72(1)(c)"
months = 12
description = "Covid-19: extension to 30 April 2022"
decided_on = "1 March 2021"

[[contracts.modifications]]
ground = "72(1)(b)"
annual_change = "-£1,250.50"
from_month = 24
description = "Fewer \\"sessions\\"\\ta week"

[contracts.procurement]
procurement_start = "1 January 2016"

[[contracts]]
name = "Uplifted"
provider = "Carers' Trust"
start = "1 April 2022"
term = "2+1+1"
annual_value = "£100,000.01"
uplift = {toml_text(uplift)}
uplift_from_year = 3
options = [{history}]

[[contracts]]
name = "Indexed"
start = "1 April 2022"
term = "3+1+6m"
annual_value = "£250,000"
options = ["pending"]

[contracts.index]
levels = {{ {years} }}
lag_years = 1
cap = {toml_text(cap)}
floor = {toml_text(floor)}
{lots}
[[envelopes]]
name = "Core budget"
per_year = "£400,000"
first_year = "2022-23"
last_year = "2026-27"

[[envelopes]]
name = "Uplifted budget"
per_year = "£325,500"
first_year = "2022-23"
last_year = "2026-27"
uplift = "2.5%"
cap = "£1,700,000"
contracts = ["Uplifted"]
scope = {toml_text(scope)}

[[envelopes]]
name = "Carers budget"
amounts = {{ "2025-26" = "£500,000", "2026-27" = "£1,000,000", "2027-28" = "£1,000,000", "2028-29" = "£1,000,000", "2029-30" = "£500,000" }}
contracts = ["Carers: North", "Carers: South"]
scope = "maximum"

[portfolio]
name = "Early help"

[[portfolio.lines]]
service = "Young Carers"
provider = "Imago"
annual = "£325,484.88"

[[portfolio.lines]]
service = "NEET"
provider = "CXK Ltd"
annual = "£498,410.40"

[[portfolio.lines]]
service = "Advice"
annual = "£50,000"
delivery = "in-house"

[proposal]
caption = "Current spend per annum"

[[proposal.changes]]
kind = "change"
service = "Young Carers"
amount = "£100,000"
from = "1 October 2020"

[[proposal.changes]]
kind = "change"
service = "Advice"
percent = {toml_text(percent)}
from = "1 April 2021"

[[proposal.changes]]
kind = "move to sla"
service = "NEET"
provider = "The Education People"
from = "1 October 2020"

[[proposal.changes]]
kind = "add"
service = "Young Adults"
provider = "A charity"
amount = "£20,000"
from = "1 January 2021"
delivery = "service level agreement"

[[proposal.changes]]
kind = "end"
service = "Advice"
from = "1 April 2022"

[appraisal]
title = "Young carers: options"
base_year = "2022-23"
years = 5
price_basis = "nominal"
discount_schedule = "custom"
deflator_growth = "2%"
assumptions = ["Prices as in the 2022-23 budget", "Staff on the NJC pay scale"]

[[appraisal.discount_bands]]
first_year = 0
rate = "3.5%"

[[appraisal.discount_bands]]
first_year = 3
rate = "3%"

[[options]]
name = "Do nothing"
kind = "do nothing"
description = "The contract ends"
advantages = ["Annual saving of £325,500"]
disadvantages = ["A duty unmet"]
risks = ["Fragmented support"]

[[options.duties]]
name = "assess the needs of young carers (Children and Families Act 2014)"
met = false
note = {toml_text(note)}

[[options]]
name = "In-house"
kind = "in house"

[[options.lines]]
name = "Staff"
category = "staff"
annual = "£260,000"
first_year = "2022-23"
last_year = "2026-27"
indexation = {toml_text(indexation)}

[[options.lines]]
name = "TUPE"
category = "TUPE and transition"
amount = "£40,000"
year = "2022-23"

[[options.lines]]
name = "Room hire"
kind = "income"
amounts = {{ "2022-23" = "£1,000", "2024-25" = "£1,500.25" }}

[[options.lines]]
name = "Budget"
kind = "cashable saving"
category = "non-staff"
envelope = "Core budget"

[options.optimism_bias]
uplift = "12.5%"
description = "Stated by finance"
applies_to = ["staff", "non-staff"]

[options.output]
unit = "young carer assessed"
per_year = 1000
first_year = "2022-23"
last_year = "2026-27"

[[options]]
name = "External"
kind = "external commission"

[[options.lines]]
name = "Contract payments"
contract = "Indexed"
scope = "maximum"

[[options.lines]]
name = "Benefit"
kind = "benefit"
annual = "£10,000"
first_year = "2023-24"
last_year = "2026-27"

[options.optimism_bias]
project_type = "outsourcing"
measure = "operating cost"
bound = "upper"
mitigation = "20%"

[[risks]]
id = "R1"
description = "Staff costs rise"
owner = "Finance"
options = ["In-house"]
probability = {toml_text(probability)}
impacts = {{ "2023-24" = "£10,000", "2024-25" = "£12,000" }}

[[risks]]
id = "R2"
options = ["External"]
probability = "10%"
impact = "£20,000"
year = "2022-23"

[[risks]]
id = "R3"
options = ["External", "In-house"]
probability = "5%"
delay_months = 3

[sensitivity]
change = {toml_text(change)}
switching_values = false

[[sensitivity.inputs]]
option = "In-house"
line = "Staff"

[[sensitivity.inputs]]
target = "costs"
option = "External"

[[sensitivity.inputs]]
target = "category"
option = "In-house"
category = "staff"

[[sensitivity.inputs]]
target = "discount-rate"

[simulation]
iterations = 250
seed = {seed}
threads = 2
envelope = "Core budget"

[[simulation.inputs]]
id = "staff"
option = "In-house"
line = "Staff"
distribution = "triangular"
min = 0.95
mode = 1.0
max = 1.2

[[simulation.inputs]]
id = "tupe"
option = "In-house"
line = "TUPE"
distribution = "pert"
min = 0.9
mode = 1.0
max = 1.3

[[simulation.inputs]]
id = "costs"
target = "costs"
option = "External"
distribution = "uniform"
min = 0.9
max = 1.1

[[simulation.inputs]]
id = "benefits"
target = "benefits"
option = "External"
distribution = "normal"
mean = 1.0
sd = 0.05
lower = 0.8
upper = 1.25

[[simulation.inputs]]
id = "category"
target = "category"
option = "In-house"
category = "staff"
distribution = "lognormal"
mean = 1.0
sd = 0.1

[[simulation.inputs]]
id = "log"
option = "External"
line = "Benefit"
distribution = "lognormal"
mu = 0.0
sigma = 0.1

[[simulation.inputs]]
id = "budget"
option = "In-house"
line = "Budget"
distribution = "fixed"
value = 1.0

[[simulation.inputs]]
id = "rate"
target = "discount-rate"
distribution = "discrete"
values = [0.8, 1.0, 1.2]
probabilities = [0.25, 0.5, 0.25]

[[simulation.inputs]]
id = "delay"
target = "delay"
option = "External"
distribution = "discrete"
values = [0.0, 3.0]
probabilities = [0.75, 0.25]

[[simulation.correlations]]
inputs = ["staff", "tupe"]
coefficient = {coefficient!r}

[report]
title = "Young carers"
funded_from = "the base budget"
contract = "Carers 2025"
tables = ["options", "financial-implications"]
"""


def read_back(text: str) -> cm.Scenario:
    """The scenario of `text`, written and read again: equal, and written again the same."""
    first = cm.Scenario.from_toml(text, "every-model.toml")
    written = first.to_toml()
    second = cm.Scenario.from_toml(written, "every-model.toml (written)")
    assert second == first, written
    assert second.to_toml() == written
    return second


def test_every_model_a_scenario_can_hold_writes_to_toml_and_reads_back_equal():
    read_back(every_model())


def test_the_file_holds_the_models_the_python_api_builds():
    scenario = read_back(every_model())
    kent, uplifted, indexed, north, south = scenario.contracts

    api = cm.Contract("Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")
    api.exercise(1)
    api.exercise(2)
    api.modify(ground="72(1)(c)", months=12, description="Covid-19: extension to 30 April 2022")
    api.modify(ground="72(1)(b)", annual_change="-£1,250.50", from_month=24, description='Fewer "sessions"\ta week')
    assert (kent.current_end, kent.current_value, kent.options, kent.modifications) == (
        api.current_end, api.current_value, api.options, api.modifications)

    api = cm.Contract("Uplifted", "Carers' Trust", "1 April 2022", "2+1+1", annual_value="£100,000.01",
                      uplift="3.25%", uplift_from_year=3)
    api.decline(1)
    assert (uplifted.indexation, uplifted.current_end, uplifted.maximum_value) == (
        api.indexation, api.current_end, api.maximum_value)

    levels = {2021: "100", 2022: "104.75", 2023: "110.125", 2024: "111.5", 2025: "112"}
    api = cm.Contract("Indexed", "", "1 April 2022", "3+1+6m", annual_value="£250,000",
                      indexation=cm.Indexation.index_series(levels, lag_years=1, cap="8%", floor="0.5%"))
    assert (indexed.indexation, indexed.maximum_value) == (api.indexation, api.maximum_value)

    assert list(scenario.lots) == ["Carers 2025"]
    assert [lot.name for lot in scenario.lots["Carers 2025"]] == [north.name, south.name]

    portfolio = (cm.Portfolio("Early help").add("Young Carers", "Imago", "£325,484.88")
                 .add("NEET", "CXK Ltd", "£498,410.40").add("Advice", "", "£50,000", "in-house"))
    assert scenario.portfolio == portfolio
    assert scenario.proposal == portfolio.apply([
        cm.PortfolioChange.change_by("Young Carers", "£100,000", "1 October 2020"),
        cm.PortfolioChange.change_by_percent("Advice", "-10%", "1 April 2021"),
        cm.PortfolioChange.move_to_sla("NEET", "The Education People", 0, "1 October 2020"),
        cm.PortfolioChange.add("Young Adults", "A charity", "£20,000", "1 January 2021", "service_level_agreement"),
        cm.PortfolioChange.end("Advice", "1 April 2022"),
    ])
    # Young carers £100,000 more, advice (£50,000) ended, young adults £20,000 added.
    assert scenario.proposal.full_year_saving == cm.Money("-£70,000")
    uplifted_budget, carers_budget = scenario.envelope_positions
    assert uplifted_budget.envelope_name == "Uplifted budget"
    assert uplifted_budget.bases == ("Uplifted over the base term, to 31 March 2024",)  # the scope the file states
    assert carers_budget.bases == tuple(f"Carers: {side} over the maximum term, to 30 September 2029" for side in ("North", "South"))
    assert len(scenario.risks) == 3
    assert [o.name for o in scenario.appraisal.options] == ["Do nothing", "In-house", "External"]
    assert len(scenario.simulation_inputs) == 9


def awkward_text(rng: random.Random, base: str) -> str:
    pieces = ['"', "\\", "\t", "\n", "é", "£", "—", "'", "#", "[x]", " = ", "\x7f", "{}", "\u2028"]
    return base + "".join(rng.choice(pieces) for _ in range(rng.randrange(4)))


def test_generated_variants_read_back_equal():
    """Rates as Python floats give them (every digit of repr), awkward text, each option history."""
    rng = random.Random(16_002)  # a fixed seed: the same variants on every run
    histories = [(), ("pending",), ("exercised",), ("declined",), ("exercised", "pending"),
                 ("exercised", "exercised"), ("exercised", "declined"), ("declined", "declined"), ("declined", "pending")]
    for variant in range(60):
        uplift = rng.uniform(-0.02, 0.1)
        text = every_model(
            service=awkward_text(rng, "Service"),
            uplift=repr(uplift),
            options=rng.choice(histories),
            levels=tuple(repr(rng.uniform(90, 130)) for _ in range(5)),
            cap=f"{rng.uniform(0.05, 0.5)!r}",
            floor=f"{rng.uniform(-0.05, 0.01)!r}",
            probability=repr(rng.random()),
            indexation=repr(rng.uniform(-0.01, 0.05)),
            percent=repr(rng.uniform(-0.5, 0.5)),
            change=repr(rng.uniform(0.01, 0.5)),
            coefficient=rng.uniform(-0.3, 0.3),
            seed=rng.randrange(2**63),
            scope=rng.choice(["current", "base", "maximum"]),
            note=awkward_text(rng, ""),
        )
        scenario = read_back(text)
        # The float the file gave is the rate the API takes from the same float, to the last digit.
        assert scenario.contracts[1].indexation == cm.Indexation.fixed(uplift, from_year=3), variant
