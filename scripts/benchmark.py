"""Runs our release binaries and the anchors in one run, prints every figure and writes BENCHMARKS.md.

Each section pairs one of ours with the anchor a user would otherwise pick; only the ratios taken
here count (absolute times move with the machine and its load). Called by scripts/benchmark.sh.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import pathlib
import platform
import subprocess
import sys
import tempfile

REPO = pathlib.Path(__file__).resolve().parent.parent


def json_lines(command: list[str], env: dict | None = None) -> list[dict]:
    print("$", " ".join(command), flush=True)
    result = subprocess.run(command, check=True, capture_output=True, text=True,
                            env={**os.environ, **(env or {})}, cwd=REPO)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    for line in lines:
        print("  ", json.dumps(line), flush=True)
    return lines


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


class Report:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str, str]] = []
        self.notes: list[str] = []

    def add(self, what: str, ours: str, anchor: str, ratio: float | str, target: str, met: bool) -> None:
        text = ratio if isinstance(ratio, str) else f"{ratio:.2f}"
        self.rows.append((what, ours, anchor, text, target, "yes" if met else "**no**"))

    def markdown(self) -> str:
        head = "| what | ours | anchor | ratio | target | met |\n|---|---|---|---|---|---|\n"
        table = head + "".join("| " + " | ".join(row) + " |\n" for row in self.rows)
        return table + "".join(f"\n{note}\n" for note in self.notes)


def plots(report: Report, bin_dir: pathlib.Path, anchors: pathlib.Path, python: str) -> None:
    ours = json_lines([str(bin_dir / "plots-bench")])[-1]
    theirs = json_lines([python, str(anchors / "mpl_svg.py")])[-1]
    speed = theirs["median_s"] / ours["median_s"]
    report.add("SVG: 10 series × 10,000 points, log y, legend, grid (time)",
               f"{ours['median_s'] * 1e3:.1f} ms", f"matplotlib {theirs['median_s'] * 1e3:.0f} ms",
               speed, "≥ 10× faster", speed >= 10)
    size = ours["bytes"] / theirs["bytes"]
    report.add("SVG: same figure (file size)", f"{ours['bytes'] / 1e3:.0f} kB",
               f"matplotlib {theirs['bytes'] / 1e3:.0f} kB", size, "≤ 0.20 of the size", size <= 0.2)


def kernel(report: Report, bin_dir: pathlib.Path, anchors: pathlib.Path, python: str) -> None:
    lines = json_lines([python, str(REPO / "Tests/python/bench_kernel.py"),
                        "--binary", str(bin_dir / "landscape-kernel"), "--anchors", str(anchors)])
    by_kernel: dict[str, dict] = {}
    for line in lines:
        if "kernel" in line:
            by_kernel.setdefault(line["kernel"], {}).update(line)
    ours, theirs = by_kernel.get("landscape", {}), by_kernel.get("python3", {})
    if "median_ms" in ours and "median_ms" in theirs:
        ratio = ours["median_ms"] / theirs["median_ms"]
        report.add("kernel: execute round trip, median", f"{ours['median_ms']:.2f} ms",
                   f"ipykernel {theirs['median_ms']:.2f} ms", ratio, "≤ 1/3 of ipykernel's", ratio <= 1 / 3)
    if "startup_median_s" in ours and "startup_median_s" in theirs:
        ratio = ours["startup_median_s"] / theirs["startup_median_s"]
        report.add("kernel: launch to kernel_info_reply, median", f"{ours['startup_median_s'] * 1e3:.0f} ms",
                   f"ipykernel {theirs['startup_median_s'] * 1e3:.0f} ms", ratio, "≤ 1/3 of ipykernel's",
                   ratio <= 1 / 3)
    if "hb_p99_ms" in ours:
        p99 = ours["hb_p99_ms"]
        report.add("kernel: heartbeat p99 while a cell computes, both cores busy", f"{p99:.2f} ms", "—",
                   p99 / 50, "< 50 ms", p99 < 50)


def numerics(report: Report, bin_dir: pathlib.Path, anchors: pathlib.Path, python: str) -> None:
    bench = bin_dir / "landscape-bench"
    if not bench.exists():
        print("landscape-bench is not built; numerics section skipped", file=sys.stderr)
        return
    export = pathlib.Path(tempfile.mkdtemp(prefix="landscape-dense-"))
    try:
        command = [str(bench), "--export-dense", str(export)]
        print("$", " ".join(command), flush=True)
        ours = json.loads(subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO).stdout)
        print("  ", json.dumps({k: v for k, v in ours.items() if k != "sweep_mean_losses"}), flush=True)
        # jax.hessian (float64) on exactly the weights and data of our dense case.
        comparison = json_lines([python, str(REPO / "scripts/jax_dense_compare.py"), "--anchors", str(anchors),
                                 str(export)])[-1] if "dense_exported_files" in ours else None
    finally:
        for name in ("dense_weights.npz", "dense_data.npz", "dense_hessian.npy"):
            (export / name).unlink(missing_ok=True)
        export.rmdir()
    torch_sweep = json_lines([python, str(anchors / "seed_torch.py")])
    torch_seconds = sum(r["train_s"] + r["losses_s"] + r["curve_s"] for r in torch_sweep)
    if "sweep_25_configurations_seconds" in ours:
        ratio = torch_seconds / ours["sweep_25_configurations_seconds"]
        report.add("paper sweep: 25 configurations, 10,000 objects, 10 epochs, 100 permutations",
                   f"{ours['sweep_25_configurations_seconds']:.1f} s", f"PyTorch {torch_seconds:.0f} s", ratio,
                   "≥ 10× faster", ratio >= 10)
    jax = {(r["input"], r["h"], r["L"], r["n"]): r for r in json_lines([python, str(anchors / "jax_hessian.py")])}
    big = jax.get((784, 16, 5, 10000))
    if big and "hvp_seconds" in ours:
        ratio = big["hvp_s"] / ours["hvp_seconds"]
        report.add("Hessian-vector product, P = 13,984, n = 10,000", f"{ours['hvp_seconds'] * 1e3:.1f} ms",
                   f"JAX {big['hvp_s'] * 1e3:.1f} ms", ratio, "≥ 1× (no slower)", ratio >= 1)
    if big and "lanczos_50_steps_seconds" in ours:
        ratio = big["lanczos50_s"] / ours["lanczos_50_steps_seconds"]
        report.add("50 Lanczos steps, same network", f"{ours['lanczos_50_steps_seconds']:.2f} s",
                   f"JAX {big['lanczos50_s']:.2f} s", ratio, "≥ 2× faster", ratio >= 2)
    dense = jax.get((196, 16, 1, 1000))
    if dense and "dense_hessian_seconds" in ours:
        ratio = dense["dense_hessian_s"] / ours["dense_hessian_seconds"]
        report.add("dense exact Hessian, P = 3,552, n = 1,000", f"{ours['dense_hessian_seconds']:.2f} s",
                   f"jax.hessian {dense['dense_hessian_s']:.2f} s", ratio, "≥ 5× faster", ratio >= 5)
    if comparison:
        c = comparison
        measure = c["max_difference_over_max_entry"]
        report.add("dense exact Hessian entries vs jax.hessian, same weights and data",
                   f"max \\|Δ\\| / max \\|H\\| = {measure:.1e}", "jax.hessian (float64)", f"{measure:.1e}",
                   "≤ 1e-10 relative", measure <= 1e-10)
        report.notes.append(
            f"Dense Hessian against JAX: landscape-bench writes the weights, data and Hessian of its dense case "
            f"(P = {c['P']:,}, n = {c['n']:,}) and scripts/jax_dense_compare.py evaluates the anchor's own loss "
            f"(jax_hessian.py) with jax.hessian in float64 on exactly those. The measure is the largest entry "
            f"difference over the largest entry, max |ours − JAX| / max |JAX| = {measure:.1e} "
            f"(Frobenius {c['frobenius_relative']:.1e}; entry by entry, over the entries at least 1e-6 of the "
            f"largest, {c['max_entrywise_relative_significant']:.1e}).")


def eigenvalues(report: Report, bin_dir: pathlib.Path, anchors: pathlib.Path, python: str) -> None:
    """The full spectrum of the dense case's Hessian (P = 3,552): our Hessian.eigenvalues against
    numpy.linalg.eigvalsh on exactly that matrix, eigenvalues only on both sides, one run."""
    bench = bin_dir / "landscape-bench"
    if not bench.exists():
        print("landscape-bench is not built; eigenvalues section skipped", file=sys.stderr)
        return
    export = pathlib.Path(tempfile.mkdtemp(prefix="landscape-eigen-"))
    try:
        load_before = os.getloadavg()[0]
        command = [str(bench), "eigenvalues", "--export-eigenvalues", str(export)]
        print("$", " ".join(command), flush=True)
        ours = json.loads(subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO).stdout)
        print("  ", json.dumps(ours), flush=True)
        theirs = json_lines([python, str(REPO / "scripts/numpy_eigvalsh.py"), str(export)])[-1]
        # Context, not the anchor: NumPy held to one OpenBLAS thread, as ours runs.
        single = json_lines([python, str(REPO / "scripts/numpy_eigvalsh.py"), str(export)],
                            env={"OPENBLAS_NUM_THREADS": "1"})[-1]
        load_after = os.getloadavg()[0]
    finally:
        for name in ("eigen_hessian.npy", "eigen_ours.json"):
            (export / name).unlink(missing_ok=True)
        export.rmdir()
    ratio = theirs["median_s"] / ours["eigenvalues_seconds"]
    p = ours["eigenvalues_parameter_count"]
    report.add(f"dense Hessian's full spectrum, P = {p:,} (Hessian.eigenvalues vs numpy.linalg.eigvalsh, same matrix)",
               f"{ours['eigenvalues_seconds']:.2f} s", f"NumPy {theirs['median_s']:.2f} s", ratio,
               "≥ 1× (no slower)", ratio >= 1)
    report.notes.append(
        f"Dense spectrum: measured {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC on {machine()}, "
        f"load average {load_before:.1f} before and {load_after:.1f} after, by `scripts/benchmark.py --only "
        f"eigenvalues --add-rows`: `landscape-bench eigenvalues` writes the Hessian of its dense case and times "
        f"`Hessian.eigenvalues` (LAPACK dsyevd_2stage, OpenBLAS on one thread; median of 3 on fresh copies: "
        f"{ours['eigenvalues_seconds']:.2f} s wall, {ours['eigenvalues_cpu_seconds']:.2f} CPU-s), then "
        f"scripts/numpy_eigvalsh.py times numpy.linalg.eigvalsh (NumPy {theirs['numpy']}, its own OpenBLAS and "
        f"threads) on the same matrix (median of 3: {theirs['median_s']:.2f} s wall, {theirs['cpu_s']:.2f} CPU-s; "
        f"with OPENBLAS_NUM_THREADS=1, {single['median_s']:.2f} s wall). "
        f"The two spectra differ by at most {theirs['max_difference_over_norm']:.1e} of ‖H‖₂.")


# The subset of the later protocol both sides run (seed_torch_samples.py HS LS SAMPLES): chosen so that the
# anchor takes 2-5 minutes here (about 32 s a training); the full protocol (25 configurations x 10 trainings)
# runs for hours in PyTorch.
PROTOCOL_SUBSET = ("4,16,64", "1,5", "1")


def protocol(report: Report, bin_dir: pathlib.Path, anchors: pathlib.Path, python: str) -> None:
    """The reference code's later protocol: ours and seed_torch_samples.py on the same subset, one run each."""
    bench = bin_dir / "landscape-bench"
    if not bench.exists():
        print("landscape-bench is not built; protocol section skipped", file=sys.stderr)
        return
    hs, ls, samples = PROTOCOL_SUBSET
    command = [str(bench), "protocol", "--protocol", hs, ls, samples]
    print("$", " ".join(command), flush=True)
    ours = json.loads(subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO).stdout)
    print("  ", json.dumps({k: v for k, v in ours.items() if k != "protocol_configurations"}), flush=True)
    theirs = json_lines([python, str(anchors / "seed_torch_samples.py"), hs, ls, samples])
    torch_seconds = sum(r["seconds"] for r in theirs)
    trainings = sum(r["samples"] for r in theirs)
    steps = theirs[0]["steps_per_training"] if theirs else 0
    ratio = torch_seconds / ours["protocol_seconds"]
    report.add(f"later protocol (validation after every step): h ∈ {{{hs}}} × num_layers ∈ {{{ls}}}, {samples} training(s) each "
               f"= {trainings} trainings of {steps} steps, 10,000 objects",
               f"{ours['protocol_seconds']:.1f} s", f"PyTorch {torch_seconds:.0f} s", ratio, "≥ 15× faster", ratio >= 15)
    ours_by = {(c["h"], c["L"]): c for c in ours.get("protocol_configurations", [])}
    pairs = [f"h = {r['h']}, L = {r['L']}: accuracy {ours_by[(r['h'], r['L'])]['final_accuracy_mean']:.3f} vs "
             f"{r['final_accuracy_mean']:.3f}, mean loss {ours_by[(r['h'], r['L'])]['mean_loss_mean']:.3f} vs "
             f"{r['mean_loss_mean']:.3f}" for r in theirs if (r["h"], r["L"]) in ours_by]
    report.notes.append(
        f"Later protocol: measured {datetime.date.today().isoformat()} on {machine()}, `landscape-bench protocol "
        f"--protocol {hs} {ls} {samples}` and `seed_torch_samples.py {hs} {ls} {samples}` in one run "
        f"(`scripts/benchmark.py --only protocol --add-rows`); ours {ours['protocol_seconds']:.1f} s wall "
        f"({ours.get('protocol_cpu_seconds', float('nan')):.1f} CPU-s). Final validation accuracy and mean loss at θ̂, "
        f"ours vs PyTorch (different seeds, so equal only in distribution): " + "; ".join(pairs) + ".")


def add_rows(report: Report, path: pathlib.Path) -> str:
    """BENCHMARKS.md with the report's rows added to its first table (a row with the same first column is
    replaced) and its notes after that table's notes; every other row and section is kept as it was."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("| what |"))
    end = start
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    new = {row[0]: "| " + " | ".join(row) + " |" for row in report.rows}
    table = [line for line in lines[start:end] if line.split(" | ")[0][2:] not in new] + list(new.values())
    prefixes = {note.split(":", 1)[0] + ":" for note in report.notes}
    rest = lines[end:]
    section_end = next((i for i, line in enumerate(rest) if line.startswith("## ")), len(rest))
    kept = [line for line in rest[:section_end] if not any(line.startswith(p) for p in prefixes)]
    while kept and kept[-1] == "":
        kept.pop()
    notes = [line for note in report.notes for line in ("", note)]
    return "\n".join(lines[:start] + table + kept + notes + [""] + rest[section_end:])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", type=pathlib.Path, required=True)
    parser.add_argument("--anchors", type=pathlib.Path, required=True)
    parser.add_argument("--only", choices=["plots", "kernel", "numerics", "eigenvalues", "protocol"], action="append")
    parser.add_argument("--add-rows", action="store_true",
                        help="add the measured rows to BENCHMARKS.md's table instead of rewriting the file")
    args = parser.parse_args()
    python = sys.executable
    report = Report()
    sections = {"numerics": numerics, "eigenvalues": eigenvalues, "protocol": protocol, "plots": plots, "kernel": kernel}
    for name, section in sections.items():
        if args.only is None or name in args.only:
            section(report, args.bin.resolve(), args.anchors.resolve(), python)
    if args.add_rows:
        text = add_rows(report, REPO / "BENCHMARKS.md")
        print(text)
        (REPO / "BENCHMARKS.md").write_text(text, encoding="utf-8")
        return 0
    text = (f"# Benchmarks\n\nMeasured {datetime.date.today().isoformat()} on {machine()}, "
            f"by `scripts/benchmark.sh` (release build; ours and the anchors of ../shared/anchors in one run). "
            f"Ratios are anchor ÷ ours for times (higher is better) and ours ÷ anchor for sizes and latencies "
            f"(lower is better), as each target states.\n\n" + report.markdown())
    print(text)
    (REPO / "BENCHMARKS.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
