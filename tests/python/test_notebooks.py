"""Every notebook in examples/ runs top to bottom in a fresh kernel and prints its figures.

Each notebook is executed with nbclient in a new kernel of this interpreter (the "python3"
kernelspec that ipykernel installs into this environment), from examples/ so that it can
import seeds.py. A notebook passes when no cell raised or wrote to stderr, it ran on this
environment's Python, and the figures it printed are the expected ones: its outputs are
checked, not only run. Notebooks are committed without outputs, which is checked too.

pytest turns warnings into errors. With the pinned nbclient, nbformat, ipykernel and
jupyter_client none is raised in this process, so nothing is filtered: a new one fails the
test and is to be looked at. (The kernel's own log line about TCP without encryption goes to
the kernel's stderr, not to the notebook, and is not a Python warning.)
"""

import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (requirements/dev.txt pins it)")
nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed (requirements/dev.txt pins it)")
pytest.importorskip("ipykernel", reason="ipykernel is not installed (requirements/dev.txt pins it)")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NOTEBOOKS = sorted(EXAMPLES.glob("*.ipynb"))

# Text each notebook must print (stdout or a displayed value).
FIGURES = {
    # Seed 004's contract (its current value, its profile adding up to it, the seed's spend-to-date
    # sentence), seed 000's contract with an illustrative 3% uplift against an illustrative
    # £340,000 budget (the uplifted years, the three breaches), and seed 000's financial
    # implications paragraph word for word as the cabinet report printed it.
    "contract-and-envelope-review": [
        "Young Carers Support Service (Imago), 1 May 2016 to 30 April 2022: current value £1,952,904.00, "
        "maximum value as awarded £1,627,420.00",
        "The Covid-19 modification is worth £325,484.00, 20% of the original value",
        "7 financial years, 2016-17 to 2022-23: £1,952,904.00",
        "From 1 May 2016 to 30 April 2022 Kent County Council have spent £1,952,904 on the delivery of the "
        "young carers service.",
        "2026-27: £366,353.12",
        "Over the maximum term: £1,728,123.71 (flat, it would be £1,627,500.00)",
        "Within the envelope every year: no; total headroom -£28,123.71",
        "2024-25: over the envelope by £5,322.95",
        "2025-26: over the envelope by £15,682.64",
        "2026-27: over the envelope by £26,353.12",
        "This service will be funded from within the existing revenue KCC base budget reported against the "
        "Early Help and Preventative Services Key Service in the Budget Book. The funding available is £325,500 "
        "per annum. This equates to £1,627,500 over the term of the proposed contract and extensions (three "
        "years plus one plus one).",
        "£1,728,123.71 over the term of the proposed contract and extensions",
    ],
    # Seed 000's exact appraisal, the outsourcing optimism bias (41% halved) reversing it, the
    # illustrative risks' expected values, the ±10% sensitivity of the contract payments, and
    # 100,000 iterations (seed 2021) of examples/simulation.py's inputs and risks.
    "option-appraisal-with-risk": [
        "Create a new service in-house: cash £1,667,500.00, present value of costs £1,561,087.28",
        "Externally commission a new service: cash £1,642,500.00, present value of costs £1,536,087.28 (preferred)",
        "Do nothing: cash £0.00, present value of costs £0.00 (not viable)",
        "Outsourcing upper bound 41% of operating cost, reduced 50% for mitigated contributory factors: 20.5%",
        "Create a new service in-house: optimism bias £0.00, present value of costs £1,561,087.28 (preferred)",
        "Externally commission a new service: optimism bias £333,637.50, present value of costs £1,847,910.18",
        "R3 TUPE costs higher than estimated: £12,500.00 expected",
        "Create a new service in-house with risks: present value of costs £1,589,316.75",
        "Externally commission a new service with risks: present value of costs £1,553,316.75 (preferred)",
        "Contract payments (Externally commission a new service): £1,383,978.55 to £1,688,196.01",
        "Create a new service in-house: mean £1,604,365.42, P80 £1,698,421.16, preferred in 37.8% of iterations",
        "Externally commission a new service: mean £1,578,607.37, P80 £1,603,904.07, preferred in 62.2% of iterations",
        "| 1 (preferred) |",
    ],
    # Seed 000's figures: the exact appraisal, the mean of 200,000 iterations (seed 2021) on the
    # cluster, which the notebook asserts equals cm.simulate's, and the total of its
    # 3,000-contract register.
    "distributed": [
        "Externally commission a new service: present value of costs £1,536,087.28",
        "200,000 iterations, seed 2021: the cluster's result equals the single-process result",
        "Externally commission a new service: mean present value of costs £1,563,009.74",
        "Create a new service in-house: mean present value of costs £1,639,724.56",
        "Register of 3,000 contracts: £5,768,858,264.99 over 16 financial years",
    ],
}

# The notebooks need the extra's packages in the kernel (which is this interpreter).
REQUIRES = {"distributed": ("distributed", "dask.dataframe")}


def kernel_runs_this_python() -> bool:
    """ipykernel's "python3" spec starts `python`, which jupyter_client replaces by sys.executable."""
    from jupyter_client.kernelspec import KernelSpecManager

    argv = KernelSpecManager().get_kernel_spec("python3").argv
    return argv[0] in ("python", "python3", f"python{sys.version_info[0]}.{sys.version_info[1]}", sys.executable)


# How many charts each notebook shows: each must reach the notebook as a picture (image/png)
# with no %matplotlib magic, not as the text of a figure object.
CHARTS = {"contract-and-envelope-review": 1, "option-appraisal-with-risk": 1, "distributed": 0}


def pictures_in(notebook) -> int:
    return sum("image/png" in output.get("data", {})
               for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs)


def text_of(notebook) -> tuple[str, list[str]]:
    """Everything the notebook's code cells printed or displayed as text, and what they wrote to stderr."""
    shown, errors = [], []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.outputs:
            if output.output_type == "error":
                errors.append(f"{output.ename}: {output.evalue}")
            elif output.output_type == "stream":
                (errors if output.name == "stderr" else shown).append(output.text)
            elif "text/plain" in output.get("data", {}):
                shown.append(output.data["text/plain"])
    return "\n".join(shown), errors


def test_there_are_notebooks_and_each_has_figures_to_check():
    assert NOTEBOOKS, "no examples/*.ipynb"
    assert sorted(FIGURES) == sorted(CHARTS) == [p.stem for p in NOTEBOOKS]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_a_notebook_is_committed_without_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: clear the outputs before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_a_notebook_runs_in_a_fresh_kernel_and_prints_its_figures(path):
    for module in REQUIRES.get(path.stem, ()):
        pytest.importorskip(module, reason=f"{path.name} needs {module} (the distributed extra)")
    if not kernel_runs_this_python():
        pytest.skip("the 'python3' kernelspec found does not start this interpreter (a user kernelspec shadows it)")
    notebook = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}
    ).execute()
    shown, errors = text_of(notebook)
    assert errors == []
    # The kernel was this environment's Python, so the installed commissioning was the one tested.
    assert f"Python {sys.executable} (environment {sys.prefix})" in shown
    for figure in FIGURES[path.stem]:
        assert figure in shown
    assert not any("%matplotlib" in cell.source for cell in notebook.cells if cell.cell_type == "code")
    assert pictures_in(notebook) == CHARTS[path.stem]
