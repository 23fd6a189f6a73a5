"""Runs a sweep of the reference code's later protocol on a Dask cluster, shard by shard, and merges it.

The sweep is datasets × hidden sizes h × num_layers, each configuration trained --trainings times (the
reference code's num_samples: independent trainings, each from its own seed). It is split into shards, each one
dataset and a few configurations with all their trainings; every shard runs as examples/09-sweep-shard.ipynb
through papermill (tools/papermill-swift writes its parameters as `let` declarations) and the landscape kernel,
as one task on a Dask cluster: a LocalCluster on this machine by default, or the scheduler at --scheduler (a
cluster started by dask-scheduler/dask-worker, dask-jobqueue's SLURMCluster, dask-kubernetes, ...). A last task
runs scripts/sweep_merge.ipynb through the kernel on the shards' results. Written into --output:

  <dataset>.json       the merged results of each dataset, in the reference code's results JSON (a list of
                       {h, L, val_batch_size, samples: [{loss_values, accuracy}]}), configurations in the sweep's
                       order, byte for byte what one kernel running the whole sweep writes
  sweep.svg            the figure (one row per dataset: accuracy against objects seen, the loss difference,
                       accuracy against the loss difference), drawn by the kernel's SVG renderer
  sweep.json           the manifest: the settings, every shard (dataset, configurations, worker, seconds)
  shards/              each shard's executed notebook and results file, and the executed merge notebook

Every training's seed derives from --seed and its configuration alone (SampleSizeProtocol.trainingSeed), so
how the sweep is cut into shards, and in which order they run, does not change a bit of the results.

The workers need this repository's Python environment (papermill, papermill-swift, dask) and the kernel installed
as a kernelspec (--kernel-name; --jupyter-path adds a folder to their JUPYTER_PATH); the dataset folders are
read by the workers, so on a real cluster they are paths on the workers. Nothing else is shared: notebooks and
results travel through Dask.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import pathlib
import re
import sys
import time

REPO = pathlib.Path(__file__).resolve().parent.parent
SHARD_NOTEBOOK = REPO / "examples" / "09-sweep-shard.ipynb"
MERGE_NOTEBOOK = REPO / "scripts" / "sweep_merge.ipynb"

# The datasets the shard notebook loads: (input size, classes) for the cost estimate, and the folder used
# when --dataset names none.
DATASETS = {
    "fashion_mnist": (784, 10, "/usr/share/datasets/fashion-mnist"),
    "mnist": (784, 10, "data"),
    "cifar10": (3072, 10, "data"),
    "cifar100": (3072, 100, "data"),
    "synthetic": (784, 10, ""),
}
SCHEDULER_ADDRESS = re.compile(r"^(?:(?:tcp|tls|ucx|ws|wss|inproc)://)?[^\s/:]+(?::\d{1,5})?/?$")


# --- the sweep and its shards ------------------------------------------------------------------------

def parameter_count(dataset: str, hidden: int, hidden_layers: int) -> int:
    """The weights of the reference code's Net(input, h, classes, num_layers): its cost grows with them."""
    inputs, classes, _ = DATASETS[dataset]
    return inputs * hidden + hidden_layers * hidden * hidden + hidden * classes


def plan_shards(datasets: list[str], hidden_sizes: list[int], hidden_layer_counts: list[int],
                per_shard: int) -> list[dict]:
    """Cuts each dataset's configurations into shards of at most `per_shard`, balancing their estimated cost
    (longest first onto the lightest shard); shards are returned most expensive first, so that the long ones
    start first on the cluster."""
    shards = []
    for dataset in datasets:
        configurations = [(h, layers) for h in hidden_sizes for layers in hidden_layer_counts]
        count = math.ceil(len(configurations) / per_shard)
        groups = [{"dataset": dataset, "configurations": [], "cost": 0} for _ in range(count)]
        for h, layers in sorted(configurations, key=lambda c: (-parameter_count(dataset, *c), c)):
            open_groups = [g for g in groups if len(g["configurations"]) < per_shard]
            lightest = min(open_groups, key=lambda g: g["cost"])
            lightest["configurations"].append([h, layers])
            lightest["cost"] += parameter_count(dataset, h, layers) + layers
        shards.extend(groups)
    shards.sort(key=lambda g: -g["cost"])
    for index, shard in enumerate(shards):
        shard["index"] = index
    return shards


# --- what runs on a worker -----------------------------------------------------------------------------

def run_notebook(notebook_text: str, parameters: dict, kernel_name: str, jupyter_path: str | None,
                 timeout: int, inputs: dict[str, str] | None = None, outputs: list[str] = ()) -> dict:
    """Runs a notebook with papermill through the kernel in a fresh folder on this worker. `inputs` are files
    written there first (name → text); `parameters` may name files there as "{dir}/NAME". Returns the executed
    notebook, the text of every file of `outputs`, the seconds it took, the worker's host, and the error if the
    notebook failed (papermill's message names the cell)."""
    import socket
    import tempfile

    import papermill
    import papermill_swift  # noqa: F401  (registers the Swift translator, as papermill's entry point also does)

    if jupyter_path:
        current = os.environ.get("JUPYTER_PATH", "")
        if jupyter_path not in current.split(os.pathsep):
            os.environ["JUPYTER_PATH"] = jupyter_path + (os.pathsep + current if current else "")
    with tempfile.TemporaryDirectory(prefix="landscape-sweep-") as folder:
        for name, text in (inputs or {}).items():
            pathlib.Path(folder, name).write_text(text, encoding="utf-8")
        def resolve(value):
            if isinstance(value, str):
                return value.replace("{dir}", folder)
            return [resolve(item) for item in value] if isinstance(value, list) else value
        resolved = {name: resolve(value) for name, value in parameters.items()}
        source, executed = pathlib.Path(folder, "input.ipynb"), pathlib.Path(folder, "output.ipynb")
        source.write_text(notebook_text, encoding="utf-8")
        started = time.monotonic()
        error = None
        try:
            papermill.execute_notebook(str(source), str(executed), parameters=resolved, kernel_name=kernel_name,
                                       language="swift", progress_bar=False, execution_timeout=timeout, cwd=folder)
        except Exception as failure:  # reported to the client with the executed notebook
            error = f"{type(failure).__name__}: {failure}"
        seconds = time.monotonic() - started
        files = {}
        for name in outputs:
            path = pathlib.Path(folder, name)
            if path.is_file():
                files[name] = path.read_text(encoding="utf-8")
            elif error is None:
                error = f"the notebook wrote no {name}"
        try:
            from distributed import get_worker
            worker = get_worker().address
        except ValueError:  # not in a Dask worker (called directly)
            worker = None
        return {"notebook": executed.read_text(encoding="utf-8") if executed.is_file() else None, "files": files,
                "seconds": seconds, "host": socket.gethostname(), "worker": worker, "error": error}


# --- the client ------------------------------------------------------------------------------------------

def positive(name: str, minimum: int = 1, maximum: int | None = None):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{name} must be an integer, got {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{name} must be ≥ {minimum}, got {value}")
        if maximum is not None and value > maximum:
            raise argparse.ArgumentTypeError(f"{name} must be ≤ {maximum}, got {value}")
        return value
    return parse


def parse_dataset(text: str) -> tuple[str, str]:
    name, _, root = text.partition("=")
    if name not in DATASETS:
        raise argparse.ArgumentTypeError(f"unknown dataset {name!r}: one of {', '.join(DATASETS)} (as NAME or NAME=FOLDER)")
    if name == "synthetic" and root:
        raise argparse.ArgumentTypeError("the synthetic dataset is generated and reads no folder")
    return name, root or DATASETS[name][2]


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="sweep_cluster.py", description=__doc__,
        epilog="Example, on this machine: scripts/sweep_cluster.py --output out/sweep --train-count 2000 "
               "--trainings 4 --epochs 2 --hidden-sizes 4 16 --hidden-layer-counts 1 5. On a cluster: add "
               "--scheduler tcp://HOST:8786 (the workers need the kernel and the dataset folders).",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    sweep = parser.add_argument_group("the sweep (the reference code's values by default)")
    sweep.add_argument("--dataset", dest="datasets", action="append", type=parse_dataset, metavar="NAME[=FOLDER]",
                       help=f"a dataset to sweep, repeatable: {', '.join(DATASETS)}; FOLDER is where torchvision "
                            "(or Debian) left its files, on the workers (default: fashion_mnist="
                            "/usr/share/datasets/fashion-mnist; mnist and cifar default to ./data)")
    sweep.add_argument("--hidden-sizes", nargs="+", type=positive("--hidden-sizes"), default=[4, 8, 16, 32, 64],
                       metavar="H", help="hidden sizes h (default: 4 8 16 32 64)")
    sweep.add_argument("--hidden-layer-counts", nargs="+", type=positive("--hidden-layer-counts", 0),
                       default=[1, 3, 5, 7, 10], metavar="L", help="num_layers values (default: 1 3 5 7 10)")
    sweep.add_argument("--trainings", type=positive("--trainings"), default=10,
                       help="independent trainings per configuration, the reference's num_samples (default: 10)")
    sweep.add_argument("--epochs", type=positive("--epochs"), default=10, help="epochs per training (default: 10)")
    sweep.add_argument("--train-count", type=positive("--train-count", 2), default=10_000,
                       help="the first N training objects (default: 10000)")
    sweep.add_argument("--validation-count", type=positive("--validation-count"), default=1_000,
                       help="the first N test objects, validated after every step (default: 1000)")
    sweep.add_argument("--seed", type=positive("--seed", 0, 2**63 - 1), default=0,
                       help="the seed every training's seed derives from, with its configuration (default: 0)")
    sweep.add_argument("--permutations", type=positive("--permutations"), default=10,
                       help="permutations per training for the figure's loss-difference curves (default: 10)")
    run = parser.add_argument_group("where it runs")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="a running Dask scheduler, e.g. tcp://host:8786 (default: a LocalCluster on this machine)")
    run.add_argument("--connect-timeout", type=positive("--connect-timeout"), default=30, metavar="SECONDS",
                     help="how long to try reaching --scheduler (default: 30)")
    run.add_argument("--workers", type=positive("--workers"), default=2,
                     help="LocalCluster worker processes, one shard at a time each (default: 2; each kernel "
                          "spreads a shard's trainings over the cores)")
    run.add_argument("--configurations-per-shard", type=positive("--configurations-per-shard"), default=1,
                     metavar="N", help="configurations in one shard, one notebook run (default: 1)")
    run.add_argument("--output", type=pathlib.Path, default=REPO / "out" / "sweep",
                     help="folder for the merged results, the figure and the shards (default: out/sweep)")
    run.add_argument("--kernel-name", default="landscape",
                     help="the kernelspec the workers run the notebooks with (default: landscape)")
    run.add_argument("--jupyter-path", metavar="FOLDER",
                     help="a folder added to the workers' JUPYTER_PATH, holding kernels/<name>/kernel.json "
                          "(e.g. .venv/share/jupyter)")
    run.add_argument("--timeout", type=positive("--timeout"), default=3600, help="seconds one cell may take (default: 3600)")
    run.add_argument("--shard-notebook", type=pathlib.Path, default=SHARD_NOTEBOOK, help=argparse.SUPPRESS)
    run.add_argument("--merge-notebook", type=pathlib.Path, default=MERGE_NOTEBOOK, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    args.datasets = args.datasets or [parse_dataset("fashion_mnist")]
    names = [name for name, _ in args.datasets]
    for label, values in (("--dataset", names), ("--hidden-sizes", args.hidden_sizes),
                          ("--hidden-layer-counts", args.hidden_layer_counts)):
        repeated = sorted({v for v in values if values.count(v) > 1})
        if repeated:
            parser.error(f"{label} repeats {', '.join(map(str, repeated))}")
    if args.scheduler is not None and not SCHEDULER_ADDRESS.match(args.scheduler):
        parser.error(f"--scheduler {args.scheduler!r} is not a scheduler address such as tcp://host:8786")
    if args.scheduler is None:
        # A LocalCluster reads the folders here, so they can be checked before anything starts.
        for name, root in args.datasets:
            if root and not pathlib.Path(root).is_dir():
                parser.error(f"--dataset {name}={root}: no such folder")
    if args.jupyter_path is not None:
        if args.scheduler is None and not pathlib.Path(args.jupyter_path).is_dir():
            parser.error(f"--jupyter-path {args.jupyter_path}: no such folder")
        args.jupyter_path = str(pathlib.Path(args.jupyter_path).resolve()) if args.scheduler is None else args.jupyter_path
    for label, path in (("--shard-notebook", args.shard_notebook), ("--merge-notebook", args.merge_notebook)):
        if not path.is_file():
            parser.error(f"{label} {path}: no such notebook")
    if args.output.exists() and not args.output.is_dir():
        parser.error(f"--output {args.output} exists and is not a folder")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    from dask.distributed import Client, LocalCluster, as_completed

    datasets = [name for name, _ in args.datasets]
    roots = dict(args.datasets)
    shards = plan_shards(datasets, args.hidden_sizes, args.hidden_layer_counts, args.configurations_per_shard)
    shard_folder = args.output / "shards"
    shard_text = args.shard_notebook.read_text(encoding="utf-8")
    merge_text = args.merge_notebook.read_text(encoding="utf-8")
    common = {"kernel_name": args.kernel_name, "jupyter_path": args.jupyter_path, "timeout": args.timeout}

    started = time.monotonic()
    cluster = None
    if args.scheduler:
        try:
            client = Client(args.scheduler, timeout=f"{args.connect_timeout}s")
        except (OSError, TimeoutError) as failure:
            print(f"sweep_cluster.py: cannot reach the Dask scheduler at {args.scheduler} within "
                  f"{args.connect_timeout} s ({failure})", file=sys.stderr)
            return 1
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    shard_folder.mkdir(parents=True, exist_ok=True)
    where = args.scheduler or f"a LocalCluster of {args.workers} workers"
    print(f"{len(shards)} shards of {sum(len(s['configurations']) for s in shards)} configurations × "
          f"{args.trainings} trainings on {where}", flush=True)
    try:
        futures = {}
        for shard in shards:
            parameters = {
                "datasetName": shard["dataset"], "datasetRoot": roots[shard["dataset"]],
                "trainCount": args.train_count, "validationCount": args.validation_count,
                "configurations": shard["configurations"], "trainings": args.trainings, "epochs": args.epochs,
                "seed": args.seed, "resultsPath": "{dir}/results.json",
            }
            future = client.submit(run_notebook, shard_text, parameters, outputs=["results.json"],
                                   key=f"sweep-shard-{shard['index']:03d}", pure=False, **common)
            futures[future] = shard
        failures = []
        for future in as_completed(futures):
            shard, outcome = futures[future], future.result()
            stem = f"shard-{shard['index']:03d}-{shard['dataset']}"
            if outcome["notebook"]:
                (shard_folder / f"{stem}.ipynb").write_text(outcome["notebook"], encoding="utf-8")
            shard.update(seconds=round(outcome["seconds"], 3), host=outcome["host"], worker=outcome["worker"],
                         error=outcome["error"])
            if outcome["error"]:
                failures.append(f"shard {shard['index']} ({shard['dataset']}, [h, num_layers] = "
                                f"{shard['configurations']}): {outcome['error']}")
                continue
            shard["results"] = f"shards/{stem}.json"
            (args.output / shard["results"]).write_text(outcome["files"]["results.json"], encoding="utf-8")
            print(f"  shard {shard['index']}: {shard['dataset']} {shard['configurations']} in "
                  f"{outcome['seconds']:.1f} s on {outcome['worker']}", flush=True)
        if failures:
            print("sweep_cluster.py: shards failed (their notebooks are in " f"{shard_folder}):\n  " +
                  "\n  ".join(failures), file=sys.stderr)
            return 1

        inputs = {f"shard-{s['index']:03d}.json": (args.output / s["results"]).read_text(encoding="utf-8") for s in shards}
        merge_parameters = {
            "datasetNames": datasets,
            "shardPaths": [f"{{dir}}/shard-{s['index']:03d}.json" for s in shards],
            "shardDatasets": [s["dataset"] for s in shards],
            "hiddenSizes": args.hidden_sizes, "hiddenLayerCounts": args.hidden_layer_counts,
            "permutations": args.permutations, "outputDirectory": "{dir}", "figurePath": "{dir}/sweep.svg",
        }
        outcome = client.submit(run_notebook, merge_text, merge_parameters, inputs=inputs,
                                outputs=[f"{name}.json" for name in datasets] + ["sweep.svg"],
                                key="sweep-merge", pure=False, **common).result()
        if outcome["notebook"]:
            (shard_folder / "merge.ipynb").write_text(outcome["notebook"], encoding="utf-8")
        if outcome["error"]:
            print(f"sweep_cluster.py: the merge failed (its notebook: {shard_folder / 'merge.ipynb'}): "
                  f"{outcome['error']}", file=sys.stderr)
            return 1
        for name, text in outcome["files"].items():
            (args.output / name).write_text(text, encoding="utf-8")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    manifest = {
        "datasets": [{"name": name, "folder": roots[name], "results": f"{name}.json"} for name in datasets],
        "hiddenSizes": args.hidden_sizes, "hiddenLayerCounts": args.hidden_layer_counts,
        "trainings": args.trainings, "epochs": args.epochs, "trainCount": args.train_count,
        "validationCount": args.validation_count, "seed": args.seed, "permutations": args.permutations,
        "figure": "sweep.svg", "scheduler": args.scheduler or f"LocalCluster({args.workers} workers)",
        "mergeSeconds": round(outcome["seconds"], 3), "totalSeconds": round(time.monotonic() - started, 3),
        "shards": [{key: shard[key] for key in ("index", "dataset", "configurations", "host", "worker", "seconds", "results")}
                   for shard in shards],
    }
    (args.output / "sweep.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"merged {len(datasets)} dataset(s) in {outcome['seconds']:.1f} s; "
          f"total {manifest['totalSeconds']:.1f} s. Results: "
          + ", ".join(str(args.output / f"{name}.json") for name in datasets)
          + f"; figure: {args.output / 'sweep.svg'}; manifest: {args.output / 'sweep.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
