"""The cell language against CPython, through Jupyter: the same loops run as cells of our kernel and of
ipykernel, timed from execute_request to idle (median of 3), in one run.

Also shows that mutation is amortised O(1) (n appends at n = 10⁴, 10⁵, 10⁶ take time linear in n) and
what a 10⁶-element [Double] built in a cell costs in resident memory.

Usage: python bench_cells.py --kernel landscape --python-kernel python3 [--markdown FILE]
(both kernelspecs must be visible to jupyter_client; scripts/benchmark.sh installs them.)
Prints one JSON line per measurement; with --markdown, writes the table section into FILE
(BENCHMARKS.md), replacing an earlier one.
"""
from __future__ import annotations

import argparse
import datetime
import json
import pathlib
import re
import statistics
import sys
import time

import jupyter_client

# (name, Swift cell, Python cell): the same work, written as each language's user writes it.
WORKLOADS = [
    ("scalar loop, 10⁶ iterations",
     "var total = 0\nfor i in 0..<1_000_000 { total += i % 7 }\nprint(total)",
     "total = 0\nfor i in range(1_000_000):\n    total += i % 7\nprint(total)"),
    ("10⁶ appends",
     "var values: [Int] = []\nfor i in 0..<1_000_000 { values.append(i) }\nprint(values.count)",
     "values = []\nfor i in range(1_000_000):\n    values.append(i)\nprint(len(values))"),
    ("10⁶ index writes",
     "var values = Array(repeating: 0, count: 1_000_000)\nfor i in 0..<1_000_000 { values[i] = i }\nprint(values[999_999])",
     "values = [0] * 1_000_000\nfor i in range(1_000_000):\n    values[i] = i\nprint(values[999_999])"),
    ("10⁵ dictionary increments",
     "var counts: [Int: Int] = [:]\nfor i in 0..<100_000 { counts[i % 1000, default: 0] += 1 }\nprint(counts.count)",
     "counts = {}\nfor i in range(100_000):\n    counts[i % 1000] = counts.get(i % 1000, 0) + 1\nprint(len(counts))"),
    ("string of 10⁵ pieces",
     "var text = \"\"\nfor i in 0..<100_000 { text += String(i % 10) }\nprint(text.count)",
     "text = ''\nfor i in range(100_000):\n    text += str(i % 10)\nprint(len(text))"),
    ("recursive fib(25)",
     "func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }\nprint(fib(25))",
     "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(25))"),
    ("struct-heavy loop, 10⁵ values created and mutated",
     "struct Particle { var x = 0.0; var v = 1.0\n  mutating func step() { x += v; v *= 0.5 } }\n"
     "var particles: [Particle] = []\nfor i in 0..<100_000 { var p = Particle(x: Double(i), v: 1); p.step(); particles.append(p) }\n"
     "print(particles.count)",
     "class Particle:\n    __slots__ = ('x', 'v')\n    def __init__(self, x=0.0, v=1.0):\n        self.x = x; self.v = v\n"
     "    def step(self):\n        self.x += self.v; self.v *= 0.5\n"
     "particles = []\nfor i in range(100_000):\n    p = Particle(float(i), 1.0); p.step(); particles.append(p)\nprint(len(particles))"),
]

SCALING = "var values: [Int] = []\nfor i in 0..<{n} {{ values.append(i) }}\nprint(values.count)"
MEMORY = "var big: [Double] = []\nfor i in 0..<1_000_000 {{ big.append(Double(i)) }}\nprint(big.count)"


def run(kc, code: str, timeout: float = 600) -> float:
    started = time.perf_counter()
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=lambda m: None)
    elapsed = time.perf_counter() - started
    if reply["content"]["status"] != "ok":
        raise RuntimeError(f"cell failed: {reply['content'].get('evalue')}\n{code}")
    return elapsed


def median_time(kc, code: str, repeats: int = 3) -> float:
    return statistics.median(run(kc, code) for _ in range(repeats))


def resident_kib(km) -> int | None:
    pid = getattr(getattr(km, "provisioner", None), "pid", None) or getattr(getattr(km, "provisioner", None), "process", None)
    pid = getattr(pid, "pid", pid)
    try:
        status = pathlib.Path(f"/proc/{pid}/status").read_text()
    except (OSError, TypeError):
        return None
    match = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(match.group(1)) if match else None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kernel", default="landscape")
    parser.add_argument("--python-kernel", default="python3")
    parser.add_argument("--markdown", type=pathlib.Path)
    args = parser.parse_args()

    results = []
    ours_km, ours = jupyter_client.manager.start_new_kernel(kernel_name=args.kernel)
    theirs_km, theirs = jupyter_client.manager.start_new_kernel(kernel_name=args.python_kernel)
    try:
        for name, swift, python in WORKLOADS:
            run(ours, swift)  # warm both (first-cell costs are not the loop's)
            run(theirs, python)
            ours_s, theirs_s = median_time(ours, swift), median_time(theirs, python)
            line = {"workload": name, "ours_s": ours_s, "cpython_s": theirs_s, "ratio": ours_s / theirs_s}
            print(json.dumps(line), flush=True)
            results.append(line)
        scaling = []
        for n in (10_000, 100_000, 1_000_000):
            seconds = median_time(ours, SCALING.format(n=n))
            scaling.append((n, seconds))
            print(json.dumps({"appends": n, "seconds": seconds}), flush=True)
        ours_km.restart_kernel(now=True)
        ours.wait_for_ready(timeout=60)
        before = resident_kib(ours_km)
        run(ours, MEMORY.format())
        after = resident_kib(ours_km)
        memory = None if before is None or after is None else (after - before) / 1024
        print(json.dumps({"memory_mib_for_1e6_doubles": memory}), flush=True)
    finally:
        for km, kc in ((ours_km, ours), (theirs_km, theirs)):
            kc.stop_channels()
            km.shutdown_kernel(now=True)

    if args.markdown:
        rows = ["| workload | ours | CPython (ipykernel) | ours ÷ CPython | target | met |", "|---|---|---|---|---|---|"]
        for line in results:
            rows.append(f"| {line['workload']} | {line['ours_s'] * 1e3:.0f} ms | {line['cpython_s'] * 1e3:.0f} ms | "
                        f"{line['ratio']:.2f} | ≤ 1 (no slower) | {'yes' if line['ratio'] <= 1 else 'no'} |")
        per_append = [f"n = {n:,}: {seconds * 1e3:.0f} ms ({seconds / n * 1e9:.0f} ns per append)" for n, seconds in scaling]
        memory_text = "not measured" if memory is None else f"{memory:.1f} MiB for 8 MB of doubles ({memory / 7.63:.2f}×; target ≤ 3×)"
        section = (f"## The cell language against CPython\n\nMeasured {datetime.date.today().isoformat()} by "
                   f"`scripts/bench_cells.py` through jupyter_client, our kernel and ipykernel in one run (median of 3 "
                   f"runs of each cell after a warm-up; wall time from execute_request to the reply).\n\n"
                   + "\n".join(rows) + "\n\nAppends in a loop (amortised O(1) means time linear in n): "
                   + "; ".join(per_append) + ".\n\nResident memory of a 10⁶-element [Double] built by appends: "
                   + memory_text + ".\n")
        text = args.markdown.read_text(encoding="utf-8") if args.markdown.exists() else "# Benchmarks\n"
        text = re.sub(r"\n## The cell language against CPython\n.*?(?=\n## |\Z)", "", text, flags=re.S).rstrip("\n")
        args.markdown.write_text(text + "\n\n" + section, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
