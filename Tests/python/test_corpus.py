"""The Swift corpus: everyday snippets grouped by the chapters of The Swift Programming Language, each
run through the kernel as one cell and compared with what the same code printed when compiled by the
toolchain's swiftc (recorded by scripts/record_corpus.py beside each snippet).

- NAME.out alone: the cell must succeed and print exactly NAME.out.
- NAME.out + NAME.trap: the program stopped with a runtime failure; the cell must print NAME.out and
  then end in an error.
- NAME.error: swiftc refused the snippet; the cell must end in an error and print nothing (a cell with
  a compile error runs nothing, as swiftc builds nothing).

Snippets the kernel does not yet get right are listed in Tests/corpus/known-gaps.txt with the reason;
each of them must still fail (strict), so the list cannot go stale.
"""
import pathlib

import pytest

from conftest import start

CORPUS = pathlib.Path(__file__).resolve().parents[1] / "corpus"
SNIPPETS = sorted(CORPUS.rglob("*.swift"))


def known_gaps() -> dict[str, str]:
    gaps = {}
    path = CORPUS / "known-gaps.txt"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                name, _, reason = line.partition(" ")
                gaps[name] = reason.strip()
    return gaps


GAPS = known_gaps()


@pytest.fixture(scope="module")
def corpus_kernel(kernel_prefix, tmp_path_factory):
    km, kc = start(kernel_prefix, tmp_path_factory.mktemp("corpus") / "stderr.txt")
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def run_cell(kc, code):
    stdout, errors = [], []

    def hook(message):
        if message["msg_type"] == "stream" and message["content"]["name"] == "stdout":
            stdout.append(message["content"]["text"])
        elif message["msg_type"] == "error":
            errors.append(message["content"])

    reply = kc.execute_interactive(code, timeout=60, output_hook=hook)
    return reply["content"], "".join(stdout), errors


def outcome(kc, snippet):
    """None when the kernel's behaviour equals swiftc's, else what differs."""
    code = snippet.read_text(encoding="utf-8")
    reply, stdout, errors = run_cell(kc, code)
    if snippet.with_suffix(".error").exists():
        expected = snippet.with_suffix(".error").read_text(encoding="utf-8").strip()
        if reply["status"] != "error":
            return f"swiftc refused it ({expected.splitlines()[0]}) but the cell succeeded"
        if stdout:
            return f"swiftc refused it but the cell printed {stdout!r} before its error"
        return None
    expected = snippet.with_suffix(".out").read_text(encoding="utf-8")
    traps = snippet.with_suffix(".trap").exists()
    if stdout != expected:
        return f"printed {stdout!r}, swiftc's program printed {expected!r}" + (
            f" (cell error: {errors[0]['ename']}: {errors[0]['evalue']})" if errors else "")
    if traps and reply["status"] != "error":
        return "swiftc's program trapped but the cell succeeded"
    if not traps and reply["status"] != "ok":
        return f"the cell failed: {errors[0]['ename']}: {errors[0]['evalue']}" if errors else "the cell failed"
    return None


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[str(s.relative_to(CORPUS).with_suffix("")) for s in SNIPPETS])
def test_snippet_matches_swiftc(corpus_kernel, snippet):
    km, kc = corpus_kernel
    # Each snippet starts from a fresh session, as each is a program of its own.
    km.restart_kernel(now=True)
    kc.wait_for_ready(timeout=60)
    name = str(snippet.relative_to(CORPUS).with_suffix(""))
    difference = outcome(kc, snippet)
    if name in GAPS:
        assert difference is not None, f"{name} now matches swiftc: remove it from known-gaps.txt"
        pytest.xfail(GAPS[name])
    assert difference is None, difference


def test_every_snippet_is_recorded():
    for snippet in SNIPPETS:
        recorded = [snippet.with_suffix(s).exists() for s in (".out", ".error")]
        assert any(recorded), f"{snippet}: run scripts/record_corpus.py"
    for name in GAPS:
        assert (CORPUS / f"{name}.swift").exists(), f"known-gaps.txt names a missing snippet {name}"
