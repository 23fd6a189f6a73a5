"""Times a slider change to the new output arriving on iopub, for the interactive notebook's cells.

Runs examples/06-interactive.ipynb's cells in the landscape kernel through jupyter_client (the binary
of LANDSCAPE_KERNEL_BIN, else .build/release, installed as a kernelspec into a temporary prefix), then
for the bound cell (the weight-scale slider) and the per-object spectrum cell (the object slider)
sends the frontend's `update` of the slider's value, one at a time, and measures the wall time from
sending it to the `update` of the cell's Output widget with the re-rendered outputs on iopub.
Prints one JSON object and the BENCHMARKS.md rows.

    python scripts/bench_widgets.py [--changes 200]
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

import nbformat
from jupyter_client.manager import KernelManager

REPO = pathlib.Path(__file__).resolve().parent.parent
NOTEBOOK = REPO / "examples" / "06-interactive.ipynb"


def binary() -> pathlib.Path:
    explicit = os.environ.get("LANDSCAPE_KERNEL_BIN")
    path = pathlib.Path(explicit) if explicit else REPO / ".build" / "release" / "landscape-kernel"
    if not path.is_file():
        raise SystemExit(f"no kernel binary at {path}: build it (swift build -c release) or set LANDSCAPE_KERNEL_BIN")
    return path


def execute(kc, code):
    messages = []
    reply = kc.execute_interactive(code, timeout=600, output_hook=messages.append)
    if reply["content"]["status"] != "ok":
        raise SystemExit(f"cell failed: {reply['content']}")
    return messages


def model(messages, name, description=None):
    for m in messages:
        if m["msg_type"] == "comm_open":
            state = m["content"]["data"]["state"]
            if state.get("_model_name") == name and (description is None or state.get("description") == description):
                return m["content"]["comm_id"]
    raise SystemExit(f"no {name} {description or ''} opened")


def time_changes(kc, slider, output, values):
    """Seconds from each update's send to the Output widget's new outputs on iopub."""
    times = []
    for value in values:
        msg = kc.session.msg("comm_msg", {"comm_id": slider, "data": {"method": "update", "state": {"value": value},
                                                                        "buffer_paths": []}})
        started = time.perf_counter()
        kc.shell_channel.send(msg)
        msg_id = msg["header"]["msg_id"]
        arrived = None
        while True:
            m = kc.get_iopub_msg(timeout=60)
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            if (arrived is None and m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == output
                    and "outputs" in m["content"]["data"].get("state", {})):
                arrived = time.perf_counter() - started
            if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                break
        if arrived is None:
            raise SystemExit(f"no new output for value {value}")
        times.append(arrived)
    return times


def summary(times):
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]
    p90 = ordered[int(round(0.9 * (len(ordered) - 1)))]
    return {"median_ms": statistics.median(times) * 1e3, "p90_ms": p90 * 1e3, "p99_ms": p99 * 1e3,
            "max_ms": ordered[-1] * 1e3, "changes": len(times)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--changes", type=int, default=200, help="slider changes timed per cell")
    args = parser.parse_args()
    cells = [c.source for c in nbformat.read(NOTEBOOK, as_version=4).cells if c.cell_type == "code"]
    with tempfile.TemporaryDirectory() as prefix:
        subprocess.run([str(binary()), "install", "--prefix", prefix, "--name", "landscape"], check=True, capture_output=True)
        os.environ["JUPYTER_PATH"] = str(pathlib.Path(prefix) / "share" / "jupyter")
        km = KernelManager(kernel_name="landscape")
        km.start_kernel(stderr=subprocess.DEVNULL)
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=60)
            execute(kc, cells[0])
            bound = execute(kc, cells[1])
            spectrum = execute(kc, cells[3])
            # The scale slider walks its range (0.05 ... 2 in steps of 0.05), the object slider its objects.
            scales = [round(0.05 * (1 + (i % 40)), 2) for i in range(1, args.changes + 1)]
            objects = [(7 * i) % 200 for i in range(1, args.changes + 1)]
            results = {
                "bound": summary(time_changes(kc, model(bound, "FloatSliderModel"), model(bound, "OutputModel"), scales)),
                "spectrum": summary(time_changes(kc, model(spectrum, "IntSliderModel"), model(spectrum, "OutputModel"), objects)),
            }
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
    print(json.dumps(results, indent=2))
    for key, what in (("bound", "bound cell (weight scale → figure + BoundReport)"),
                      ("spectrum", "per-object spectrum cell (object → G-term spectrum + rank)")):
        r = results[key]
        met = "yes" if r["p99_ms"] < 100 else "no"
        print(f"| slider change to new output on iopub, 06-interactive {what} | median {r['median_ms']:.1f} ms, "
              f"p99 {r['p99_ms']:.1f} ms ({r['changes']} changes) | < 100 ms | {met} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
