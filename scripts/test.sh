#!/usr/bin/env bash
# The test command: installs what it needs, builds once (scripts/build.sh), then runs every test:
# the Swift libraries' tests, and the Python suite that drives the installed kernel through
# jupyter_client (protocol, bad input, jupyter_kernel_test, notebooks, the browser test).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
build_started=$SECONDS
scripts/build.sh --build-tests
echo "== build: $((SECONDS - build_started)) s"

echo "== Swift tests"
swift test -Xswiftc -gnone --skip-build

echo "== Python tests (the kernel through jupyter_client)"
bin_dir=$(scripts/build.sh --show-bin-path)
export LANDSCAPE_KERNEL_BIN="$bin_dir/landscape-kernel"
export LANDSCAPE_REPO="$PWD"
# The notebook and browser tests start the kernel by name from the project's Jupyter.
"$LANDSCAPE_KERNEL_BIN" install --prefix "$PWD/.venv" >/dev/null
mkdir -p out/test-artifacts
.venv/bin/python -m pytest -q Tests/python "$@"
