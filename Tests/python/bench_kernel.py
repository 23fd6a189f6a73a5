"""Benchmark (not a test): landscape-kernel against ipykernel, in one run, through jupyter_client.

  * execute round trip, median and p99 (anchors/kernel_latency.py)
  * launch → first kernel_info_reply, median (anchors/kernel_startup.py)
  * heartbeat round trip p99 while a cell computes and a second process keeps the other core busy
  * interrupt_request → interrupt_reply on control while a cell computes (max and median)

usage: bench_kernel.py [--binary PATH] [--anchors DIR] [--runs N] [--starts N] [--pings N]
The binary defaults to LANDSCAPE_KERNEL_BIN, else .build/release/landscape-kernel. Prints one JSON
line per figure and a Markdown table."""
import argparse
import json
import multiprocessing
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

import zmq
from jupyter_client.manager import start_new_kernel

REPO = pathlib.Path(__file__).resolve().parents[2]
KERNELS = {
    # kernel name: (trivial cell, a cell that computes until interrupted)
    "landscape": ("1 + 1", "var i = 0\nwhile i < 100000000000 { i += 1 }"),
    "python3": ("1+1", "i = 0\nwhile i < 10**15:\n    i += 1"),
}


def anchor(anchors, script, *args):
    out = subprocess.run([sys.executable, str(anchors / script), *map(str, args)], check=True,
                         capture_output=True, text=True, env=os.environ).stdout
    return json.loads(out.strip().splitlines()[-1])


def burn(stop_at):
    while time.time() < stop_at:
        pass


def heartbeat_under_load(name, busy_cell, pings):
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=60)
    try:
        kc.execute(busy_cell)
        time.sleep(0.5)
        burner = multiprocessing.Process(target=burn, args=(time.time() + pings * 0.02 + 30,))
        burner.start()
        ping = zmq.Context.instance().socket(zmq.REQ)
        ping.linger = 0
        ping.connect(f"{km.transport}://{km.ip}:{km.hb_port}")
        times = []
        for _ in range(pings):
            started = time.perf_counter()
            ping.send(b"ping")
            if not ping.poll(5000):
                times.append(5.0)
                break
            ping.recv()
            times.append(time.perf_counter() - started)
            time.sleep(0.01)
        burner.terminate()
        burner.join()
        ping.close()
        control = []
        for _ in range(10):
            started = time.perf_counter()
            kc.control_channel.send(kc.session.msg("interrupt_request", {}))
            kc.get_control_msg(timeout=30)
            control.append(time.perf_counter() - started)
            kc.get_shell_msg(timeout=30)
            kc.execute(busy_cell)
            time.sleep(0.3)
        km.interrupt_kernel()
        kc.get_shell_msg(timeout=30)
        times.sort()
        return {"kernel": name, "pings": len(times), "hb_median_ms": 1e3 * statistics.median(times),
                "hb_p99_ms": 1e3 * times[max(0, int(0.99 * len(times)) - 1)],
                "interrupt_reply_median_ms": 1e3 * statistics.median(control),
                "interrupt_reply_max_ms": 1e3 * max(control)}
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.environ.get("LANDSCAPE_KERNEL_BIN",
                                                           str(REPO / ".build/release/landscape-kernel")))
    parser.add_argument("--anchors", default=str(REPO.parent / "shared/anchors"))
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--pings", type=int, default=500)
    options = parser.parse_args()
    anchors = pathlib.Path(options.anchors)

    prefix = tempfile.mkdtemp(prefix="landscape-bench-")
    subprocess.run([options.binary, "install", "--prefix", prefix], check=True, capture_output=True)
    os.environ["JUPYTER_PATH"] = os.path.join(prefix, "share", "jupyter") + os.pathsep + os.environ.get("JUPYTER_PATH", "")

    results = {}
    for name, (trivial, busy) in KERNELS.items():
        latency = anchor(anchors, "kernel_latency.py", name, trivial, options.runs)
        startup = anchor(anchors, "kernel_startup.py", name, options.starts)
        heartbeat = heartbeat_under_load(name, busy, options.pings)
        results[name] = {**latency, **startup, **heartbeat}
        print(json.dumps(results[name]), flush=True)

    ours, theirs = results["landscape"], results["python3"]
    rows = [
        ("execute round trip, median (ms)", "median_ms"),
        ("execute round trip, p99 (ms)", "p99_ms"),
        ("launch → kernel_info_reply, median (s)", "startup_median_s"),
        ("heartbeat p99 while a cell computes, both cores busy (ms)", "hb_p99_ms"),
        ("interrupt_reply while a cell computes, max of 10 (ms)", "interrupt_reply_max_ms"),
    ]
    print("\n| figure | landscape-kernel | ipykernel | ratio |\n|---|---|---|---|")
    for label, key in rows:
        print(f"| {label} | {ours[key]:.3g} | {theirs[key]:.3g} | {ours[key] / theirs[key]:.2f} |")


if __name__ == "__main__":
    main()
