"""Executes the example notebooks through the installed landscape kernel.

For each notebook in examples/ (or those named), this runs every cell with nbclient, fails on any
error output, and writes into the output folder:
  notebooks/NAME.ipynb   the executed notebook
  html/NAME.html         its HTML export (nbconvert)
  figures/FIG.svg        every SVG output of a cell tagged "figure:FIG"
With --update the executed notebook also replaces the one in examples/ (how they are committed
with their outputs).
"""
from __future__ import annotations

import argparse
import pathlib
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter

REPO = pathlib.Path(__file__).resolve().parent.parent
KERNEL_NAME = "landscape"


def figure_tags(cell) -> list[str]:
    return [t.split(":", 1)[1] for t in cell.get("metadata", {}).get("tags", []) if t.startswith("figure:")]


def errors_in(notebook) -> list[str]:
    found = []
    for index, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                found.append(f"cell {index}: {output.get('ename')}: {output.get('evalue')}")
    return found


def run(path: pathlib.Path, output: pathlib.Path, update: bool, timeout: int) -> dict[str, pathlib.Path]:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, kernel_name=KERNEL_NAME, timeout=timeout,
                            resources={"metadata": {"path": str(path.parent)}})
    started = time.monotonic()
    client.execute()
    seconds = time.monotonic() - started
    problems = errors_in(notebook)
    if problems:
        raise SystemExit(f"{path.name}: error output:\n  " + "\n  ".join(problems))

    (output / "notebooks").mkdir(parents=True, exist_ok=True)
    (output / "html").mkdir(parents=True, exist_ok=True)
    (output / "figures").mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, output / "notebooks" / path.name)
    html, _ = HTMLExporter().from_notebook_node(notebook)
    (output / "html" / path.with_suffix(".html").name).write_text(html, encoding="utf-8")

    figures = {}
    for cell in notebook.cells:
        names = figure_tags(cell)
        svgs = [o["data"]["image/svg+xml"] for o in cell.get("outputs", [])
                if "data" in o and "image/svg+xml" in o["data"]]
        for name, svg in zip(names, svgs):
            target = output / "figures" / f"{name}.svg"
            target.write_text(svg if isinstance(svg, str) else "".join(svg), encoding="utf-8")
            figures[name] = target
        if len(names) > len(svgs):
            raise SystemExit(f"{path.name}: a cell tagged {names} showed {len(svgs)} SVG figure(s)")
    if update:
        nbformat.write(notebook, path)
    print(f"{path.name}: {len(notebook.cells)} cells in {seconds:.1f} s, figures: {', '.join(figures) or 'none'}")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", type=pathlib.Path)
    parser.add_argument("--output", type=pathlib.Path, default=REPO / "out")
    parser.add_argument("--update", action="store_true", help="write executed notebooks back to examples/")
    parser.add_argument("--timeout", type=int, default=1800, help="seconds a cell may take")
    args = parser.parse_args()
    notebooks = args.notebooks or sorted((REPO / "examples").glob("*.ipynb"))
    if not notebooks:
        print("no notebooks in examples/", file=sys.stderr)
        return 1
    output = args.output.resolve()
    for path in notebooks:
        run(path.resolve(), output, args.update, args.timeout)
    print(f"HTML exports: {output / 'html'}")
    print(f"Figures:      {output / 'figures'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
