"""Values pickle, so process pools and distributed engines can carry them."""

import copy
import datetime as dt
import pickle
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import commissioning as cm

CONTRACT_YEAR = cm.Period("1 May 2022", "30 April 2023")


def kent() -> cm.Contract:
    """Seed 004: 3+1+1 from 1 May 2016, both options exercised, a year more under 72(1)(c)."""
    contract = cm.Contract("Kent Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")
    contract.exercise(1)
    contract.exercise(2, decided_on="1 March 2020")
    contract.modify(ground="72(1)(c)", months=12, description="Covid-19")
    return contract


KENT = kent()

EARLY_HELP = (
    cm.Portfolio("Early help")
    .add("Young Carers", "Imago", "£325,484.88")
    .add("NEET", "CXK Ltd", "£498,410.40")
    .add("Family Support", "Porchlight", "£1,240,000.00")
    .add("Family Support", "Project Salus", "£860,400.00", "in-house")
)
SEED_002_CHANGES = [
    cm.PortfolioChange.change_by("Young Carers", "£100,000", "1 October 2020"),
    cm.PortfolioChange.move_to_sla("NEET", "The Education People", 0, "1 October 2020"),
    cm.PortfolioChange.bring_in_house("Family Support", "-£1,100,000", "1 October 2020"),
]
PROPOSAL = EARLY_HELP.apply(SEED_002_CHANGES)
CAP = cm.Envelope.flat("Young carers", "£65,000", 2018, 2020)
IN_HOUSE = cm.Commitment.annual("In-house team", "Herefordshire Council", "£68,000", CAP.first_year.period)
POSITION = cm.assess(CAP, [IN_HOUSE, KENT])
RECONCILIATION = cm.reconcile(cm.Statement("seed 003", total="£2,910,878"), cm.Statement.of(EARLY_HELP, "seed 002"))
VIEW = cm.medium_term_view(CAP, "£60,000", "3%", {2019: "£1,000"})
THRESHOLDS = cm.ThresholdTable.bundled()
ROUTE = cm.assess_procurement(KENT, category="light_touch_services", vat="exempt", start="1 January 2016")
EXTENSION = cm.assess_modification(KENT, 1, regime="pcr_2015", type="light_touch", decided_on="1 April 2021")
KEY_RULE = cm.KeyDecisionRule.share_or_amount("Wirral Council", "10%", "£500,000")
KEY = cm.is_key_decision(cm.KeyDecisionRule.fixed("Kent County Council", "£1,000,000"), "£1,627,500")
TECKAL = cm.check_teckal(control_similar_to_own_departments=True, activity_share="95%")

VALUES = [
    cm.Money("£325,484.88"),
    cm.Money.from_pence(-(2**63)),
    cm.Rate("3.5%"),
    cm.Rate.ratio(-1, 3),
    cm.Rate(10**40) / 7,
    cm.Rounding.HALF_EVEN,
    cm.MoneyUnit.MILLIONS,
    cm.NegativeStyle.PARENTHESES,
    cm.ApportionRule.DAILY,
    cm.CsvValues.DISPLAY,
    cm.FinancialYear(2022),
    cm.FinancialYear(2022, start_month=7),
    CONTRACT_YEAR,
    cm.apportion("£325,484.88", CONTRACT_YEAR),
    cm.apportion("£325,484.88", CONTRACT_YEAR, "daily", start_month=1),
    cm.apportion("£325,484.88", CONTRACT_YEAR)[0],
    CONTRACT_YEAR.length(),
    CONTRACT_YEAR.split_by_financial_year()[0],
    cm.Term("3+1+1"),
    cm.Term("18m+6m"),
    cm.Price.annual("£325,484.88"),
    cm.Price.per_contract_year(["£100,000", "£110,000"]),
    cm.Price.total_over_base("£1,000,000.01", 36),
    cm.Indexation.none(),
    cm.Indexation.fixed("3%", from_year=3, rounding="half_even"),
    cm.Indexation.index_series({2019: "105.2", 2020: 107.1}, lag_years=1, cap="3%", floor="0%"),
    cm.OptionStatus.EXERCISED,
    cm.ContractPhase.NOT_STARTED,
    cm.ContractScope.MAXIMUM,
    cm.ModificationGround.PA2023_KNOWN_RISK,
    cm.ContractState("extension 2"),
    KENT,
    KENT.options[0],
    KENT.modifications[0],
    KENT.modification_values()[0],
    KENT.contract_years(),
    KENT.contract_years()[0],
    KENT.profile(),
    KENT.profile("maximum", "daily", start_month=1),
    KENT.profile()[0],
    CAP,
    CAP.capped_at("£60,000"),
    cm.Envelope.per_year("Academic year", {cm.FinancialYear(2022, 9): 1, cm.FinancialYear(2024, 9): 2}),
    IN_HOUSE,
    cm.Commitment.of(KENT, start_month=1),
    POSITION,
    POSITION.years[0],
    POSITION.breaches[0],
    cm.Delivery.SERVICE_LEVEL_AGREEMENT,
    cm.ChangeKind.BRING_IN_HOUSE,
    EARLY_HELP,
    EARLY_HELP.lines[0],
    EARLY_HELP.by_service()[2],
    *SEED_002_CHANGES,
    cm.PortfolioChange.change_by_percent("NEET", "-10%", "1 January 2021"),
    cm.PortfolioChange.end("NEET", "1 January 2021"),
    cm.PortfolioChange.add("Youth Justice", "in-house", "£50,000", "1 April 2021", "in-house"),
    PROPOSAL,
    PROPOSAL.changes[2],
    cm.Statement("seed 003", total="£2,910,878"),
    cm.Statement("ledger", {"NEET": "£498,410.40"}),
    RECONCILIATION,
    cm.reconcile(cm.Statement.of(PROPOSAL.before), cm.Statement.of(PROPOSAL.after)).lines[0],
    VIEW,
    VIEW[1],
    cm.ProcurementRegime.PROCUREMENT_ACT_2023,
    cm.ContractType.LIGHT_TOUCH_CONCESSION,
    cm.AuthorityType.CENTRAL_GOVERNMENT,
    cm.ServiceCategory.LIGHT_TOUCH_SERVICES,
    cm.VatTreatment.EXEMPT,
    cm.VatRecovery.RECOVERABLE,
    cm.VatTerms("irrecoverable", vat_rate="5%", amounts_include_vat=True),
    cm.split_vat("£120,000", cm.VatTerms("recoverable", amounts_include_vat=True)),
    cm.AppraisalLine.one_off("Fuel", "cost", "non_staff", "£1,050", "2024-25").with_vat(cm.VatTerms("irrecoverable")),
    cm.Verdict.NOT_PERMITTED,
    cm.ThresholdColumn.WELSH_MINISTERS,
    cm.KeyDecisionRoute.GENERAL_EXCEPTION,
    cm.ClearDayCount.WEEKDAYS,
    cm.TeckalArrangement.HORIZONTAL,
    cm.earliest_key_decision("notice", "1 March 2027", counted="weekdays", closed_days=["26 March 2027"]),
    THRESHOLDS,
    THRESHOLDS.rows[0],
    cm.ThresholdTable(THRESHOLDS.rows[:2]),
    ROUTE,
    EXTENSION,
    KEY_RULE,
    cm.KeyDecisionRule("A council", wards_test=False),
    KEY,
    cm.is_key_decision(cm.KeyDecisionRule("A council"), 1),
    TECKAL,
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
@pytest.mark.parametrize("protocol", [2, pickle.HIGHEST_PROTOCOL])
def test_values_survive_pickling(value, protocol):
    restored = pickle.loads(pickle.dumps(value, protocol=protocol))
    assert type(restored) is type(value)
    assert restored == value


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_values_copy_and_deepcopy(value):
    assert copy.copy(value) == value
    assert copy.deepcopy(value) == value


def test_pickles_name_the_public_package_not_the_compiled_module():
    for value in (cm.Money(1), cm.Rate(1), cm.Rounding.HALF_EVEN, CONTRACT_YEAR, KENT, KENT.profile(), CAP, IN_HOUSE,
                  POSITION, EARLY_HELP, PROPOSAL, RECONCILIATION, VIEW, cm.Delivery.IN_HOUSE, THRESHOLDS, ROUTE,
                  EXTENSION, KEY_RULE, KEY, TECKAL, cm.Verdict.PERMITTED):
        data = pickle.dumps(value, protocol=2)
        assert b"commissioning" in data
        assert b"_core" not in data


def test_a_pickled_apportionment_keeps_its_rule_and_parts():
    original = cm.apportion("£325,484.88", CONTRACT_YEAR, "daily")
    restored = pickle.loads(pickle.dumps(original))
    assert restored.rule is cm.ApportionRule.DAILY
    assert [str(part.amount) for part in restored] == ["£298,732.70", "£26,752.18"]


@given(st.integers(min_value=-(2**63), max_value=2**63 - 1))
def test_money_pickle_round_trips(pence):
    amount = cm.Money.from_pence(pence)
    assert pickle.loads(pickle.dumps(amount)) == amount


@given(st.fractions())
def test_rate_pickle_round_trips(fraction: Fraction):
    rate = cm.Rate(fraction)
    restored = pickle.loads(pickle.dumps(rate))
    assert restored == rate == fraction


@given(
    st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9000, 12, 31)),
    st.integers(min_value=0, max_value=5000),
)
def test_period_pickle_round_trips(first, length):
    period = cm.Period(first, first + dt.timedelta(days=length))
    assert pickle.loads(pickle.dumps(period)) == period


def test_a_pickled_proposal_keeps_its_portfolios_and_savings():
    restored = pickle.loads(pickle.dumps(PROPOSAL))
    assert restored.before == EARLY_HELP
    assert restored.after.total == cm.Money("£1,924,295.28")
    assert restored.full_year_saving == cm.Money("£1,000,000.00")
    assert restored.in_year_saving == cm.Money("£500,000.00")
    assert restored.changes[2].in_year_share == cm.Rate.ratio(1, 2)
    assert restored.changes[2].change == SEED_002_CHANGES[2]


def test_a_pickled_envelope_keeps_its_cap_and_start_month():
    capped = pickle.loads(pickle.dumps(CAP.capped_at("£60,000")))
    assert capped.cap == cm.Money("£60,000")
    assert capped.by_year == {"2018-19": cm.Money(60_000), "2019-20": cm.Money(60_000), "2020-21": cm.Money(60_000)}
    academic = pickle.loads(pickle.dumps(cm.Envelope.per_year("Academic year", {cm.FinancialYear(2022, 9): 1})))
    assert academic.start_month == 9


def test_pickled_procurement_answers_keep_their_figures_and_reasons():
    route = pickle.loads(pickle.dumps(ROUTE))
    assert route.sentence == ROUTE.sentence
    assert route.threshold == cm.ThresholdRow(
        cm.ProcurementRegime.PCR_2015, cm.ContractType.LIGHT_TOUCH, ROUTE.threshold.effective_from,
        cm.Money("£589,148"), False, ROUTE.threshold.source,
    )
    extension = pickle.loads(pickle.dumps(EXTENSION))
    assert extension.share == cm.Rate.ratio(1, 5)
    assert extension.reasons == EXTENSION.reasons
    assert pickle.loads(pickle.dumps(KEY)).reasons == ("Expenditure or savings of more than £1m",)
    assert pickle.loads(pickle.dumps(THRESHOLDS)).to_pandas().shape == (68, 7)  # with the Welsh Ministers' column
