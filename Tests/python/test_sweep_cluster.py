"""scripts/sweep_cluster.py: a small later-protocol sweep (Fashion-MNIST and the synthetic dataset, h ∈ {4, 8} ×
num_layers ∈ {1, 2}, 2 trainings of 1 epoch on 256 objects) cut into shards, run by papermill through the kernel
on a two-worker Dask LocalCluster and merged by the kernel, against the same sweep run as one protocol in one
kernel: the merged results files are the same bytes. Seeding is per configuration: a configuration run alone, in
another shard and another position, gives the same trainings, and another seed gives others. The merged figure
is valid SVG (xmllint), and bad arguments are refused with a message naming them, before any cluster starts."""
import json
import os
import pathlib
import subprocess
import sys
import time
import xml.dom.minidom

import nbformat
import pytest

pytest.importorskip("distributed")
papermill = pytest.importorskip("papermill")

from conftest import KERNEL_NAME, run, start  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "sweep_cluster.py"
SHARD_NOTEBOOK = REPO / "examples" / "09-sweep-shard.ipynb"
FASHION_MNIST = "/usr/share/datasets/fashion-mnist"

HIDDEN_SIZES = [4, 8]
HIDDEN_LAYER_COUNTS = [1, 2]
TRAININGS, EPOCHS, TRAIN_COUNT, VALIDATION_COUNT = 2, 1, 256, 64
DATASETS = ["fashion_mnist", "synthetic"]
CANONICAL = [[h, layers] for h in HIDDEN_SIZES for layers in HIDDEN_LAYER_COUNTS]


def sweep_arguments(output, *extra):
    arguments = [sys.executable, str(SCRIPT), "--output", str(output),
                 "--dataset", f"fashion_mnist={FASHION_MNIST}", "--dataset", "synthetic",
                 "--hidden-sizes", *map(str, HIDDEN_SIZES), "--hidden-layer-counts", *map(str, HIDDEN_LAYER_COUNTS),
                 "--trainings", str(TRAININGS), "--epochs", str(EPOCHS), "--train-count", str(TRAIN_COUNT),
                 "--validation-count", str(VALIDATION_COUNT), *extra]
    return arguments


@pytest.fixture(scope="module")
def sweep(kernel_prefix, tmp_path_factory):
    """The sweep on a two-worker LocalCluster, three configurations to a shard (so 2 shards a dataset); returns
    its output folder. The kernelspec is named explicitly (--kernel-name, --jupyter-path), as a cluster needs."""
    output = tmp_path_factory.mktemp("sweep")
    completed = subprocess.run(
        sweep_arguments(output, "--workers", "2", "--configurations-per-shard", "3", "--kernel-name", KERNEL_NAME,
                        "--jupyter-path", str(kernel_prefix / "share" / "jupyter")),
        capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    print(completed.stdout)
    return output


def load_cell(name):
    """The same data the shard notebook loads, written independently of it."""
    if name == "fashion_mnist":
        return (f'let train = try Dataset.fashionMNIST(root: "{FASHION_MNIST}", split: .train, count: {TRAIN_COUNT})\n'
                f'let validation = try Dataset.fashionMNIST(root: "{FASHION_MNIST}", split: .test, count: {VALIDATION_COUNT})\n')
    return (f"let all = try Dataset.gaussianMixture(count: {TRAIN_COUNT + VALIDATION_COUNT}, inputSize: 784, classes: 10, seed: 0)\n"
            f"let train = all.prefix({TRAIN_COUNT})\n"
            f"let validation = try all.subset(Array({TRAIN_COUNT}..<all.count))\n")


@pytest.fixture(scope="module")
def one_kernel(kernel_prefix, tmp_path_factory):
    """The whole sweep as one protocol per dataset (the grid at once, as notebook 07 runs it) in one kernel;
    returns {dataset: results file}."""
    folder = tmp_path_factory.mktemp("one-kernel")
    km, kc = start(kernel_prefix)
    try:
        files = {}
        for name in DATASETS:
            files[name] = folder / f"{name}.json"
            code = load_cell(name) + (
                f"let study = try SampleSizeStudy.run(train: train, validation: validation, settings: SampleSizeProtocol("
                f"hiddenSizes: {HIDDEN_SIZES}, hiddenLayerCounts: {HIDDEN_LAYER_COUNTS}, trainings: {TRAININGS}, "
                f"epochs: {EPOCHS}))\n"
                f'try study.writeReferenceResults(to: "{files[name]}")\n')
            reply, _ = run(kc, code, timeout=300)
            assert reply["status"] == "ok", reply
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return files


def test_merged_results_are_the_one_kernel_runs_bytes(sweep, one_kernel):
    for name in DATASETS:
        merged = (sweep / f"{name}.json").read_bytes()
        assert merged == one_kernel[name].read_bytes(), name


def test_merged_results_hold_the_whole_sweep_in_its_order(sweep):
    steps = EPOCHS * -(-TRAIN_COUNT // 64)
    for name in DATASETS:
        entries = json.loads((sweep / f"{name}.json").read_text())
        assert [[entry["h"], entry["L"]] for entry in entries] == CANONICAL
        for entry in entries:
            assert entry["val_batch_size"] == 64 and len(entry["samples"]) == TRAININGS
            for sample in entry["samples"]:
                assert len(sample["loss_values"]) == TRAIN_COUNT and len(sample["accuracy"]) == steps
        # The equality above is not between empty or constant files: every training differs from every other.
        losses = [tuple(sample["loss_values"]) for entry in entries for sample in entry["samples"]]
        assert len(set(losses)) == len(losses)


def test_the_shards_cut_and_ordered_the_sweep_otherwise(sweep):
    manifest = json.loads((sweep / "sweep.json").read_text())
    shards = manifest["shards"]
    assert len(shards) == 4 and sorted(s["dataset"] for s in shards) == sorted(DATASETS * 2)
    for name in DATASETS:
        ran = [pair for shard in shards if shard["dataset"] == name for pair in shard["configurations"]]
        assert sorted(ran) == CANONICAL
        # Most expensive first, so no shard ran its configurations in the sweep's order or position.
        assert ran != CANONICAL
    for shard in shards:
        assert shard["seconds"] > 0 and shard["worker"].startswith("tcp://")
        assert (sweep / shard["results"]).is_file()
        notebook = nbformat.read(sweep / "shards" / f"shard-{shard['index']:03d}-{shard['dataset']}.ipynb", as_version=4)
        injected = [c for c in notebook.cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert len(injected) == 1 and f"let configurations = {shard['configurations']}" in injected[0].source
    assert (sweep / "shards" / "merge.ipynb").is_file()


def run_shard(tmp_path, configurations, seed):
    results = tmp_path / f"shard-{seed}.json"
    papermill.execute_notebook(
        str(SHARD_NOTEBOOK), str(tmp_path / f"shard-{seed}.ipynb"), kernel_name=KERNEL_NAME, progress_bar=False,
        execution_timeout=300,
        parameters={"datasetName": "synthetic", "datasetRoot": "", "trainCount": TRAIN_COUNT,
                    "validationCount": VALIDATION_COUNT, "configurations": configurations, "trainings": TRAININGS,
                    "epochs": EPOCHS, "seed": seed, "resultsPath": str(results)})
    return json.loads(results.read_text())


def test_seeds_are_per_configuration_not_per_position(one_kernel, tmp_path):
    full = {(entry["h"], entry["L"]): entry for entry in json.loads(one_kernel["synthetic"].read_text())}
    # Two configurations, in the reverse of their order in the sweep and alone in their shard.
    alone = run_shard(tmp_path, [[8, 2], [4, 2]], seed=0)
    assert [(entry["h"], entry["L"]) for entry in alone] == [(8, 2), (4, 2)]
    for entry in alone:
        assert entry == full[(entry["h"], entry["L"])]
    # Another seed gives other trainings of the same configurations.
    other = run_shard(tmp_path, [[8, 2], [4, 2]], seed=1)
    for entry in other:
        theirs = full[(entry["h"], entry["L"])]
        for mine, reference in zip(entry["samples"], theirs["samples"]):
            assert mine["loss_values"] != reference["loss_values"]


@pytest.fixture
def scheduler(tmp_path):
    """A Dask scheduler and one worker started as on a cluster (`dask scheduler`, `dask worker`), the worker with
    no JUPYTER_PATH of its own; yields the scheduler's address."""
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    address_file = tmp_path / "scheduler.json"
    environment = {key: value for key, value in os.environ.items() if key != "JUPYTER_PATH"}
    logs = open(tmp_path / "dask.log", "w")
    processes = [subprocess.Popen(dask + ["--port", "0", "--no-dashboard", "--scheduler-file", str(address_file)],
                                  stdout=logs, stderr=subprocess.STDOUT, env=environment)]
    try:
        deadline = time.monotonic() + 60
        while not address_file.is_file() or not address_file.read_text().strip():
            assert time.monotonic() < deadline and processes[0].poll() is None, (tmp_path / "dask.log").read_text()
            time.sleep(0.2)
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", "--scheduler-file", str(address_file), "--nworkers", "1",
             "--nthreads", "1", "--no-dashboard"], stdout=logs, stderr=subprocess.STDOUT, env=environment))
        yield json.loads(address_file.read_text())["address"]
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        logs.close()


def test_a_scheduler_address_runs_the_sweep_on_its_workers(scheduler, kernel_prefix, one_kernel, tmp_path):
    output = tmp_path / "out"
    completed = subprocess.run(
        [sys.executable, str(SCRIPT), "--scheduler", scheduler, "--output", str(output), "--dataset", "synthetic",
         "--hidden-sizes", *map(str, HIDDEN_SIZES), "--hidden-layer-counts", "1", "--trainings", str(TRAININGS),
         "--epochs", str(EPOCHS), "--train-count", str(TRAIN_COUNT), "--validation-count", str(VALIDATION_COUNT),
         "--kernel-name", KERNEL_NAME, "--jupyter-path", str(kernel_prefix / "share" / "jupyter")],
        capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert f"on {scheduler}" in completed.stdout
    full = {(entry["h"], entry["L"]): entry for entry in json.loads(one_kernel["synthetic"].read_text())}
    merged = json.loads((output / "synthetic.json").read_text())
    assert [(entry["h"], entry["L"]) for entry in merged] == [(h, 1) for h in HIDDEN_SIZES]
    for entry in merged:
        assert entry == full[(entry["h"], entry["L"])]
    assert json.loads((output / "sweep.json").read_text())["scheduler"] == scheduler


def test_the_merged_figure_is_valid_svg(sweep):
    figure = sweep / "sweep.svg"
    checked = subprocess.run(["xmllint", "--noout", str(figure)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    document = xml.dom.minidom.parse(str(figure))
    assert document.documentElement.tagName == "svg"
    text = figure.read_text()
    for label in ["Fashion-MNIST: accuracy", "synthetic: accuracy", "accuracy against loss difference"] + [
            f"h = {h}, L = {layers}" for h, layers in CANONICAL]:
        assert label in text, label


@pytest.mark.parametrize("extra, message", [
    (["--hidden-sizes", "0"], "--hidden-sizes must be ≥ 1, got 0"),
    (["--trainings", "two"], "--trainings must be an integer, got 'two'"),
    (["--hidden-layer-counts", "1", "3", "1"], "--hidden-layer-counts repeats 1"),
    (["--dataset", "imagenet"], "unknown dataset 'imagenet'"),
    (["--dataset", "mnist=/nonexistent/mnist"], "--dataset mnist=/nonexistent/mnist: no such folder"),
    (["--dataset", "synthetic=/tmp"], "the synthetic dataset is generated and reads no folder"),
    (["--scheduler", "tcp://no such host:8786"], "is not a scheduler address"),
    (["--jupyter-path", "/nonexistent/jupyter"], "--jupyter-path /nonexistent/jupyter: no such folder"),
])
def test_a_bad_argument_is_refused_with_its_name(tmp_path, extra, message):
    output = tmp_path / "out"
    completed = subprocess.run([sys.executable, str(SCRIPT), "--output", str(output), *extra],
                               capture_output=True, text=True, timeout=60)
    assert completed.returncode == 2
    assert message in completed.stderr and "usage: sweep_cluster.py" in completed.stderr
    assert not output.exists()


def test_help_says_what_it_does():
    completed = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0
    for option in ["--scheduler", "--connect-timeout", "--workers", "--configurations-per-shard", "--dataset", "--jupyter-path",
                   "LocalCluster", "sweep.svg", "<dataset>.json"]:
        assert option in completed.stdout, option


def test_a_failing_shard_is_reported_with_the_kernels_error(kernel_prefix, tmp_path):
    empty = tmp_path / "no-mnist-here"
    empty.mkdir()
    output = tmp_path / "out"
    completed = subprocess.run(
        [sys.executable, str(SCRIPT), "--output", str(output), "--dataset", f"mnist={empty}", "--hidden-sizes", "4",
         "--hidden-layer-counts", "1", "--trainings", "1", "--epochs", "1", "--train-count", "64", "--workers", "1"],
        capture_output=True, text=True, timeout=300)
    assert completed.returncode == 1
    assert "shard 0 (mnist, [h, num_layers] = [[4, 1]])" in completed.stderr
    assert f"no dataset files under {empty}" in completed.stderr
    # The failed notebook is kept for reading; nothing is merged.
    assert (output / "shards" / "shard-000-mnist.ipynb").is_file()
    assert not (output / "mnist.json").exists() and not (output / "sweep.svg").exists()


def test_an_unreachable_scheduler_is_reported(tmp_path):
    import socket
    with socket.socket() as unused:  # a port nobody listens on: bound, never listening
        unused.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{unused.getsockname()[1]}"
        completed = subprocess.run([sys.executable, str(SCRIPT), "--scheduler", address, "--connect-timeout", "2",
                                    "--output", str(tmp_path / "out"), "--dataset", "synthetic"],
                                   capture_output=True, text=True, timeout=120)
    assert completed.returncode == 1
    assert f"cannot reach the Dask scheduler at {address} within 2 s" in completed.stderr
    assert not (tmp_path / "out").exists()
