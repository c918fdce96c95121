"""The docstrings of the classes and functions bound in bindings/optimism_bias.cpp, by the name Python
gives each one ("Money.from_pence"; "Term.__init__/2" for an overload's second docstring).
bindings/docstrings.cpp reads them as commissioning._core loads (see __init__.py)."""

DOCSTRINGS: dict[str, str] = {
    "ProjectType": r"""
A project type of the Green Book optimism bias table; each member is its snake_case
name (``"non_standard_buildings"``) and ``label`` its name in the table.

Wherever a project type is taken, the name is read in any case, with spaces, hyphens or
underscores (``"Non-standard buildings"``, ``"non_standard_buildings"``), and
``"equipment and development"`` for equipment/development.

Members
-------
NON_STANDARD_BUILDINGS
    Buildings that are innovative or unusual.
STANDARD_BUILDINGS
    Buildings of a type built many times.
NON_STANDARD_CIVIL_ENGINEERING
    Civil engineering that is innovative or unusual.
STANDARD_CIVIL_ENGINEERING
    Civil engineering of a usual kind.
EQUIPMENT_DEVELOPMENT
    Equipment and development projects (IT among them).
OUTSOURCING
    Services let to a provider: the table gives operating cost only.
""",
    "OptimismBiasMeasure": r"""
What an optimism bias uplift is a percentage of; each member is its snake_case name
(``"capital_cost"``).

``"capex"``, ``"opex"``, ``"duration"``, ``"capital expenditure"`` and ``"operating
expenditure"`` are read too.
""",
    "OptimismBiasBound": r"""
Which of the table's values: the upper bound (at the outset) or the lower (risks managed).
""",
    "optimism_bias": r"""
The Green Book supplementary guidance's optimism bias for a project type: a percentage uplift.

HM Treasury, "Green Book supplementary guidance: optimism bias", Table 1 (from Mott MacDonald's
2002 review). The values are indicative starting values: the upper bound at the outset, the
lower once the contributory factors are managed. For outsourcing the table gives operating
cost only; the other types have works duration and capital cost.

Parameters
----------
type : ProjectType or str
    ``"non-standard buildings"``, ``"standard buildings"``, ``"non-standard civil
    engineering"``, ``"standard civil engineering"``, ``"equipment/development"`` or
    ``"outsourcing"`` (InvalidInputError, commissioning.optimism_bias.001, otherwise).
measure : OptimismBiasMeasure or str
    ``"works duration"``, ``"capital cost"`` or ``"operating cost"``.
bound : OptimismBiasBound or str, default "upper"

Returns
-------
Rate

Raises
------
DomainError
    The table gives no value for the cell (commissioning.optimism_bias.002): outsourcing's
    works duration or capital cost, another type's operating cost. Never taken as zero.

Examples
--------
>>> optimism_bias("non-standard buildings", "capital cost")
Rate('0.51')
>>> optimism_bias(ProjectType.OUTSOURCING, "opex", "lower")
Rate('0')
""",
    "blend_optimism_bias": r"""
The optimism bias of a project that combines types: each type's bound weighted by its share.

Parameters
----------
shares : mapping of ProjectType or str to Rate-like, or iterable of (type, share) pairs
    Each type's share of the capital cost (or of the duration). Shares are not negative
    (commissioning.optimism_bias.003) and sum to exactly 100% (.004).
measure : OptimismBiasMeasure or str
bound : OptimismBiasBound or str, default "upper"

Returns
-------
Rate

Examples
--------
The guidance's example: 30% non-standard and 70% standard buildings.

>>> mix = {"non-standard buildings": "30%", "standard buildings": "70%"}
>>> blend_optimism_bias(mix, "capital cost"), blend_optimism_bias(mix, "works duration")
(Rate('0.321'), Rate('0.145'))
""",
    "mitigate_optimism_bias": r"""
The optimism bias once contributory factors are managed: (1 - reduction) x upper bound.

Parameters
----------
upper_bound : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    Not negative (commissioning.optimism_bias.006).
reduction : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    The share of the contributory factors mitigated, 0% to 100% (commissioning.optimism_bias.005).

Returns
-------
Rate

Examples
--------
The guidance's example: 92% of the factors mitigated leaves 8% of 51%, "about 4%".

>>> mitigate_optimism_bias("51%", "92%")
Rate('0.0408')
""",
    "apply_optimism_bias": r"""
An amount uplifted by an optimism bias: amount x (1 + uplift), rounded once to the penny.

Parameters
----------
amount : Money, str, int, float or decimal.Decimal
uplift : Rate, str, int, float, decimal.Decimal or fractions.Fraction
rounding : Rounding or str, default Rounding.HALF_AWAY_FROM_ZERO

Returns
-------
Money

Examples
--------
>>> apply_optimism_bias("£100,000,000", "4%")
Money('£104,000,000.00')
""",
    "OptimismBiasAdjustment": r"""
The optimism bias an appraisal assumes for one measure of an option, with the words a report
states it in.

Made from the Green Book table (a project type, a bound and any mitigation), from a mix of
types (``blend``), or from the organisation's own evidence (``from_evidence``), which the
Green Book prefers where it exists (2022, paragraph 2.16). ``str()`` gives the description.

Parameters
----------
type : ProjectType or str
measure : OptimismBiasMeasure or str
bound : OptimismBiasBound or str, default "upper"
mitigation : Rate-like, default 0
    The share of contributory factors mitigated (0% to 100%): the uplift is
    (1 - mitigation) x the table's value. Only the upper bound is reduced
    (DomainError, commissioning.optimism_bias.007, for the lower).

Raises
------
DomainError
    The table gives no value for the type and measure (commissioning.optimism_bias.002).

Examples
--------
>>> ob = OptimismBiasAdjustment("outsourcing", "operating cost", mitigation="50%")
>>> ob.uplift, ob.apply("£325,500")
(Rate('0.205'), Money('£392,227.50'))
>>> print(ob)
Outsourcing upper bound 41% of operating cost, reduced 50% for mitigated contributory factors: 20.5%
""",
    "OptimismBiasAdjustment.__init__": "Make an adjustment from the Green Book table.",
    "OptimismBiasAdjustment.blend": r"""
An adjustment for a combined project: the table's values weighted by each type's share.

Parameters
----------
shares : mapping of ProjectType or str to Rate-like, or iterable of (type, share) pairs
    As ``blend_optimism_bias`` takes them (summing to exactly 100%).
measure : OptimismBiasMeasure or str
bound : OptimismBiasBound or str, default "upper"
mitigation : Rate-like, default 0

Returns
-------
OptimismBiasAdjustment

Examples
--------
>>> mix = OptimismBiasAdjustment.blend({"non-standard buildings": "30%", "standard buildings": "70%"}, "capex")
>>> str(mix)
'Blend of 30% non-standard buildings (51%) and 70% standard buildings (24%), upper bound: 32.1% of capital cost'
""",
    "OptimismBiasAdjustment.from_evidence": r"""
An adjustment from the organisation's own evidence, which the Green Book puts first.

Parameters
----------
measure : OptimismBiasMeasure or str
uplift : Rate, str, int, float, decimal.Decimal or fractions.Fraction
    Not negative (commissioning.optimism_bias.006).
source : str
    Where the figure comes from; required (commissioning.optimism_bias.008).

Returns
-------
OptimismBiasAdjustment

Examples
--------
>>> str(OptimismBiasAdjustment.from_evidence("capex", "12%", "capital programme outturn 2015-2022"))
'Own evidence (capital programme outturn 2015-2022): 12% of capital cost'
""",
    "OptimismBiasAdjustment.measure": "What the uplift is a percentage of: an OptimismBiasMeasure.",
    "OptimismBiasAdjustment.uplift": "The uplift assumed, after any mitigation: a Rate.",
    "OptimismBiasAdjustment.starting_value": "The value before mitigation (the table's or the blend's; the evidence's own): a Rate.",
    "OptimismBiasAdjustment.mitigation": "The reduction for mitigated contributory factors: a Rate (0 for none).",
    "OptimismBiasAdjustment.bound": "The table's bound used: an OptimismBiasBound, or None for own evidence.",
    "OptimismBiasAdjustment.shares": "The project types and their shares: a list of OptimismBiasShare (empty for own evidence).",
    "OptimismBiasAdjustment.own_evidence": "True when made from the organisation's own evidence rather than the table.",
    "OptimismBiasAdjustment.source": "Where the figure comes from: the table's citation, or the evidence's source.",
    "OptimismBiasAdjustment.apply": r"""
An amount uplifted: amount x (1 + uplift), rounded once to the penny.

Parameters
----------
amount : Money, str, int, float or decimal.Decimal
rounding : Rounding or str, default Rounding.HALF_AWAY_FROM_ZERO

Returns
-------
Money
""",
    "OptimismBiasAdjustment.describe": r"""
The assumption as a report states it.

Returns
-------
str
    E.g. "Outsourcing upper bound 41% of operating cost, reduced 50% for mitigated
    contributory factors: 20.5%".
""",
}
