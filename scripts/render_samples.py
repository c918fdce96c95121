"""Write the sample cabinet-report outputs for a person to look at (scripts/screenshots.sh runs it).

Into the folder given (build/screenshots by default):

- cabinet_report.docx and cabinet_report.xlsx: the bundled cabinet report of
  examples/cabinet_report.py (seed 000's options, seed 002's spend with its subtotal, total and
  revised total, seed 004's contract summary, and the report's sentences), followed by what a
  finance officer adds from the Kent scenario (examples/scenarios/kent-young-carers-2021.toml):
  the seed 000 contract against a "Carers' support budget" of £320,000 a year (a breach in
  every year), the simulation summary and the envelope exceedance (10,000 iterations); the
  Word file embeds the charts below (profile, envelope, tornado, S-curve);
- profile_seed004.png/.svg: the seed 004 contract (Kent young carers, 1 May 2016 to 30 April
  2022 at £325,484 a year) by financial year, from the library;
- envelope_seed000.png and envelope_seed000_by_year.png: the seed 000 contract from 1 May 2022
  (£325,484.88 a year, three years plus one plus one) against the £325,500 a year available
  from 2022-23 to 2026-27;
- tornado_seed000.png/.svg: the Kent sensitivity lines of examples/appraisals.expected;
- s_curve.png and histogram.png: 10,000 illustrative runs around the preferred option's
  present value (a triangular distribution; no risk model is implied).

The writers are taken from this source tree (python/commissioning/report.py), so what is
drawn is what the tree would ship; the compiled core comes from the installed package.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_report():
    """commissioning.report from the source tree, beside the installed package's compiled core."""
    import commissioning  # noqa: F401 - the package the module's relative imports resolve to

    source = ROOT / "python" / "commissioning" / "report.py"
    spec = importlib.util.spec_from_file_location("commissioning.report", source)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def kent_sensitivity() -> tuple[list[dict[str, str]], str, str]:
    """The seed 000 sensitivity lines of examples/appraisals.expected: rows, base and change."""
    text = (ROOT / "examples" / "appraisals.expected").read_text(encoding="utf-8")
    block = text.split("Sensitivity of ", 1)[1].split("Switching values:", 1)[0]
    header, *lines = block.splitlines()
    base = re.search(r"\((£[\d,.]+)\)", header).group(1)
    change = re.search(r"±(\d+(?:\.\d+)?)%", header).group(1)
    rows = []
    for line in lines:
        match = re.match(r"\s+(.+?): (-?£[\d,.]+) to (-?£[\d,.]+) \(swing", line)
        if match:
            rows.append({"input": match.group(1), "at_low": match.group(2), "at_high": match.group(3)})
    return rows, base, change


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "build" / "screenshots"))
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)

    import numpy as np

    import commissioning as cm

    report = load_report()
    sys.path.insert(0, str(ROOT / "examples"))
    import cabinet_report  # examples/cabinet_report.py: the bundled report's pieces

    title, tables, paragraphs = cabinet_report.pieces()

    seed_004 = cm.Contract("Kent Young Carers", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")
    seed_004.exercise(1)
    seed_004.exercise(2)
    seed_004.modify(ground="72(1)(c)", months=12)
    profile_title = "Young Carers Support Service (Imago): spend by financial year"
    for suffix in ("png", "svg"):
        report.profile_chart(seed_004.profile(), out / f"profile_seed004.{suffix}", title=profile_title)

    seed_000 = cm.Contract("Young Carers Support Service", "", "1 May 2022", "3+1+1", annual_value="£325,484.88")
    seed_000.exercise(1)
    seed_000.exercise(2)
    position = cm.assess(cm.Envelope.flat("Young carers", "£325,500", 2022, 2026), [seed_000])
    envelope_title = "Young carers: the new contract against £325,500 a year available"
    report.envelope_chart(position, path=out / "envelope_seed000.png", title=envelope_title)
    report.envelope_chart(position, path=out / "envelope_seed000_by_year.png", cumulative=False, title=envelope_title)

    rows, base, change = kent_sensitivity()
    tornado_title = f"Externally commission a new service: net present cost, each input moved \u00b1{change}%"
    for suffix in ("png", "svg"):
        report.tornado_chart(rows, base, out / f"tornado_seed000.{suffix}", low_label=f"Input {change}% lower",
                             high_label=f"Input {change}% higher", title=tornado_title)

    # What a finance officer adds from the Kent scenario: a budget the contract breaches, and
    # the simulation's tables.
    scenario = cm.load_scenario(ROOT / "examples" / "scenarios" / "kent-young-carers-2021.toml")
    tight = cm.assess(cm.Envelope.flat("Carers' support budget", "£320,000", 2022, 2026), [seed_000])
    simulation = scenario.simulate(iterations=10_000, threads=1)
    extra = [cm.envelope_position_table(tight), cm.simulation_table(simulation),
             cm.envelope_exceedance_table(simulation, "Chance the cash costs exceed the young carers funding")]

    rng = np.random.default_rng(2022)
    runs = rng.triangular(1_450_000, 1_536_087.28, 1_800_000, size=10_000)
    s_title = "Present value of costs (illustrative runs)"
    s_curve = report.s_curve(runs, out / "s_curve.png", title=s_title)
    report.histogram(runs, path=out / "histogram.png", title=s_title)

    charts = [
        report.profile_chart(seed_004.profile(), title=profile_title),
        report.envelope_chart(position, title=envelope_title),
        ("Sensitivity of the preferred option's net present cost",
         report.tornado_chart(rows, base, low_label=f"Input {change}% lower", high_label=f"Input {change}% higher",
                              title=tornado_title)),
        s_curve,
    ]
    report.to_docx([*tables, *extra], out / "cabinet_report.docx", paragraphs=paragraphs, title=title,
                   charts=charts)
    report.to_xlsx([*tables, *extra], out / "cabinet_report.xlsx")
    for path in sorted(out.iterdir()):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
