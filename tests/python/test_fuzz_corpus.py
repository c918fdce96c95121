"""The Python fuzz target's corpus (fuzz/corpus/python_api/: seeds, and every finding, fixed)
replayed through fuzz/python_api_fuzzer.py's `test_one_input`, without atheris: each input must
return or raise a commissioning error with its id on one line."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted((ROOT / "fuzz" / "corpus" / "python_api").iterdir())


def target():
    spec = importlib.util.spec_from_file_location("python_api_fuzzer", ROOT / "fuzz" / "python_api_fuzzer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FUZZER = target()


def test_the_corpus_is_kept():
    assert len(CORPUS) >= 20


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_a_corpus_input_is_answered_or_refused_with_an_id(path):
    FUZZER.test_one_input(path.read_bytes())


def test_every_call_is_reached_by_the_corpus():
    reached = {path.read_bytes()[:1][0] % len(FUZZER.CALLS) if path.stat().st_size else 0 for path in CORPUS}
    assert reached == set(range(len(FUZZER.CALLS)))
