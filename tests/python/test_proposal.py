"""Proposals that re-shape a portfolio, and what they save in a full year and in the year."""

import datetime as dt
import pickle
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import commissioning as cm

OCTOBER = "1 October 2020"  # seed 002: "the current contracts are due to end on 30th September 2020"


def early_help() -> cm.Portfolio:
    return (
        cm.Portfolio("Early help")
        .add("Young Carers", "Imago", "£325,484.88")
        .add("NEET", "CXK Ltd", "£498,410.40")
        .add("Family Support", "Porchlight", "£1,240,000.00")
        .add("Family Support", "Project Salus", "£860,400.00")
    )


def seed_002_changes(effective=OCTOBER) -> list[cm.PortfolioChange]:
    return [
        # iii. "an additional re-provision of £100k (new total £425,484)"
        cm.PortfolioChange.change_by("Young Carers", "£100,000", effective),
        # ii. "Redevelop the NEETs contract into a Service Level Agreement ... The Education People"
        cm.PortfolioChange.move_to_sla("NEET", "The Education People", 0, effective),
        # i. "bring the Family Support Service in-house", its envelope reduced "by £1.1m"
        cm.PortfolioChange.bring_in_house("Family Support", "-£1,100,000", effective),
    ]


# ---------------------------------------------------------------- seed 002


def test_seed_002_revised_projected_spend():
    result = cm.apply_changes(early_help(), seed_002_changes())
    assert result.after.lines == [
        cm.PortfolioLine("Young Carers", "Imago", cm.Money("£425,484.88"), cm.Delivery.CONTRACT),
        cm.PortfolioLine("NEET", "The Education People", cm.Money("£498,410.40"), cm.Delivery.SERVICE_LEVEL_AGREEMENT),
        cm.PortfolioLine("Family Support", "in-house", cm.Money("£1,000,400.00"), cm.Delivery.IN_HOUSE),
    ]
    assert result.before.total == cm.Money("£2,924,295.28")  # "Total current Spend"
    assert result.after.total == cm.Money("£1,924,295.28")  # "Total revised projected spend"
    assert result.full_year_saving == cm.Money("£1,000,000.00")
    # From 1 October half of 2020-21 is left: "an in-year saving of £1m" saves £500,000 in 2020-21.
    assert result.in_year_saving == cm.Money("£500,000.00")
    assert result.in_year_savings == {"2020-21": cm.Money("£500,000.00")}


def test_seed_002_each_change():
    changes = cm.apply_changes(early_help(), seed_002_changes()).changes
    summary = [(c.kind, c.service, str(c.before), str(c.after), str(c.saving), str(c.in_year_saving)) for c in changes]
    assert summary == [
        (cm.ChangeKind.CHANGE_BY, "Young Carers", "£325,484.88", "£425,484.88", "-£100,000.00", "-£50,000.00"),
        (cm.ChangeKind.MOVE_TO_SLA, "NEET", "£498,410.40", "£498,410.40", "£0.00", "£0.00"),
        (cm.ChangeKind.BRING_IN_HOUSE, "Family Support", "£2,100,400.00", "£1,000,400.00", "£1,100,000.00",
         "£550,000.00"),
    ]
    for change in changes:
        assert change.effective == dt.date(2020, 10, 1)
        assert change.in_year == cm.FinancialYear(2020)
        assert change.in_year_share == cm.Rate.ratio(1, 2)
    assert changes[0].change == seed_002_changes()[0]
    assert changes[2].kind == "bring_in_house" and changes[2].kind.label == "bring in-house"


def test_portfolio_apply_is_apply_changes_and_leaves_the_portfolio_as_it_was():
    portfolio = early_help()
    result = portfolio.apply(seed_002_changes())
    assert result == cm.apply_changes(portfolio, seed_002_changes())
    assert portfolio == early_help()
    assert result.before == early_help()


def test_the_result_holds_copies():
    result = early_help().apply(seed_002_changes())
    after = result.after
    after.add("New", "x", 1)
    assert result.after.total == cm.Money("£1,924,295.28")


def test_seed_002_as_a_data_frame():
    frame = early_help().apply(seed_002_changes()).to_pandas()
    assert list(frame.columns) == [
        "kind", "service", "effective", "before", "after", "saving", "in_year", "in_year_share", "in_year_saving"]
    assert frame["kind"].tolist() == ["change_by", "move_to_sla", "bring_in_house"]
    assert frame["effective"].tolist() == [dt.date(2020, 10, 1)] * 3
    assert frame["saving"].sum() == Decimal("1000000.00")
    assert frame["in_year_saving"].sum() == Decimal("500000.00")
    assert frame["in_year_share"].tolist() == [Decimal("0.5")] * 3
    assert frame["in_year"].tolist() == ["2020-21"] * 3
    assert frame.attrs == {
        "before": Decimal("2924295.28"),
        "after": Decimal("1924295.28"),
        "full_year_saving": Decimal("1000000.00"),
        "in_year_saving": Decimal("500000.00"),
    }


def test_seed_002_as_an_html_table():
    table = early_help().apply(seed_002_changes())._repr_html_()
    assert table.startswith('<table class="commissioning-proposal"><caption>Early help</caption>')
    assert "<td>bring in-house</td><td>Family Support</td><td>1 October 2020</td>" in table
    assert '<td style="text-align: right">£1,000,000.00</td>' in table
    assert '<td style="text-align: right">£500,000.00</td></tr></tfoot>' in table


def test_the_repr_states_the_figures():
    assert repr(early_help().apply(seed_002_changes())) == (
        "<ProposalResult: 3 changes, £2,924,295.28 to £1,924,295.28 a year, "
        "full-year saving £1,000,000.00, in-year saving £500,000.00>"
    )


# ---------------------------------------------------------------- the kinds of change


def test_a_change_to_a_service_with_several_providers_is_shared_in_proportion():
    result = early_help().apply([cm.PortfolioChange.change_by("Family Support", "-£100,000", "1 January 2021")])
    porchlight, salus = result.after.lines[2:]
    assert (porchlight.annual, salus.annual) == (cm.Money("£1,180,963.63"), cm.Money("£819,436.37"))
    assert result.after.service_total("Family Support") == cm.Money("£2,000,400.00")
    change = result.changes[0]
    assert change.in_year_share == cm.Rate("0.25")  # January to March
    assert change.in_year_saving == cm.Money("£25,000.00")


def test_a_change_by_a_percentage():
    result = early_help().apply([cm.PortfolioChange.change_by_percent("Family Support", "-10%", "15 January 2021")])
    assert [str(line.annual) for line in result.after.lines[2:]] == ["£1,116,000.00", "£774,360.00"]
    change = result.changes[0]
    assert change.saving == cm.Money("£210,040.00")
    # 17 of January's 31 days, then February and March: (17/31 + 2) / 12 of the year.
    assert change.in_year_share == cm.Rate.ratio(79, 372)
    assert change.in_year_saving == cm.Money("£44,605.27")


def test_ending_a_service_saves_all_of_it_and_adding_one_costs_it():
    result = early_help().apply(
        [
            cm.PortfolioChange.end("NEET", "1 April 2021"),
            cm.PortfolioChange.add("Youth Justice", "in-house", "£50,000", "1 April 2021", delivery="in-house"),
        ]
    )
    assert result.after.services == ("Young Carers", "Family Support", "Youth Justice")
    assert result.after.lines[-1].delivery == cm.Delivery.IN_HOUSE
    assert [str(change.saving) for change in result.changes] == ["£498,410.40", "-£50,000.00"]
    assert result.full_year_saving == cm.Money("£448,410.40")
    assert result.in_year_saving == result.full_year_saving  # from 1 April: the whole year
    assert result.changes[0].in_year_share == cm.Rate(1)


def test_changes_apply_in_order():
    result = early_help().apply(
        [
            cm.PortfolioChange.bring_in_house("Family Support", 0, OCTOBER),
            cm.PortfolioChange.change_by("Family Support", "-£1,100,000", "1 April 2021"),
        ]
    )
    assert [str(change.before) for change in result.changes] == ["£2,100,400.00", "£2,100,400.00"]
    assert result.after.lines[-1] == cm.PortfolioLine(
        "Family Support", "in-house", cm.Money("£1,000,400.00"), cm.Delivery.IN_HOUSE)
    assert result.in_year_savings == {"2020-21": cm.Money(0), "2021-22": cm.Money("£1,100,000.00")}


def test_financial_years_may_start_in_another_month():
    result = cm.apply_changes(early_help(), seed_002_changes(), start_month=1)
    assert result.changes[0].in_year == cm.FinancialYear(2020, start_month=1)
    assert result.changes[0].in_year_share == cm.Rate.ratio(1, 4)  # October to December
    assert result.in_year_savings == {"2020": cm.Money("£250,000.00")}


def test_a_change_describes_itself():
    change = cm.PortfolioChange.move_to_sla("NEET", "The Education People", 0, OCTOBER)
    assert change.kind is cm.ChangeKind.MOVE_TO_SLA
    assert change.service == "NEET"
    assert change.provider == "The Education People"
    assert change.amount == cm.Money(0)
    assert change.percent is None
    assert change.effective == dt.date(2020, 10, 1)
    assert change.delivery is cm.Delivery.SERVICE_LEVEL_AGREEMENT
    assert cm.PortfolioChange.change_by("NEET", 1, OCTOBER).provider is None
    assert cm.PortfolioChange.bring_in_house("NEET", 1, OCTOBER).provider == "in-house"
    assert cm.PortfolioChange.change_by_percent("NEET", "-10%", OCTOBER).percent == cm.Rate("-0.1")
    assert repr(change) == (
        "PortfolioChange.move_to_sla('NEET', 'The Education People', Money('£0.00'), "
        "effective=datetime.date(2020, 10, 1))"
    )
    assert repr(cm.PortfolioChange.add("Youth Justice", "x", 1, OCTOBER, "sla")).endswith(
        "effective=datetime.date(2020, 10, 1), delivery='service level agreement')"
    )
    assert hash(change) == hash(cm.PortfolioChange.move_to_sla("NEET", "The Education People", "£0", "2020-10-01"))
    assert pickle.loads(pickle.dumps(change)) == change


# ---------------------------------------------------------------- errors


PROPOSAL_ERRORS = [
    (lambda: early_help().apply([cm.PortfolioChange.end("Youth Justice", OCTOBER)]), "commissioning.proposal.001",
     "the portfolio has no service 'Youth Justice'"),
    (lambda: early_help().apply([cm.PortfolioChange.add("NEET", "x", 1, OCTOBER)]), "commissioning.proposal.001",
     "the portfolio already has a service 'NEET'"),
    (lambda: early_help().apply([cm.PortfolioChange.change_by("NEET", "-£498,412.00", OCTOBER)]),
     "commissioning.proposal.002", "the change would make 'NEET' cost -£1.60 a year"),
    (lambda: early_help().apply([cm.PortfolioChange.bring_in_house("NEET", "-£500,000", OCTOBER)]),
     "commissioning.proposal.002", "the change would make 'NEET' cost -£1,589.60 a year"),
    (lambda: early_help().apply([cm.PortfolioChange.add("Youth Justice", "x", -1, OCTOBER)]),
     "commissioning.proposal.002", "a new service cannot cost less than nothing: -£1.00"),
]


@pytest.mark.parametrize(("action", "error_id", "message"), PROPOSAL_ERRORS, ids=[case[2] for case in PROPOSAL_ERRORS])
def test_refused_changes_raise_the_documented_ids(action, error_id, message):
    with pytest.raises(cm.InvalidInputError) as caught:
        action()
    assert caught.value.id == error_id
    assert str(caught.value) == f"[{error_id}] {message}"


def test_a_proposal_is_a_list_of_changes():
    with pytest.raises(TypeError, match="a proposal is a list of PortfolioChange"):
        early_help().apply([("NEET", 0)])
    with pytest.raises(TypeError):
        early_help().apply(cm.PortfolioChange.end("NEET", OCTOBER))
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.PortfolioChange.end("NEET", "31 September 2020")
    assert caught.value.id == "commissioning.date.002"


def test_results_pickle():
    result = early_help().apply(seed_002_changes())
    restored = pickle.loads(pickle.dumps(result))
    assert restored == result
    assert restored.changes == result.changes
    with pytest.raises(TypeError):
        hash(result)


# ---------------------------------------------------------------- properties

pence = st.integers(min_value=0, max_value=10**11)
KINDS = ["change_by", "change_by_percent", "bring_in_house", "move_to_sla", "end", "add"]


@st.composite
def portfolios_and_proposals(draw):
    """A portfolio and changes that can be applied to it, with a model of each service's cost."""
    portfolio = cm.Portfolio("Random")
    costs: dict[str, cm.Money] = {}
    for number in range(draw(st.integers(min_value=1, max_value=5))):
        service = f"Service {number}"
        for provider in range(draw(st.integers(min_value=1, max_value=3))):
            annual = cm.Money.from_pence(draw(pence))
            portfolio.add(service, f"Provider {provider}", annual)
            costs[service] = costs.get(service, cm.Money()) + annual
    changes = []
    for number in range(draw(st.integers(min_value=0, max_value=6))):
        effective = draw(st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2026, 12, 31)))
        kind = draw(st.sampled_from(KINDS)) if costs else "add"
        if kind == "add":
            service = f"New {number}"
            annual = cm.Money.from_pence(draw(pence))
            changes.append(cm.PortfolioChange.add(service, "p", annual, effective))
            costs[service] = annual
            continue
        service = draw(st.sampled_from(sorted(costs)))
        before = costs[service]
        if kind == "end":
            changes.append(cm.PortfolioChange.end(service, effective))
            del costs[service]
            continue
        if kind == "change_by_percent":
            share = cm.Rate(draw(st.fractions(min_value=-1, max_value=2, max_denominator=1000)))
            changes.append(cm.PortfolioChange.change_by_percent(service, share, effective))
            costs[service] = before + before * share
            continue
        amount = cm.Money.from_pence(draw(st.integers(min_value=-before.pence, max_value=10**10)))
        if kind == "change_by":
            changes.append(cm.PortfolioChange.change_by(service, amount, effective))
        elif kind == "bring_in_house":
            changes.append(cm.PortfolioChange.bring_in_house(service, amount, effective))
        else:
            changes.append(cm.PortfolioChange.move_to_sla(service, "SLA", amount, effective))
        costs[service] = before + amount
    return portfolio, changes, costs


@settings(max_examples=100)
@given(portfolios_and_proposals())
def test_every_proposal_reconciles_to_the_penny(case):
    portfolio, changes, costs = case
    result = portfolio.apply(changes)
    savings = sum((change.saving for change in result.changes), cm.Money())
    assert result.before.total - result.after.total == result.full_year_saving == savings
    assert result.in_year_saving == sum((change.in_year_saving for change in result.changes), cm.Money())
    assert result.in_year_saving == sum(result.in_year_savings.values(), cm.Money())
    assert result.after.total == sum((line.annual for line in result.after), cm.Money())
    assert {service: result.after.service_total(service) for service in result.after.services} == costs
    for change in result.changes:
        assert change.saving == change.before - change.after
        assert change.in_year == cm.FinancialYear.of(change.effective)
        assert 0 < change.in_year_share <= 1
        assert change.in_year_saving == change.saving * change.in_year_share
    assert result.before == portfolio
