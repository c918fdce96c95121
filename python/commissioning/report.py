"""Cabinet-report output in Word, Excel and charts: the tables the C++ renderers draw, as a
council's committee clerk and finance team want them.

Every writer takes a report table as the JSON the C++ side writes (``to_json_value`` in
render.hpp; examples/cabinet_report.expected.json): a dict with ``caption``, ``columns``
(``heading``, ``kind`` one of text, money, percent, count, number, and ``align``), ``rows``
(``kind`` one of body, subtotal, total, summary, and ``cells``: ``None``, ``{"text"}``,
``{"items": [...]}`` or ``{"text", "value"}``, money and percentages as exact decimal
strings), ``notes`` and ``source``. Anything with a ``to_json()`` method returning that dict
(or its JSON text) is taken too, so a bound ``Table`` can be passed as it is::

    >>> import json, commissioning as cm
    >>> tables = json.load(open("examples/cabinet_report.expected.json"))["tables"]
    >>> document = cm.to_docx(tables, "report.docx")          # doctest: +SKIP
    >>> workbook = cm.to_xlsx(tables, "report.xlsx")          # doctest: +SKIP

- :func:`to_docx`: Word tables (python-docx) with a repeating header row, captions, figures
  right-aligned as displayed, bold totals and notes;
- :func:`to_xlsx`: one Excel sheet per table (openpyxl), figures stored as numbers with a £
  or % format, subtotals and totals as ``=SUM(...)`` formulas that reproduce the figures;
- :func:`profile_chart`, :func:`envelope_chart`, :func:`tornado_chart`, :func:`s_curve` and
  :func:`histogram`: matplotlib figures (Agg, no display needed) with £ axes and a
  colour-blind-safe palette, saved as PNG, SVG or PDF when given a path.

python-docx, openpyxl and matplotlib are imported on first use, so the package does not need
them until a writer is called. docs/report-output.md describes the output in detail.
"""

from __future__ import annotations

import json
import math
import re
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InvalidInputError

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

__all__ = ["to_docx", "to_xlsx", "profile_chart", "envelope_chart", "tornado_chart", "s_curve", "histogram"]

# ---------------------------------------------------------------------------- the table model

COLUMN_KINDS = ("text", "money", "percent", "count", "number")
ROW_KINDS = ("body", "subtotal", "total", "summary")
_ALIGNMENTS = {"left": "left", "right": "right", "center": "center", "centre": "center"}
_NUMERIC = ("money", "percent", "count", "number")
_SUMMED = ("money", "count")  # the kinds C++ sums into subtotals and totals


@dataclass(frozen=True)
class _Column:
    heading: str
    kind: str
    align: str  # left, right or center

    @property
    def numeric(self) -> bool:
        return self.kind in _NUMERIC


@dataclass(frozen=True)
class _Cell:
    text: str = ""
    items: tuple[str, ...] | None = None  # a list of points
    value: Decimal | int | float | None = None  # money and percent: Decimal; count: int; number: float

    @property
    def lines(self) -> list[str]:
        return list(self.items) if self.items is not None else [self.text]


@dataclass(frozen=True)
class _Row:
    kind: str
    cells: tuple[_Cell | None, ...]
    group: int | None = None  # an optional "group" key: the C++ row's group (-1: none)


@dataclass
class _Table:
    caption: str
    columns: list[_Column]
    rows: list[_Row]
    notes: list[str] = field(default_factory=list)
    source: str = ""


def _table_dict(obj: Any) -> dict[str, Any]:
    """The JSON dict of a table: ``obj`` itself, or what its ``to_json()`` returns."""
    if isinstance(obj, Mapping):
        return dict(obj)
    to_json = getattr(obj, "to_json", None)
    if callable(to_json):
        value = to_json()
        if isinstance(value, (str, bytes)):
            value = json.loads(value)
        if not isinstance(value, Mapping):
            raise TypeError(f"{type(obj).__name__}.to_json() returned {type(value).__name__}, not a table's dict")
        return dict(value)
    raise TypeError(f"expected a table: a dict in the shape of to_json_value, or an object with to_json(); "
                    f"got {type(obj).__name__}")


def _where(caption: str) -> str:
    return repr(caption) if caption else "the table"


def _parse_table(data: Mapping[str, Any]) -> _Table:
    """Checks a table's dict and reads its values (raises ValueError naming what is wrong)."""
    for key in ("columns", "rows"):
        if key not in data:
            raise ValueError(f"a table needs {key!r}; got the keys {sorted(data)}")
    caption = str(data.get("caption") or "")
    where = _where(caption)
    raw_columns = data["columns"]
    if not isinstance(raw_columns, Sequence) or isinstance(raw_columns, (str, bytes)) or not raw_columns:
        raise InvalidInputError(f"[commissioning.report.001] the table {where} has no columns",
                                "commissioning.report.001")
    columns = []
    for number, column in enumerate(raw_columns, start=1):
        if not isinstance(column, Mapping) or "heading" not in column:
            raise ValueError(f"column {number} of {where} needs a 'heading'; got {column!r}")
        kind = column.get("kind", "text")
        if kind not in COLUMN_KINDS:
            raise ValueError(f"column {number} ({column['heading']!r}) of {where} has the kind {kind!r}; "
                             f"expected one of {', '.join(COLUMN_KINDS)}")
        align = column.get("align", "right" if kind in _NUMERIC else "left")
        if align not in _ALIGNMENTS:
            raise ValueError(f"column {number} ({column['heading']!r}) of {where} has the alignment {align!r}; "
                             f"expected left, right or center")
        columns.append(_Column(str(column["heading"]), kind, _ALIGNMENTS[align]))

    rows = []
    raw_rows = data["rows"]
    if not isinstance(raw_rows, Sequence) or isinstance(raw_rows, (str, bytes)):
        raise ValueError(f"the rows of {where} must be a list; got {type(raw_rows).__name__}")
    for number, row in enumerate(raw_rows, start=1):
        if not isinstance(row, Mapping):
            raise ValueError(f"row {number} of {where} must be a dict with 'kind' and 'cells'; got {row!r}")
        kind = row.get("kind", "body")
        if kind not in ROW_KINDS:
            raise ValueError(f"row {number} of {where} has the kind {kind!r}; expected one of {', '.join(ROW_KINDS)}")
        cells = row.get("cells")
        if not isinstance(cells, Sequence) or isinstance(cells, (str, bytes)):
            raise ValueError(f"row {number} of {where} needs a list of 'cells'")
        if len(cells) != len(columns):
            raise InvalidInputError(
                f"[commissioning.report.001] row {number} of {where} has {len(cells)} cells; "
                f"the table has {len(columns)} columns",
                "commissioning.report.001",
            )
        group = row.get("group")
        if group is not None and (isinstance(group, bool) or not isinstance(group, int)):
            raise ValueError(f"row {number} of {where} has the group {group!r}; expected a whole number")
        parsed = tuple(_parse_cell(cell, column, number, where) for cell, column in zip(cells, columns))
        rows.append(_Row(kind, parsed, None if group is None or group < 0 else group))
    notes = [str(note) for note in data.get("notes") or ()]
    return _Table(caption, columns, rows, notes, str(data.get("source") or ""))


def _parse_cell(cell: Any, column: _Column, row: int, where: str) -> _Cell | None:
    def wrong(why: str) -> InvalidInputError:
        return InvalidInputError(
            f"[commissioning.report.002] row {row} of {where}: the column {column.heading!r} holds "
            f"{_KIND_WORDS[column.kind]}; {why}",
            "commissioning.report.002",
        )

    if cell is None:
        return None
    if not isinstance(cell, Mapping):
        raise wrong(f"got {cell!r}, not null or a dict")
    if "items" in cell:
        items = cell["items"]
        if column.kind != "text":
            raise wrong("got a list of points")
        if not isinstance(items, Sequence) or isinstance(items, (str, bytes)):
            raise wrong(f"its 'items' must be a list of text, not {items!r}")
        items = tuple(str(item) for item in items)
        return _Cell("; ".join(items), items)
    if "text" not in cell:
        raise wrong(f"the cell {dict(cell)!r} has neither 'text' nor 'items'")
    text = str(cell["text"])
    if column.kind == "text":
        if "value" in cell:
            raise wrong(f"got the figure {cell['value']!r}")
        return _Cell(text)
    if "value" not in cell or cell["value"] is None:
        raise wrong(f"the cell {text!r} has no 'value'")
    value = cell["value"]
    if column.kind in ("money", "percent"):
        if isinstance(value, bool):
            raise wrong(f"cannot read {value!r} as a figure")
        try:
            exact = Decimal(str(value))
        except InvalidOperation:
            raise wrong(f"cannot read {value!r} as a decimal figure") from None
        if not exact.is_finite():
            raise wrong(f"cannot show {value!r}")
        return _Cell(text, value=exact)
    if column.kind == "count":
        if isinstance(value, bool) or not isinstance(value, int):
            raise wrong(f"{value!r} is not a whole number")
        return _Cell(text, value=value)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise wrong(f"{value!r} is not a finite number")
    return _Cell(text, value=float(value))


_KIND_WORDS = {"text": "text", "money": "money", "percent": "a percentage", "count": "a count", "number": "a number"}


def _tables_and_paragraphs(tables_or_table: Any) -> tuple[list[_Table], list[str]]:
    """The tables given: one table, a list of tables, or a whole report {"tables", "paragraphs"}."""
    paragraphs: list[str] = []
    if isinstance(tables_or_table, Mapping) and "tables" in tables_or_table and "columns" not in tables_or_table:
        paragraphs = [str(p) for p in tables_or_table.get("paragraphs") or ()]
        items = list(tables_or_table["tables"])
    elif isinstance(tables_or_table, Mapping) or callable(getattr(tables_or_table, "to_json", None)):
        items = [tables_or_table]
    elif isinstance(tables_or_table, (str, bytes)) or not isinstance(tables_or_table, Iterable):
        raise TypeError(f"expected a table or a list of tables; got {type(tables_or_table).__name__}")
    else:
        items = list(tables_or_table)
    return [_parse_table(_table_dict(item)) for item in items], paragraphs


# ---------------------------------------------------------------------------- display formats

_MONEY_TEXT = re.compile(r"^\(?-?(?P<symbol>£?)(?P<digits>[\d,]*)(?:\.(?P<decimals>\d+))?(?P<suffix>[km]?)\)?$")


def _money_number_format(text: str, parentheses: bool) -> str:
    """An Excel number format that shows a money value as its display text does: "£1,627,500"
    gives '£#,##0;-£#,##0', "£325,484.88" '£#,##0.00;-£#,##0.00', "£1.63m" '£#,##0.00,,"m"'."""
    match = _MONEY_TEXT.match(text.strip())
    symbol, decimals, suffix, grouping = "£", 2, "", True
    if match:
        symbol = match["symbol"]
        decimals = len(match["decimals"] or "")
        suffix = match["suffix"]
        grouping = "," in (match["digits"] or "") or len((match["digits"] or "").replace(",", "")) < 4
    body = ("#,##0" if grouping else "0") + ("." + "0" * decimals if decimals else "")
    if suffix:
        body += ("," if suffix == "k" else ",,") + f'"{suffix}"'
    positive = symbol + body
    negative = f"({positive})" if parentheses else f"-{positive}"
    return f"{positive};{negative}"


_SCALE = {"": 1, "k": 1000, "m": 1000000}


def _shown_money(cell: _Cell) -> Decimal | None:
    """The figure a money cell's display text shows, in pounds ("£1,628k" is 1628000, "-£48k"
    -48000, "(£12.50)" -12.50), or None when the text is not a figure."""
    text = cell.text.strip()
    match = _MONEY_TEXT.match(text)
    if not match or not (match["digits"] or "").replace(",", ""):
        return None
    shown = Decimal((match["digits"] or "").replace(",", "") + (f".{match['decimals']}" if match["decimals"] else ""))
    shown *= _SCALE[match["suffix"]]
    return -shown if text.startswith(("-", "(")) else shown


def _stored(column: _Column, cell: _Cell) -> Decimal | int | float | None:
    """What a sheet stores for a figure: a money figure as its display shows it (the table's
    rounding, adjusted so that figures add up to the totals shown), so that Excel shows what
    Word and the other renderers show and its SUM formulas give the totals shown; any other
    figure exactly, in a format of the display's decimals."""
    if column.kind == "money" and (shown := _shown_money(cell)) is not None:
        return shown
    return cell.value


def _decimals(text: str) -> int:
    match = re.search(r"\.(\d+)", text)
    return len(match.group(1)) if match else 0


def _number_format(column: _Column, cell: _Cell, parentheses: bool) -> str:
    if column.kind == "money":
        return _money_number_format(cell.text, parentheses)
    if column.kind == "percent":
        decimals = _decimals(cell.text)
        return "0" + ("." + "0" * decimals if decimals else "") + "%"
    if column.kind == "count":
        return "#,##0"
    decimals = _decimals(cell.text)
    return "0" + ("." + "0" * decimals if decimals else "")


# Arial's advance widths in ems (Liberation Sans has the same metrics), for column widths.
_EM = {
    **dict.fromkeys("ijl'|", 0.222), **dict.fromkeys(" .,:;!/Ift", 0.278), **dict.fromkeys("()[]{}-r`\"", 0.333),
    **dict.fromkeys("ckszvxyJ*", 0.5), **dict.fromkeys("mM", 0.833), "w": 0.722, "W": 0.944, "%": 0.889, "•": 0.35,
    **dict.fromkeys("ABEKPSVXY", 0.667), **dict.fromkeys("CDHNRUw", 0.722), **dict.fromkeys("GOQ", 0.778),
    "F": 0.611, "T": 0.611, "Z": 0.611, "L": 0.556, "@": 1.015,
}


def _text_points(text: str, size: float = 10.0, bold: bool = False) -> float:
    """The width of `text` in points, set in Arial at `size`."""
    ems = sum(_EM.get(ch, 0.556) for ch in text)
    return ems * size * (1.07 if bold else 1.0)


def _longest_word(text: str) -> str:
    words = text.split()
    return max(words, key=len) if words else ""


# ---------------------------------------------------------------------------- Word

_TABLE_TEXT = "Table Text"
_TABLE_NOTE = "Table Note"
_HEADER_FILL = "F3F2F1"
_RULE_COLOUR = "B1B4B6"
_TOTAL_RULE_COLOUR = "0B0C0C"


def to_docx(
    tables_or_table: Any,
    path: str | Path | None = None,
    *,
    paragraphs: Iterable[str] = (),
    title: str | None = None,
    document: Any = None,
    charts: Iterable[Any] = (),
) -> Any:
    """Write report tables, and charts, into a Word document.

    Each table becomes a real Word table under a caption ("Table 2: Current spend per annum
    on these contracts", Word's Caption style with a SEQ field, so a table of tables works),
    with its notes and source below in a smaller font. The header row repeats on every page;
    money, percentage, count and number cells are right-aligned and show the display text;
    a list of points is one "•" line per point; subtotal, total and summary rows are bold,
    with a rule above the first total. Columns are sized to their content, text columns wider.

    A table goes on a landscape page only when its columns, measured, do not fit the portrait
    width (figures at their widest, text columns at a readable width); a table that fits
    portrait stays on the landscape page before it when the rest of that page holds it. A
    table shorter than half a page is kept on one page with its caption and notes.

    Each chart becomes a picture (PNG at 300 dpi, as wide as the figure or the page, whichever
    is narrower) under a caption "Figure 1: ..." (a SEQ Figure field), after the tables and
    before the paragraphs; the caption takes the place of the chart's own title, which is left
    out of the picture (and kept in the figure).

    Parameters
    ----------
    tables_or_table : dict, object with ``to_json()``, or a list of them
        One table or several, in the shape of ``to_json_value`` (render.hpp). A whole report
        ``{"tables": [...], "paragraphs": [...]}`` is taken too; its paragraphs are used when
        ``paragraphs`` is not given.
    path : str or Path, optional
        Where to save the .docx.
    paragraphs : iterable of str
        Body text appended after the tables ("Financial implications" sentences).
    title : str, optional
        A heading before the first table.
    document : docx.Document, optional
        A document to append to (its own styles are kept); by default a new A4 document in
        Arial 11pt, tables in 10pt.
    charts : iterable of figures, or of (caption, figure) pairs
        matplotlib Figures (what :func:`profile_chart`, :func:`envelope_chart`,
        :func:`tornado_chart`, :func:`s_curve` and :func:`histogram` return, or your own), or
        paths of PNG or JPEG images. Without a caption, a figure's title is used.

    Returns
    -------
    docx.document.Document

    Raises
    ------
    InvalidInputError (a ValueError)
        A row of the wrong width (commissioning.report.001) or a cell that does not fit its
        column (commissioning.report.002); ValueError for an unknown column or row kind;
        TypeError for a chart that is neither a figure nor an image file.
    """
    import docx
    from docx.shared import Pt

    tables, report_paragraphs = _tables_and_paragraphs(tables_or_table)
    paragraphs = [str(text) for text in paragraphs] or report_paragraphs
    pictures = [_docx_picture(chart) for chart in charts]
    doc = document if document is not None else docx.Document()
    if document is None:
        _docx_house_style(doc)
    _docx_ensure_styles(doc)
    flow = _DocxFlow(doc)
    if title:
        if tables:  # the title goes on the first table's page
            flow.orient(_docx_needs_landscape(tables[0], flow.width(landscape=False)))
        doc.add_heading(title, level=1)
        flow.advance(30.0)
    for table in tables:
        _docx_table(doc, table, flow)
    for caption, png, size in pictures:
        _docx_figure(doc, caption, png, size, flow)
    if paragraphs:
        height = sum(_docx_paragraph_height(text, flow.width(landscape=False)) for text in paragraphs)
        flow.orient(False, height=height)
        for k, text in enumerate(paragraphs):
            paragraph = doc.add_paragraph(text)
            if k == 0 and (tables or pictures):
                paragraph.paragraph_format.space_before = Pt(12)
        flow.advance(height)
    if path is not None:
        doc.save(str(path))
    return doc


_PT_PER_EMU = 1 / 12700


class _DocxFlow:
    """Where the writing is: the current section's orientation and an estimate of how far down
    its current page the content has reached (points), to decide when a new page is worth it."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.used = 0.0 if _body_is_empty(doc) else self.page_height()  # after unknown content: a full page

    def _section(self) -> Any:
        return self.doc.sections[-1]

    def landscape(self) -> bool:
        section = self._section()
        return bool(section.page_width > section.page_height)

    def width(self, landscape: bool | None = None) -> float:
        """The text width in points, of the current section or of it turned to `landscape`."""
        section = self._section()
        long, short = max(section.page_width, section.page_height), min(section.page_width, section.page_height)
        turned = self.landscape() if landscape is None else landscape
        page = long if turned else short
        return float((page - section.left_margin - section.right_margin) * _PT_PER_EMU)

    def page_height(self) -> float:
        section = self._section()
        return float((section.page_height - section.top_margin - section.bottom_margin) * _PT_PER_EMU)

    def room(self) -> float:
        return self.page_height() - self.used

    def orient(self, landscape: bool, height: float | None = None) -> None:
        """Turns to `landscape` (a new section and page) unless already so; content that could go
        either way (landscape False with a `height`) stays on a landscape page that has room."""
        if self.landscape() == landscape:
            return
        if not landscape and height is not None and self.landscape() and height <= self.room():
            return
        empty = _body_is_empty(self.doc)
        _docx_orientation(self.doc, landscape)
        if not empty:
            self.used = 0.0

    def advance(self, height: float, together: bool = False) -> None:
        """Content of `height` points written; `together` when it cannot split across pages."""
        page = self.page_height()
        if together and self.used + height > page and height <= page:
            self.used = height
        else:
            self.used += height
            while self.used > page:
                self.used -= page


def _set_fonts(element: Any, name: str) -> None:
    """Sets every script's font on an rPr (theme fonts would otherwise win)."""
    from docx.oxml.ns import qn

    fonts = element.get_or_add_rFonts()
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), name)


def _docx_house_style(doc: Any) -> None:
    """A4, 2.5 cm margins, Arial 11pt body, black Arial headings and captions."""
    from docx.shared import Cm, Pt, RGBColor

    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    _set_fonts(normal.element.get_or_add_rPr(), "Arial")
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.0
    for name, size in (("Heading 1", 14), ("Heading 2", 12), ("Title", 18)):
        style = doc.styles[name]
        _set_fonts(style.element.get_or_add_rPr(), "Arial")
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = RGBColor(0x0B, 0x0C, 0x0C)
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.space_after = Pt(8)
    caption = doc.styles["Caption"]
    _set_fonts(caption.element.get_or_add_rPr(), "Arial")
    caption.font.size = Pt(11)
    caption.font.bold = True
    caption.font.italic = False
    caption.font.color.rgb = RGBColor(0x0B, 0x0C, 0x0C)


def _docx_ensure_styles(doc: Any) -> None:
    """The paragraph styles the tables use, added when the document lacks them."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    names = {style.name for style in doc.styles}
    if "Caption" not in names:
        caption = doc.styles.add_style("Caption", WD_STYLE_TYPE.PARAGRAPH)
        caption.base_style = doc.styles["Normal"]
        caption.font.bold = True
    caption = doc.styles["Caption"]
    caption.paragraph_format.keep_with_next = True
    caption.paragraph_format.space_before = Pt(12)
    caption.paragraph_format.space_after = Pt(4)
    if _TABLE_TEXT not in names:
        text = doc.styles.add_style(_TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
        text.base_style = doc.styles["Normal"]
        text.font.size = Pt(10)
        text.paragraph_format.space_before = Pt(0)
        text.paragraph_format.space_after = Pt(0)
        text.paragraph_format.line_spacing = 1.0
    if _TABLE_NOTE not in names:
        note = doc.styles.add_style(_TABLE_NOTE, WD_STYLE_TYPE.PARAGRAPH)
        note.base_style = doc.styles["Normal"]
        note.font.size = Pt(9)
        note.paragraph_format.space_before = Pt(2)
        note.paragraph_format.space_after = Pt(2)


def _body_is_empty(doc: Any) -> bool:
    from docx.oxml.ns import qn

    return not any(child.tag in (qn("w:p"), qn("w:tbl")) for child in doc.element.body)


def _docx_orientation(doc: Any, landscape: bool) -> Any:
    """The section to write into, turned to `landscape` (a new section unless nothing is written yet)."""
    from docx.enum.section import WD_ORIENT, WD_SECTION

    section = doc.sections[-1]
    if (section.page_width > section.page_height) == landscape:
        return section
    if not _body_is_empty(doc):
        section = doc.add_section(WD_SECTION.NEW_PAGE)
    width, height = section.page_width, section.page_height
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (max(width, height), min(width, height)) if landscape else (
        min(width, height), max(width, height))
    return section


def _xml(tag: str, **attributes: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for key, value in attributes.items():
        element.set(qn(f"w:{key}"), value)
    return element


def _docx_caption(doc: Any, number: int, caption: str, label: str = "Table") -> None:
    """"Table N: caption" in the Caption style, N a SEQ field (so Word can number the tables
    and list them) whose shown result is N; "Figure N: ..." for a chart."""
    paragraph = doc.add_paragraph(style="Caption")
    paragraph.add_run(f"{label} ")
    begin, instruction, separate, end = (paragraph.add_run() for _ in range(4))
    begin._r.append(_xml("w:fldChar", fldCharType="begin"))
    code = _xml("w:instrText")
    code.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    code.text = f" SEQ {label} \\* ARABIC "
    instruction._r.append(code)
    separate._r.append(_xml("w:fldChar", fldCharType="separate"))
    result = paragraph.add_run(str(number))
    result._r.addnext(end._r)  # begin, code, separate, result, end
    end._r.append(_xml("w:fldChar", fldCharType="end"))
    if caption:
        paragraph.add_run(f": {caption}")


_DOCX_CELL_MARGINS = 10.0  # Word's cell margins as the tables set them, 5pt a side
_DOCX_PADDING = _DOCX_CELL_MARGINS + 2.0  # a column's width: its text, the margins and a little air
_DOCX_READABLE = 60.0  # points: about 12 characters of Arial 10pt, the narrowest a wrapping text column reads well
_DOCX_LINE = 11.5  # points: a line of Arial 10pt, single spaced
_DOCX_SLACK = 1.04  # the estimate of Arial's widths errs on the narrow side


def _docx_measure(table: _Table, available: float) -> tuple[list[float], list[float], list[bool]]:
    """Each column's wanted width, its floor and whether it is a figure column (fixed width)."""
    bullet = 9.0
    wants, floors, fixed = [], [], []
    for index, column in enumerate(table.columns):
        cells = [(cell, row.kind != "body") for row in table.rows if (cell := row.cells[index]) is not None]
        heading_word = _text_points(_longest_word(column.heading), bold=True)
        if column.numeric:
            widest = max((_text_points(cell.text, bold=bold) for cell, bold in cells), default=0.0)
            want = max(widest, heading_word, _text_points(column.heading, bold=True) / 2) * _DOCX_SLACK + _DOCX_PADDING
            wants.append(want)
            floors.append(want)
            fixed.append(True)
            continue
        natural = _text_points(column.heading, bold=True)
        longest_word = heading_word
        for cell, bold in cells:
            indent = bullet if cell.items is not None else 0.0
            for line in cell.lines:
                natural = max(natural, _text_points(line, bold=bold) + indent)
                longest_word = max(longest_word, _text_points(_longest_word(line), bold=bold) + indent)
        wants.append(min(natural * _DOCX_SLACK, 0.5 * available) + _DOCX_PADDING)
        floors.append(longest_word * _DOCX_SLACK + _DOCX_PADDING)
        fixed.append(False)
    return wants, floors, fixed


def _docx_needs_landscape(table: _Table, portrait: float) -> bool:
    """Whether a table's columns, measured, need more than the portrait text width `portrait`
    (points): figures at their widest, text columns at their natural width up to a readable
    one (60pt, about 12 characters, or their longest word when that is wider)."""
    wants, floors, fixed = _docx_measure(table, portrait)
    needed = sum(want if is_fixed else min(want, max(floor, _DOCX_READABLE + _DOCX_PADDING))
                 for want, floor, is_fixed in zip(wants, floors, fixed))
    return needed > portrait


def _docx_widths(table: _Table, available: float) -> list[float]:
    """Column widths in points: figures as wide as their widest display text, text columns
    sharing the rest by how much they hold (never narrower than their longest word)."""
    wants, floors, fixed = _docx_measure(table, available)
    if sum(wants) <= available:
        return wants
    spare = available - sum(w for w, f in zip(wants, fixed) if f)
    flexible = [i for i, f in enumerate(fixed) if not f]
    if not flexible:
        return wants
    floor_total = sum(floors[i] for i in flexible)
    widths = list(wants)
    if spare <= floor_total:
        for i in flexible:
            widths[i] = max(spare, 0.0) * floors[i] / floor_total if floor_total else spare / len(flexible)
        return widths
    extra_wanted = sum(wants[i] - floors[i] for i in flexible)
    for i in flexible:
        share = (wants[i] - floors[i]) / extra_wanted if extra_wanted else 1 / len(flexible)
        widths[i] = floors[i] + (spare - floor_total) * share
    return widths


def _lines_in(text: str, width: float, size: float = 10.0, bold: bool = False) -> int:
    """How many lines `text` wraps to in `width` points: words kept whole, except that Word
    may break after a hyphen ("long-" / "standing")."""
    lines, used = 1, 0.0
    space = _text_points(" ", size, bold)
    for word in text.split():
        for k, part in enumerate(re.findall(r"[^-]*-+|[^-]+", word)):
            w = _text_points(part, size, bold)
            gap = space if used and k == 0 else 0.0
            if used and used + gap + w > width:
                lines, used = lines + 1, w
            else:
                used += gap + w
    return lines


def _docx_table_height(table: _Table, widths: list[float], available: float) -> float:
    """An estimate, in points, of a table's height with its caption, notes and source."""
    def row_height(cells: Sequence[_Cell | None], bold: bool) -> float:
        lines = 1
        for cell, width in zip(cells, widths):
            if cell is not None:
                # the width Word wraps in: the margins only (the air is for the widths)
                inner = max(width - _DOCX_CELL_MARGINS - (9.0 if cell.items is not None else 0.0), 10.0)
                lines = max(lines, sum(_lines_in(line, inner, bold=bold) for line in cell.lines))
        return lines * _DOCX_LINE + 4.0

    height = 30.0  # the caption and the space above it
    height += row_height([_Cell(column.heading) for column in table.columns], True)
    height += sum(row_height(row.cells, row.kind != "body") for row in table.rows)
    for note in [*table.notes, *([f"Source: {table.source}"] if table.source else [])]:
        height += _lines_in(note, available, size=9.0) * 10.5 + 4.0
    return height


def _docx_paragraph_height(text: str, available: float) -> float:
    return _lines_in(text, available, size=11.0) * 12.7 + 8.0


def _docx_table(doc: Any, table: _Table, flow: _DocxFlow) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    number = len(doc.tables) + 1
    if _docx_needs_landscape(table, flow.width(landscape=False)):
        flow.orient(True)
    else:  # fits portrait: stays on a landscape page before it if there is room there
        landscape = flow.width(landscape=True)
        flow.orient(False, height=_docx_table_height(table, _docx_widths(table, landscape), landscape))
    available = flow.width()
    widths = _docx_widths(table, available)
    height = _docx_table_height(table, widths, available)
    together = height <= flow.page_height() / 2  # a small table is kept on one page
    _docx_caption(doc, number, table.caption)

    columns = table.columns
    word_table = doc.add_table(rows=1 + len(table.rows), cols=len(columns))
    if "Table Grid" in {style.name for style in doc.styles}:
        word_table.style = doc.styles["Table Grid"]
    word_table.alignment = WD_TABLE_ALIGNMENT.LEFT
    word_table.autofit = False
    properties = word_table._tbl.tblPr
    borders = _xml("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_xml(f"w:{side}", val="single", sz="4", space="0", color=_RULE_COLOUR))
    # Word insists on the schema's order of a table's properties: tblBorders before tblLayout
    # (which autofit = False wrote: a fixed layout), tblCellMar after it, tblLook last.
    for old in properties.findall(borders.tag):
        properties.remove(old)
    later = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
    properties.insert_element_before(borders, *later)
    margins = _xml("w:tblCellMar")
    for side, twips in (("top", "40"), ("left", "100"), ("bottom", "40"), ("right", "100")):
        margins.append(_xml(f"w:{side}", w=twips, type="dxa"))
    properties.insert_element_before(margins, *later[3:])

    grid = word_table._tbl.tblGrid
    for column_element, width in zip(grid.findall(grid[0].tag), widths):
        column_element.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w", str(round(width * 20)))
    alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                 "center": WD_ALIGN_PARAGRAPH.CENTER}

    def fill(cell: Any, lines: list[str], *, align: Any, bold: bool, bulleted: bool) -> None:
        paragraph = cell.paragraphs[0]
        for k, line in enumerate(lines):
            if k:
                paragraph = cell.add_paragraph()
            paragraph.style = doc.styles[_TABLE_TEXT]
            paragraph.alignment = align
            if bulleted:
                paragraph.paragraph_format.left_indent = Pt(9)
                paragraph.paragraph_format.first_line_indent = Pt(-9)
                paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(9))
                line = "•\t" + line
            if line:
                run = paragraph.add_run(line)
                run.bold = bold or None

    first_foot = next((r for r, row in enumerate(table.rows) if row.kind in ("total", "summary")), None)
    for r, word_row in enumerate(word_table.rows):
        row_properties = word_row._tr.get_or_add_trPr()
        row_properties.append(_xml("w:cantSplit"))
        if r == 0:
            row_properties.append(_xml("w:tblHeader"))
        cells = word_row.cells
        for c, (cell, column) in enumerate(zip(cells, columns)):
            cell.width = Pt(widths[c])
            if r == 0:
                fill(cell, [column.heading], align=alignment[column.align], bold=True, bulleted=False)
                cell._tc.get_or_add_tcPr().append(_xml("w:shd", val="clear", color="auto", fill=_HEADER_FILL))
                continue
            row = table.rows[r - 1]
            value = row.cells[c]
            if r - 1 == first_foot:
                cell_borders = _xml("w:tcBorders")
                cell_borders.append(_xml("w:top", val="single", sz="12", space="0", color=_TOTAL_RULE_COLOUR))
                cell._tc.get_or_add_tcPr().append(cell_borders)
            bold = row.kind != "body"
            if value is None:
                fill(cell, [""], align=alignment[column.align], bold=bold, bulleted=False)
            else:
                fill(cell, value.lines, align=alignment[column.align], bold=bold, bulleted=value.items is not None)

    notes = [*table.notes, *([f"Source: {table.source}"] if table.source else [])]
    if together:  # every row kept with the next, the last with the first note, each note with the next
        last = len(word_table.rows) - 1
        for r, word_row in enumerate(word_table.rows):
            if r < last or notes:
                for cell in word_row.cells:
                    for paragraph in cell.paragraphs:
                        paragraph.paragraph_format.keep_with_next = True
    for k, note in enumerate(notes):
        paragraph = doc.add_paragraph(note, style=_TABLE_NOTE)
        if together and k + 1 < len(notes):
            paragraph.paragraph_format.keep_with_next = True
    flow.advance(height, together=together)


def _docx_picture(chart: Any) -> tuple[str, bytes, tuple[float, float]]:
    """A chart as (caption, PNG or JPEG bytes, size in inches): a matplotlib Figure (saved at
    300 dpi), a (caption, figure) pair, or the path of an image file."""
    import io

    caption = None
    if isinstance(chart, tuple) and len(chart) == 2 and isinstance(chart[0], str):
        caption, chart = chart
    if isinstance(chart, (str, Path)):
        data = Path(chart).read_bytes()
        if not (data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8")):
            raise TypeError(f"chart {str(chart)!r} is not a PNG or JPEG image")
        return caption or Path(chart).stem, data, (0.0, 0.0)
    if not callable(getattr(chart, "savefig", None)):
        raise TypeError(f"expected a chart: a matplotlib Figure, a (caption, figure) pair or an image's path; "
                        f"got {type(chart).__name__}")
    if caption is None:
        caption = _figure_title(chart)
    # The caption takes the place of the chart's own title (Word's "Figure 1: ..." above a
    # picture saying the same again reads twice): hidden for the picture, then shown again.
    titles = [text for text in [getattr(chart, "_suptitle", None),
                                *(ax.title for ax in getattr(chart, "axes", []))] if text is not None]
    titles += [text for ax in getattr(chart, "axes", []) for text in (getattr(ax, "_left_title", None),
                                                                       getattr(ax, "_right_title", None)) if text]
    shown = [(text, text.get_visible(), text.get_in_layout()) for text in titles if caption and text.get_text()]
    buffer = io.BytesIO()
    try:
        for text, _, _ in shown:  # hidden, and out of the layout so that no gap is left for it
            text.set_visible(False)
            text.set_in_layout(False)
        chart.savefig(buffer, format="png", dpi=300, metadata={"Software": None})
    finally:
        for text, visible, in_layout in shown:
            text.set_visible(visible)
            text.set_in_layout(in_layout)
    return caption, buffer.getvalue(), (float(chart.get_figwidth()), float(chart.get_figheight()))


def _figure_title(figure: Any) -> str:
    """A figure's title: its suptitle, or its first axes' title (one line)."""
    suptitle = getattr(figure, "_suptitle", None)
    texts = [suptitle.get_text() if suptitle is not None else ""]
    texts += [ax.get_title(loc) for ax in getattr(figure, "axes", []) for loc in ("center", "left", "right")]
    return " ".join(next((t for t in texts if t.strip()), "").split())


def _docx_figure(doc: Any, caption: str, image: bytes, size: tuple[float, float], flow: _DocxFlow) -> None:
    """A picture, at most the text width, under "Figure N: caption", kept together."""
    import io

    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    width_in, height_in = size
    portrait = flow.width(landscape=False)
    if width_in <= 0:  # an image file: as wide as the text
        width = portrait
        height = portrait * 0.6
    else:
        width = min(width_in * 72, portrait)
        height = width * height_in / width_in
    flow.orient(False, height=height + 30)
    number = 1 + sum(1 for p in doc.paragraphs if p.style is not None and p.style.name == "Caption"
                     and p.text.startswith("Figure "))
    _docx_caption(doc, number, caption, label="Figure")
    paragraph = doc.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    paragraph.paragraph_format.space_after = Pt(8)
    run = paragraph.add_run()
    if width_in <= 0:
        run.add_picture(io.BytesIO(image), width=Pt(width))
    else:
        run.add_picture(io.BytesIO(image), width=Pt(width), height=Pt(height))
    flow.advance(height + 30, together=True)


# ---------------------------------------------------------------------------- Excel

_INVALID_SHEET = re.compile(r"[\[\]:*?/\\]")


def to_xlsx(
    tables_or_table: Any,
    path: str | Path | None = None,
    *,
    sheet_names: Sequence[str] | None = None,
    workbook: Any = None,
) -> Any:
    """Write report tables into an Excel workbook, one sheet a table.

    Each sheet has the caption in A1, a bold shaded header row (frozen), and the figures
    stored as numbers, not text: money with a £ format of the display's decimals
    ('£#,##0.00;-£#,##0.00', or '£#,##0;-£#,##0' for whole pounds), percentages as 0.0%,
    counts as #,##0. Money is stored as the table shows it (in its unit, rounded so that the
    figures add up to the totals shown), so that the workbook shows the figures the Word
    document and the paper show, to the pound; a note under a table so stored says so, and the
    exact figures stay in the CSV and JSON outputs. Subtotals and totals are ``=SUM(...)`` formulas over the rows they add
    up, so the sheet stays live when a figure is changed:

    - a **subtotal** sums its group: the body rows directly above it, back to the previous
      subtotal, total or summary row (or the header), and within those back to the row where
      the group's label starts in the first text column (a label and the blank cells under it,
      as in "C. Family Support" / "Project Salus", or a run of rows repeating one label);
      when the rows carry a ``"group"`` (the C++ row's group, -1 for none), the subtotal sums
      its group's rows instead;
    - a **total** sums every body row above it (equivalently its subtotals and the rows in no
      group);
    - a **summary** row is a given figure and is written as its value.

    Each formula is checked, in exact decimals, against the figure the table gives. If the
    group's rows do not add up to it, the whole run of body rows above, then each shorter run
    ending just above, is tried; if none adds up to the penny, the figure is written as a
    value with a cell comment saying so, never a formula showing another figure.
    Lists of points are lines in one wrapped cell; notes and the source follow the table.

    Parameters
    ----------
    tables_or_table : dict, object with ``to_json()``, or a list of them
        As for :func:`to_docx`.
    path : str or Path, optional
        Where to save the .xlsx.
    sheet_names : sequence of str, optional
        One name a table (1 to 31 characters, none of ``[]:*?/\\``, no apostrophe at either
        end, unique whatever the case); by default the captions, with those characters dropped,
        a word that dropping doubles said once ("Carers' support budget: budget and
        commitments" gives "Carers' support budget and"), cut at a word to 31 characters and
        made unique case-insensitively with " (2)", " (3)", ...
    workbook : openpyxl.Workbook, optional
        A workbook to add the sheets to; by default a new one.

    Returns
    -------
    openpyxl.Workbook
    """
    from openpyxl import Workbook

    tables, _ = _tables_and_paragraphs(tables_or_table)
    if sheet_names is not None:
        sheet_names = [str(name) for name in sheet_names]
        if len(sheet_names) != len(tables):
            raise ValueError(f"{len(sheet_names)} sheet names for {len(tables)} tables")
        for name in sheet_names:
            if (problem := _sheet_name_problem(name)) is not None:
                raise ValueError(f"{name!r} cannot name a sheet: {problem}")
    if workbook is None:
        book = Workbook()
        if (blank := book.active) is not None:  # a new workbook's one empty sheet
            book.remove(blank)
    else:
        book = workbook
    taken = {sheet.title.lower() for sheet in book.worksheets}
    for index, table in enumerate(tables):
        if sheet_names is not None:
            name = sheet_names[index]
        else:
            name = _sheet_name(table.caption or f"Table {index + 1}", taken)
        if name.lower() in taken:
            raise ValueError(f"the workbook already has a sheet named {name!r}")
        taken.add(name.lower())
        _xlsx_sheet(book.create_sheet(name), table)
    if path is not None:
        book.save(str(path))
    return book


_SHEET_NAME_LIMIT = 31  # Excel's limit on a sheet's name


def _sheet_name_problem(name: str) -> str | None:
    """Why Excel would refuse `name` for a sheet, or None."""
    if not name or len(name) > _SHEET_NAME_LIMIT:
        return f"1 to {_SHEET_NAME_LIMIT} characters"
    if _INVALID_SHEET.search(name):
        return "none of []:*?/\\"
    if name.startswith("'") or name.endswith("'"):
        return "not beginning or ending with an apostrophe"
    if name.lower() == "history":
        return "not 'History', which Excel keeps for itself"
    return None


def _without_doubled_words(text: str) -> str:
    """"Carers' support budget budget and commitments" -> "Carers' support budget and
    commitments": a word repeated next to itself (case-insensitively) once."""
    words: list[str] = []
    for word in text.split():
        if not words or word.lower() != words[-1].lower():
            words.append(word)
    return " ".join(words)


def _sheet_name(caption: str, taken: set[str]) -> str:
    """A sheet's name from a caption: Excel's forbidden characters dropped, a word doubled by
    that dropped, cut at a word to 31 characters, and unique case-insensitively in `taken`
    (" (2)", " (3)", ... within the 31)."""
    base = _without_doubled_words(_INVALID_SHEET.sub(" ", caption)).strip().strip("'").strip() or "Table"

    def cut(text: str, limit: int) -> str:
        if len(text) <= limit:
            return text
        head = text[: limit + 1]
        shortened = head.rsplit(" ", 1)[0] if " " in head else text[:limit]
        return shortened.rstrip(" ,;:-'") or text[:limit]

    base = cut(base, _SHEET_NAME_LIMIT)
    if base.lower() == "history":
        base = "History table"
    name, k = base, 2
    while name.lower() in taken:
        suffix = f" ({k})"
        name = cut(base, _SHEET_NAME_LIMIT - len(suffix)) + suffix
        k += 1
    return name


def _ranges(letter: str, rows: list[int]) -> str:
    """"C3:C5,C7" for the sheet rows 3, 4, 5 and 7."""
    parts, start = [], None
    for k, row in enumerate(rows):
        if start is None:
            start = row
        if k + 1 == len(rows) or rows[k + 1] != row + 1:
            parts.append(f"{letter}{start}" if start == row else f"{letter}{start}:{letter}{row}")
            start = None
    return ",".join(parts)


def _label_column(table: _Table) -> int | None:
    return next((i for i, column in enumerate(table.columns) if column.kind == "text"), None)


def _subtotal_candidates(table: _Table, r: int) -> list[list[int]]:
    """The body rows a subtotal at row `r` may sum, most likely first: its group as the
    docstring of to_xlsx describes, then the whole run of body rows above it, then each
    shorter run ending just above it."""
    start = r
    while start > 0 and table.rows[start - 1].kind == "body":
        start -= 1
    run = list(range(start, r))
    candidates = []
    group = table.rows[r].group
    if group is not None:  # the JSON says which rows the subtotal closes
        candidates.append([k for k in range(r) if table.rows[k].kind == "body" and table.rows[k].group == group])
    if not run:
        return [c for c in candidates if c]
    label_column = _label_column(table)
    if label_column is not None:
        label, first = None, r
        for k in reversed(run):
            cell = table.rows[k].cells[label_column]
            text = cell.text.strip() if cell is not None else ""
            if label is None:
                first = k
                label = text or None
            elif text == label:
                first = k
            else:
                break
        candidates.append(list(range(first, r)))
    candidates.append(run)
    candidates.extend(run[k:] for k in range(len(run) - 1, 0, -1))
    unique: list[list[int]] = []
    for candidate in candidates:
        if candidate and candidate not in unique:
            unique.append(candidate)
    return unique


def _sums_to(table: _Table, parts: list[int], r: int, columns: list[int]) -> bool:
    for c in columns:
        target = table.rows[r].cells[c]
        if target is None:
            continue
        # A summed column's cells all hold a figure (_parse_cell refuses one without a value).
        column = table.columns[c]
        total = Decimal(0)  # a summed column holds Decimals (money) or ints (counts): both add exactly
        for k in parts:
            cell = table.rows[k].cells[c]
            value = None if cell is None else _stored(column, cell)
            if isinstance(value, (Decimal, int)):
                total += value
        if total != _stored(column, target):
            return False
    return True


def _summed_rows(table: _Table) -> dict[int, list[int] | None]:
    """For each subtotal and total row, the body rows its formulas sum (None: none that reproduce it)."""
    summed = [c for c, column in enumerate(table.columns) if column.kind in _SUMMED]
    plan: dict[int, list[int] | None] = {}
    for r, row in enumerate(table.rows):
        if row.kind == "subtotal":
            candidates = _subtotal_candidates(table, r)
            plan[r] = next((parts for parts in candidates if _sums_to(table, parts, r, summed)), None)
        elif row.kind == "total":
            parts = [k for k in range(r) if table.rows[k].kind == "body"]
            plan[r] = parts if _sums_to(table, parts, r, summed) else None
    return plan


def _wrapped_lines(text: str, width: float) -> int:
    """How many lines `text` takes in a wrapped cell `width` characters wide (Arial 10pt fits
    about 1.3 characters a unit of column width)."""
    if not text:
        return 1
    return len(textwrap.wrap(text, max(int(width * 1.3), 1), break_long_words=True) or [""])


def _xlsx_sheet(sheet: Any, table: _Table) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    header_row, first_row = 2, 3
    font = Font(name="Arial", size=10)
    bold = Font(name="Arial", size=10, bold=True)
    thin = Side(style="thin", color=_RULE_COLOUR)
    heavy = Side(style="medium", color=_TOTAL_RULE_COLOUR)
    horizontal = {"left": "left", "right": "right", "center": "center"}
    # Figures are kept a character clear of the text in the next column ("£0  Not met").
    indent = {"left": 0, "right": 1, "center": 0}
    columns = table.columns
    letters = [get_column_letter(c + 1) for c in range(len(columns))]
    parentheses = [any(cell is not None and cell.text.startswith("(") for cell in (row.cells[c] for row in table.rows))
                   for c in range(len(columns))]

    # Column widths, in characters of the default font.
    widths: list[float] = []
    cap = 50 if len(columns) <= 3 else 40 if len(columns) <= 5 else 30
    for c, column in enumerate(columns):
        cells = [shown for row in table.rows if (shown := row.cells[c]) is not None]
        if column.numeric:
            widest = max((len(cell.text) for cell in cells), default=0)
            widths.append(max(widest + 3, len(_longest_word(column.heading)) + 2, 10))
        else:
            lines = [len(line) + (2 if cell.items else 0) for cell in cells for line in cell.lines]
            natural = max(lines + [len(column.heading)])
            widths.append(min(max(natural + 2, 10), cap))
    # Too wide for a landscape page at 100%: the text columns give way (they wrap), down to
    # their longest word, so that fit-to-width does not shrink the print below legibility.
    if sum(widths) > _XLSX_LANDSCAPE_WIDTH:
        text_columns = [c for c, column in enumerate(columns) if not column.numeric]
        floors = {}
        for c in text_columns:
            words = [len(_longest_word(line)) for row in table.rows if (shown := row.cells[c]) is not None
                     for line in shown.lines]
            floors[c] = min(widths[c], max([12, len(_longest_word(columns[c].heading)) + 2, *(w + 3 for w in words)]))
        excess = sum(widths) - _XLSX_LANDSCAPE_WIDTH
        give = sum(widths[c] - floors[c] for c in text_columns)
        if give > 0:
            for c in text_columns:
                widths[c] -= min(excess, give) * (widths[c] - floors[c]) / give
        widths = [round(width, 1) for width in widths]
    for letter, width in zip(letters, widths):
        sheet.column_dimensions[letter].width = width

    heights = [_wrapped_lines(column.heading, widths[c] - 1) for c, column in enumerate(columns)]
    sheet.row_dimensions[header_row].height = 12.75 * max(heights) + 4
    for c, column in enumerate(columns):
        cell = sheet.cell(row=header_row, column=c + 1, value=column.heading)
        cell.data_type = "s"
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor=_HEADER_FILL)
        cell.alignment = Alignment(horizontal=horizontal[column.align], indent=indent[column.align], vertical="top",
                                   wrap_text=True)
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)

    plan = _summed_rows(table)
    rounded = False  # a money figure stored as shown, not exactly
    sheet_row = {r: first_row + r for r in range(len(table.rows))}
    first_foot = next((r for r, row in enumerate(table.rows) if row.kind in ("total", "summary")), None)
    for r, row in enumerate(table.rows):
        excel_row = sheet_row[r]
        lines_needed = 1
        for c, (value, column) in enumerate(zip(row.cells, columns)):
            cell = sheet.cell(row=excel_row, column=c + 1)
            cell.font = bold if row.kind != "body" else font
            cell.border = Border(top=heavy if r == first_foot else thin, bottom=thin, left=thin, right=thin)
            wrap = False
            if value is None:
                pass
            elif column.kind == "text":
                if value.items is not None:
                    cell.value = "\n".join(f"• {item}" for item in value.items)
                    needed = sum(_wrapped_lines(f"• {item}", widths[c] - 2) for item in value.items)
                    lines_needed = max(lines_needed, needed)
                    wrap = True
                else:
                    cell.value = value.text
                    needed = _wrapped_lines(value.text, widths[c] - 2)
                    wrap = needed > 1
                    lines_needed = max(lines_needed, needed)
                cell.data_type = "s"  # text is text, even "=..."
            else:
                number = _stored(column, value)
                rounded |= column.kind == "money" and number != value.value
                cell.value = float(number) if isinstance(number, Decimal) else number
                cell.number_format = _number_format(column, value, parentheses[c])
                if row.kind in ("subtotal", "total") and column.kind in _SUMMED:
                    parts = plan[r]  # _summed_rows plans every subtotal and total row
                    if parts:
                        cell.value = f"=SUM({_ranges(letters[c], [sheet_row[k] for k in parts])})"
                    elif parts is None:
                        cell.comment = Comment(
                            f"The figure the report gives ({value.text}); no rows above add up to it, "
                            "so it is not a formula.", "commissioning")
                elif row.kind == "summary" and column.kind in _SUMMED:
                    # A summary is a figure given, not a sum ("Total revised projected spend"),
                    # but one that is the sum of the body rows above ("Total" under an
                    # envelope, whose running column cannot be added) is written as that sum.
                    parts = [k for k in range(r) if table.rows[k].kind == "body"]
                    if parts and _sums_to(table, parts, r, [c]):
                        cell.value = f"=SUM({_ranges(letters[c], [sheet_row[k] for k in parts])})"
            cell.alignment = Alignment(horizontal=horizontal[column.align], indent=indent[column.align], vertical="top",
                                       wrap_text=wrap)
        if lines_needed > 1:
            sheet.row_dimensions[excel_row].height = 12.75 * lines_needed + 4

    # Notes, the source and the caption span the table's width and wrap there, so a long note
    # neither widens a column nor stretches the printed width (which fit-to-width would then
    # shrink to fit).
    last_letter = letters[-1]
    span = sum(widths)

    def spanning(excel_row: int, text: str, cell_font: Any, line_height: float) -> None:
        cell = sheet.cell(row=excel_row, column=1, value=text)
        cell.data_type = "s"
        cell.font = cell_font
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        if len(columns) > 1:
            sheet.merge_cells(f"A{excel_row}:{last_letter}{excel_row}")
        lines = _wrapped_lines(text, span - 2)
        sheet.row_dimensions[excel_row].height = line_height * lines + 4

    spanning(1, table.caption, Font(name="Arial", size=12, bold=True), 15.0)
    below = first_row + len(table.rows) + 1
    note_font = Font(name="Arial", size=9)
    stored = ["Money figures are stored as shown, so that they add up as shown; the exact figures are in the "
              "report's CSV and JSON."] if rounded else []
    for text in [*table.notes, *([f"Source: {table.source}"] if table.source else []), *stored]:
        spanning(below, text, note_font, 11.5)
        below += 1

    sheet.freeze_panes = sheet.cell(row=first_row, column=1)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_area = f"A1:{last_letter}{max(below - 1, first_row + len(table.rows) - 1)}"
    # Portrait when the columns fit an A4 page's width at 100% (about 90 characters of Arial
    # 10pt between 1.8 cm margins), landscape when they fit its length (about 130), and in
    # either case fitted to one page wide.
    sheet.page_setup.orientation = "portrait" if span <= _XLSX_PORTRAIT_WIDTH else "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left = sheet.page_margins.right = 0.7
    sheet.print_options.horizontalCentered = False


# The width of an A4 page inside 1.8 cm margins, in Excel's width units (characters of the
# default font, about 7 pixels, 5.25 points at 96 dpi).
_XLSX_PORTRAIT_WIDTH = 90
_XLSX_LANDSCAPE_WIDTH = 135


# ---------------------------------------------------------------------------- charts

# Okabe and Ito's palette, distinguishable with every common form of colour blindness.
PALETTE = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
    "black": "#000000",
}
_GRID = "#DDDDDD"
_INK = "#0B0C0C"


def _font_family() -> list[str]:
    from matplotlib import font_manager

    present = {font.name for font in font_manager.fontManager.ttflist}
    return [name for name in ("Arial", "Liberation Sans", "Helvetica") if name in present] + ["DejaVu Sans"]


def _style() -> dict[RcKeyType, Any]:
    from cycler import cycler

    return {
        "font.family": _font_family(),
        "font.size": 10,
        "axes.titlesize": 12,
        "axes.titleweight": "bold",
        "axes.titlelocation": "left",
        "axes.titlepad": 12,
        "axes.labelcolor": _INK,
        "axes.edgecolor": "#6F777B",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.prop_cycle": cycler(color=[PALETTE[k] for k in ("blue", "orange", "green", "vermillion", "purple")]),
        "xtick.color": _INK,
        "ytick.color": _INK,
        "legend.frameon": False,
        "svg.hashsalt": "commissioning",  # the same SVG for the same chart
    }


def _figure(size: tuple[float, float], ax: Any) -> tuple[Any, Any]:
    """A new figure and axes (or the axes given), styled so that what is drawn later, outside
    the style's rc context (ticks are made at draw time), still looks the same."""
    from ._chart import ChartFigure

    if ax is None:
        figure = ChartFigure(figsize=size, layout="constrained")
        ax = figure.add_subplot()
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=10, labelcolor=_INK, color="#6F777B", labelfontfamily=_font_family())
    return ax.figure, ax


def _title(figure: Any, ax: Any, title: str, own: bool) -> None:
    """The title, left-aligned with the figure (wrapped to fit), or over the axes given."""
    if not title:
        return
    if not own:
        ax.set_title(title)
        return
    width = figure.get_figwidth() * 72 / (12 * 0.6)  # characters of 12pt bold that fit
    figure.suptitle(textwrap.fill(title, max(int(width), 20), break_on_hyphens=False), x=0.01, ha="left",
                    fontsize=12, fontweight="bold", color=_INK)


def _save(figure: Any, path: str | Path | None) -> None:
    if path is None:
        return
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in ("png", "svg", "pdf"):
        raise ValueError(f"cannot tell the format of {str(path)!r}: name a .png, .svg or .pdf file")
    metadata = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None}}[suffix]
    figure.savefig(str(path), format=suffix, dpi=150, metadata=metadata)


def _amount(value: Any, what: str) -> float:
    """Pounds as a float, from Money, Decimal, a number or text such as "£1,234.56"."""
    pounds = getattr(value, "pounds", None)
    if pounds is not None:
        value = pounds
    if isinstance(value, bool) or value is None:
        raise ValueError(f"{what}: {value!r} is not an amount")
    if isinstance(value, str):
        text = value.strip().replace(",", "").replace("£", "")
        negative = text.startswith("(") and text.endswith(")")
        try:
            number = float(Decimal(text.strip("()")))
        except InvalidOperation:
            raise ValueError(f"{what}: cannot read {value!r} as an amount") from None
        value = -number if negative else number
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what}: {value!r} is not an amount") from None
    if not math.isfinite(number):
        raise ValueError(f"{what}: {value!r} is not a finite amount")
    return number


def _money_text(value: float, compact: bool = True) -> str:
    """"£1.54m", "£325k", "£950" (compact) or "£1,536,087"."""
    sign = "-" if value < 0 else ""
    size = abs(value)
    if compact and size >= 999_500:
        text = f"{size / 1e6:.2f}".rstrip("0").rstrip(".") + "m"
    elif compact and size >= 10_000:
        text = f"{size / 1e3:,.0f}k"
    else:
        text = f"{size:,.0f}"
    return f"{sign}£{text}"


def _money_axis(axis: Any) -> None:
    from matplotlib.ticker import Formatter

    class MoneyFormatter(Formatter):
        """£ ticks in one unit for the axis: £, £k or £m, with as few decimals as the steps allow."""

        def __init__(self) -> None:
            self.unit, self.divisor, self.decimals = "", 1.0, 0

        def set_locs(self, locs: Any) -> None:
            super().set_locs(locs)
            values = sorted(abs(float(v)) for v in locs)
            biggest = values[-1] if values else 0.0
            steps = [b - a for a, b in zip(sorted(float(v) for v in locs), sorted(float(v) for v in locs)[1:])]
            step = min((s for s in steps if s > 0), default=biggest or 1.0)
            if biggest >= 1e6:
                self.unit, self.divisor = "m", 1e6
            elif biggest >= 1e4:
                self.unit, self.divisor = "k", 1e3
            else:
                self.unit, self.divisor = "", 1.0
            scaled = step / self.divisor
            self.decimals = 0 if scaled >= 1 else min(3, max(0, -math.floor(math.log10(scaled) + 1e-9)))

        def __call__(self, x: float, pos: int | None = None) -> str:
            shown = f"{abs(x) / self.divisor:,.{self.decimals}f}"
            if float(shown.replace(",", "")) == 0:
                return "£0"
            sign = "-" if x < 0 and float(shown.replace(",", "")) != 0 else ""
            return f"{sign}£{shown}{self.unit}"

    axis.set_major_formatter(MoneyFormatter())


def _pairs(data: Any, what: str) -> list[tuple[str, float]]:
    """(label, pounds) pairs from a Series, a DataFrame, a mapping, pairs, or an object with
    ``to_pandas()`` or ``years`` (a FinancialYearProfile)."""
    years = getattr(data, "years", None)
    if years is not None and not _is_pandas(data) and not isinstance(data, Mapping):
        # A FinancialYearProfile (no pandas needed): its years' labels and amounts.
        return [(str(year.year.label), _amount(year.amount, f"{what} {year.year.label}")) for year in years]
    if hasattr(data, "to_pandas") and not _is_pandas(data):
        data = data.to_pandas()
    if _is_pandas(data):
        if data.ndim == 2:
            data = _frame_amounts(data, what)
        return [(str(label), _amount(value, f"{what} {label}")) for label, value in data.items()]
    if isinstance(data, Mapping):
        return [(str(label), _amount(value, f"{what} {label}")) for label, value in data.items()]
    if isinstance(data, (str, bytes)) or not isinstance(data, Iterable):
        raise TypeError(f"{what}: expected a Series, a DataFrame or (label, amount) pairs; got {type(data).__name__}")
    pairs = []
    for item in data:
        if not isinstance(item, Sequence) or isinstance(item, (str, bytes)) or len(item) != 2:
            raise ValueError(f"{what}: expected (label, amount) pairs; got {item!r}")
        pairs.append((str(item[0]), _amount(item[1], f"{what} {item[0]}")))
    return pairs


def _is_pandas(data: Any) -> bool:
    return type(data).__module__.startswith("pandas") and hasattr(data, "ndim")


def _frame_amounts(frame: Any, what: str, column: str = "amount") -> Any:
    """A frame's amounts as a Series indexed by year: its `column` (or its only column),
    indexed by its financial_year or year column if it has one."""
    for label in ("financial_year", "year"):
        if label in frame.columns:
            frame = frame.set_index(label)
            break
    if column in frame.columns:
        return frame[column]
    if len(frame.columns) == 1:
        return frame[frame.columns[0]]
    raise ValueError(f"{what}: the DataFrame needs an {column!r} column; it has {list(frame.columns)}")


def _bar_labels(ax: Any, bars: Any, values: list[float]) -> None:
    compact = len(values) > 8 or max((abs(v) for v in values), default=0) >= 10_000_000
    ax.bar_label(bars, labels=[_money_text(v, compact=compact) for v in values], padding=3, fontsize=8.5, color=_INK)


def _value_grid(ax: Any, axis: str = "y") -> None:
    ax.grid(axis=axis, color=_GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    ax.tick_params(length=0, axis=axis)


def profile_chart(
    profile: Any,
    path: str | Path | None = None,
    *,
    title: str = "Spend by financial year",
    ylabel: str = "Amount",
    ax: Any = None,
) -> Any:
    """Bars of the money in each financial year, labelled with the amounts.

    Parameters
    ----------
    profile : FinancialYearProfile, Series, DataFrame, mapping or list of (label, amount)
        A contract's ``profile()``, or anything with ``to_pandas()``; a Series indexed by
        year; a DataFrame with an ``amount`` column (indexed by year or with a
        ``financial_year`` column); or pairs such as ``[("2016-17", "£298,360.33"), ...]``.
        Amounts may be Money, Decimal, numbers or text.
    path : str or Path, optional
        Saves the chart as PNG, SVG or PDF, by the suffix.
    title, ylabel : str
    ax : matplotlib Axes, optional
        Draws into these axes instead of a new figure.

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib

    pairs = _pairs(profile, "profile")
    if not pairs:
        raise ValueError("profile: nothing to chart")
    labels, values = [p[0] for p in pairs], [p[1] for p in pairs]
    with matplotlib.rc_context(_style()):
        own = ax is None
        figure, ax = _figure((max(6.0, 0.9 * len(pairs) + 2.5), 4.5), ax)
        bars = ax.bar(range(len(values)), values, width=0.62, color=PALETTE["blue"])
        ax.set_xticks(range(len(labels)), labels, rotation=45 if len(labels) > 10 else 0,
                      ha="right" if len(labels) > 10 else "center")
        _bar_labels(ax, bars, values)
        _money_axis(ax.yaxis)
        _value_grid(ax)
        ax.tick_params(axis="x", length=0)
        ax.set_xlabel("Financial year")
        ax.set_ylabel(ylabel)
        _title(figure, ax, title, own)
        ax.margins(y=0.12)
        total = sum(values)
        ax.text(1.0, 1.02, f"Total {_money_text(total, compact=False)}", transform=ax.transAxes, ha="right",
                va="bottom", fontsize=9, color=_INK)
        _save(figure, path)
    return figure


def envelope_chart(
    available: Any,
    committed: Any = None,
    path: str | Path | None = None,
    *,
    title: str = "Committed spend against the budget envelope",
    cumulative: bool = True,
    ax: Any = None,
) -> Any:
    """Committed spend against the money available, by financial year.

    With ``cumulative=True`` (the default) two lines run up year by year: the envelope's
    cumulative total and the cumulative commitments, the gap between them shaded as headroom
    (green) or shortfall (vermillion). With ``cumulative=False``, bars of each year's
    commitments (vermillion in a year over the envelope) against a step line of what is
    available that year.

    Parameters
    ----------
    available : EnvelopePosition, DataFrame, amount, or by-year amounts
        An envelope position (``cm.assess(...)``) or its ``to_pandas()`` frame, with
        ``available`` and ``committed`` by year (then leave ``committed`` out); or the money
        available each year, as for :func:`profile_chart`, or one amount for every year.
    committed : by-year amounts, optional
        The commitments by year, as for :func:`profile_chart`.
    path : str or Path, optional
        Saves the chart as PNG, SVG or PDF, by the suffix.
    title : str
    cumulative : bool
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib

    positions = getattr(available, "years", None) if not _is_pandas(available) else None
    if committed is None and positions is not None and all(hasattr(y, "committed") for y in positions):
        # An EnvelopePosition (no pandas needed): each year's available and committed.
        spend = [(str(y.year.label), _amount(y.committed, f"committed {y.year.label}")) for y in positions]
        budget = {str(y.year.label): _amount(y.available, f"available {y.year.label}") for y in positions}
    elif committed is None:
        frame = available.to_pandas() if hasattr(available, "to_pandas") and not _is_pandas(available) else available
        if not (_is_pandas(frame) and frame.ndim == 2 and {"available", "committed"} <= set(frame.columns)):
            raise ValueError("envelope_chart: give an envelope position (or its DataFrame with 'available' and "
                             "'committed' columns), or both available and committed")
        spend = _pairs(_frame_amounts(frame, "committed", "committed"), "committed")
        budget = dict(_pairs(_frame_amounts(frame, "available", "available"), "available"))
    else:
        spend = _pairs(committed, "committed")
        if _is_scalar_amount(available):
            each = _amount(available, "available")
            budget = {label: each for label, _ in spend}
        else:
            budget = dict(_pairs(available, "available"))
    years = list(budget)
    years += [label for label, _ in spend if label not in budget]
    if all(re.fullmatch(r"\d{4}-\d{2}", year) for year in years):
        years.sort()
    if not years:
        raise ValueError("envelope_chart: nothing to chart")
    spent = dict(spend)
    have = [budget.get(year, 0.0) for year in years]
    used = [spent.get(year, 0.0) for year in years]
    x = list(range(len(years)))
    with matplotlib.rc_context(_style()):
        own = ax is None
        figure, ax = _figure((max(6.5, 0.95 * len(years) + 3), 4.5), ax)
        if cumulative:
            from itertools import accumulate

            have_total, used_total = list(accumulate(have)), list(accumulate(used))
            ax.plot(x, have_total, color=PALETTE["black"], linestyle="--", marker="o", markersize=4,
                    label="Available (cumulative)")
            ax.plot(x, used_total, color=PALETTE["blue"], marker="o", markersize=5, linewidth=2,
                    label="Committed (cumulative)")
            under = [u <= h for u, h in zip(used_total, have_total)]
            if any(under):
                ax.fill_between(x, have_total, used_total, where=under, interpolate=True, color=PALETTE["green"],
                                alpha=0.18, linewidth=0, label="Headroom")
            if not all(under):
                ax.fill_between(x, have_total, used_total, where=[not k for k in under], interpolate=True,
                                color=PALETTE["vermillion"], alpha=0.25, linewidth=0, label="Shortfall")
            gap = have_total[-1] - used_total[-1]
            words = "headroom" if gap >= 0 else "shortfall"
            ax.annotate(f"{_money_text(abs(gap), compact=False)} {words}", (x[-1], used_total[-1]),
                        xytext=(-6, -14 if gap >= 0 else 8), textcoords="offset points", ha="right", fontsize=9,
                        color=_INK)
            ax.set_ylim(bottom=0)
        else:
            colours = [PALETTE["vermillion"] if u > h else PALETTE["sky"] for u, h in zip(used, have)]
            bars = ax.bar(x, used, width=0.62, color=colours, label="Committed in the year")
            _bar_labels(ax, bars, used)
            ax.step([x[0] - 0.5, *x, x[-1] + 0.5], [have[0], *have, have[-1]], where="mid", color=PALETTE["black"],
                    linewidth=1.5, label="Available in the year")
            if any(u > h for u, h in zip(used, have)):
                from matplotlib.patches import Patch

                handles, labels = ax.get_legend_handles_labels()
                handles.append(Patch(color=PALETTE["vermillion"]))
                labels.append("Over the envelope")
                ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(0, -0.12), ncols=3)
            ax.margins(y=0.12)
        ax.set_xticks(x, years, rotation=45 if len(years) > 10 else 0, ha="right" if len(years) > 10 else "center")
        _money_axis(ax.yaxis)
        _value_grid(ax)
        ax.tick_params(axis="x", length=0)
        ax.set_xlabel("Financial year")
        ax.set_ylabel("Amount")
        _title(figure, ax, title, own)
        if ax.get_legend() is None:
            ax.legend(loc="upper left", bbox_to_anchor=(0, -0.14), ncols=4)
        _save(figure, path)
    return figure


def _is_scalar_amount(value: Any) -> bool:
    return hasattr(value, "pounds") or isinstance(value, (int, float, Decimal, str))


def tornado_chart(
    rows: Any,
    base: Any = None,
    path: str | Path | None = None,
    *,
    title: str | None = None,
    low_label: str | None = None,
    high_label: str | None = None,
    xlabel: str | None = None,
    ax: Any = None,
) -> Any:
    """A tornado: for each input, a bar from the result with the input lowered to the result
    with it raised, around the base result; the largest swing at the top. For a gap analysis
    (``metric="gap"``) the bars are the preferred option's lead over the rival: a bar crossing
    zero is an input whose move changes the choice.

    Parameters
    ----------
    rows : SensitivityAnalysis, DataFrame or list of dicts
        A one-way sensitivity analysis or its ``to_pandas()`` frame; or rows with ``input``,
        ``at_low`` and ``at_high`` (dicts, or (input, at_low, at_high) tuples).
    base : amount, optional
        The result with every input at its estimate; taken from the analysis (or the frame's
        ``attrs["base"]``) when not given.
    path : str or Path, optional
        Saves the chart as PNG, SVG or PDF, by the suffix.
    title : str, optional
    low_label, high_label : str, optional
        The legend's words for the two ends ("Input 10% lower", "Input 10% higher" when the
        analysis says by how much).
    xlabel : str, optional
        The axis's words; by default the figure the analysis watched ("Net present cost" for
        plain rows).
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib

    change = None
    figure_words = None
    records: list[tuple[str, float, float]] = []
    items: Iterable[Any]
    if not _is_pandas(rows) and hasattr(rows, "base") and hasattr(rows, "rows"):
        # A SensitivityAnalysis (no pandas needed): its rows, base and change.
        if base is None:
            base = rows.base
        as_decimal = getattr(getattr(rows, "change", None), "as_decimal", None)
        change = as_decimal() if callable(as_decimal) else None
        figure_words = getattr(rows, "figure", None)
        items = [(row.input, row.at_low, row.at_high) for row in rows.rows]
    elif _is_pandas(rows) or hasattr(rows, "to_pandas"):
        rows = rows if _is_pandas(rows) else rows.to_pandas()
        missing = {"input", "at_low", "at_high"} - set(rows.columns)
        if missing:
            raise ValueError(f"tornado_chart: the DataFrame needs the columns input, at_low and at_high; "
                             f"{', '.join(sorted(missing))} missing")
        attrs = getattr(rows, "attrs", {})
        if base is None:
            base = attrs.get("base")
        change = attrs.get("change")
        figure_words = attrs.get("figure")
        items = rows[["input", "at_low", "at_high"]].itertuples(index=False, name=None)
    else:
        items = rows
    for item in items:
        if isinstance(item, Mapping):
            try:
                item = (item["input"], item["at_low"], item["at_high"])
            except KeyError as error:
                raise ValueError(f"tornado_chart: each row needs input, at_low and at_high; {error} missing") from None
        if not isinstance(item, Sequence) or isinstance(item, (str, bytes)) or len(item) != 3:
            raise ValueError(f"tornado_chart: expected rows of input, at_low and at_high; got {item!r}")
        name = str(getattr(item[0], "label", item[0]))
        records.append((name, _amount(item[1], f"{name} at low"), _amount(item[2], f"{name} at high")))
    if not records:
        raise ValueError("tornado_chart: no rows to chart")
    if base is None:
        raise ValueError("tornado_chart: give the base result (base=...)")
    centre = _amount(base, "base")
    records.sort(key=lambda r: abs(r[2] - r[1]), reverse=True)  # stable: ties keep their order
    if change is not None and low_label is None:
        percent = f"{float(Decimal(str(change)) * 100):g}%"
        low_label, high_label = f"Input {percent} lower", f"Input {percent} higher"
    if xlabel is None:
        xlabel = figure_words[0].upper() + figure_words[1:] if figure_words else "Net present cost"
    low_label = low_label or "Input lowered"
    high_label = high_label or "Input raised"

    n = len(records)
    with matplotlib.rc_context(_style()):
        own = ax is None
        figure, ax = _figure((9.0, 1.6 + 0.55 * n), ax)
        y = [n - 1 - k for k in range(n)]  # the first (largest) at the top
        lows = [r[1] - centre for r in records]
        highs = [r[2] - centre for r in records]
        ax.barh(y, lows, left=centre, height=0.6, color=PALETTE["sky"], label=low_label)
        ax.barh(y, highs, left=centre, height=0.6, color=PALETTE["orange"], label=high_label)
        ax.axvline(centre, color=_INK, linewidth=1)
        ax.set_yticks(y, [textwrap.fill(r[0], 34, break_on_hyphens=False) for r in records])
        spread = max(max(abs(v) for v in lows + highs), abs(centre) * 1e-4, 1.0)
        for yk, (name, low, high) in zip(y, records):
            for value in (low, high):
                if value == centre:
                    continue
                right = value > centre
                ax.annotate(_money_text(value, compact=False), (value, yk), xytext=(4 if right else -4, 0),
                            textcoords="offset points", ha="left" if right else "right", va="center", fontsize=8.5,
                            color=_INK)
            if low == centre and high == centre:
                ax.annotate("no change", (centre, yk), xytext=(4, 0), textcoords="offset points", va="center",
                            fontsize=8.5, color="#505a5f")
        ax.set_xlim(centre - 1.45 * spread, centre + 1.45 * spread)
        ax.set_ylim(-0.6, n - 0.4)
        _money_axis(ax.xaxis)
        _value_grid(ax, "x")
        ax.tick_params(axis="y", length=0)
        ax.spines["left"].set_visible(False)
        ax.set_xlabel(textwrap.fill(f"{xlabel} (base {_money_text(centre, compact=False)})", 90))
        _title(figure, ax, title or "Sensitivity: largest swing first", own)
        ax.legend(loc="upper left", bbox_to_anchor=(0, -0.16 if n > 2 else -0.3), ncols=2)
        _save(figure, path)
    return figure


def _samples(samples: Any) -> Any:
    import numpy as np

    values = np.asarray(samples, dtype=float).ravel()
    if values.size == 0:
        raise ValueError("no samples to chart")
    if not np.all(np.isfinite(values)):
        raise ValueError(f"{int(np.sum(~np.isfinite(values)))} of the samples are not finite")
    return values


_PERCENTILES = (10, 50, 80, 90)


def _percentile_marks(values: Any, percentiles: Sequence[float]) -> list[tuple[float, float]]:
    import numpy as np

    return [(float(p), float(np.percentile(values, p))) for p in percentiles]


def _percentile_text(p: float, value: float, money: bool) -> str:
    return f"P{p:g} " + (_money_text(value, compact=False) if money else f"{value:,.4g}")


def s_curve(
    samples: Any,
    path: str | Path | None = None,
    *,
    title: str = "Chance the outcome is at or below each value",
    xlabel: str = "Cost",
    money: bool = True,
    percentiles: Sequence[float] = _PERCENTILES,
    ax: Any = None,
) -> Any:
    """The S-curve of simulated outcomes: the share of runs at or below each value, with the
    P10, P50, P80 and P90 marked (numpy's linear percentiles).

    Parameters
    ----------
    samples : array-like of numbers
        The outcome of each run (pounds when ``money``).
    path : str or Path, optional
        Saves the chart as PNG, SVG or PDF, by the suffix.
    title, xlabel : str
    money : bool
        Format the values as £.
    percentiles : sequence of numbers
        Which to mark.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib
    import numpy as np
    from matplotlib.ticker import PercentFormatter

    values = np.sort(_samples(samples))
    share = np.arange(1, values.size + 1) / values.size
    with matplotlib.rc_context(_style()):
        own = ax is None
        figure, ax = _figure((8.0, 4.8), ax)
        ax.plot(values, share, color=PALETTE["blue"], linewidth=2)
        low = values[0]
        for k, (p, value) in enumerate(_percentile_marks(values, percentiles)):
            level = p / 100
            ax.plot([value, value], [0, level], color=PALETTE["vermillion"], linestyle=":", linewidth=1)
            ax.plot([low, value], [level, level], color=PALETTE["vermillion"], linestyle=":", linewidth=1)
            ax.plot([value], [level], marker="o", color=PALETTE["vermillion"], markersize=4)
            ax.annotate(_percentile_text(p, value, money), (value, level), xytext=(6, -10), textcoords="offset points",
                        ha="left", va="center", fontsize=8.5, color=_INK, gid=f"P{p:g}",
                        bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.5})
        ax.set_ylim(0, 1.02)
        ax.set_xlim(values[0], values[-1])
        ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
        if money:
            _money_axis(ax.xaxis)
        _value_grid(ax, "both")
        ax.set_xlabel(xlabel)
        ax.set_ylabel("Share of runs at or below")
        _title(figure, ax, title, own)
        ax.text(1.0, 1.02, f"{values.size:,} runs", transform=ax.transAxes, ha="right", va="bottom", fontsize=9)
        _save(figure, path)
    return figure


def histogram(
    samples: Any,
    bins: int | Sequence[float] = 50,
    path: str | Path | None = None,
    *,
    title: str = "Distribution of simulated outcomes",
    xlabel: str = "Cost",
    money: bool = True,
    percentiles: Sequence[float] = _PERCENTILES,
    ax: Any = None,
) -> Any:
    """A histogram of simulated outcomes with the P10, P50, P80 and P90 marked.

    Parameters
    ----------
    samples : array-like of numbers
        The outcome of each run (pounds when ``money``).
    bins : int or sequence of edges
        As numpy's histogram takes them.
    path : str or Path, optional
        Saves the chart as PNG, SVG or PDF, by the suffix.
    title, xlabel : str
    money : bool
        Format the values as £.
    percentiles : sequence of numbers
        Which to mark.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.figure.Figure
    """
    import matplotlib
    import numpy as np

    values = _samples(samples)
    with matplotlib.rc_context(_style()):
        own = ax is None
        figure, ax = _figure((8.0, 4.8), ax)
        counts, _, _ = ax.hist(values, bins=bins, color=PALETTE["sky"], edgecolor="white", linewidth=0.5)
        top = float(np.max(counts)) if len(counts) else 1.0
        marks = _percentile_marks(values, percentiles)
        ax.set_ylim(0, top * (1.12 + 0.09 * len(marks)))
        for k, (p, value) in enumerate(marks):
            ax.axvline(value, color=PALETTE["vermillion"], linestyle="--", linewidth=1)
            # Labels stepped down, one line each, so close percentiles never overlap.
            ax.annotate(_percentile_text(p, value, money), (value, top * (1.05 + 0.09 * (len(marks) - 1 - k))),
                        xytext=(4, 0), textcoords="offset points", ha="left", va="bottom", fontsize=8.5, color=_INK,
                        gid=f"P{p:g}", bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.5})
        if money:
            _money_axis(ax.xaxis)
        _value_grid(ax)
        ax.set_xlabel(xlabel)
        ax.set_ylabel("Number of runs")
        _title(figure, ax, title, own)
        ax.text(1.0, 1.02, f"{values.size:,} runs", transform=ax.transAxes, ha="right", va="bottom", fontsize=9)
        _save(figure, path)
    return figure
