"""The docstrings of the classes and functions bound in bindings/scenario.cpp, by the name Python
gives each one ("Money.from_pence"; "Term.__init__/2" for an overload's second docstring).
bindings/docstrings.cpp reads them as commissioning._core loads (see __init__.py)."""

DOCSTRINGS: dict[str, str] = {
    "Scenario": r"""
A decision described in a scenario file (docs/scenario.md): the authority, its contracts,
budgets, portfolio and proposal, and the options of an appraisal.

Read one with ``cm.load_scenario(path)`` or ``cm.Scenario.from_toml(text)``; errors are
``InvalidInputError`` naming the file, line, column, field and value.
""",
    "Scenario.from_toml": "Read a scenario from TOML text.",
    "Scenario.to_toml": "The scenario as TOML, which ``Scenario.from_toml`` reads back equal.",
    "Scenario.service": "The service's name.",
    "Scenario.authority": "The authority's name.",
    "Scenario.has_appraisal": "True when the scenario has options to appraise.",
    "Scenario.appraisal": "The appraisal of the scenario's options (an ``Appraisal``), or None when it has none.",
    "Scenario.contracts": "The contracts (``Contract``), options exercised and modifications made.",
    "Scenario.lots": r"""
The procurements let as lots: each procurement's name (the contracts' ``lot_of``) and its lots
(``Contract``), in the file's order; ``assess_procurement(lots, ...)`` judges them together, as
``commissioning check`` does.
""",
    "Scenario.portfolio": "The ``[portfolio]``'s services before any proposal (a ``Portfolio``), or None when it has none.",
    "Scenario.proposal": r"""
The ``[proposal]``'s changes applied to the portfolio in the authority's financial years (a
``ProposalResult``), as ``commissioning profile`` reports it; None without changes.
""",
    "Scenario.proposal_caption": "The ``[proposal]``'s caption: the words heading its table (empty when the file gives none).",
    "Scenario.risks": "The risk register (a ``RiskRegister``).",
    "Scenario.risk_adjusted_appraisal": r"""
The appraisal ``commissioning appraise`` reports: each risk's expected value added to the options
it affects as a cost line "Risk: <id>" (``apply_risks``); the same as ``appraisal`` without risks.
""",
    "Scenario.envelope_positions": "Each envelope that names its contracts, set against their payments (``EnvelopePosition``).",
    "Scenario.simulation_inputs": "The simulation's uncertain inputs (``UncertainInput``), in order.",
    "Scenario.simulate": r"""
Monte Carlo simulation of the options with the scenario's ``[simulation]`` inputs and correlations
drawn and its ``[[risks]]`` occurring or not (a ``SimulationResult``), as ``commissioning simulate``
runs it; ``iterations``, ``seed`` and ``threads`` override the file's, within the file's ranges
(1 to 1,000,000,000; 0 to 2**63 - 1; 1 to 256), or ``InvalidInputError``
(commissioning.scenario.012) naming the value.
""",
    "Scenario.simulation_inputs_table": r"""
The distributions and correlations of the scenario's ``[simulation]`` inputs, as ``commissioning
simulate`` reports them (``simulation_inputs_table``): Input | Distribution | Correlated with.
""",
    "load_scenario": "Read a scenario file (a str or os.PathLike).",
    "run_command_line": r"""
Run the ``commissioning`` command line on ``args`` (the arguments after the program's name, e.g.
``["appraise", "kent.toml", "--format", "md"]``) and return its exit code: 0 success, 1 invalid
input, 2 a usage error. It writes to the process's standard output and error (file descriptors
1 and 2, not ``sys.stdout``), as the installed ``commissioning`` command does.
""",
}
