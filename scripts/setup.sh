#!/usr/bin/env bash
# Installs what the project needs on a Debian machine with Swift, and nothing twice:
# the Debian packages, then the project-local Python virtual environment (.venv).
# Safe to run again: each step checks first.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(
    libzmq3-dev          # ZeroMQ, the Jupyter transport
    libssl-dev           # HMAC-SHA256 and constant-time comparison (libcrypto)
    libopenblas-dev      # matrix products
    liblapacke-dev       # symmetric eigenproblems
    zlib1g-dev           # gzip'd IDX files, compressed .npz
    pkg-config           # finds the above for SwiftPM
    dataset-fashion-mnist  # the default real data, /usr/share/datasets/fashion-mnist
    librsvg2-bin         # rsvg-convert: SVG → PNG in tests and for the README
    libxml2-utils        # xmllint: SVG validity in tests
    libjs-mathjax        # MathJax 2.7, copied beside the HTML exports so their formulas typeset offline
    fonts-noto-color-emoji  # ✅ and ❌ in the bound tables (no other Debian font here has them)
    chromium             # the browser test
    chromium-driver
    python3-venv
)

missing=()
for package in "${apt_packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if ((${#missing[@]})); then
    echo "setup: installing Debian packages: ${missing[*]}"
    sudo_prefix=()
    [ "$(id -u)" -eq 0 ] || sudo_prefix=(sudo)
    "${sudo_prefix[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_prefix[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The virtual environment is rebuilt only when requirements-test.txt changes.
stamp=.venv/.requirements-test.sha256
wanted=$(sha256sum requirements-test.txt | cut -d' ' -f1)
if [ ! -x .venv/bin/python ] || [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    echo "setup: creating the Python virtual environment in .venv"
    python3 -m venv .venv
    .venv/bin/pip install --quiet --upgrade pip
    .venv/bin/pip install --quiet -r requirements-test.txt
    echo "$wanted" > "$stamp"
fi
