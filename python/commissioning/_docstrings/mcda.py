"""The docstrings of the classes and functions bound in bindings/mcda.cpp, by the name Python
gives each one ("Money.from_pence"; "Term.__init__/2" for an overload's second docstring).
bindings/docstrings.cpp reads them as commissioning._core loads (see __init__.py)."""

DOCSTRINGS: dict[str, str] = {
    "MultiCriteriaResult": r"""
Options' weighted totals, ranks and ties, and how far each weight can move before the top
option changes.

Made by ``MultiCriteria.evaluate``. ``to_pandas()`` gives the scores with totals and ranks;
``stability_to_pandas()`` the weight stability; Jupyter shows both.

Attributes
----------
criteria : list of Criterion
options : list of str
scores : list of list of float
    One row per option, one column per criterion.
weights : list of float
    Normalised: they sum to 1.
totals : list of float
    Each option's weighted total: the scores times the weights.
ranks : list of int
    1 is best. Tied options share a rank and the next rank is skipped (1, 1, 3).
ties : list of tuple of str
    Each group of options sharing a rank, best first. Totals equal to within one part in
    10^9 of the largest are tied.
top : str
    The top option (the first listed, if several share rank 1).
stability : list of WeightStability
    One per criterion: how far its weight can fall or rise, the others rescaled in
    proportion, before a rival draws level with the top option, and which rival.
""",
    "MultiCriteriaResult.criteria": "The criteria, weights as given: a list of Criterion.",
    "MultiCriteriaResult.options": "The options' names.",
    "MultiCriteriaResult.scores": "The scores: one list per option, one float per criterion.",
    "MultiCriteriaResult.weights": "The weights normalised to sum to 1, in criteria order.",
    "MultiCriteriaResult.totals": "Each option's weighted total, in options order.",
    "MultiCriteriaResult.ranks": "Each option's rank, 1 = best; ties share a rank.",
    "MultiCriteriaResult.ties": "Each group of options sharing a rank, best first: a list of tuples of str.",
    "MultiCriteriaResult.top": "The top option (the first listed, if several share rank 1).",
    "MultiCriteriaResult.stability": "How far each criterion's weight can move before the top option changes: a list of WeightStability.",
    "MultiCriteriaResult.total_of": r"""
An option's weighted total.

Parameters
----------
option : str

Returns
-------
float

Raises
------
OutOfRangeError
    There is no such option (commissioning.mcda.009).
""",
    "MultiCriteriaResult.rank_of": r"""
An option's rank, 1 = best.

Parameters
----------
option : str

Returns
-------
int

Raises
------
OutOfRangeError
    There is no such option (commissioning.mcda.009).
""",
    "MultiCriteriaResult.to_pandas": r"""
The scores, totals and ranks as a pandas DataFrame (pandas is imported only when this is called).

Returns
-------
pandas.DataFrame
    Indexed by option; a column of scores per criterion, then ``total`` (float) and ``rank``
    (int). ``attrs["weights"]`` maps each criterion to its normalised weight.
""",
    "MultiCriteriaResult.stability_to_pandas": r"""
The weight stability as a pandas DataFrame, one row per criterion.

Returns
-------
pandas.DataFrame
    Indexed by criterion; the columns of ``WeightStability``.
""",
    "MultiCriteriaResult._repr_html_": "HTML tables for Jupyter.",
    "MultiCriteria": r"""
A multi-criteria analysis: options scored against weighted criteria, by weighted sum.

Weights are relative: they are normalised to sum to 1 (40, 30, 20, 10 become 0.4, 0.3, 0.2,
0.1), so points, percentages and fractions all work. Scores are on any finite scale, higher
being better; a criterion may declare its scale, and a score outside it is an error.

Parameters
----------
criteria : mapping of str to float, or iterable of Criterion
    ``{"Quality": 40, "Cost": 30}``, or ``Criterion(name, weight, description, scale)`` (or a
    tuple of those fields) for a description or a declared scale ``(min, max)``.
options : iterable of str, optional
    The options' names, one per row of scores; taken from the index of a DataFrame.
scores : list of lists, 2-D NumPy array, or pandas DataFrame
    One row per option and one column per criterion; a DataFrame is indexed by option and
    has a column per criterion, matched by name.

Raises
------
InvalidInputError
    No criteria or options (commissioning.mcda.001); duplicate or blank names (.002);
    scores of the wrong shape (.003); a score or weight that is not finite (.004); a negative
    weight (.005); a score outside its declared scale (.006); a scale whose ends are not in
    order (.007).
DomainError
    Every weight is zero (commissioning.mcda.008).

Examples
--------
>>> model = MultiCriteria({"Quality": 40, "Cost": 30, "Deliverability": 20, "Social value": 10},
...                       ["In-house", "External", "Do minimum"],
...                       [[7, 5, 8, 6], [8, 7, 5, 4], [4, 9, 9, 3]])
>>> result = model.evaluate()
>>> result.top, result.ranks
('External', [2, 1, 3])
>>> [round(total, 6) for total in result.totals]
[6.5, 6.7, 6.4]
""",
    "MultiCriteria.__init__": "Make a multi-criteria analysis.",
    "MultiCriteria.criteria": "The criteria, weights as given: a list of Criterion.",
    "MultiCriteria.options": "The options' names.",
    "MultiCriteria.scores": "The scores: one list per option, one float per criterion.",
    "MultiCriteria.weights": "The weights normalised to sum to 1, in criteria order.",
    "MultiCriteria.evaluate": r"""
Weighted totals (an Eigen matrix-vector product), ranks with ties, and weight stability.

The stability is solved in closed form: with one weight moved to t and the others rescaled in
proportion, every total is linear in t, so each rival draws level with the top option at a
single point.

Returns
-------
MultiCriteriaResult
""",
    "MultiCriteria.to_pandas": r"""
The scores as a pandas DataFrame indexed by option, a column per criterion.

Returns
-------
pandas.DataFrame
    ``attrs["weights"]`` maps each criterion to its normalised weight.
""",
}
