"""cm.fin: numpy-financial's functions with its signatures, shapes and numbers.

Three kinds of check: numpy-financial 1.1.0's own test cases (its tests/test_financial.py, the
float cases, same expected values and tolerances); hypothesis comparing cm.fin with the
installed numpy_financial on random inputs and broadcasting shapes; and the errors cm.fin
raises where numpy-financial would carry bad input silently into a result.

numpy-financial 1.1.0 needs Python 3.13. On an older Python, requirements/dev.txt installs 1.0.0,
whose pmt, pv, fv, ipmt and ppmt are the same code, whose npv, mirr and scalar rate agree to
rounding, and whose irr agrees wherever there is one real root. The property tests compare
what the installed version shares with 1.1.0; the 1.1.0-only behaviours (nper's outer product,
npv and mirr over 2-D cash flows, rate's per-problem NaN, irr's choice among several roots) are
checked against values computed with numpy-financial 1.1.0 (below), and against the library
itself when 1.1.0 is what is installed.
"""

import datetime as dt
import math
import warnings

import numpy as np
import numpy_financial as npf
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as npst
from numpy.testing import assert_allclose

import commissioning as cm

fin = cm.fin
NPF_1_1 = npf.__version__ == "1.1.0"
only_with_1_1 = pytest.mark.skipif(not NPF_1_1, reason="needs numpy-financial 1.1.0 (Python 3.13)")

EXCEL_VALUES = [-10000, 2750, 4250, 3250, 2750]
EXCEL_DATES = [dt.date(2008, 1, 1), dt.date(2008, 3, 1), dt.date(2008, 10, 30), dt.date(2009, 2, 15), dt.date(2009, 4, 1)]


def quiet(function, *args, **kwargs):
    """numpy-financial warns on overflow and division by zero; the value is what is compared."""
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        return function(*args, **kwargs)


# ---------------------------------------------------------------- numpy-financial's own cases


@pytest.mark.parametrize(
    "function, args",
    [
        (fin.rate, (10, 20, -3500, 10000)),
        (fin.pv, (0.07, 20, 12000, 0)),
        (fin.pmt, (0.08 / 12, 5 * 12, 15000.0, 0)),
        (fin.nper, (0.075, -2000, 0, 100000.0)),
    ],
)
def test_when_as_a_number_or_a_name_gives_the_same_answer(function, args):
    assert function(*args, 1) == function(*args, "begin")
    assert function(*args) == function(*args, "end") == function(*args, 0)


def test_pv():
    assert_allclose(fin.pv(0.07, 20, 12000, 0), -127128.17, rtol=1e-2)


def test_rate():
    assert_allclose(fin.rate(10, 0, -3500, 10000), 0.1107, rtol=1e-4)


@pytest.mark.parametrize("when", [0, 1, "end", "begin"])
def test_rate_is_nan_when_there_is_no_feasible_solution(when):
    assert math.isnan(fin.rate(12.0, 400.0, 10000.0, 5000.0, when=when))


def test_rate_leaves_only_the_infeasible_problems_nan():
    # gh-48
    desired = [-0.39920185, -0.02305873, -0.41818459, 0.26513414, np.nan]
    pv = [-593.06, -4725.38, -662.05, -428.78, -13.65]
    fv = [214.07, 4509.97, 224.11, 686.29, -329.67]
    assert_allclose(fin.rate(2, 0, pv, fv), desired)


def test_rate_raises_when_asked_and_an_iteration_does_not_converge():
    with pytest.raises(fin.IterationsExceededError):
        fin.rate(12.0, 400.0, 10000.0, 5000.0, raise_exceptions=True)
    with pytest.raises(fin.IterationsExceededError):
        fin.rate(2, 0, [-593.06, -13.65], [214.07, -329.67], raise_exceptions=True)


def test_npv():
    assert_allclose(fin.npv(0.05, [-15000.0, 1500.0, 2500.0, 3500.0, 4500.0, 6000.0]), 122.89, rtol=1e-2)


@pytest.mark.parametrize("rates", ([[1, 2, 3]], np.empty(shape=(1, 1, 1))))
def test_npv_refuses_rates_of_more_than_one_dimension(rates):
    with pytest.raises(ValueError):
        fin.npv(rates, [1, 2, 3])


@pytest.mark.parametrize("cf", ([[[1, 2, 3]]], np.empty(shape=(1, 1, 1))))
def test_npv_refuses_cash_flows_of_more_than_two_dimensions(cf):
    with pytest.raises(ValueError):
        fin.npv([1, 2, 3], cf)


def test_pmt():
    assert_allclose(fin.pmt(0.08 / 12, 5 * 12, 15000), -304.145914)
    assert_allclose(fin.pmt(0.0, 5 * 12, 15000), -250.0)


def test_pmt_broadcasts():
    res = fin.pmt([[0.0, 0.8], [0.3, 0.8]], [12, 3], [2000, 20000])
    assert_allclose(res, np.array([[-166.66667, -19311.258], [-626.90814, -19311.258]]))


@pytest.mark.parametrize(
    "values, finance_rate, reinvest_rate, expected",
    [
        ([-4500, -800, 800, 800, 600, 600, 800, 800, 700, 3000], 0.08, 0.055, 0.0666),
        ([-120000, 39000, 30000, 21000, 37000, 46000], 0.10, 0.12, 0.126094),
        ([100, 200, -50, 300, -200], 0.05, 0.06, 0.3428),
        ([39000, 30000, 21000, 37000, 46000], 0.10, 0.12, None),
    ],
)
def test_mirr(values, finance_rate, reinvest_rate, expected):
    result = fin.mirr(values, finance_rate, reinvest_rate)
    if expected:
        assert_allclose(result, expected, atol=10 ** -len(str(expected).split(".")[1]))
    else:
        assert math.isnan(result)


def test_mirr_broadcasts_rows_against_rate_pairs():
    values = [[-4500, -800, 800, 800, 600], [-120000, 39000, 30000, 21000, 37000], [100, 200, -50, 300, -200]]
    expected = np.array(
        [
            [-0.1784449, -0.17328716, -0.1684366],
            [0.04627293, 0.05437856, 0.06252201],
            [0.35712458, 0.40628857, 0.44435295],
        ]
    )
    assert_allclose(fin.mirr(values, [0.05, 0.08, 0.10], [0.08, 0.10, 0.12]), expected)


def test_mirr_raises_without_a_sign_change_when_asked():
    with pytest.raises(fin.NoRealSolutionError):
        fin.mirr([39000, 30000, 21000, 37000, 46000], 0.10, 0.12, raise_exceptions=True)


def test_mirr_with_rates_of_different_sizes():
    assert math.isnan(fin.mirr([-100, 50, 60], [0.1, 0.2], [0.1]))
    with pytest.raises(ValueError):
        fin.mirr([-100, 50, 60], [0.1, 0.2], [0.1], raise_exceptions=True)


def test_nper_basic_values():
    assert_allclose(fin.nper([0, 0.075], -2000, 0, 100000), [50, 21.544944], rtol=1e-5)


def test_nper_without_payments():
    assert_allclose(fin.nper(0.1, 0, -500, 1500), 11.52670461)


def test_nper_with_neither_rate_nor_payment_is_infinite():
    assert fin.nper(0, -0.0, 1000) == np.inf


def test_nper_without_interest():
    assert fin.nper(0, -100, 1000) == 10


def test_nper_broadcasts_over_when():
    assert_allclose(fin.nper(0.075, -2000, 0, 100000.0, [0, 1]), [21.5449442, 20.76156441], 4)


def test_ppmt():
    assert_allclose(fin.ppmt(0.1 / 12, 1, 60, 55000), -710.25, rtol=1e-4)
    for when in (1, "begin"):
        assert_allclose(fin.ppmt(0.1 / 12, 1, 60, 55000, 0, when), -1158.929712, rtol=1e-9)
    for when in (0, "end"):
        assert_allclose(fin.ppmt(0.1 / 12, 1, 60, 55000, 0, when), -710.254126, rtol=1e-9)
    assert math.isnan(fin.ppmt(0.1 / 12, 0, 60, 15000))


@pytest.mark.parametrize(
    "when, desired",
    [
        (None, [-75.62318601, -76.25337923, -76.88882405, -77.52956425]),
        ([0, 1, "end", "begin"], [-75.62318601, -75.62318601, -76.88882405, -76.88882405]),
    ],
)
def test_ppmt_broadcasts(when, desired):
    args = (0.1 / 12, np.arange(1, 5), 24, 2000, 0)
    result = fin.ppmt(*args) if when is None else fin.ppmt(*args, when)
    assert_allclose(result, desired, rtol=1e-5)


def test_ipmt():
    assert_allclose(fin.ipmt(0.1 / 12, 1, 24, 2000), -16.666667, rtol=1e-6)
    for when in (1, "begin"):
        assert fin.ipmt(0.1 / 12, 1, 24, 2000, 0, when) == 0
    for when in (0, "end"):
        assert_allclose(fin.ipmt(0.1 / 12, 1, 24, 2000, 0, when), -16.666667, rtol=1e-6)


@pytest.mark.parametrize("per, desired", [(0, np.nan), (1, 0), (2, -594.107158), (3, -592.971592)])
def test_ipmt_gh_17(per, desired):
    result = fin.ipmt(0.001988079518355057, per, 360, 300000, when="begin")
    if np.isnan(desired):
        assert np.isnan(result)
    else:
        assert_allclose(result, desired, rtol=1e-6)


def test_ipmt_broadcasts():
    desired = [np.nan, -16.66666667, -16.03647345, -15.40102862, -14.76028842]
    assert_allclose(fin.ipmt(0.1 / 12, np.arange(5), 24, 2000), desired, rtol=1e-6)


def test_ipmt_of_scalars_and_0d_arrays_is_a_scalar():
    assert np.isscalar(fin.ipmt(0.1 / 12, 1, 24, 2000))
    assert np.isscalar(fin.ipmt(np.array(0.1 / 12), 1, 24, 2000))


def test_fv():
    assert_allclose(fin.fv(0.075, 20, -2000, 0, 0), 86609.362673042924, rtol=1e-10)
    for when in (1, "begin"):
        assert_allclose(fin.fv(0.075, 20, -2000, 0, when), 93105.064874, rtol=1e-10)
    for when in (0, "end"):
        assert_allclose(fin.fv(0.075, 20, -2000, 0, when), 86609.362673, rtol=1e-10)


def test_fv_broadcasts():
    desired = [[-610.510000, -671.561000], [-744.160000, -892.992000]]
    assert_allclose(fin.fv([[0.1], [0.2]], 5, 100, 0, [0, 1]), desired, rtol=1e-10)
    assert_allclose(fin.fv([0, 0.1], 5, 100, 0), [-500, -610.51], rtol=1e-10)


def test_irr_makes_the_npv_zero():
    cashflows = np.array([-40000, 5000, 8000, 12000, 30000])
    assert_allclose(fin.npv(fin.irr(cashflows), cashflows), 0, atol=1e-9, rtol=0)


@pytest.mark.parametrize(
    "v, desired",
    [
        ([-150000, 15000, 25000, 35000, 45000, 60000], 0.0524),
        ([-100, 0, 0, 74], -0.0955),
        ([-100, 39, 59, 55, 20], 0.28095),
        ([-100, 100, 0, -7], -0.0833),
        ([-100, 100, 0, 7], 0.06206),
        ([-5, 10.5, 1, -8, 1], 0.0886),
        ([-5, 10.5, 1, -8, 1, 0, 0, 0], 0.0886),
    ],
)
def test_irr_basic_values(v, desired):
    assert_allclose(fin.irr(v), desired, rtol=1e-2)


@pytest.mark.parametrize("v", [(1, 2, 3), (-1, -2, -3)])
def test_irr_is_nan_without_a_sign_change(v):
    assert np.isnan(fin.irr(v))


def test_irr_raises_without_a_solution_when_asked():
    with pytest.raises(fin.NoRealSolutionError):
        fin.irr(np.array([40000, 5000, 8000, 12000, 30000]), raise_exceptions=True)


def test_irr_gh_15_coefficients_spanning_three_hundred_orders_of_magnitude():
    v = [-3000.0, 2.3926932267015667e-07, 4.1672087103345505e-16, 5.3965110036378706e-25,
         5.1962551071806174e-34, 3.7202955645436402e-43, 1.9804961711632469e-52, 7.8393517651814181e-62,
         2.3072565113911438e-71, 5.0491839233308912e-81, 8.2159177668499263e-91, 9.9403244366963527e-101,
         8.942410813633967e-111, 5.9816122646481191e-121, 2.9750309031844241e-131, 1.1002067043497954e-141,
         3.0252876563518021e-152, 6.1854121948207909e-163, 9.4032980015353301e-174, 1.0629218520017728e-184,
         8.9337141847171845e-196, 5.5830607698467935e-207, 2.5943122036622652e-218, 8.9635842466507006e-230,
         2.3027710094332358e-241, 4.3987510596745562e-253, 6.2476630372575209e-265, 6.598046841695288e-277,
         5.1811095266842017e-289, 3.0250999925830644e-301, 1.3133070599585015e-313]  # fmt: skip
    result = fin.irr(v)
    assert np.isfinite(result)
    assert_allclose(result, -0.9999999990596069, rtol=1e-9)


def test_irr_gh_44_above_one_hundred_percent():
    assert_allclose(fin.irr([-1678.87, 771.96, 1814.05, 3520.30, 3552.95, 3584.99, 4789.91, -1]), 1.00426, rtol=1e-4)


# ---------------------------------------------------------------- numpy-financial 1.1.0's values

# Series with several real roots, and irr as numpy-financial 1.1.0 chose among them (computed
# with numpy-financial 1.1.0 and numpy 2.4.6 on Python 3.13).
SEVERAL_ROOTS = [
    ([29.87, -27.41, -89.06, -45.47, -99.16, 6.01, 134.02, -49.22], 1.511945664007964),
    ([64.69, -199.24, -46.32, -9.73, 125.7, 68.94], 0.00789453397112938),
    ([-36.86, -25.02, 152.35, -42.8, -30.37, 35.26, -12.08], 0.4814141024950116),
    ([8.93, -59.1, -11.86, -199.77, -113.14, 36.28, -212.86, 84.66], 6.258503101423577),
    ([-153.68, 124.91, 144.17, -6.58], 0.44254074003413657),
    ([109.38, -127.11, -13.76, -0.74, -132.46, 172.2], 0.0650735886505236),
    ([-107.69, -26.93, -17.83, 118.81, 33.44, -0.56, 152.9, -55.52], 0.14465680366148548),
    ([-5.85, -57.94, -63.5, 160.27, 50.67, 6.76, -34.62], 0.27579811837343593),
]


@pytest.mark.parametrize("values, chosen", SEVERAL_ROOTS)
def test_irr_chooses_among_several_roots_as_numpy_financial_1_1(values, chosen):
    assert_allclose(fin.irr(values), chosen, rtol=1e-9)


def test_irr_of_a_2d_array_is_one_rate_per_row():
    rows = [values for values, _ in SEVERAL_ROOTS]
    width = max(len(r) for r in rows)
    padded = [r + [0.0] * (width - len(r)) for r in rows]  # trailing zeros change no root that is chosen
    assert_allclose(fin.irr(padded), [chosen for _, chosen in SEVERAL_ROOTS], rtol=1e-9)
    assert fin.irr(padded).shape == (len(rows),)


def test_nper_is_an_outer_product_of_its_arguments():
    # numpy-financial 1.1.0: shape (rates, pmts, pvs), NaN where pv + z == 0.
    expected = np.array(
        [[[14.20669908, np.nan], [5.89631286, 14.20669908]], [[15.72520854, np.nan], [6.12118805, 15.72520854]]]
    )
    result = fin.nper([0.05, 0.06], [-100, -200], [1000, 2000])
    assert result.shape == (2, 2, 2)
    assert_allclose(result, expected, rtol=1e-8)


def test_npv_of_rates_against_rows_of_cash_flows():
    # numpy-financial 1.1.0: shape (rates, rows).
    expected = np.array([[2.04081633, 31.29251701], [-4.95867769, 14.87603306]])
    result = fin.npv([0.05, 0.1], [[-100, 50, 60], [-200, 100, 150]])
    assert_allclose(result, expected, rtol=1e-8)


@only_with_1_1
def test_the_shapes_numpy_financial_1_1_gives():
    cases = [
        (fin.nper, npf.nper, ([0.05, 0.06, 0], [-100, -200], [1000], 0, ["end", "begin"])),
        (fin.npv, npf.npv, ([0.05, 0.1, 0.2], [[-100, 50, 60], [-200, 100, 150]])),
        (fin.mirr, npf.mirr, ([[-100, 50, 60], [-200, 100, 150]], [0.05, 0.1], [0.06, 0.12])),
        (fin.irr, npf.irr, ([[-100, 50, 60], [-200, 100, 150]],)),
    ]
    for ours, theirs, args in cases:
        expected = quiet(theirs, *args)
        assert np.shape(ours(*args)) == np.shape(expected)
        assert_allclose(ours(*args), expected, rtol=1e-10)


# ---------------------------------------------------------------- Excel

def test_excel_npv_of_microsofts_example():
    assert fin.excel_npv(0.10, [-10000, 3000, 4200, 6800]) == pytest.approx(1188.44, abs=0.005)


def test_xnpv_of_microsofts_example():
    assert fin.xnpv(0.09, EXCEL_VALUES, EXCEL_DATES) == pytest.approx(2086.65, abs=0.005)


def test_xirr_of_microsofts_example():
    assert fin.xirr(EXCEL_VALUES, EXCEL_DATES) == pytest.approx(0.373362535, abs=1e-8)


def test_xnpv_reads_dates_as_text():
    text = ["1 January 2008", "1 March 2008", "2008-10-30", "15 February 2009", "1 April 2009"]
    assert fin.xnpv(0.09, EXCEL_VALUES, text) == fin.xnpv(0.09, EXCEL_VALUES, EXCEL_DATES)


# ---------------------------------------------------------------- shapes and types

def test_scalars_give_floats():
    for value in (
        fin.fv(0.1, 5, 100, 0),
        fin.pmt(0.1, 5, 100),
        fin.pv(0.1, 5, 100),
        fin.ipmt(0.1, 2, 5, 100),
        fin.ppmt(0.1, 2, 5, 100),
        fin.nper(0.1, -30, 100),
        fin.rate(5, -30, 100, 0),
        fin.npv(0.1, [-100, 60, 60]),
        fin.irr([-100, 60, 60]),
        fin.mirr([-100, 60, 60], 0.1, 0.1),
    ):
        assert isinstance(value, float)


def test_when_arrays_broadcast():
    assert_allclose(fin.pmt(0.1, 5, 100, 0, ["end", "begin"]), [fin.pmt(0.1, 5, 100), fin.pmt(0.1, 5, 100, 0, 1)])
    assert_allclose(fin.pmt(0.1, 5, 100, 0, np.array([0, 1])), fin.pmt(0.1, 5, 100, 0, ["e", "b"]))


# ---------------------------------------------------------------- errors

@pytest.mark.parametrize(
    "call, error, id_, text",
    [
        (lambda: fin.pmt(np.nan, 12, 1000), cm.InvalidInputError, "financial.001", "rate must be a finite number"),
        (lambda: fin.pmt([0.1, np.inf], 12, 1000), cm.InvalidInputError, "financial.001", "got inf"),
        (lambda: fin.npv(0.1, [-1, np.nan]), cm.InvalidInputError, "financial.001", "values[1]"),
        (lambda: fin.irr([]), cm.InvalidInputError, "financial.002", "irr needs at least one cash flow"),
        (lambda: fin.npv(0.1, []), cm.InvalidInputError, "financial.002", "npv"),
        (lambda: fin.npv(-1, [-100, 50]), cm.DomainError, "financial.003", "got -1"),
        (lambda: fin.mirr([-100, 50], 0.1, -1.5), cm.DomainError, "financial.003", "reinvest_rate"),
        (lambda: fin.pmt(0.1, 12, 1000, 0, "middle"), cm.InvalidInputError, "financial.004", "'middle'"),
        (lambda: fin.pmt(0.1, 12, 1000, 0, 2), cm.InvalidInputError, "financial.004", "got 2"),
        (lambda: fin.pmt(0.1, 12, 1000, 0, np.array([0, 0.5])), cm.InvalidInputError, "financial.004", "got 0.5"),
        (lambda: fin.xnpv(0.09, EXCEL_VALUES[:4], EXCEL_DATES), cm.InvalidInputError, "financial.005", "4 values"),
        (
            lambda: fin.xirr(EXCEL_VALUES, [dt.date(2008, 1, 1), dt.date(2007, 1, 1), *EXCEL_DATES[2:]]),
            cm.InvalidInputError,
            "financial.006",
            "dates[1] 2007-01-01",
        ),
        (lambda: fin.rate(10, 0, -3500, 10000, tol=0), cm.InvalidInputError, "financial.007", "tol"),
    ],
)
def test_bad_input_is_an_error_with_an_id_naming_the_value(call, error, id_, text):
    with pytest.raises(error) as caught:
        call()
    assert caught.value.id == f"commissioning.{id_}"
    assert text in str(caught.value)


# ---------------------------------------------------------------- properties against numpy_financial

# Rates as people write them: zero (numpy-financial's own branch) or at least a basis point of a basis point.
rates = st.one_of(st.just(0.0), st.floats(-0.5, 1.0).filter(lambda r: abs(r) > 1e-8))
money = st.floats(-1e6, 1e6).map(lambda v: round(v, 2))  # amounts in pence, not subnormals
periods = st.one_of(st.integers(1, 480).map(float), st.floats(0.5, 480))
when = st.sampled_from(["end", "begin", 0, 1, "e", "b", "beginning", "start", "finish"])


def close(ours, theirs, scale=1.0):
    """Tight: 1e-9 relative, with an absolute floor of 1e-9 of the inputs' scale for cancellation."""
    assert_allclose(ours, theirs, rtol=1e-9, atol=1e-9 * scale, equal_nan=True)


@settings(max_examples=300, deadline=None)
@given(rate=rates, nper=periods, pv=money, fv=money, pmt=money, when=when)
def test_tvm_functions_match_numpy_financial(rate, nper, pv, fv, pmt, when):
    scale = abs(pv) + abs(fv) + abs(pmt) * nper
    close(fin.pmt(rate, nper, pv, fv, when), quiet(npf.pmt, rate, nper, pv, fv, when), scale / nper)
    close(fin.pv(rate, nper, pmt, fv, when), quiet(npf.pv, rate, nper, pmt, fv, when), scale)
    # numpy-financial 1.1.0 rewrote fv (its gh-24); 1.0.0 groups the terms differently.
    fv_scale = scale * (1 + abs(rate)) ** nper
    close(fin.fv(rate, nper, pmt, pv, when), quiet(npf.fv, rate, nper, pmt, pv, when), fv_scale if NPF_1_1 else fv_scale * 10)


@settings(max_examples=300, deadline=None)
@given(rate=rates, nper=st.integers(1, 480), data=st.data(), pv=money, fv=money, when=when)
def test_ipmt_and_ppmt_match_numpy_financial(rate, nper, data, pv, fv, when):
    # numpy-financial 1.0.0 does not yet give NaN for per < 1 (1.1.0 does, and so does cm.fin).
    per = data.draw(st.integers(0 if NPF_1_1 else 1, nper))
    scale = (abs(pv) + abs(fv)) * (1 + abs(rate)) ** nper
    close(fin.ipmt(rate, per, nper, pv, fv, when), quiet(npf.ipmt, rate, per, nper, pv, fv, when), scale)
    close(fin.ppmt(rate, per, nper, pv, fv, when), quiet(npf.ppmt, rate, per, nper, pv, fv, when), scale)


@settings(max_examples=100, deadline=None)
@given(
    shapes=npst.mutually_broadcastable_shapes(num_shapes=4, min_dims=0, max_dims=3, max_side=4),
    data=st.data(),
)
def test_broadcasting_matches_numpy_financial(shapes, data):
    r, n, p, f = (
        data.draw(npst.arrays(np.float64, shape, elements=elements))
        for shape, elements in zip(
            shapes.input_shapes, (st.floats(0.001, 0.5), st.floats(1, 120), money, money), strict=True
        )
    )
    for ours, theirs in ((fin.pmt, npf.pmt), (fin.pv, npf.pv), (fin.fv, npf.fv)):
        expected = quiet(theirs, r, n, p, f, "begin")
        result = ours(r, n, p, f, "begin")
        assert np.shape(result) == np.shape(expected)
        close(result, expected, 1e9)
    expected = quiet(npf.ipmt, r, 1, n, p, f)
    assert np.shape(fin.ipmt(r, 1, n, p, f)) == np.shape(expected)
    close(fin.ipmt(r, 1, n, p, f), expected, 1e9)


@settings(max_examples=300, deadline=None)
@given(rate=st.floats(-0.5, 1.0).filter(lambda r: abs(r) > 1e-12), pmt=money, pv=money, fv=money, when=when)
def test_nper_matches_numpy_financial(rate, pmt, pv, fv, when):
    w = 1 if when in ("begin", 1, "b", "beginning", "start") else 0
    z = pmt * (1 + rate * w) / rate
    assume(pv + z != 0)  # numpy-financial 1.1.0 gives NaN here, 1.0.0 +-inf
    assert_allclose(fin.nper(rate, pmt, pv, fv, when), quiet(npf.nper, rate, pmt, pv, fv, when), rtol=1e-9, equal_nan=True)


@settings(max_examples=200, deadline=None)
@given(
    nper=st.integers(1, 60),
    pmt=st.floats(-1000, 1000),
    pv=st.floats(-1e5, 1e5),
    fv=st.floats(-1e5, 1e5),
    when=when,
)
@example(nper=5, pmt=868.0, pv=-2370.5, fv=-2369.0, when="end")  # converges in 79 Newton steps only bit for bit
def test_rate_matches_numpy_financial(nper, pmt, pv, fv, when):
    ours = fin.rate(nper, pmt, pv, fv, when)
    theirs = quiet(npf.rate, nper, pmt, pv, fv, when)
    assert_allclose(ours, theirs, rtol=1e-9, atol=1e-12, equal_nan=True)


@settings(max_examples=100, deadline=None)
@given(
    problems=st.lists(
        st.tuples(st.integers(1, 30), st.floats(-1000, 0), st.floats(1000, 1e5), st.floats(-1e4, 0)),
        min_size=1,
        max_size=8,
    )
)
def test_rate_of_an_array_matches_numpy_financial_where_it_converges(problems):
    nper, pmt, pv, fv = (np.array(column, dtype=float) for column in zip(*problems, strict=True))
    theirs = quiet(npf.rate, nper, pmt, pv, fv)
    ours = fin.rate(nper, pmt, pv, fv)
    assert ours.shape == nper.shape
    if NPF_1_1 or np.isfinite(theirs).all():
        assert_allclose(ours, theirs, rtol=1e-9, atol=1e-12, equal_nan=True)


@settings(max_examples=60, deadline=None)
@given(
    rates=npst.arrays(np.float64, st.integers(1, 700), elements=st.floats(-0.99, 1.0)),
    nper=st.integers(0, 600) | st.floats(0, 600),
    when=when,
)
def test_an_arrays_powers_are_within_an_ulp_of_numpys_and_each_figure_is_the_scalars(rates, nper, when):
    # Issue 15, deliverable 5: the element-wise functions take their powers a block of 256 at a
    # time (correctly rounded for whole periods with AVX2 and FMA): within 1 ulp of numpy's
    # power (glibc's pow), and each element's figure the one its scalar call gives.
    powers = fin.fv(rates, nper, 0, -1)  # -(-1) * (1 + rate)**nper - 0 * ...: the power itself
    expected = np.power(1 + rates, float(nper))
    finite = np.isfinite(expected)
    assert np.all(np.abs(powers[finite] - expected[finite]) <= np.spacing(np.abs(expected[finite])))
    payments = fin.pmt(rates, nper, 200_000, 0, when)
    np.testing.assert_array_equal(payments, [fin.pmt(float(r), nper, 200_000, 0, when) for r in rates])


flows = st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=30)


@settings(max_examples=300, deadline=None)
@given(rate=st.floats(-0.9, 2.0), values=flows)
def test_npv_matches_numpy_financial(rate, values):
    scale = sum(abs(v) / (1 + rate) ** t for t, v in enumerate(values))
    close(fin.npv(rate, values), quiet(npf.npv, rate, values), scale)


@settings(max_examples=100, deadline=None)
@given(rates=st.lists(st.floats(-0.9, 2.0), min_size=1, max_size=20), rows=st.integers(1, 4), data=st.data())
def test_npv_of_many_rates_and_series_matches_numpy_financial_one_by_one(rates, rows, data):
    width = data.draw(st.integers(1, 12))
    values = data.draw(npst.arrays(np.float64, (rows, width), elements=st.floats(-1e6, 1e6)))
    result = fin.npv(rates, values)
    expected = np.array([[quiet(npf.npv, r, row) for row in values] for r in rates]).squeeze()
    assert np.shape(result) == np.shape(expected)
    close(result, expected, np.abs(values).sum() * 1e3)


@settings(max_examples=300, deadline=None)
@given(
    investment=st.floats(1, 1e6).map(lambda v: round(v, 2)),
    returns=st.lists(st.floats(0, 1e6).map(lambda v: round(v, 2)), min_size=1, max_size=20).filter(lambda r: sum(r) > 0),
)
def test_irr_of_a_conventional_project_matches_numpy_financial(investment, returns):
    # One sign change: exactly one real root x > 0, so every version of numpy-financial agrees.
    values = [-investment, *returns]
    theirs = quiet(npf.irr, values)
    # Near -100%, or at rates of thousands of percent, the root is ill-conditioned and the two
    # polynomials (1.0.0 solves for 1/(1+r), 1.1.0 and cm.fin for 1+r) part in the 8th digit.
    assume(np.isfinite(theirs) and -0.99 < theirs < 10)
    assert_allclose(fin.irr(values), theirs, rtol=1e-8, atol=1e-10)


@only_with_1_1
@settings(max_examples=300, deadline=None)
@given(values=st.lists(st.floats(-1e3, 1e3).map(lambda v: round(v, 2)), min_size=2, max_size=12))
def test_irr_of_any_series_matches_numpy_financial_1_1(values):
    roots = np.roots(values)
    # A near-double root is real to one eigen-solver and a complex pair to another.
    assume(not np.any((roots.imag != 0) & (np.abs(roots.imag) < 1e-6)))
    assert_allclose(fin.irr(values), quiet(npf.irr, values), rtol=1e-8, atol=1e-10, equal_nan=True)


@settings(max_examples=300, deadline=None)
@given(values=st.lists(st.floats(-1e6, 1e6), min_size=2, max_size=20), fr=st.floats(-0.5, 1.0), rr=st.floats(-0.5, 1.0))
def test_mirr_matches_numpy_financial(values, fr, rr):
    theirs = quiet(npf.mirr, values, fr, rr)
    assert_allclose(fin.mirr(values, fr, rr), theirs, rtol=1e-9, equal_nan=True)


# ---------------------------------------------------------------- the batch forms: one C++ pass over rows


def irr_as_numpy_financial_1_1(values):
    """numpy-financial 1.1.0's irr of one series, from numpy.roots: the real roots x = 1 + r with
    r >= -1; of several, the smallest r >= 0 if there is one, else the r nearest 0 (its
    ``_irr_default_selection``)."""
    values = np.asarray(values, dtype=float)
    if (values > 0).all() if values[0] > 0 else (values < 0).all():
        return np.nan
    roots = np.roots(values)
    rates = roots[np.isreal(roots)].real - 1
    rates = rates[rates >= -1]
    if rates.size == 0:
        return np.nan
    return rates[rates >= 0].min() if (rates >= 0).any() else rates.max()


def no_near_double_root(values):
    """A (near) double root is real to one eigenvalue solver and a complex pair to another."""
    roots = np.roots(values)
    return not np.any((roots.imag != 0) & (np.abs(roots.imag) < 1e-6))


@settings(max_examples=300, deadline=None)
@given(values=st.lists(st.floats(-1e3, 1e3).map(lambda v: round(v, 2)), min_size=2, max_size=12))
def test_irr_of_any_series_chooses_the_root_numpy_financial_1_1_chooses(values):
    # Every way to the answer: closed forms (2 or 3 flows), Newton (one sign change), eigenvalues.
    assume(no_near_double_root(values))
    assert_allclose(fin.irr(values), irr_as_numpy_financial_1_1(values), rtol=1e-8, atol=1e-10, equal_nan=True)


@settings(max_examples=100, deadline=None)
@given(
    rows=npst.arrays(
        np.float64,
        npst.array_shapes(min_dims=2, max_dims=2, min_side=1, max_side=12),
        elements=st.floats(0, 1e6).map(lambda v: round(v, 2)),
    ),
    investment=st.floats(1, 1e6).map(lambda v: round(v, 2)),
)
def test_irr_of_many_conventional_projects_matches_numpy_financial_row_by_row(rows, investment):
    rows = np.column_stack([np.full(rows.shape[0], -investment), rows])
    theirs = np.array([quiet(npf.irr, row) for row in rows])
    ours = fin.irr(rows)
    assert np.shape(ours) == (() if rows.shape[0] == 1 else (rows.shape[0],))
    # As for one series: the root is ill-conditioned near -100% and at thousands of percent.
    kept = np.isfinite(theirs) & (theirs > -0.99) & (theirs < 10)
    assert_allclose(np.atleast_1d(ours)[kept], theirs[kept], rtol=1e-8, atol=1e-10)


@settings(max_examples=100, deadline=None)
@given(
    rows=npst.arrays(
        np.float64,
        npst.array_shapes(min_dims=2, max_dims=2, min_side=2, max_side=10),
        elements=st.floats(-1e3, 1e3).map(lambda v: round(v, 2)),
    )
)
def test_irr_of_rows_is_each_rows_irr(rows):
    assert_allclose(np.atleast_1d(fin.irr(rows)), [fin.irr(row) for row in rows], rtol=0, atol=0, equal_nan=True)


@settings(max_examples=100, deadline=None)
@given(
    rows=npst.arrays(np.float64, st.tuples(st.integers(1, 5), st.integers(2, 12)), elements=st.floats(-1e6, 1e6)),
    fr=st.lists(st.floats(-0.5, 1.0), min_size=1, max_size=4),
    data=st.data(),
)
def test_mirr_of_rows_and_rate_pairs_matches_numpy_financial_one_by_one(rows, fr, data):
    rr = data.draw(st.lists(st.floats(-0.5, 1.0), min_size=len(fr), max_size=len(fr)))
    expected = np.array([[quiet(npf.mirr, row, f, r) for f, r in zip(fr, rr, strict=True)] for row in rows]).squeeze()
    result = fin.mirr(rows, fr, rr)
    assert np.shape(result) == np.shape(expected)
    assert_allclose(result, expected, rtol=1e-9, equal_nan=True)


@settings(max_examples=100, deadline=None)
@given(
    days=st.lists(st.integers(1, 3650), min_size=1, max_size=30, unique=True),
    rows=st.integers(1, 5),
    data=st.data(),
)
def test_xirr_of_rows_is_each_rows_xirr_and_makes_xnpv_zero(days, rows, data):
    dates = [dt.date(2024, 4, 1)] + [dt.date(2024, 4, 1) + dt.timedelta(days=d) for d in sorted(days)]
    outlays = data.draw(npst.arrays(np.float64, (rows, 1), elements=st.floats(-1e6, -1)))
    returns = data.draw(npst.arrays(np.float64, (rows, len(days)), elements=st.floats(0, 1e6)))
    values = np.hstack([outlays, returns])
    result = fin.xirr(values, dates)
    assert result.shape == (rows,)
    assert_allclose(result, [fin.xirr(row, dates) for row in values], rtol=0, atol=0, equal_nan=True)
    for row, r in zip(values, result, strict=True):
        if np.isfinite(r) and r < 10:
            assert abs(fin.xnpv(r, row, dates)) <= 1e-6 * np.abs(row).sum()


def test_element_wise_functions_read_strided_views_and_other_types_in_place():
    rng = np.random.default_rng(7)
    block = rng.uniform(0.001, 0.05, size=(6, 9))
    rates = block[::2, ::3]                         # a view, not contiguous
    periods = rng.integers(1, 360, size=(3, 1))     # integers, broadcast along the last axis
    principal = np.float32(150_000)
    for ours, theirs in ((fin.pmt, npf.pmt), (fin.pv, npf.pv), (fin.fv, npf.fv)):
        assert_allclose(ours(rates, periods, principal, 0), theirs(rates, periods, principal, 0), rtol=1e-9)
        assert_allclose(ours(rates.T, periods.T, principal, 0), theirs(rates.T, periods.T, principal, 0), rtol=1e-9)
    with pytest.raises(ValueError):
        fin.pmt(np.zeros(3), np.ones(4), 100)  # shapes that do not broadcast
