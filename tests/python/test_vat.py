"""VAT on appraisal lines (issue 18 item 7): a council is refunded the VAT it incurs on its
non-business activities (VAT Act 1994 section 33), so the appraisal counts costs net of it,
while a procurement threshold compares the VAT-inclusive value (SI 2021/1221). Every figure is
worked by hand: £120,000 including VAT at 20% is £100,000 net and £20,000 VAT; over two years,
2025-26 discounted at 1 / 1.035, £100,000 a year is £100,000 + £96,618.357... = £196,618.36."""

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import commissioning as cm

TESTS = Path(__file__).resolve().parents[1]
VAT_SCENARIO = TESTS / "scenarios" / "vat.toml"
RECOVERABLE = cm.VatTerms("recoverable", amounts_include_vat=True)


def care(per_year: str, terms: cm.VatTerms) -> cm.AppraisalLine:
    line = cm.AppraisalLine.recurring("Care", "cost", "contract_payments", per_year, "2024-25", "2025-26")
    return line.with_vat(terms)


def present_value_of_costs(line: cm.AppraisalLine) -> cm.Money:
    option = cm.Option("Commission", kind="external_commission").add(line)
    result = cm.Appraisal("Care", [option], base_year="2024-25", years=2, basis="nominal").run()
    return result.options[0].present_value_costs


def test_the_treatments_are_a_text_enum():
    assert [member.value for member in cm.VatRecovery] == [
        "not_stated", "recoverable", "irrecoverable", "exempt", "outside_scope",
    ]
    assert cm.VatRecovery("Outside scope") is cm.VatRecovery.OUTSIDE_SCOPE
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.VatTerms("reclaimable")
    assert caught.value.id == "commissioning.name.001"


def test_split_vat_to_the_penny():
    split = cm.split_vat("£120,000", RECOVERABLE)
    assert split == cm.VatSplit(cm.Money("£100,000"), cm.Money("£20,000"), cm.Money("£120,000"), cm.Money("£100,000"))
    assert cm.split_vat("£100,000", cm.VatTerms("irrecoverable")).appraised == cm.Money("£120,000")
    assert cm.split_vat("£120,000", cm.VatTerms("exempt", amounts_include_vat=True)).appraised == cm.Money("£120,000")
    # £100.01 including VAT: VAT £100.01 / 6 = £16.668... is £16.67, the net the rest.
    split = cm.split_vat("£100.01", RECOVERABLE)
    assert (split.net, split.vat) == (cm.Money("£83.34"), cm.Money("£16.67"))
    # At the reduced rate of 5%: £105 including VAT is £100 net.
    assert cm.split_vat("£105", cm.VatTerms("recoverable", vat_rate="5%", amounts_include_vat=True)).net == cm.Money("£100")


@given(
    pence=st.integers(min_value=0, max_value=10**13),
    vat_rate=st.sampled_from(["20%", "5%", "17.5%", "0%"]),
    inclusive=st.booleans(),
    treatment=st.sampled_from(["recoverable", "irrecoverable"]),
)
def test_no_penny_is_created_or_lost(pence, vat_rate, inclusive, treatment):
    amount = cm.Money.from_pence(pence)
    split = cm.split_vat(amount, cm.VatTerms(treatment, vat_rate=vat_rate, amounts_include_vat=inclusive))
    assert split.net + split.vat == split.gross
    assert (split.gross if inclusive else split.net) == amount
    assert split.appraised == (split.net if treatment == "recoverable" else split.gross)


def test_the_terms_are_a_value():
    terms = cm.VatTerms("irrecoverable", vat_rate="5%", amounts_include_vat=True)
    assert (terms.treatment, terms.vat_rate, terms.amounts_include_vat) == ("irrecoverable", cm.Rate("5%"), True)
    assert repr(terms) == "VatTerms('irrecoverable', vat_rate=Rate('0.05'), amounts_include_vat=True)"
    assert pickle.loads(pickle.dumps(terms)) == terms
    assert hash(pickle.loads(pickle.dumps(terms))) == hash(terms)
    assert cm.VatTerms() == cm.VatTerms("not_stated", vat_rate="20%")
    assert cm.VatTerms() != terms
    assert terms.description == (
        "charged at 5% and not recoverable; the amounts include VAT; the appraisal counts them with VAT, a cost the "
        "council bears"
    )


def test_bad_terms_are_refused_with_an_id():
    with pytest.raises(cm.InvalidInputError, match=r"a VAT rate cannot be negative, got -20%") as caught:
        cm.VatTerms("recoverable", vat_rate="-20%")
    assert caught.value.id == "commissioning.appraisal.007"
    with pytest.raises(TypeError):
        cm.VatTerms("recoverable", amounts_include_vat="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cm.VatTerms.__new__(cm.VatTerms).treatment  # noqa: B018


def test_the_appraisal_counts_each_line_as_its_vat_terms_say():
    # Recoverable, given VAT-inclusive: £100,000 a year counted.
    assert present_value_of_costs(care("£120,000", RECOVERABLE)) == cm.Money("£196,618.36")
    # Not recoverable, either way given: £120,000 a year; £120,000 + £115,942.028... = £235,942.03.
    assert present_value_of_costs(care("£120,000", cm.VatTerms("irrecoverable", amounts_include_vat=True))) == cm.Money(
        "£235,942.03"
    )
    assert present_value_of_costs(care("£100,000", cm.VatTerms("irrecoverable"))) == cm.Money("£235,942.03")
    # Exempt, and not stated: unchanged.
    assert present_value_of_costs(care("£120,000", cm.VatTerms("exempt"))) == cm.Money("£235,942.03")
    assert present_value_of_costs(care("£120,000", cm.VatTerms())) == cm.Money("£235,942.03")


def test_a_line_keeps_its_amounts_and_gives_the_gross_for_a_threshold():
    line = care("£120,000", RECOVERABLE)
    assert line.vat == RECOVERABLE
    assert line.in_year("2024-25") == cm.Money("£120,000")
    assert line.appraised_in_year("2024-25") == cm.Money("£100,000")
    assert line.split_in_year(2025) == cm.VatSplit(
        cm.Money("£100,000"), cm.Money("£20,000"), cm.Money("£120,000"), cm.Money("£100,000")
    )
    assert line.gross_total == cm.Money("£240,000")
    assert care("£100,000", cm.VatTerms("recoverable")).gross_total == cm.Money("£240,000")
    assert care("£120,000", cm.VatTerms()).vat == cm.VatTerms()


def test_a_line_with_vat_terms_pickles_compares_and_shows_them():
    line = care("£120,000", RECOVERABLE)
    assert pickle.loads(pickle.dumps(line)) == line
    assert hash(pickle.loads(pickle.dumps(line))) == hash(line)
    assert line != care("£120,000", cm.VatTerms())
    assert repr(line) == (
        "<AppraisalLine 'Care' (cost, contract payments): £120,000.00 a year, 2024-25 to 2025-26; total "
        "£240,000.00; VAT recoverable at 20%, amounts include VAT>"
    )
    assert "VAT" not in repr(care("£120,000", cm.VatTerms()))
    option = cm.Option("Commission").add(line)
    assert pickle.loads(pickle.dumps(option)).lines[0].vat == RECOVERABLE


def vat_appraisal_by_the_api() -> cm.Appraisal:
    """tests/scenarios/vat.toml, built through the API."""
    in_house = cm.Option("In-house", kind="in_house").add(
        cm.AppraisalLine.recurring("Staff", "cost", "staff", "£101,000", "2024-25", "2025-26").with_vat(
            cm.VatTerms("outside_scope")
        )
    )
    commission = (
        cm.Option("Commission", kind="external_commission")
        .add(care("£120,000", RECOVERABLE))
        .add(
            cm.AppraisalLine.one_off("Fuel", "cost", "non_staff", "£1,050", "2024-25").with_vat(
                cm.VatTerms("irrecoverable", vat_rate="5%", amounts_include_vat=True)
            )
        )
    )
    return cm.Appraisal("Home care: VAT on each line", [in_house, commission], base_year="2024-25", years=2, basis="nominal")


def test_the_scenario_file_builds_the_same_appraisal_as_the_api():
    scenario = cm.load_scenario(VAT_SCENARIO)
    assert scenario.appraisal == vat_appraisal_by_the_api()
    result = scenario.appraisal.run()
    assert result.option("Commission").present_value_costs == cm.Money("£197,668.36")
    assert result.option("In-house").present_value_costs == cm.Money("£198,584.54")
    assert result.preferred.name == "Commission"
    # Written back, it reads as the same scenario.
    assert cm.Scenario.from_toml(scenario.to_toml()) == scenario


def test_a_bad_vat_word_in_a_scenario_is_located():
    text = VAT_SCENARIO.read_text(encoding="utf-8").replace('vat = "recoverable"', 'vat = "reclaimable"')
    with pytest.raises(cm.InvalidInputError, match=r"options\[1\]\.lines\[0\]\.vat: unknown value 'reclaimable'") as caught:
        cm.Scenario.from_toml(text, "vat.toml")
    assert caught.value.id == "commissioning.scenario.011"


@pytest.mark.parametrize("fmt", ["text", "md", "json", "csv", "html"])
def test_the_command_line_states_each_lines_vat_treatment(fmt):
    result = subprocess.run(
        [sys.executable, "-m", "commissioning", "appraise", str(VAT_SCENARIO), "--format", fmt, "--width", "10000"],
        capture_output=True,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, b"")
    out = result.stdout.decode("utf-8")
    if fmt == "json":
        out = json.dumps(json.loads(out), ensure_ascii=False)
    assert "recoverable at 20%; the amounts include VAT; the appraisal counts them net of VAT" in out
    assert "(VAT Act 1994 s.33)" in out
    assert "charged at 5% and not recoverable" in out
    assert "£240,000.00" in out
    assert "outside the scope of VAT" in out
