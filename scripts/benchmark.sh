#!/usr/bin/env bash
# The benchmark (not part of the tests): builds release, runs ours and the anchors in
# ../shared/anchors in one run on this machine, and writes BENCHMARKS.md with ratios.
# The anchors need PyTorch, JAX and matplotlib: a benchmark-only environment, .venv-bench
# (several GB; created on first use, never by CI).
set -euo pipefail
cd "$(dirname "$0")/.."
anchors=${LANDSCAPE_ANCHORS:-../shared/anchors}

scripts/setup.sh
if [ ! -x .venv-bench/bin/python ]; then
    python3 -m venv .venv-bench
    .venv-bench/bin/pip install --quiet torch jax scikit-learn matplotlib jupyter_client ipykernel numpy
fi
# Release, unlike the tests' build (scripts/build.sh): our targets are optimised the same in both, and here
# swift-syntax is too, so the cell language's parsing runs at its best.
swift build -c release -Xswiftc -enable-testing
bin_dir=$(swift build -c release -Xswiftc -enable-testing --show-bin-path)
"$bin_dir/landscape-kernel" install --prefix "$PWD/.venv-bench" >/dev/null
.venv-bench/bin/python -m ipykernel install --prefix "$PWD/.venv-bench" --name python3 >/dev/null
.venv-bench/bin/python scripts/benchmark.py --bin "$bin_dir" --anchors "$anchors" "$@"
