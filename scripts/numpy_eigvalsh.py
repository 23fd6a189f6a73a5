"""Times numpy.linalg.eigvalsh on exactly the Hessian whose spectrum landscape-bench timed.

landscape-bench eigenvalues --export-eigenvalues DIR writes DIR/eigen_hessian.npy (P×P, float64) and
DIR/eigen_ours.json ({"eigenvalues": [...]}, ascending). This script loads the matrix, runs
numpy.linalg.eigvalsh on it three times as a user would (NumPy's own OpenBLAS with its default threads;
LAPACK dsyevd, jobz 'N', on the lower triangle), and prints one JSON line with the median time, the CPU
time per run and the largest difference from our eigenvalues over the spectral norm. Called by
scripts/benchmark.py; run it alone as
    .venv-bench/bin/python scripts/numpy_eigvalsh.py DIR
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import statistics
import sys
import time

import numpy as np


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", type=pathlib.Path)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    hessian = np.load(args.directory / "eigen_hessian.npy")
    ours = np.array(json.loads((args.directory / "eigen_ours.json").read_text())["eigenvalues"])
    np.linalg.eigvalsh(np.eye(8))  # loads LAPACK and starts OpenBLAS's threads outside the timing
    times, cpu = [], []
    values = None
    for _ in range(args.repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        values = np.linalg.eigvalsh(hessian)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    norm = float(np.max(np.abs(values)))
    difference = float(np.max(np.abs(values - ours))) if ours.shape == values.shape else float("nan")
    print(json.dumps({"P": int(hessian.shape[0]), "numpy": np.__version__, "median_s": statistics.median(times),
                      "times_s": times, "cpu_s": statistics.mean(cpu), "cores": os.cpu_count(),
                      "max_difference_over_norm": difference / norm if norm > 0 else difference}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
