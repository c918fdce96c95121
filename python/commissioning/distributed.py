"""Simulations, sweeps and contract registers spread over a Dask cluster.

Install the extra with ``pip install "commissioning[distributed]"`` (it brings ``dask`` and
``distributed``, pinned). This module imports Dask only when it is handed a Dask object (a
client, a Dask DataFrame), so with ``client=None`` and pandas frames it runs without it.

Every function here gives the answer the single-process call gives, exactly:

- ``simulate`` cuts the simulation into ranges of blocks (``commissioning.simulate_blocks``),
  runs them on the workers and merges the parts **in block order** on the client, so the
  result is ``commissioning.simulate``'s bit for bit for a seed, whatever the number of
  workers or tasks (docs/simulation.md, "Parts of a simulation");
- ``sweep`` maps many appraisals (or variants of one: a grid of multipliers on its inputs) over
  the cluster, a batch of cases a task, and gathers one pandas DataFrame;
- ``profile_register`` and ``assess_register`` read a contract register (a pandas or Dask
  DataFrame) a partition at a time with the batch API (``commissioning.profile_register``, one
  C++ pass over a partition's columns, equal to each ``Contract.profile`` and ``Commitment.of``
  to the penny), and add the partitions' whole pence: totals equal the single-process call's
  to the penny.

With ``client=None`` each function runs in this process, by the same code path.
See docs/distributed.md.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._core import (
    Appraisal,
    AppraisalInput,
    Commitment,
    Envelope,
    EnvelopePosition,
    Money,
    RiskRegister,
    SimulationPartial,
    SimulationResult,
    UncertainInput,
    assess,
    simulate_blocks,
    simulation_blocks,
)

from ._register import profile_register as profile_register_batch

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SimulationJob", "assess_register", "profile_register", "simulate", "submit_simulation", "sweep"]


# ---------------------------------------------------------------- simulation


@dataclass(frozen=True)
class _SimulationSpec:
    """What every part of one simulation needs: shipped to each worker once (scattered)."""

    appraisal: Appraisal
    settings: dict[str, Any] = field(default_factory=dict)


def _run_part(spec: _SimulationSpec, first_block: int, last_block: int) -> SimulationPartial:
    return simulate_blocks(spec.appraisal, first_block, last_block, **spec.settings)


def block_ranges(blocks: int, parts: int) -> list[tuple[int, int]]:
    """``blocks`` cut into ``parts`` (at most ``blocks``) consecutive ranges of near-equal size."""
    parts = max(1, min(parts, blocks))
    bounds = [blocks * k // parts for k in range(parts + 1)]
    return [(bounds[k], bounds[k + 1]) for k in range(parts)]


def _merged(parts: Iterable[SimulationPartial], threads: int) -> SimulationResult:
    """Parts in block order merged one after the other, then summarised."""
    whole: SimulationPartial | None = None
    for part in parts:
        whole = part if whole is None else whole.merge(part)
    assert whole is not None  # at least one block
    return whole.result(threads=threads)


class SimulationJob:
    """A simulation submitted to a cluster: its parts' futures, in block order.

    ``result()`` waits for them and merges them; the futures are kept until then, so a part
    lost with a worker is recomputed by the scheduler (the default ``allowed-failures``), and
    a part that raised is retried ``retries`` times.
    """

    def __init__(self, futures: list[Any], ranges: list[tuple[int, int]], threads: int) -> None:
        self.futures = futures
        self.ranges = ranges
        self._threads = threads

    def result(self) -> SimulationResult:
        """The merged SimulationResult (blocks gathered in order, merged on the client)."""
        client = self.futures[0].client
        return _merged(client.gather(self.futures), self._threads)


def _settings(
    inputs: Sequence[UncertainInput],
    risks: RiskRegister | None,
    iterations: int,
    seed: int,
    threads: int,
    correlation: Any,
    keep_samples: bool,
    histogram_bins: int,
    envelope: Envelope | None,
) -> dict[str, Any]:
    return dict(
        inputs=list(inputs),
        risks=risks,
        iterations=iterations,
        seed=seed,
        threads=threads,
        correlation=correlation,
        keep_samples=keep_samples,
        histogram_bins=histogram_bins,
        envelope=envelope,
    )


def submit_simulation(
    appraisal: Appraisal,
    *,
    client: Any,
    inputs: Sequence[UncertainInput] = (),
    risks: RiskRegister | None = None,
    iterations: int = 10_000,
    seed: int = 1,
    threads: int = 1,
    correlation: Any = None,
    keep_samples: bool = True,
    histogram_bins: int = 50,
    envelope: Envelope | None = None,
    tasks: int | None = None,
    retries: int = 2,
) -> SimulationJob:
    """Submits the parts of a simulation to ``client`` and returns at once (see ``simulate``)."""
    settings = _settings(inputs, risks, iterations, seed, threads, correlation, keep_samples, histogram_bins, envelope)
    blocks = simulation_blocks(iterations)
    if blocks < 1:  # the library's error for the settings, before anything is shipped
        simulate_blocks(appraisal, 0, 1, **settings)
    if tasks is None:
        tasks = 4 * max(1, sum(client.nthreads().values()))
    if tasks < 1:
        raise ValueError(f"a simulation needs at least 1 task, got {tasks}")
    ranges = block_ranges(blocks, tasks)
    spec = client.scatter(_SimulationSpec(appraisal, settings), broadcast=True)
    job = uuid.uuid4().hex
    futures = [
        client.submit(_run_part, spec, first, last, retries=retries, key=f"commissioning-simulate-{job}-{first}-{last}")
        for first, last in ranges
    ]
    return SimulationJob(futures, ranges, threads)


def simulate(
    appraisal: Appraisal,
    *,
    client: Any = None,
    inputs: Sequence[UncertainInput] = (),
    risks: RiskRegister | None = None,
    iterations: int = 10_000,
    seed: int = 1,
    threads: int = 1,
    correlation: Any = None,
    keep_samples: bool = True,
    histogram_bins: int = 50,
    envelope: Envelope | None = None,
    tasks: int | None = None,
    retries: int = 2,
) -> SimulationResult:
    """A Monte Carlo simulation of ``appraisal`` with its blocks spread over a Dask cluster.

    Takes ``commissioning.simulate``'s arguments and returns exactly its result, bit for bit,
    whatever the number of workers or ``tasks``.

    Parameters
    ----------
    client : distributed.Client, optional
        The cluster; None runs the same parts one after the other in this process.
    threads : int
        Threads each task runs on (and that the client's summary uses).
    tasks : int, optional
        Parts to cut the blocks into (at most one per block); by default four per worker
        thread, so a slow or lost worker holds up little.
    retries : int
        Times a part that raised is run again.
    """
    if client is None:
        settings = _settings(inputs, risks, iterations, seed, threads, correlation, keep_samples, histogram_bins, envelope)
        blocks = simulation_blocks(iterations)
        if blocks < 1:  # the library's error for the settings
            simulate_blocks(appraisal, 0, 1, **settings)
        ranges = block_ranges(blocks, tasks or 1)
        return _merged((simulate_blocks(appraisal, a, b, **settings) for a, b in ranges), threads)
    return submit_simulation(
        appraisal,
        client=client,
        inputs=inputs,
        risks=risks,
        iterations=iterations,
        seed=seed,
        threads=threads,
        correlation=correlation,
        keep_samples=keep_samples,
        histogram_bins=histogram_bins,
        envelope=envelope,
        tasks=tasks,
        retries=retries,
    ).result()


# ---------------------------------------------------------------- sweeps


def sweep_cases(
    appraisals: Mapping[str, Appraisal] | Sequence[Appraisal] | None = None,
    *,
    base: Appraisal | None = None,
    grid: Mapping[AppraisalInput, Sequence[Any]] | None = None,
) -> list[tuple[str, dict[str, Any], Appraisal]]:
    """The cases of a sweep: (name, {input name: multiplier}, appraisal), in order.

    Either ``appraisals`` (named by their keys, or by their titles) or ``base`` with a ``grid``
    of multipliers per input: every combination, each applied with ``AppraisalInput.apply``.
    """
    if (appraisals is None) == (base is None):
        raise ValueError("sweep() takes appraisals, or a base appraisal with a grid of changes, not both")
    if appraisals is not None:
        if grid is not None:
            raise ValueError("a grid of changes applies to a base appraisal; give base= with it")
        named = appraisals.items() if isinstance(appraisals, Mapping) else ((a.title, a) for a in appraisals)
        return [(str(name), {}, appraisal) for name, appraisal in named]
    assert base is not None
    if not grid:
        return [(base.title, {}, base)]
    inputs = list(grid)
    cases = []
    for factors in itertools.product(*(grid[i] for i in inputs)):
        appraisal = base
        changes: dict[str, Any] = {}
        for i, factor in zip(inputs, factors):
            appraisal = i.apply(appraisal, factor)
            changes[i.name] = factor
        name = ", ".join(f"{n} × {f}" for n, f in changes.items())
        cases.append((name, changes, appraisal))
    return cases


_STATISTICS = ("mean", "p10", "p50", "p80", "p90")


def _sweep_rows(cases: list[tuple[str, dict[str, Any], Appraisal]], simulation: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    rows = []
    for name, changes, appraisal in cases:
        result = appraisal.run()
        simulated = appraisal.simulate(**simulation) if simulation is not None else None
        for o in result.options:
            row: dict[str, Any] = {"case": name, **changes, "option": o.name, "viable": o.viable, "preferred": o.preferred}
            row["present_value_costs"] = o.present_value_costs.pounds
            row["net_present_social_value"] = o.net_present_social_value.pounds
            if simulated is not None:
                s = simulated.option(o.name)
                for stat in _STATISTICS:
                    row[f"pvc_{stat}"] = getattr(s.present_value_costs, stat).pounds
                row["probability_preferred"] = s.probability_preferred
            rows.append(row)
    return rows


def sweep(
    appraisals: Mapping[str, Appraisal] | Sequence[Appraisal] | None = None,
    *,
    base: Appraisal | None = None,
    grid: Mapping[AppraisalInput, Sequence[Any]] | None = None,
    simulation: Mapping[str, Any] | None = None,
    client: Any = None,
    batch: int = 25,
) -> pd.DataFrame:
    """Many appraisals, or variants of one, appraised (and simulated) over a cluster.

    Parameters
    ----------
    appraisals : mapping of name to Appraisal, or sequence of Appraisal
        The cases (a sequence is named by the appraisals' titles).
    base, grid :
        Instead: one appraisal and, per AppraisalInput, the multipliers to try; every
        combination is a case, named "Staff (In-house) × 1.1, Discount rate × 0.9".
    simulation : mapping, optional
        ``Appraisal.simulate`` keyword arguments; each case is then simulated too.
    client : distributed.Client, optional
        None runs every batch in this process.
    batch : int
        Cases a task.

    Returns
    -------
    pandas.DataFrame
        One row per case and option, in case order: ``case``, one column per grid input (its
        multiplier), ``option``, ``viable``, ``preferred``, ``present_value_costs`` and
        ``net_present_social_value`` (exact Decimal pounds) and, when simulated, ``pvc_mean``,
        ``pvc_p10`` ... ``pvc_p90`` (Decimal pounds of the Money statistics) and
        ``probability_preferred``.
    """
    import pandas as pd

    if batch < 1:
        raise ValueError(f"a sweep needs at least 1 case a batch, got {batch}")
    cases = sweep_cases(appraisals, base=base, grid=grid)
    batches = [cases[k : k + batch] for k in range(0, len(cases), batch)]
    if client is None:
        parts = [_sweep_rows(b, simulation) for b in batches]
    else:
        futures = [client.submit(_sweep_rows, b, simulation, pure=False) for b in batches]
        parts = client.gather(futures)
    frame = pd.DataFrame([row for part in parts for row in part])
    for column in frame.columns:
        if column in ("present_value_costs", "net_present_social_value") or column.startswith("pvc_"):
            frame[column] = frame[column].astype(object)
    return frame


# ---------------------------------------------------------------- contract registers

def _profile_partition(frame: Any, scope: str, start_month: int) -> dict[str, int]:
    """One partition's money by financial-year label, in whole pence: the batch API
    (``commissioning.profile_register``), one C++ pass over the partition's columns."""
    return profile_register_batch(frame, scope=scope, start_month=start_month).totals_in_pence()


# Commitment.of counts a contract by its monthly-rule profile, so a partition's commitments are
# its profile's totals.
_commitment_partition = _profile_partition


def _partitions(frame: Any, client: Any, task: Callable[..., dict[str, int]], *args: Any) -> list[dict[str, int]]:
    """``task`` on each partition of a Dask DataFrame on the cluster, or on a pandas frame here."""
    if hasattr(frame, "to_delayed"):  # a Dask DataFrame
        from dask.base import compute
        from dask.delayed import delayed

        parts = [delayed(task, pure=True)(part, *args) for part in frame.to_delayed()]
        if client is None:
            # dask.base.compute is untyped; it returns a tuple of the tasks' answers.
            return list(compute(*parts, scheduler="sync"))  # type: ignore[no-untyped-call]
        return list(client.gather(client.compute(parts)))
    return [task(frame, *args)]


def _add(parts: Iterable[dict[str, int]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for part in parts:
        for label, pence in part.items():
            total[label] = total.get(label, 0) + pence
    return dict(sorted(total.items()))


def profile_register(frame: Any, *, scope: str = "current", start_month: int = 4, client: Any = None) -> pd.Series:
    """A contract register's money by financial year, computed partition by partition.

    Parameters
    ----------
    frame : pandas.DataFrame or dask.dataframe.DataFrame
        One contract a row, the columns ``commissioning.profile_register`` reads: ``start`` (a
        date or text), ``term`` ("3+1+1"), ``annual`` (Money, text, int pounds, float or
        Decimal) and optionally ``exercised`` (extension options exercised, in order),
        ``uplift`` (a rate), ``scope``, ``name`` and ``provider``.
    scope : "current", "base" or "maximum"
    start_month : int
    client : distributed.Client, optional
        None computes the partitions in this process.

    Returns
    -------
    pandas.Series
        Exact Decimal pounds by financial-year label, named ``"amount"``: each partition profiled
        by the batch API (``commissioning.profile_register``, each row equal to its
        ``Contract.profile`` with equal monthly instalments), added in whole pence, so the totals
        are the single-process sum's to the penny however the register is partitioned.
    """
    import pandas as pd

    totals = _add(_partitions(frame, client, _profile_partition, scope, start_month))
    return pd.Series(
        [Money.from_pence(p).pounds for p in totals.values()],
        index=pd.Index(list(totals), name="financial_year", dtype=object),
        dtype=object,
        name="amount",
    )


def assess_register(
    envelope: Envelope, frame: Any, *, scope: str = "current", name: str = "Contract register", client: Any = None
) -> EnvelopePosition:
    """A contract register set against an envelope, year by year, computed partition by partition.

    Each contract counts as ``Commitment.of(contract, scope, envelope.start_month)``; the
    partitions' commitments are added in whole pence and set against the envelope as one
    commitment called ``name``, so every year's committed money and headroom equal
    ``assess(envelope, contracts)``'s to the penny.
    """
    totals = _add(_partitions(frame, client, _commitment_partition, scope, envelope.start_month))
    register = Commitment.per_year(
        name, "", [(label, Money.from_pence(p)) for label, p in totals.items()], start_month=envelope.start_month
    )
    return assess(envelope, [register])
