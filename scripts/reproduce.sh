#!/usr/bin/env bash
# The main job: installs what it needs, builds the kernel (scripts/build.sh), installs its kernelspec into the
# project's Jupyter (.venv), executes every notebook in examples/ through the kernel, and writes an
# HTML export of each and the paper's figures as SVG files into out/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
build_started=$SECONDS
scripts/build.sh --product landscape-kernel
scripts/build.sh --product landscape-kernel-launcher
echo "== build: $((SECONDS - build_started)) s"
bin_dir=$(scripts/build.sh --show-bin-path)
"$bin_dir/landscape-kernel" install --prefix "$PWD/.venv"
.venv/bin/python scripts/run_notebooks.py --output out "$@"
