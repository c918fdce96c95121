"""The pieces of a cabinet report from the seeds (the twin of cabinet_report.cpp), in the
format named on the command line: md, html, csv, json or text.

- seed 000: the options table, the appraisal in a sentence and the "Financial implications"
  paragraph;
- seed 002: the spend table with its subtotal, total and revised total;
- seed 004: the contract summary and the spend-to-date sentence.

Run it with ``python examples/cabinet_report.py md``; it prints
examples/cabinet_report.expected.md (and likewise for each format).
"""

import json
import sys

import commissioning as cm

import seeds


def pieces() -> tuple[str, list[cm.Table], list[str]]:
    """The report's title, tables and paragraphs (scripts/render_samples.py writes them to Word
    and Excel)."""
    kent = seeds.kent_2021()
    result = kent.run()
    young_carers = seeds.kent_young_carers_2016()
    tables = [
        cm.options_table(kent, result),
        cm.proposal_table(seeds.early_help_proposal_2020(), "Current spend per annum on these contracts"),
        cm.contract_summary_table(young_carers),
    ]
    paragraphs = [
        cm.appraisal_sentence(result),
        cm.financial_implications_paragraph(
            seeds.kent_young_carers_2022(),
            "the existing revenue KCC base budget reported against the Early Help and "
            "Preventative Services Key Service in the Budget Book",
        ),
        cm.spend_to_date_sentence(young_carers, "Kent County Council", "the delivery of the young carers service"),
    ]
    return result.title, tables, paragraphs


def main(format: str) -> int:
    title, tables, paragraphs = pieces()
    out = sys.stdout
    if format == "json":
        report = {"tables": [t.to_json() for t in tables], "paragraphs": paragraphs}
        out.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    elif format == "csv":
        for t in tables:
            out.write(t.to_csv() + "\r\n")
    elif format == "html":
        out.write(cm.to_html_document(title, tables, paragraphs))
    elif format in ("md", "text"):
        for t in tables:
            out.write((t.to_markdown() if format == "md" else t.to_text()) + "\n")
        for p in paragraphs:
            out.write(p + "\n\n")
    else:
        print("usage: cabinet_report [md|html|csv|json|text]", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.stdout.reconfigure(newline="")  # CSV ends its lines with CRLF itself
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "text"))
