"""The README's examples are real programs: examples/readme.{cpp,py}, whose output is checked."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def code_block(language: str) -> str:
    match = re.search(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)
    assert match, f"README.md has no {language} example"
    return match.group(1)


def test_readme_cpp_example_is_examples_readme_cpp():
    # examples/readme.cpp is built and its output diffed by ctest (example.readme).
    assert code_block("cpp") == (ROOT / "examples" / "readme.cpp").read_text(encoding="utf-8")


def test_readme_python_example_is_examples_readme_py():
    assert code_block("python") == (ROOT / "examples" / "readme.py").read_text(encoding="utf-8")


def test_readme_python_example_prints_the_expected_figures():
    result = subprocess.run([sys.executable, str(ROOT / "examples" / "readme.py")],
                            capture_output=True, text=True, encoding="utf-8", check=True)
    assert result.stdout == (ROOT / "examples" / "readme.expected").read_text(encoding="utf-8")
