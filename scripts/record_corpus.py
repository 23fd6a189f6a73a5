"""Records what the toolchain's swiftc makes of every snippet in Tests/corpus.

Each snippet NAME.swift (grouped in folders by chapter of The Swift Programming Language) is compiled
as a program of its own with `swiftc -module-name main` (so qualified type names read `main.Point`, as
the kernel prints them) and run. What it printed is written beside it:
  NAME.out     the program's standard output (also when it trapped at run time: the program runs
               unbuffered, under stdbuf, so what it printed before the trap is kept)
  NAME.trap    present when the program stopped with a runtime failure (nonzero exit)
  NAME.error   present when swiftc refused the snippet: its error lines, `line:column: error: message`
Run it after adding or changing snippets; the corpus test (Tests/python/test_corpus.py) compares the
kernel's output with these files. Usage: python3 scripts/record_corpus.py [SNIPPET.swift ...]
"""
from __future__ import annotations

import concurrent.futures
import os
import pathlib
import re
import subprocess
import sys
import tempfile

REPO = pathlib.Path(__file__).resolve().parent.parent
CORPUS = REPO / "Tests" / "corpus"
ERROR_LINE = re.compile(r"^.*?\.swift:(\d+):(\d+): error: (.*)$")


def record(snippet: pathlib.Path) -> str:
    for suffix in (".out", ".trap", ".error"):
        snippet.with_suffix(suffix).unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as work:
        source = pathlib.Path(work) / "main.swift"
        source.write_text(snippet.read_text(encoding="utf-8"), encoding="utf-8")
        program = pathlib.Path(work) / "main"
        compiled = subprocess.run(["swiftc", "-module-name", "main", "-o", str(program), str(source)],
                                  capture_output=True, text=True)
        if compiled.returncode != 0:
            errors = [f"{m.group(1)}:{m.group(2)}: error: {m.group(3)}"
                      for m in map(ERROR_LINE.match, compiled.stderr.splitlines()) if m]
            snippet.with_suffix(".error").write_text("\n".join(errors or ["error"]) + "\n", encoding="utf-8")
            return "error"
        ran = subprocess.run(["stdbuf", "-o0", str(program)], capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
        snippet.with_suffix(".out").write_text(ran.stdout, encoding="utf-8")
        if ran.returncode != 0:
            snippet.with_suffix(".trap").write_text(f"exit status {ran.returncode}\n", encoding="utf-8")
            return "trap"
        return "ok"


def main() -> int:
    snippets = [pathlib.Path(a).resolve() for a in sys.argv[1:]] or sorted(CORPUS.rglob("*.swift"))
    counts: dict[str, int] = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for snippet, outcome in zip(snippets, pool.map(record, snippets)):
            counts[outcome] = counts.get(outcome, 0) + 1
            if outcome != "ok":
                print(f"{snippet.relative_to(REPO)}: {outcome}")
    print(", ".join(f"{count} {outcome}" for outcome, count in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
