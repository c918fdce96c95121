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

# Text each notebook must print (stdout or a displayed value). Seed 000's figures: the exact
# appraisal, the mean of 200,000 iterations (seed 2021) on the cluster, which the notebook
# asserts equals cm.simulate's, and the total of its 3,000-contract register.
FIGURES = {
    "distributed": [
        "Externally commission a new service: present value of costs £1,536,087.28",
        "200,000 iterations, seed 2021: the cluster's result equals the single-process result",
        "Externally commission a new service: mean present value of costs £1,563,009.74",
        "Create a new service in-house: mean present value of costs £1,640,125.98",
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
    assert sorted(FIGURES) == [p.stem for p in NOTEBOOKS]


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
