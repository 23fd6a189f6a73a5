"""Issue 12 through the kernel: a cell loading each bad dataset file the test writes gets an error that
names the file and the problem; results JSON moves both ways between cells and Python's json with the
reference code's structure; the protocol runs from a cell with a live progress bar and keeps finished
configurations when interrupted."""
import gzip
import json
import struct
import time
import zipfile

import pytest

from conftest import run


def error_of(kc, code, timeout=60):
    reply, outputs = run(kc, code, timeout=timeout)
    assert reply["status"] == "error", f"expected an error, got {reply} {outputs}"
    return f"{reply['ename']}: {reply['evalue']}"


def ok(kc, code, timeout=120):
    reply, outputs = run(kc, code, timeout=timeout)
    assert reply["status"] == "ok", f"{reply.get('ename')}: {reply.get('evalue')}\n{outputs}"
    return "".join(c.get("text", "") for t, c in outputs if t == "stream")


def idx_images(count, rows=28, cols=28, magic=0x0803):
    return struct.pack(">IIII", magic, count, rows, cols) + bytes((i * 7) % 256 for i in range(count * rows * cols))


def idx_labels(labels, magic=0x0801):
    return struct.pack(">II", magic, len(labels)) + bytes(labels)


def npy_bytes(values, shape, descr="<f8"):
    """A .npy file (format 1.0) as np.save writes it, without NumPy (the test environment has none)."""
    shape_text = f"({shape[0]},)" if len(shape) == 1 else "(" + ", ".join(map(str, shape)) + ")"
    header = f"{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape_text}, }}"
    header += " " * ((64 - (10 + len(header) + 1) % 64) % 64) + "\n"
    if descr == "<f8":
        body = struct.pack(f"<{len(values)}d", *values)
    elif descr == "<i8":
        body = struct.pack(f"<{len(values)}q", *values)
    else:  # fixed-width unicode strings, e.g. '<U1'
        width = int(descr[2:])
        body = b"".join(v.ljust(width).encode("utf-32-le") for v in values)
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode("latin-1") + body


def write_mnist(root, images, labels, gz=False):
    raw = root / "MNIST" / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    suffix = ".gz" if gz else ""
    opener = gzip.open if gz else open
    with opener(raw / f"train-images-idx3-ubyte{suffix}", "wb") as f:
        f.write(images)
    with opener(raw / f"train-labels-idx1-ubyte{suffix}", "wb") as f:
        f.write(labels)
    return raw / f"train-images-idx3-ubyte{suffix}", raw / f"train-labels-idx1-ubyte{suffix}"


def bad_files(tmp):
    """(name, cell code, path the error must name, words the problem must contain) for every bad file."""
    cases = []
    root = tmp / "wrong-magic"
    images, _ = write_mnist(root, idx_images(3, magic=0x0802), idx_labels([0, 1, 2]))
    cases.append(("IDX wrong magic", f'try Dataset.mnist(root: "{root}")', images, ["magic"]))
    root = tmp / "truncated"
    images, _ = write_mnist(root, idx_images(3)[:-100], idx_labels([0, 1, 2]))
    cases.append(("IDX truncated", f'try Dataset.mnist(root: "{root}")', images, ["truncated"]))
    root = tmp / "label-range"
    _, labels = write_mnist(root, idx_images(3), idx_labels([0, 12, 2]), gz=True)
    cases.append(("IDX label out of range", f'try Dataset.mnist(root: "{root}")', labels, ["label 12", "0..<10"]))
    root = tmp / "cifar-short"
    folder = root / "cifar-10-batches-bin"
    folder.mkdir(parents=True)
    (folder / "test_batch.bin").write_bytes(bytes(3073 * 2 + 100))
    cases.append(("CIFAR binary truncated", f'try Dataset.cifar10(root: "{root}", split: .test)', folder / "test_batch.bin", ["truncated"]))
    root = tmp / "cifar-pickle"
    folder = root / "cifar-10-batches-py"
    folder.mkdir(parents=True)
    # A pickle that names a constructor outside CIFAR's structure (os.system): refused, never run.
    (folder / "test_batch").write_bytes(b"\x80\x02cos\nsystem\nq\x00X\x04\x00\x00\x00trueq\x01\x85q\x02Rq\x03.")
    cases.append(("CIFAR pickle with a foreign constructor", f'try Dataset.cifar10(root: "{root}", split: .test)', folder / "test_batch", ["refused"]))
    features = tmp / "features.npy"
    features.write_bytes(b"NOTNUMPY" + bytes(64))
    labels = tmp / "labels.npy"
    labels.write_bytes(npy_bytes([0, 1, 2], (3,), "<i8"))
    cases.append(("npy wrong magic", f'try Dataset.numpy(features: "{features}", labels: "{labels}")', features, ["magic"]))
    nan = tmp / "nan.npy"
    nan.write_bytes(npy_bytes([0.0, 1.0, float("nan"), 2.0, 3.0, 4.0], (3, 2)))
    cases.append(("npy NaN feature", f'try Dataset.numpy(features: "{nan}", labels: "{labels}")', nan, ["NaN"]))
    flat = tmp / "flat.npy"
    flat.write_bytes(npy_bytes([0.0] * 6, (6,)))
    cases.append(("npy wrong shape", f'try Dataset.numpy(features: "{flat}", labels: "{labels}")', flat, ["shape"]))
    strings = tmp / "strings.npy"
    strings.write_bytes(npy_bytes(list("abcdef"), (3, 2), "<U1"))
    cases.append(("npy wrong dtype", f'try Dataset.numpy(features: "{strings}", labels: "{labels}")', strings, ["dtype"]))
    good = tmp / "good.npy"
    good.write_bytes(npy_bytes([1.0] * 6, (3, 2)))
    far = tmp / "far.npy"
    far.write_bytes(npy_bytes([0, 1, 7], (3,), "<i8"))
    cases.append(("npy label out of range", f'try Dataset.numpy(features: "{good}", labels: "{far}", classes: 3)', far, ["label 7"]))
    archive = tmp / "broken.npz"
    archive.write_bytes(b"PK\x03\x04" + bytes(20))
    cases.append(("npz not an archive", f'try Dataset.npz(path: "{archive}")', archive, ["npz"]))
    unnamed = tmp / "unnamed.npz"
    with zipfile.ZipFile(unnamed, "w") as z:
        z.writestr("a.npy", npy_bytes([1.0] * 6, (3, 2)))
        z.writestr("b.npy", npy_bytes([1.0] * 6, (3, 2)))
        z.writestr("c.npy", npy_bytes([1.0] * 3, (3,)))
    cases.append(("npz without telling arrays", f'try Dataset.npz(path: "{unnamed}")', unnamed, ["features"]))
    csv = tmp / "bad.csv"
    csv.write_text("1,2,0\n3,x,1\n")
    cases.append(("CSV bad field", f'try Dataset.csv(path: "{csv}")', csv, ["line 2"]))
    results = tmp / "results.json"
    results.write_text('[{"h": 4, "L": 1, "val_batch_size": 64, "samples": [{"loss_values": [0.5, "x"], "accuracy": [0.1]}]}]')
    cases.append(("results JSON bad number", f'try SampleSizeStudy(referenceResults: "{results}")', results, ["loss_values"]))
    return cases


def test_every_bad_file_is_an_error_naming_the_file_and_problem(kernel, tmp_path):
    _, kc, _ = kernel
    for name, code, path, words in bad_files(tmp_path):
        message = error_of(kc, code)
        assert str(path) in message, f"{name}: {message!r} does not name {path}"
        for word in words:
            assert word.lower() in message.lower(), f"{name}: {message!r} does not say {word!r}"


def test_missing_dataset_lists_where_it_looked(kernel, tmp_path):
    _, kc, _ = kernel
    message = error_of(kc, f'try Dataset.cifar100(root: "{tmp_path}", split: .test, labels: .coarse)')
    assert str(tmp_path / "cifar-100-binary" / "test.bin") in message
    assert str(tmp_path / "cifar-100-python" / "test") in message


def test_good_files_load_through_cells(kernel, tmp_path):
    _, kc, _ = kernel
    write_mnist(tmp_path, idx_images(5), idx_labels([0, 1, 2, 3, 9]), gz=True)
    out = ok(kc, f'let m = try Dataset.mnist(root: "{tmp_path}", count: 4)\nprint(m.count, m.inputSize, m.classCount, m.labels)')
    assert out.strip() == "4 784 10 [0, 1, 2, 3]"
    with zipfile.ZipFile(tmp_path / "feats.npz", "w", zipfile.ZIP_DEFLATED) as z:  # as np.savez_compressed
        z.writestr("features.npy", npy_bytes([float(i) for i in range(12)], (4, 3)))
        z.writestr("labels.npy", npy_bytes([0, 1, 1, 2], (4,), "<i8"))
    out = ok(kc, f'let f = try Dataset.npz(path: "{tmp_path / "feats.npz"}")\nprint(f.count, f.inputSize, f.classCount, f[1].features)')
    assert out.strip() == "4 3 3 [3.0, 4.0, 5.0]"
    # The writers produce the exact formats: Python reads the IDX and CIFAR files the cell wrote.
    ok(kc, f'let g = try Dataset.gaussianMixture(count: 10, inputSize: 784, classes: 4, seed: 1)\n'
           f'try g.writeMNIST(root: "{tmp_path / "w"}")\n'
           f'let c = try Dataset.gaussianMixture(count: 10, inputSize: 3072, classes: 10, seed: 1)\n'
           f'try c.writeCIFAR10(root: "{tmp_path / "w"}")\n'
           f'print(g.labels, c.labels)')
    raw = (tmp_path / "w" / "MNIST" / "raw" / "train-labels-idx1-ubyte").read_bytes()
    assert struct.unpack(">II", raw[:8]) == (0x0801, 10)
    images = (tmp_path / "w" / "MNIST" / "raw" / "train-images-idx3-ubyte").read_bytes()
    assert struct.unpack(">IIII", images[:16]) == (0x0803, 10, 28, 28) and len(images) == 16 + 10 * 784
    batches = [(tmp_path / "w" / "cifar-10-batches-bin" / f"data_batch_{i}.bin").read_bytes() for i in range(1, 6)]
    assert sum(len(b) for b in batches) == 10 * 3073


def test_results_json_both_ways(kernel, tmp_path):
    _, kc, _ = kernel
    written = tmp_path / "ours.json"
    ok(kc, f"""
let train = try Dataset.gaussianMixture(count: 130, inputSize: 6, classes: 3, seed: 2)
let validation = try Dataset.gaussianMixture(count: 40, inputSize: 6, classes: 3, seed: 3)
let settings = SampleSizeProtocol(hiddenSizes: [4, 8], hiddenLayerCounts: [1], trainings: 2, epochs: 2)
let study = try SampleSizeStudy.run(train: train, validation: validation, settings: settings)
try study.writeReferenceResults(to: "{written}")
""", timeout=300)
    data = json.loads(written.read_text())
    assert isinstance(data, list) and [(c["h"], c["L"]) for c in data] == [(4, 1), (8, 1)]
    for configuration in data:
        assert set(configuration) == {"h", "L", "val_batch_size", "samples"}
        assert configuration["val_batch_size"] == 64 and len(configuration["samples"]) == 2
        for sample in configuration["samples"]:
            assert set(sample) == {"loss_values", "accuracy"}
            assert len(sample["loss_values"]) == 130
            assert len(sample["accuracy"]) == 2 * 3  # 3 steps an epoch (130 / 64), 2 epochs
            assert all(0 <= a <= 1 for a in sample["accuracy"])
    # The same text json.dump(…, indent=4) writes.
    assert written.read_text() == json.dumps(data, indent=4)

    theirs = tmp_path / "theirs.json"
    reference = [{"h": 16, "L": 3, "val_batch_size": 64,
                  "samples": [{"loss_values": [0.1 * (i + 1) + 0.01 * s for i in range(50)],
                               "accuracy": [0.5 + 0.01 * i + 0.02 * s for i in range(20)]} for s in range(3)]}]
    with open(theirs, "w") as f:
        json.dump(reference, f, indent=4)
    out = ok(kc, f"""
let theirs = try SampleSizeStudy(referenceResults: "{theirs}")
let curve = try theirs.accuracyCurves()[0]
print(theirs.results.count, theirs.results[0].label, theirs.results[0].trainings.count, curve.sampleSizes.count, curve.sampleSizes[1])
print(curve.mean[0], curve.std[0] > 0)
let figure = plot(try theirs.accuracyVersusDifference())
print(figure.problems.isEmpty)
""")
    lines = out.strip().splitlines()
    assert lines[0] == "1 h = 16, L = 3 3 20 128"
    mean0 = sum(0.5 + 0.02 * s for s in range(3)) / 3
    assert abs(float(lines[1].split()[0]) - mean0) < 1e-12 and lines[1].split()[1] == "true"
    assert lines[2] == "true"


def test_protocol_shows_progress_and_interrupt_keeps_finished_configurations(kernel, tmp_path):
    km, kc, _ = kernel
    ok(kc, """
let train = try Dataset.gaussianMixture(count: 2000, inputSize: 50, classes: 5, seed: 4)
let validation = try Dataset.gaussianMixture(count: 200, inputSize: 50, classes: 5, seed: 5)
let settings = SampleSizeProtocol(hiddenSizes: [4, 8, 16, 32, 64], hiddenLayerCounts: [1, 3, 5, 7, 10], trainings: 10, epochs: 50)
""")
    msg_id = kc.execute("let study = try SampleSizeStudy.run(train: train, validation: validation, settings: settings)\nstudy.results.count")
    bars = []
    deadline = time.time() + 120
    while time.time() < deadline:
        message = kc.get_iopub_msg(timeout=60)
        if message["parent_header"].get("msg_id") != msg_id:
            continue
        if message["msg_type"] in ("display_data", "update_display_data"):
            text = message["content"]["data"].get("text/plain", "")
            bars.append(text)
            if len(bars) >= 3:
                break
    assert bars and bars[0].startswith("protocol ["), bars[:3]
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=120)
    assert reply["parent_header"]["msg_id"] == msg_id
    out = ok(kc, "print(study.wasStopped, study.results.count < 25)")
    assert out.strip() == "true true"
