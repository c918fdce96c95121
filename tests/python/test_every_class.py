"""Every public class, walked: none can be used half-made, and each pickles whole.

The classes are found, not listed, so a class added without a sample here fails
`test_every_class_has_a_sample` rather than going unchecked.
"""

import pickle
import subprocess
import sys
import textwrap

import pytest

import commissioning as cm
from commissioning import _core
from test_appraisal import external, seed_000
from test_pickle import POSITION, VALUES
from test_report import seed_002
from test_scenario import KENT as KENT_SCENARIO_FILE
from test_simulation import EXTERNAL, IN_HOUSE, inputs, kent


def public_classes() -> dict[str, type]:
    """The public classes of the compiled module and of the package, by name.

    Exceptions are left out: they are Python's own protocol (test_errors.py pickles them).
    """
    found: dict[str, type] = {}
    for module in (_core, cm):
        for name, value in vars(module).items():
            if not name.startswith("_") and isinstance(value, type) and not issubclass(value, BaseException):
                found[value.__name__] = value
    return found


def is_compiled(cls: type) -> bool:
    return type(cls).__name__ == "pybind11_type"


# ---------------------------------------------------------------- a sample of each class

APPRAISAL = seed_000()
RESULT = APPRAISAL.run()
SIMULATION = kent().simulate(inputs=inputs(), iterations=200, seed=7)
RISK = cm.Risk.cost("R1", "Provider failure", "Commissioner", [IN_HOUSE], 0.2, {2022: "£50,000"})
DELAY = cm.Risk.delay("R2", "Late start", "Commissioner", [EXTERNAL], 0.5, 6)
MCDA = cm.MultiCriteria({"Quality": 60, "Cost": 40}, ["In-house", "External"], [[7, 5], [6, 8]])
OUTPUT_AND_UPLIFT = external().output("young carers assessed", 1000, 2022, 2026).optimism_bias("10%", "Contract payments")
SENSITIVITY = kent().sensitivity([cm.AppraisalInput.costs(IN_HOUSE), cm.AppraisalInput.discount_rate()])

EXTRA_SAMPLES = [
    APPRAISAL,
    APPRAISAL.settings,
    APPRAISAL.options[1],
    APPRAISAL.options[1].lines[0],
    APPRAISAL.options[0].duties[0],
    RESULT,
    RESULT.options[0],
    RESULT.options[1].years[0],
    cm.AppraisalInput.line(IN_HOUSE, "Running costs"),
    cm.AppraisalInput.category(EXTERNAL, "contract_payments"),
    cm.OptionKind.IN_HOUSE,
    cm.LineKind.COST,
    cm.CostCategory.TUPE_AND_TRANSITION,
    cm.PriceBasis.REAL,
    cm.SensitivityMetric.NET_PRESENT_SOCIAL_VALUE,
    cm.Deflator.constant_growth("OBR", "2%", "2022-23", "2026-27"),
    cm.DiscountSchedule.green_book_2022(),
    cm.DiscountSchedule.green_book_2022().bands[1],
    cm.OptimismBiasAdjustment("outsourcing", "operating cost"),
    cm.ProjectType.STANDARD_BUILDINGS,
    cm.OptimismBiasMeasure.WORKS_DURATION,
    cm.OptimismBiasBound.UPPER,
    cm.OptimismBiasShare(cm.ProjectType.STANDARD_BUILDINGS, cm.Rate("60%")),
    OUTPUT_AND_UPLIFT.output_measure,
    OUTPUT_AND_UPLIFT.optimism_bias_uplift,
    POSITION.breaches[0].lines[0],
    cm.Statement("ledger", {"NEET": "£498,410.40"}).lines[0],
    SENSITIVITY,
    SENSITIVITY[0],
    kent().switching_value(cm.AppraisalInput.costs(IN_HOUSE)),
    MCDA,
    MCDA.criteria[0],
    MCDA.evaluate(),
    MCDA.evaluate().stability[0],
    cm.Distribution.fixed(1),
    cm.Distribution.triangular(0.9, 1.0, 1.3),
    cm.Distribution.pert(0.9, 1.0, 1.3),
    cm.Distribution.normal(1, 0.1),
    cm.Distribution.normal(1, 0.1, lower=0.9),
    cm.Distribution.lognormal(1.02, 0.05),
    cm.Distribution.lognormal_log(0.0, 0.1),
    cm.Distribution.discrete([0, 1], [0.25, 0.75]),
    *inputs(),
    cm.UncertainInput.delay(EXTERNAL, cm.Distribution.uniform(0, 6)),
    RISK,
    DELAY,
    cm.RiskRegister([RISK, DELAY]),
    cm.RiskRegister(),
    SIMULATION,
    SIMULATION.options[1],
    SIMULATION.options[1].present_value_costs,
    kent().simulate(iterations=100, keep_samples=False),
    cm.simulate_blocks(kent(), 0, 1, inputs=inputs(), iterations=200, seed=7),
    cm.simulate_blocks(kent(), 1, 2, iterations=2 * cm.SIMULATION_BLOCK_SIZE, keep_samples=False),
    kent().simulate(iterations=100, envelope=cm.Envelope.flat("Budget", "£340,000", 2022, 2026)).options[2].over_envelope,
    kent().simulate(iterations=100, envelope=cm.Envelope.flat("Budget", "£340,000", 2022, 2026)).options[2].over_envelope[0],
    cm.Scenario.from_toml(KENT_SCENARIO_FILE.read_text(encoding="utf-8")),
    seed_002(),
    seed_002().columns[2],
    cm.ColumnKind.MONEY,
    cm.Alignment.RIGHT,
    cm.TotalRounding.INDEPENDENT,
    cm.profile_register({"start": ["2016-05-01"], "term": ["3+1+1"], "annual": [325484.0], "name": ["Young Carers"]}),
]
SAMPLES = [*VALUES, *EXTRA_SAMPLES]


def samples_of(cls: type) -> list:
    return [value for value in SAMPLES if type(value) is cls]


def test_every_class_has_a_sample():
    missing = sorted(name for name, cls in public_classes().items() if not samples_of(cls))
    assert not missing, f"add a sample of each to test_pickle.VALUES or EXTRA_SAMPLES here: {missing}"


@pytest.mark.parametrize("name", sorted(public_classes()))
@pytest.mark.parametrize("protocol", [2, 5])
def test_every_class_pickles_and_round_trips_equal(name, protocol):
    for value in samples_of(public_classes()[name]):
        restored = pickle.loads(pickle.dumps(value, protocol=protocol))
        assert type(restored) is type(value)
        assert restored == value


# ---------------------------------------------------------------- no half-made instance

# Run in a child interpreter: a use that reached C++ uninitialised would crash it, and a crash
# must fail this test, not end the test run. It prints each class before probing it, so a crash
# names its class.
PROBE = textwrap.dedent(
    """
    import inspect, pickle, sys
    import commissioning as cm
    from commissioning import _core

    def refused(use, what, message_needed):
        try:
            use()
        except TypeError as error:
            if message_needed and "was not initialised" not in str(error):
                return f"{what}: TypeError without the message: {error}"
            return None
        except Exception as error:
            return f"{what}: {type(error).__name__} instead of TypeError: {error}"
        return f"{what}: no error"

    failures = []
    for name in sys.argv[1:]:
        print(name, flush=True)
        cls = getattr(cm, name, None) or getattr(_core, name)
        try:
            obj = cls.__new__(cls)
        except TypeError:
            continue  # cannot even be made without its arguments
        if type(cls).__name__ != "pybind11_type":
            if isinstance(obj, (list, dict, tuple)):
                continue  # an empty container is a whole value
            failures.append(f"{name}: a Python class made by __new__ alone")
            continue
        checks = [(lambda: pickle.dumps(obj, protocol=2), "pickle", True), (lambda: obj == obj, "==", True)]
        for dunder, use in (("__repr__", repr), ("__str__", str), ("__hash__", hash), ("__len__", len),
                            ("__iter__", iter), ("__float__", float), ("__bool__", bool)):
            if dunder in vars(cls) and vars(cls)[dunder] is not None:
                checks.append((lambda use=use: use(obj), dunder, True))
        for attribute, raw in inspect.getmembers_static(cls):
            if attribute.startswith("_") or isinstance(raw, staticmethod):
                continue
            if isinstance(raw, property):
                checks.append((lambda a=attribute: getattr(obj, a), attribute, True))
            elif callable(raw) and not inspect.isclass(raw):
                # A method needing arguments still refuses (TypeError), whichever check comes first.
                checks.append((lambda a=attribute: getattr(obj, a)(), attribute + "()", False))
        for use, what, message_needed in checks:
            failure = refused(use, what, message_needed)
            if failure:
                failures.append(f"{name}.{failure}")
    print("FAILURES", *failures, sep="\\n")
    """
)


def test_no_class_can_be_used_half_made():
    names = sorted(public_classes())
    run = subprocess.run([sys.executable, "-c", PROBE, *names], capture_output=True, text=True, timeout=300)
    probed = run.stdout.split("FAILURES")[0].split()
    assert run.returncode == 0, f"the interpreter died probing {probed[-1] if probed else '?'}: {run.stderr[-2000:]}"
    assert probed == names
    failures = run.stdout.split("FAILURES", 1)[1].strip()
    assert not failures, failures


@pytest.mark.parametrize(
    "code",
    [
        "cm.Envelope.__new__(cm.Envelope).total",
        "cm.Distribution.__new__(cm.Distribution).quantile(0.5)",
        "pickle.loads(b'\\x80\\x02ccommissioning._core\\nRate\\n)\\x81.').percent()",
        "str(cm.Money.__new__(cm.Money))",
        "cm.Money(1) + cm.Money.__new__(cm.Money)",
        "cm.simulate(cm.Appraisal.__new__(cm.Appraisal))",
    ],
)
def test_a_half_made_instance_raises_a_clear_type_error(code):
    script = f"import pickle, commissioning as cm\ntry:\n    {code}\nexcept TypeError as e:\n    print(e)\n"
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "was not initialised" in run.stdout


def test_the_message_says_how_to_make_one():
    with pytest.raises(TypeError, match=r"^Money was not initialised: create it with Money\(\.\.\.\)$"):
        str(cm.Money.__new__(cm.Money))
    with pytest.raises(TypeError, match=r"^SimulationResult was not initialised: use one the library made"):
        cm.SimulationResult.__new__(cm.SimulationResult).iterations


def test_an_instance_made_by_new_can_still_be_initialised():
    amount = cm.Money.__new__(cm.Money)
    with pytest.raises(TypeError):
        str(amount)
    amount.__init__("£1.50")
    assert str(amount) == "£1.50"

