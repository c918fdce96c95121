"""The docstrings of the classes and functions bound in bindings/simulation.cpp, by the name Python
gives each one ("Money.from_pence"; "Term.__init__/2" for an overload's second docstring).
bindings/docstrings.cpp reads them as commissioning._core loads (see __init__.py)."""

DOCSTRINGS: dict[str, str] = {
    "Distribution": r"""
The probability distribution of an uncertain input. Make one with a static method
(``Distribution.triangular(0.9, 1.0, 1.3)``); every one samples by its inverse distribution
function, so correlated inputs keep their own shapes.
""",
    "Distribution.fixed": "Always `value`.",
    "Distribution.uniform": "Every value in [min, max] equally likely.",
    "Distribution.triangular": "The three-point estimate with straight-line density.",
    "Distribution.pert": "The three-point estimate as a PERT (scaled beta, mean (min + 4 mode + max) / 6).",
    "Distribution.normal": "Normal, truncated to [lower, upper] when either is given.",
    "Distribution.lognormal": "Lognormal by the mean and sd of the value itself.",
    "Distribution.lognormal_log": "Lognormal by mu and sigma of the value's logarithm.",
    "Distribution.discrete": "One of `values` with `probabilities` (summing to 1).",
    "Distribution.family": "The family: 'fixed', 'uniform', 'triangular', 'pert', 'normal', 'lognormal' or 'discrete'.",
    "Distribution.parameters": "The parameters (mu and sigma for a lognormal).",
    "Distribution.mean": "The mean, by formula.",
    "Distribution.variance": "The variance, by formula.",
    "Distribution.sd": "The standard deviation, by formula.",
    "Distribution.quantile": "The value with cumulative probability `u` in [0, 1]; commissioning.distribution.008 for any other u.",
    "UncertainInput": r"""
An AppraisalInput multiplied by a value drawn from a Distribution each iteration, or
(``UncertainInput.delay``) an option's costs delayed by a drawn number of months.
""",
    "UncertainInput.delay": "The cost lines of `option` delayed by a drawn number of whole months.",
    "UncertainInput.name": "The input in words.",
    "UncertainInput.distribution": "Its distribution.",
    "Risk": r"""
An entry of a risk register: an id, words, an owner, the options it affects, a probability and
an impact (money by financial year, money once, or a delay in months).
""",
    "Risk.cost": "A cost in each year given ({year: amount} or [(year, amount)]) if it occurs.",
    "Risk.one_off": "A cost once, in `year`, if it occurs.",
    "Risk.delay": "A delay of `months` to the options' costs if it occurs.",
    "Risk.id": "The risk's id.",
    "Risk.description": "The risk in words.",
    "Risk.owner": "Who manages it.",
    "Risk.options": "The options it affects.",
    "Risk.probability": "The probability it occurs.",
    "Risk.delay_months": "The delay, in months (0 for a money risk).",
    "Risk.expected_value": "probability × impact, each year rounded to the penny.",
    "RiskRegister": "The risks of a decision, each id once.",
    "RiskRegister.add": "Adds a risk; ids must differ.",
    "RiskRegister.risks": "The risks, in order.",
    "RiskRegister.expected_value": "The expected value of the money risks affecting `option`.",
    "apply_risks": "The appraisal with each money risk's expected value added as a cost line 'Risk: <id>'.",
    "SimulationStatistic": r"""
Mean, spread and percentiles of one simulated figure, as Money.

The engine works in pence as doubles; each figure here is that exact double rounded to the
penny half away from zero (the library's default rule, as ``round`` in C), so a figure is
never more than half a penny from the engine's.
""",
    "SimulationStatistic.mean": "The mean.",
    "SimulationStatistic.sd": "The sample standard deviation.",
    "SimulationStatistic.standard_error": "sd ÷ √n: the sampling error of the mean.",
    "SimulationStatistic.min": "The smallest value.",
    "SimulationStatistic.p10": "The 10th percentile.",
    "SimulationStatistic.p50": "The median.",
    "SimulationStatistic.p80": "The 80th percentile.",
    "SimulationStatistic.p90": "The 90th percentile.",
    "SimulationStatistic.max": "The largest value.",
    "SimulationStatistic.quantile_error": "The largest error of a percentile: £0.00 with samples kept, a histogram bin when streamed, None when a percentile fell outside the streaming histogram's range (its error is unbounded).",
    "OptionSimulation": "One option's simulated figures.",
    "OptionSimulation.name": "The option's name.",
    "OptionSimulation.viable": "Whether it meets every statutory duty.",
    "OptionSimulation.present_value_costs": "PVC, pence.",
    "OptionSimulation.net_present_social_value": "NPSV, pence.",
    "OptionSimulation.probability_cheapest": "Share of iterations with the lowest PVC of the viable options.",
    "OptionSimulation.probability_preferred": "Share of iterations with the lowest net present cost of the viable options.",
    "OptionSimulation.over_envelope": "An OverEnvelope: (year, probability that cash costs exceed the envelope) records, EnvelopeExceedance, for each year the envelope covers; ``to_pandas()`` gives them as a table.",
    "OptionSimulation.present_value_costs_histogram": "(counts, edges) of PVC, as numpy.histogram returns them.",
    "OptionSimulation.net_present_social_value_histogram": "(counts, edges) of NPSV, as numpy.histogram returns them; edges in pounds.",
    "OptionSimulation.present_value_costs_s_curve": "(upper edges in pounds, share of iterations at or below each) of PVC: the S-curve.",
    "OptionSimulation.net_present_social_value_s_curve": "(upper edges in pounds, share of iterations at or below each) of NPSV: the S-curve.",
    "OptionSimulation.present_value_costs_samples": "PVC per iteration in pounds: a read-only NumPy float64 array (empty when streamed).",
    "OptionSimulation.net_present_social_value_samples": "NPSV per iteration in pounds: a read-only NumPy float64 array (empty when streamed).",
    "SimulationResult": "A simulation's answer.",
    "SimulationResult.iterations": "Iterations run.",
    "SimulationResult.seed": "The seed.",
    "SimulationResult.streamed": "True when only summaries were kept.",
    "SimulationResult.inputs": "The uncertain inputs, in words.",
    "SimulationResult.risks": "The risk ids simulated.",
    "SimulationResult.options": "Each option's figures, in the appraisal's order.",
    "SimulationResult.option": "The option called `name`.",
    "SimulationResult.to_pandas": "One row per option: mean, sd, standard error and percentiles of PVC and NPSV in pounds, and the probabilities.",
    "simulate": r"""Monte Carlo simulation of an appraisal (also ``Appraisal.simulate``).

The same seed gives the same numbers whatever the number of threads. With every input fixed
at 1 the mean PVC and NPSV are the exact appraisal's, to the penny. Statistics are Money
(rounded to the penny half away from zero); samples are NumPy arrays in pounds.
""",
    "simulation_blocks": "The number of blocks (random-number streams of SIMULATION_BLOCK_SIZE iterations) of a simulation.",
    "SimulationPartial": r"""
A part of a simulation: blocks ``first_block`` to ``last_block`` (exclusive) run, not yet
summarised (``simulate_blocks``). Consecutive parts merge in block order (``merge``), and the
whole (block 0 to ``simulation_blocks(iterations)``) gives (``result``) exactly the
SimulationResult ``simulate`` returns, bit for bit, however it was split. A part pickles, so
parts can run in other processes or on other machines (commissioning.distributed).
""",
    "SimulationPartial.iterations": "Iterations of the whole simulation.",
    "SimulationPartial.seed": "The seed.",
    "SimulationPartial.streamed": "True when only summaries are kept.",
    "SimulationPartial.first_block": "The first block run.",
    "SimulationPartial.last_block": "One past the last block run.",
    "SimulationPartial.merge": "This part followed by `later` (which starts where this one ends), as one part; commissioning.simulation.006 if they do not join.",
    "SimulationPartial.result": "The SimulationResult of the whole simulation (every block merged), as simulate returns it; commissioning.simulation.006 if blocks are missing.",
    "simulate_blocks": r"""Blocks ``first_block`` to ``last_block``
(exclusive) of the simulation ``simulate(appraisal, **settings)`` runs, as a SimulationPartial.

Blocks are SIMULATION_BLOCK_SIZE iterations each, with their own random-number stream, so
``simulate_blocks(a, 0, k, ...).merge(simulate_blocks(a, k, n, ...)).result()`` equals
``simulate(a, ...)`` bit for bit. commissioning.simulation.005 for an empty range or one outside
0 to ``simulation_blocks(iterations)``.
""",
    "simulation_table": r"""
A simulation's summary: Option | mean, P50, P80 and P90 of the present value of costs |
probability of being cheapest and preferred (viable options only); the inputs and risks as notes.

Parameters
----------
result : SimulationResult
inputs : list of UncertainInput, optional
    The inputs the simulation drew, in order: each input's note then names its distribution
    ("triangular(0.9, 1, 1.3) times its estimate") and what it is correlated with.
correlation : array-like, optional
    The correlation matrix the simulation used.
unit : MoneyUnit or str, optional
    The report's money unit (docs/report-output.md); pounds as each table usually shows them
    by default.
""",
    "simulation_inputs_table": r"""
The distributions and correlations a simulation used: Input | Distribution | Correlated with.

A multiplier's parameters are put in what they stand for in ``appraisal``: the cash of the
lines the input moves over the period ("triangular: £90,000 / £100,000 / £130,000"), year 1's
discount rate ("uniform: 3.15% to 3.85%"), or months of delay.

Parameters
----------
appraisal : Appraisal
    The appraisal simulated.
inputs : list of UncertainInput
correlation : array-like, optional
    The correlation matrix of ``inputs`` (InvalidInputError, commissioning.correlation.*, when
    it is not one).
unit : MoneyUnit or str, optional
    The report's money unit; whole pounds by default.
""",
}
