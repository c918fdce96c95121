#!/usr/bin/env bash
# Pictures of the cabinet-report outputs, for a person to look at (not for CI):
#   build/screenshots/cabinet_report_docx-N.png    the Word document, page N (LibreOffice, pdftoppm -r 60)
#   build/screenshots/cabinet_report_xlsx-N.png    the workbook's sheets as printed (LibreOffice Calc)
#   build/screenshots/*.png, *.svg                 the sample charts
#   build/screenshots/html/cabinet_report.png      the golden HTML of examples/cabinet_report.py
#   build/screenshots/html/<scenario>.<command>.png the golden HTML of every bundled scenario
#                                                  (examples/scenarios/*.expected.html), as a
#                                                  desktop browser shows it (headless Chromium,
#                                                  1280 pixels wide, the whole page)
# The Word and Excel files are the bundled cabinet report (examples/cabinet_report.py) and the
# tables and charts a finance officer adds (scripts/render_samples.py says which).
# Installs what is missing (LibreOffice Writer and Calc without a GUI, Poppler's pdftoppm, the
# Liberation fonts that stand in for Arial, Chromium), and the Python tools of requirements/dev.txt.
# Run from anywhere: bash scripts/screenshots.sh [output folder]
# PYTHON=/path/to/python uses that environment (with commissioning, python-docx, openpyxl and
# matplotlib installed) instead of the project's .venv, and installs nothing into it.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build/screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)

debian_packages=(libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation chromium)
missing=()
for package in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "screenshots: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -n "${PYTHON:-}" ]; then
  python=$PYTHON
  if ! "$python" -c 'import commissioning, docx, openpyxl, matplotlib'; then
    echo "screenshots: $python lacks commissioning, python-docx, openpyxl or matplotlib (above)" >&2
    exit 1
  fi
else
  python=.venv/bin/python
  [ -x .venv/bin/python ] || bash scripts/setup.sh
  if ! .venv/bin/python -c 'import docx, openpyxl, matplotlib' 2>/dev/null; then
    .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements/dev.txt
  fi
  # The package itself: installed once if absent (a compile of some minutes); an installed one
  # that fails to import is reported, never replaced behind the back of whoever installed it.
  if ! .venv/bin/python -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("commissioning") is None)'; then
    echo "screenshots: installing the package into .venv (compiles the extension)"
    .venv/bin/python -m pip install -q --disable-pip-version-check .
  fi
  if ! .venv/bin/python -c 'import commissioning' >/dev/null; then
    echo "screenshots: the installed package does not import (above); reinstall it with" >&2
    echo "  .venv/bin/python -m pip install ." >&2
    exit 1
  fi
fi

# matplotlib caches the fonts it found when first imported: fonts installed since (the
# Liberation fonts above) are missed, and the charts fall back to DejaVu Sans, until it looks again.
"$python" - <<'PY'
from matplotlib import font_manager
if not any(font.name == "Liberation Sans" for font in font_manager.fontManager.ttflist):
    font_manager.fontManager = font_manager._load_fontmanager(try_read_cache=False)
PY

# The HTML, as the C++ renderer writes it: the cabinet report (examples/cabinet_report.cpp html)
# and every bundled scenario's golden output. Chromium draws into a window 1280 pixels wide and
# taller than any page; the blank rows under the page are then cut off.
mkdir -p "$out/html"
rm -f "$out/html/"*.png
for page in examples/cabinet_report.expected.html examples/scenarios/*.expected.html; do
  name=$(basename "$page" .html)
  name=${name/.expected/}
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1280,12000 --screenshot="$out/html/$name.png" "file://$PWD/$page" >/dev/null 2>&1
done
"$python" - "$out/html" <<'PY'
import sys
from pathlib import Path

import numpy as np
from PIL import Image

for path in sorted(Path(sys.argv[1]).glob("*.png")):
    pixels = np.asarray(Image.open(path).convert("RGB"))
    background = pixels[-1, 0]
    drawn = np.nonzero((pixels != background).any(axis=(1, 2)))[0]
    bottom = min(len(pixels), (drawn[-1] + 1 if len(drawn) else 0) + 24)
    Image.fromarray(pixels[:bottom]).save(path)
    if bottom >= len(pixels):
        print(f"screenshots: {path.name} may be cut off at {len(pixels)} pixels")
PY

# The Word and Excel files, and the charts.
"$python" scripts/render_samples.py "$out"

# Word and Excel as a reader sees them: to PDF with LibreOffice, then each page to PNG.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for kind in docx xlsx; do
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" \
    "$out/cabinet_report.$kind" >/dev/null 2>&1
  mv "$out/cabinet_report.pdf" "$out/cabinet_report_$kind.pdf"
  rm -f "$out/cabinet_report_$kind"-*.png
  pdftoppm -png -r 60 "$out/cabinet_report_$kind.pdf" "$out/cabinet_report_$kind"
done

echo "screenshots: written to $out"
ls "$out"
