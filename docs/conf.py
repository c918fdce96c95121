"""Sphinx configuration of the documentation site: the pages of docs/ (Markdown, read by
myst-parser) and an API reference generated from the installed package's docstrings.

Built by scripts/test.sh with warnings as errors:
    .venv/bin/python -m sphinx -W --keep-going -b html docs build/docs
"""

project = "commissioning"
author = "commissioning contributors"
copyright = "commissioning contributors"

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon"]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

# Headings get anchors, so that links such as errors.md#scenario resolve.
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence"]

# The reference documents the installed package (`import commissioning`), compiled module included.
autodoc_default_options = {"members": True, "undoc-members": False, "show-inheritance": True}
autodoc_typehints = "signature"
autodoc_member_order = "bysource"

# Docstrings name types in prose ("list of (year, amount)"); a word such as `amount` that is an
# attribute of several classes is left unlinked rather than reported as ambiguous.
suppress_warnings = ["ref.python"]

# The docstrings are NumPy style (Parameters, Returns, Examples), as help() shows them.
napoleon_google_docstring = False
napoleon_numpy_docstring = True
# "Attributes" sections as fields of the class: its properties are documented by autodoc already.
napoleon_use_ivar = True


def skip_pybind11_internals(app, what, name, obj, skip, options):
    """pybind11 leaves a capsule of its own (pybind11_detail_function_record_...) in the module."""
    return True if name.startswith("pybind11_") else None


def link_benchmarks_page(app, docname, source):
    """The pages link to ../benchmarks/README.md, which is right on GitHub; the site includes that
    file as its page `benchmarks`, so there the links point at the page."""
    source[0] = source[0].replace("](../benchmarks/README.md", "](benchmarks.md")


def setup(app):
    app.connect("autodoc-skip-member", skip_pybind11_internals)
    app.connect("source-read", link_benchmarks_page)


html_theme = "alabaster"
html_title = "commissioning"
html_theme_options = {"description": "The money behind UK public-sector commissioning decisions"}
