"""Portfolios: named services, each delivered by one or more providers at an annual cost,
built line by line or loaded from a contract register (a DataFrame, CSV, records)."""

import copy
import csv
import io
import pickle
from decimal import Decimal

import pandas as pd
import pytest

import commissioning as cm

# Seed 002's table: "Current spend per annum on these contracts".
SEED_002_LINES = [
    ("Young Carers", "Imago", "£325,484.88"),
    ("NEET", "CXK Ltd", "£498,410.40"),
    ("Family Support", "Porchlight", "£1,240,000.00"),
    ("Family Support", "Project Salus", "£860,400.00"),
]

# The table as a council would paste it into a CSV: a service with two providers is named once.
SEED_002_CSV = """Contract Name,Provider,Costings
Young Carers,Imago,"£325,484.88"
NEET,CXK Ltd,"£498,410.40"
Family Support,Porchlight,"£1,240,000.00"
,Project Salus,"£860,400.00"
"""


def early_help() -> cm.Portfolio:
    portfolio = cm.Portfolio("Early help")
    for service, provider, annual in SEED_002_LINES:
        portfolio.add(service, provider, annual)
    return portfolio


def assert_is_seed_002(portfolio: cm.Portfolio) -> None:
    assert [(line.service, line.provider, str(line.annual)) for line in portfolio.lines] == SEED_002_LINES
    assert portfolio.service_total("Family Support") == cm.Money("£2,100,400.00")
    assert portfolio.total == cm.Money("£2,924,295.28")


# ---------------------------------------------------------------- seed 002


def test_seed_002_built_line_by_line():
    portfolio = (
        cm.Portfolio("Early help")
        .add("Young Carers", "Imago", "£325,484.88")
        .add("NEET", "CXK Ltd", "£498,410.40")
        .add("Family Support", "Porchlight", "£1,240,000.00")
        .add("Family Support", "Project Salus", "£860,400.00")
    )
    assert_is_seed_002(portfolio)
    assert portfolio == early_help()
    assert portfolio.name == "Early help"
    assert portfolio.services == ("Young Carers", "NEET", "Family Support")
    assert portfolio.service_total("Young Carers") == cm.Money("£325,484.88")
    assert portfolio.lines[0] == cm.PortfolioLine(
        "Young Carers", "Imago", cm.Money("£325,484.88"), cm.Delivery.CONTRACT)
    assert all(line.delivery == "contract" for line in portfolio.lines)
    # a member, not only its name: it has the report's words
    assert all(line.delivery is cm.Delivery.CONTRACT for line in [*portfolio.lines, *portfolio])
    assert portfolio.lines[0].delivery.label == "contract"


def test_add_returns_the_same_portfolio_so_calls_chain():
    portfolio = cm.Portfolio()
    assert portfolio.add("NEET", "CXK Ltd", "£498,410.40") is portfolio
    assert len(portfolio) == 1


def test_the_services_with_their_lines_and_subtotals():
    groups = early_help().by_service()
    assert [(group.service, len(group.lines), str(group.subtotal)) for group in groups] == [
        ("Young Carers", 1, "£325,484.88"),
        ("NEET", 1, "£498,410.40"),
        ("Family Support", 2, "£2,100,400.00"),
    ]
    assert [line.provider for line in groups[2].lines] == ["Porchlight", "Project Salus"]
    assert isinstance(groups[2], cm.ServiceGroup)


def test_a_portfolio_is_a_sequence_of_lines():
    portfolio = early_help()
    assert len(portfolio) == 4
    assert [line.provider for line in portfolio] == ["Imago", "CXK Ltd", "Porchlight", "Project Salus"]
    assert "Family Support" in portfolio
    assert "Youth Justice" not in portfolio
    assert 42 not in portfolio
    assert repr(portfolio) == "<Portfolio 'Early help': 4 lines, 3 services, £2,924,295.28 a year>"
    assert repr(cm.Portfolio()) == "<Portfolio: 0 lines, 0 services, £0.00 a year>"


def test_how_a_line_is_delivered():
    portfolio = (
        cm.Portfolio()
        .add("Family Support", "Kent County Council", "£1,000,400.00", "in-house")
        .add("NEET", "The Education People", "£498,410.40", delivery="SLA")
        .add("Young Carers", "Imago", "£425,484.88", cm.Delivery.CONTRACT)
        .add("Other", "x", 1, "OTHER")
        .add("Also SLA", "y", 1, "service level agreement")
        .add("Also in-house", "z", 1, "In House")
    )
    assert [line.delivery for line in portfolio] == [
        cm.Delivery.IN_HOUSE,
        cm.Delivery.SERVICE_LEVEL_AGREEMENT,
        cm.Delivery.CONTRACT,
        cm.Delivery.OTHER,
        cm.Delivery.SERVICE_LEVEL_AGREEMENT,
        cm.Delivery.IN_HOUSE,
    ]
    assert cm.Delivery.IN_HOUSE == "in_house" and cm.Delivery.IN_HOUSE.label == "in-house"
    assert str(cm.Delivery.SERVICE_LEVEL_AGREEMENT) == "service_level_agreement"
    assert cm.Delivery("sla") is cm.Delivery.SERVICE_LEVEL_AGREEMENT  # the class reads what arguments read
    with pytest.raises(cm.InvalidInputError, match=r"^\[commissioning\.name\.001\] unknown delivery 'outsourced'"):
        cm.Portfolio().add("x", "y", 1, "outsourced")


def test_a_contract_joins_at_the_annual_value_in_force_on_a_day():
    kent = cm.Contract("Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484", uplift="2%")
    portfolio = cm.Portfolio().add_contract(kent, "1 June 2017")
    assert portfolio.lines == [
        cm.PortfolioLine("Young Carers", "Imago", cm.Money("£331,993.68"), cm.Delivery.CONTRACT)]
    with pytest.raises(cm.OutOfRangeError) as caught:
        cm.Portfolio().add_contract(kent, "1 April 2016")
    assert caught.value.id == "commissioning.contract.013"


# ---------------------------------------------------------------- tables


def test_the_portfolio_as_a_data_frame_of_exact_pounds():
    frame = early_help().to_pandas()
    assert list(frame.columns) == ["service", "provider", "delivery", "annual"]
    assert frame["service"].tolist() == ["Young Carers", "NEET", "Family Support", "Family Support"]
    assert frame["delivery"].tolist() == ["contract"] * 4
    assert frame["annual"].tolist() == [
        Decimal("325484.88"), Decimal("498410.40"), Decimal("1240000.00"), Decimal("860400.00")]
    assert frame["annual"].sum() == Decimal("2924295.28")
    assert frame.groupby("service", sort=False)["annual"].sum()["Family Support"] == Decimal("2100400.00")
    assert frame.attrs["name"] == "Early help"


def test_the_portfolio_as_an_html_table_like_seed_002s():
    table = early_help()._repr_html_()
    assert table.startswith('<table class="commissioning-portfolio"><caption>Early help</caption>')
    assert "<tr><td>Young Carers</td><td>Imago</td><td>contract</td>" in table
    # The second provider's row leaves the service blank, then the service's subtotal.
    assert (
        '<tr><td></td><td>Project Salus</td><td>contract</td><td style="text-align: right">£860,400.00</td></tr>'
    ) in table
    assert '<th>Family Support total</th><td></td><td style="text-align: right">£2,100,400.00</td>' in table
    assert table.count("total</th>") == 1  # a service with one line has no subtotal
    assert '<tfoot><tr><th>Total</th><td></td><td></td><td style="text-align: right">£2,924,295.28</td>' in table


# ---------------------------------------------------------------- from a contract register


def test_seed_002_from_a_data_frame():
    frame = pd.DataFrame(
        {
            "service": [line[0] for line in SEED_002_LINES],
            "provider": [line[1] for line in SEED_002_LINES],
            "annual": [line[2] for line in SEED_002_LINES],
        }
    )
    portfolio = cm.Portfolio.from_frame(frame, name="Early help")
    assert_is_seed_002(portfolio)
    assert portfolio == early_help()


def test_seed_002_from_a_csv_file_as_the_council_prints_it():
    frame = pd.read_csv(io.StringIO(SEED_002_CSV))
    portfolio = cm.Portfolio.from_frame(
        frame, service="Contract Name", provider="Provider", annual="Costings", fill_down=True, name="Early help"
    )
    assert_is_seed_002(portfolio)


def test_without_fill_down_a_blank_service_is_refused_naming_the_row():
    frame = pd.read_csv(io.StringIO(SEED_002_CSV))
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.Portfolio.from_frame(frame, service="Contract Name", provider="Provider", annual="Costings")
    assert caught.value.id == "commissioning.portfolio.001"
    assert str(caught.value) == "[commissioning.portfolio.001] row 3: a portfolio line needs a service name"


def test_amounts_may_be_text_decimals_ints_or_floats():
    frame = pd.DataFrame(
        {
            "service": ["Young Carers", "NEET", "Family Support", "Family Support"],
            "provider": ["Imago", "CXK Ltd", "Porchlight", "Project Salus"],
            "annual": ["£325,484.88", Decimal("498410.40"), 1_240_000, 860_400.0],
        }
    )
    assert_is_seed_002(cm.Portfolio.from_frame(frame))
    # A numeric column from a spreadsheet: floats rounded to the penny, half away from zero.
    floats = pd.DataFrame({"service": ["a", "b"], "provider": ["p", "q"], "annual": [325484.88, 0.005]})
    assert [line.annual for line in cm.Portfolio.from_frame(floats)] == [cm.Money("£325,484.88"), cm.Money("£0.01")]


def test_a_delivery_column_and_the_round_trip_through_pandas():
    portfolio = (
        cm.Portfolio("Revised")
        .add("Young Carers", "Imago", "£425,484.88")
        .add("NEET", "The Education People", "£498,410.40", "service level agreement")
        .add("Family Support", "in-house", "£1,000,400.00", "in-house")
    )
    frame = portfolio.to_pandas()
    assert frame["delivery"].tolist() == ["contract", "service_level_agreement", "in_house"]
    assert cm.Portfolio.from_frame(frame) == portfolio  # the name comes back from frame.attrs
    renamed = frame.rename(columns={"delivery": "How"})
    assert cm.Portfolio.from_frame(renamed, delivery="How", name="Revised") == portfolio
    without = cm.Portfolio.from_frame(renamed, name="Revised")  # no delivery column: all contracts
    assert [line.delivery for line in without] == [cm.Delivery.CONTRACT] * 3


def test_blank_cells_in_a_register():
    frame = pd.DataFrame(
        {
            "service": ["Young Carers", "NEET"],
            "provider": ["Imago", None],
            "annual": ["£325,484.88", "£498,410.40"],
            "delivery": [None, ""],
        }
    )
    portfolio = cm.Portfolio.from_frame(frame)
    assert portfolio.lines[1] == cm.PortfolioLine("NEET", "", cm.Money("£498,410.40"), cm.Delivery.CONTRACT)


REGISTER_ERRORS = [
    (
        {"service": ["NEET"], "provider": ["CXK Ltd"], "annual": ["1,2,3"]},
        cm.InvalidInputError,
        "[commissioning.money.004] row 0 ('NEET'), column 'annual': cannot read '1,2,3' as money",
    ),
    (
        {"service": ["NEET"], "provider": ["CXK Ltd"], "annual": [None]},
        cm.InvalidInputError,
        "[commissioning.money.001] row 0 ('NEET'): 'annual' is blank; give the annual cost",
    ),
    (
        {"service": ["NEET"], "provider": ["CXK Ltd"], "annual": [float("nan")]},
        cm.InvalidInputError,
        "[commissioning.money.001] row 0 ('NEET'): 'annual' is blank",
    ),
    (
        {"service": ["NEET"], "provider": ["CXK Ltd"], "annual": ["-£1.60"]},
        cm.InvalidInputError,
        "[commissioning.portfolio.002] row 0 ('NEET'): the annual cost of 'NEET' cannot be negative, got -£1.60",
    ),
    (
        {"service": ["NEET"], "provider": ["CXK Ltd"], "annual": [Decimal("1.005")]},
        cm.InvalidInputError,
        "[commissioning.money.008] row 0 ('NEET'), column 'annual': £1.005 is not a whole number of pence",
    ),
    (
        {"service": ["NEET"], "provider": ["CXK Ltd"], "annual": [1], "delivery": ["outsourced"]},
        ValueError,
        "[commissioning.name.001] row 0 ('NEET'), column 'delivery': unknown delivery 'outsourced'",
    ),
]


@pytest.mark.parametrize(
    ("columns", "error", "message"), REGISTER_ERRORS, ids=[case[2][:40] for case in REGISTER_ERRORS])
def test_a_row_that_cannot_be_a_line_is_refused_naming_the_row_and_column(columns, error, message):
    with pytest.raises(error) as caught:
        cm.Portfolio.from_frame(pd.DataFrame(columns))
    assert str(caught.value).startswith(message)
    if isinstance(caught.value, cm.Error):
        assert caught.value.id == message[1:].split("]")[0]


def test_a_missing_column_is_named():
    frame = pd.read_csv(io.StringIO(SEED_002_CSV))
    with pytest.raises(ValueError, match=r"the frame has no column 'service'; its columns are \['Contract Name'"):
        cm.Portfolio.from_frame(frame)
    with pytest.raises(ValueError, match="no column 'How'"):
        cm.Portfolio.from_frame(early_help().to_pandas(), delivery="How")
    with pytest.raises(TypeError, match="takes a pandas DataFrame"):
        cm.Portfolio.from_frame([{"service": "x"}])


def test_seed_002_from_csv_records():
    rows = csv.DictReader(io.StringIO(SEED_002_CSV))
    portfolio = cm.Portfolio.from_records(
        rows, service="Contract Name", provider="Provider", annual="Costings", fill_down=True, name="Early help"
    )
    assert portfolio == early_help()


def test_from_records_reads_mappings_such_as_json_objects():
    records = [{"service": s, "provider": p, "annual": a} for s, p, a in SEED_002_LINES]
    assert_is_seed_002(cm.Portfolio.from_records(records))
    assert cm.Portfolio.from_records(early_help().to_pandas().to_dict("records"), name="Early help") == early_help()
    with pytest.raises(cm.InvalidInputError, match=r"record 0 \('NEET'\): 'annual' has no key"):
        cm.Portfolio.from_records([{"service": "NEET", "provider": "CXK Ltd", "cost": 1}])
    with pytest.raises(TypeError, match="record 1 is not a mapping"):
        cm.Portfolio.from_records([records[0], ("NEET", "CXK Ltd", 1)])


# ---------------------------------------------------------------- errors


PORTFOLIO_ERRORS = [
    (lambda: early_help().service_total("Youth Justice"), "commissioning.portfolio.003",
     "the portfolio has no service 'Youth Justice'"),
    (lambda: cm.Portfolio().add("", "Imago", 1), "commissioning.portfolio.001",
     "a portfolio line needs a service name"),
    (lambda: cm.Portfolio().add("NEET", "CXK Ltd", "-£1.00"), "commissioning.portfolio.002",
     "the annual cost of 'NEET' cannot be negative, got -£1.00"),
]


@pytest.mark.parametrize(
    ("action", "error_id", "message"), PORTFOLIO_ERRORS, ids=[case[1] for case in PORTFOLIO_ERRORS])
def test_refused_portfolio_input_raises_the_documented_ids(action, error_id, message):
    with pytest.raises(cm.InvalidInputError) as caught:
        action()
    assert caught.value.id == error_id
    assert str(caught.value) == f"[{error_id}] {message}"


def test_a_refused_line_leaves_the_portfolio_as_it_was():
    portfolio = early_help()
    with pytest.raises(cm.InvalidInputError):
        portfolio.add("NEET", "CXK Ltd", "-£1")
    assert portfolio == early_help()


# ---------------------------------------------------------------- a value that changes


def test_a_portfolio_copies_and_pickles_with_its_lines():
    portfolio = early_help().add("Family Support", "in-house", 0, "in-house")
    for restored in (pickle.loads(pickle.dumps(portfolio)), copy.copy(portfolio), copy.deepcopy(portfolio)):
        assert restored == portfolio
        assert restored is not portfolio
        assert restored.lines[-1].delivery is cm.Delivery.IN_HOUSE
    duplicate = copy.copy(portfolio)
    duplicate.add("NEET", "CXK Ltd", 1)
    assert len(duplicate) == len(portfolio) + 1


def test_a_portfolio_is_not_hashable_and_compares_by_name_and_lines():
    with pytest.raises(TypeError):
        hash(early_help())
    assert early_help() != cm.Portfolio("Other").add("Young Carers", "Imago", "£325,484.88")
    renamed = cm.Portfolio.from_frame(early_help().to_pandas(), name="Renamed")
    assert renamed != early_help()
    assert (early_help() == "Early help") is False
