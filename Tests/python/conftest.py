"""Fixtures for the kernel's Python suite: the binary is installed as a kernelspec into a temporary
prefix, JUPYTER_PATH points at it, and kernels are started through jupyter_client's KernelManager.

The binary comes from LANDSCAPE_KERNEL_BIN, else .build/debug (what scripts/build.sh
builds), else .build/release of this checkout."""
import os
import pathlib
import subprocess
import sys

import pytest
from jupyter_client.manager import KernelManager

REPO = pathlib.Path(__file__).resolve().parents[2]
KERNEL_NAME = "landscape"


def kernel_binary() -> pathlib.Path:
    explicit = os.environ.get("LANDSCAPE_KERNEL_BIN")
    candidates = [pathlib.Path(explicit)] if explicit else [
        REPO / ".build" / "debug" / "landscape-kernel",
        REPO / ".build" / "release" / "landscape-kernel",
    ]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate.resolve()
    pytest.exit(f"no landscape-kernel binary at {', '.join(map(str, candidates))}; build it or set LANDSCAPE_KERNEL_BIN", 2)


@pytest.fixture(scope="session")
def binary() -> pathlib.Path:
    return kernel_binary()


@pytest.fixture(scope="session")
def kernel_prefix(tmp_path_factory, binary) -> pathlib.Path:
    """Installs the kernelspec with `landscape-kernel install --prefix` and points JUPYTER_PATH at it."""
    prefix = tmp_path_factory.mktemp("jupyter-prefix")
    subprocess.run([str(binary), "install", "--prefix", str(prefix), "--name", KERNEL_NAME], check=True,
                   capture_output=True)
    data = prefix / "share" / "jupyter"
    os.environ["JUPYTER_PATH"] = str(data) + os.pathsep + os.environ.get("JUPYTER_PATH", "")
    return prefix


@pytest.fixture
def stderr_file(tmp_path):
    """A file receiving the kernel's stderr; read it with .read_text()."""
    path = tmp_path / "kernel-stderr.txt"
    handle = open(path, "w")
    yield path
    handle.close()


def start(kernel_prefix, stderr_path=None, **manager_options):
    """Starts a kernel from the installed kernelspec; returns (manager, ready client)."""
    km = KernelManager(kernel_name=KERNEL_NAME, **manager_options)
    launch = {}
    if stderr_path is not None:
        launch["stderr"] = open(stderr_path, "a")
    km.start_kernel(**launch)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=60)
    except RuntimeError:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
        raise
    return km, kc


@pytest.fixture
def kernel(kernel_prefix, stderr_file):
    """A running kernel (tcp); yields (manager, client, stderr path)."""
    km, kc = start(kernel_prefix, stderr_file)
    yield km, kc, stderr_file
    kc.stop_channels()
    if km.is_alive():
        km.shutdown_kernel(now=False)


def run(kc, code, timeout=30, **options):
    """Executes `code`; returns (reply content, [(msg_type, content)] of iopub)."""
    outputs = []
    reply = kc.execute_interactive(code, timeout=timeout,
                                   output_hook=lambda m: outputs.append((m["msg_type"], m["content"])),
                                   **options)
    return reply["content"], outputs


LONG_LOOP = "var i = 0\nwhile i < 2000000000 { i += 1 }\ni"


def start_long_cell(kc):
    """Starts LONG_LOOP and returns its msg_id once the kernel has begun running it (execute_input seen),
    so an interrupt cannot arrive before the cell starts."""
    msg_id = kc.execute(LONG_LOOP)
    while True:
        message = kc.get_iopub_msg(timeout=30)
        if message["parent_header"].get("msg_id") == msg_id and message["msg_type"] == "execute_input":
            break
    import time
    time.sleep(0.2)
    return msg_id
