"""The docs pages' examples are real code: every page shows the Python next to the C++, each
page's Python runs top to bottom, the results its comments show are the results it gets, and
its C++ compiles.

A page's ```python blocks run in order in one namespace, in a scratch folder that has the
repository's examples/ (for the seeds and the bundled files). A line `expression  # result`
whose comment starts like a repr() (Money('...'), a tuple, a number, ...) is checked: the
comment must be the repr, or its start up to a "...", or the repr followed by ": why". A
block whose first line says "# Not run by the docs test" (it needs a Dask scheduler or a
file of the reader's) is only compiled.

A page's ```cpp blocks are compiled, without linking, as the bodies of functions of one
translation unit (`g++ -fsyntax-only`, C++20, the include/ headers and examples/ for
seeds.hpp); a block's #include, using-directive and namespace-alias lines are placed at file
scope.
"""

import ast
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
# Pages that describe the library, with their examples (not the site's index, the generated API
# reference, the benchmark page or the catalogue of error ids).
PAGES = sorted(p for p in DOCS.glob("*.md") if p.stem not in ("index", "api", "benchmarks", "errors"))
NOT_RUN = "# Not run by the docs test"
# Repr prefixes of the values the pages' comments show.
RESULT = re.compile(r"""^(Money\(|Rate\(|datetime\.date\(|ContractState\(|<[A-Z]\w*\.|\(|\[|'|"|-?\d|True\b|False\b|None\b)""")


def blocks(page: Path, language: str) -> list[tuple[int, str]]:
    """The page's fenced blocks of one language, with the line each starts on."""
    text = page.read_text(encoding="utf-8")
    found = []
    for match in re.finditer(rf"^```{language}\n(.*?)^```$", text, flags=re.DOTALL | re.MULTILINE):
        found.append((text.count("\n", 0, match.start()) + 2, match.group(1)))
    return found


def test_every_page_shows_the_python_and_the_cpp():
    missing = [f"{page.name}: {language}" for page in PAGES for language in ("python", "cpp")
               if not blocks(page, language)]
    assert missing == []


def checked_comments(source: str) -> list[tuple[int, str, str]]:
    """(line, expression, comment) of each expression statement on one line with a result comment."""
    lines = source.splitlines()
    checked = []
    for node in ast.parse(source).body:
        if not isinstance(node, ast.Expr) or node.lineno != node.end_lineno:
            continue
        line = lines[node.lineno - 1]
        expression = ast.get_source_segment(source, node)
        rest = line[line.index(expression) + len(expression):].strip()
        if rest.startswith("#"):
            comment = rest[1:].strip()
            following = node.lineno  # a comment may go on, on lines of its own
            while following < len(lines) and lines[following].strip().startswith("#"):
                comment += " " + lines[following].strip()[1:].strip()
                following += 1
            if RESULT.match(comment):
                checked.append((node.lineno, expression, comment))
    return checked


def agrees(value, comment: str) -> bool:
    shown = [repr(value)] + ([json.dumps(value, ensure_ascii=False)] if isinstance(value, str) else [])
    for text in shown:
        if comment == text:
            return True
        if "..." in comment and text.startswith(comment.split("...")[0].rstrip(" ,")):
            return True
        if comment.startswith(text) and comment[len(text):].lstrip().startswith((":", ";", ",", "(", "==")):
            return True
    return False


@pytest.mark.parametrize("page", [p for p in PAGES if blocks(p, "python")], ids=lambda p: p.stem)
def test_a_pages_python_runs_and_shows_its_results(page, tmp_path, monkeypatch):
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(ROOT / "examples"))
    namespace: dict = {"__name__": f"docs_{page.stem}"}
    wrong = []
    for start, source in blocks(page, "python"):
        code = compile(source, f"{page.name}:{start}", "exec")
        if source.startswith(NOT_RUN):
            continue
        checks = {line: (expression, comment) for line, expression, comment in checked_comments(source)}
        if not checks:
            exec(code, namespace)
            continue
        # Run statement by statement, so that each checked expression's value is seen.
        for node in ast.parse(source).body:
            statement = ast.Module(body=[node], type_ignores=[])
            if node.lineno in checks and isinstance(node, ast.Expr):
                value = eval(compile(ast.Expression(node.value), f"{page.name}:{start}", "eval"), namespace)
                expression, comment = checks[node.lineno]
                if not agrees(value, comment):
                    wrong.append(f"{page.name}:{start + node.lineno - 1}: {expression} is {value!r}, the page says {comment}")
            else:
                exec(compile(statement, f"{page.name}:{start}", "exec"), namespace)
    assert wrong == []


def cpp_translation_unit() -> str:
    head = ["#include <commissioning/commissioning.hpp>"]
    bodies = []
    for page in PAGES:
        for number, (start, source) in enumerate(blocks(page, "cpp")):
            body = []
            for line in source.splitlines():
                if line.startswith(("#include", "using namespace", "namespace ")):
                    head.append(line)
                else:
                    body.append(line)
            name = re.sub(r"\W", "_", page.stem)
            bodies.append(f"// {page.name}:{start}\n[[maybe_unused]] static void {name}_{number}() {{\n"
                          + "\n".join(body) + "\n}\n")
    # Results shown as bare expressions are discarded on purpose.
    return "\n".join(dict.fromkeys(head)) + '\n#pragma GCC diagnostic ignored "-Wunused-result"\n' + "\n".join(bodies)


# Headers CMake generates (version.hpp, the procurement threshold data): from the default preset's
# build tree, which scripts/test.sh configures before the Python tests run.
GENERATED = ROOT / "build" / "default" / "include"


@pytest.mark.skipif(shutil.which(os.environ.get("CXX", "g++")) is None, reason="no C++ compiler")
@pytest.mark.skipif(not (GENERATED / "commissioning" / "version.hpp").exists(),
                    reason="no build/default/include (run cmake --preset default)")
def test_the_pages_cpp_compiles(tmp_path):
    source = tmp_path / "docs_examples.cpp"
    source.write_text(cpp_translation_unit(), encoding="utf-8")
    result = subprocess.run(
        [os.environ.get("CXX", "g++"), "-std=c++20", "-fsyntax-only", "-I", str(ROOT / "include"),
         "-I", str(GENERATED), "-I", str(ROOT / "examples"), "-I", "/usr/include/eigen3", str(source)],
        capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-6000:]
