"""Compares our dense Hessian with jax.hessian (float64) on exactly the weights and data we used.

landscape-bench --export-dense DIR writes DIR/dense_weights.npz (layers.{p}.weight, PyTorch's (out, in)
shapes), DIR/dense_data.npz (features, labels) and DIR/dense_hessian.npy (ours, P×P). This script
evaluates the anchor's own loss (the `loss` of ../shared/anchors/jax_hessian.py: bias-free ReLU MLP, mean
cross-entropy with log-sum-exp) on that θ and data, takes jax.jit(jax.hessian(...)) in float64 and prints
one JSON line with the differences. Called by scripts/benchmark.py; run it alone as
    .venv-bench/bin/python scripts/jax_dense_compare.py --anchors ../shared/anchors DIR
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time

import numpy as np


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", type=pathlib.Path)
    parser.add_argument("--anchors", type=pathlib.Path, required=True)
    args = parser.parse_args()
    sys.path.insert(0, str(args.anchors.resolve()))
    import jax  # noqa: E402  (the anchor module sets XLA_FLAGS before JAX loads)
    import jax_hessian as anchor  # noqa: E402  (turns on float64 in JAX)
    import jax.numpy as jnp  # noqa: E402

    weights = np.load(args.directory / "dense_weights.npz")
    layer_count = len([name for name in weights.files if name.endswith(".weight")])
    if any(name.endswith(".bias") for name in weights.files):
        print(json.dumps({"error": "the anchor's network has no biases; the exported one does"}))
        return 1
    matrices = [weights[f"layers.{p}.weight"] for p in range(layer_count)]
    sizes = [matrices[0].shape[1]] + [m.shape[0] for m in matrices]
    theta = jnp.array(np.concatenate([m.ravel() for m in matrices]).astype(np.float64))
    data = np.load(args.directory / "dense_data.npz")
    x = jnp.array(data["features"].astype(np.float64))
    y = jnp.array(data["labels"].astype(np.int64))
    ours = np.load(args.directory / "dense_hessian.npy")
    if ours.shape != (theta.size, theta.size):
        print(json.dumps({"error": f"our Hessian has shape {ours.shape}, expected {(theta.size, theta.size)}"}))
        return 1

    hessian = jax.jit(jax.hessian(lambda t: anchor.loss(t, x, y, sizes)))
    start = time.perf_counter()
    theirs = np.asarray(jax.block_until_ready(hessian(theta)))
    seconds = time.perf_counter() - start

    difference = np.abs(ours - theirs)
    largest = float(np.abs(theirs).max())
    significant = np.abs(theirs) >= 1e-6 * largest
    result = {
        "P": int(theta.size), "n": int(x.shape[0]), "sizes": sizes,
        "jax_seconds_with_compile": seconds,
        "max_abs_jax": largest,
        "max_abs_difference": float(difference.max()),
        # The measure reported in BENCHMARKS.md: the largest entry difference relative to the largest entry.
        "max_difference_over_max_entry": float(difference.max() / largest),
        "frobenius_relative": float(np.linalg.norm(ours - theirs) / np.linalg.norm(theirs)),
        # Entry by entry, over entries at least 1e-6 of the largest (smaller ones are rounding-level).
        "max_entrywise_relative_significant": float((difference[significant] / np.abs(theirs[significant])).max()),
    }
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
