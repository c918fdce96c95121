#!/usr/bin/env bash
# Install whatever the project needs and is missing: Debian packages, then a Python
# virtual environment (.venv) with the pinned tools of requirements/dev.txt.
# Idempotent, and silent when everything is already present.
set -euo pipefail
cd "$(dirname "$0")/.."

debian_packages=(g++ ninja-build ccache libboost-dev libeigen3-dev nlohmann-json3-dev libgtest-dev libgmock-dev libbenchmark-dev libtomlplusplus-dev libcli11-dev)
command -v cmake >/dev/null 2>&1 || debian_packages+=(cmake)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || debian_packages+=(python3-venv)

missing=()
for package in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The virtual environment is brought up to date only when requirements/dev.txt or a file it
# includes changes.
stamp=.venv/.requirements.sha256
wanted=$(cat requirements/dev.txt requirements/numerics.txt requirements/bench.txt | sha256sum | cut -d' ' -f1)
if [ ! -x .venv/bin/python ] || [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  echo "setup: preparing the Python environment in .venv"
  [ -x .venv/bin/python ] || python3 -m venv .venv
  if ! .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements/dev.txt \
      >.venv/pip.log 2>&1; then
    cat .venv/pip.log
    exit 1
  fi
  echo "$wanted" > "$stamp"
fi
