"""Every example notebook runs headless through the installed kernel (nbclient), with no error
output, and every figure it promises (a cell tagged "figure:NAME") comes out as SVG."""
import pathlib
import sys
import xml.dom.minidom

import nbformat
import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
import run_notebooks  # noqa: E402

NOTEBOOKS = sorted((REPO / "examples").glob("*.ipynb"))


def test_examples_exist():
    assert NOTEBOOKS, "examples/ has no notebooks"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_and_shows_its_figures(path, tmp_path):
    promised = [name for cell in nbformat.read(path, as_version=4).cells
                for name in run_notebooks.figure_tags(cell)]
    figures = run_notebooks.run(path, tmp_path, update=False, timeout=1200)
    assert sorted(figures) == sorted(promised)
    for name, svg_path in figures.items():
        document = xml.dom.minidom.parse(str(svg_path))
        assert document.documentElement.tagName == "svg", name
    assert (tmp_path / "html" / path.with_suffix(".html").name).stat().st_size > 0
