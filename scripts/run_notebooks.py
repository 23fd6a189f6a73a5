"""Executes the example notebooks through the installed landscape kernel.

For each notebook in examples/ (or those named), this runs every cell with nbclient, fails on any
error output, and writes into the output folder:
  notebooks/NAME.ipynb   the executed notebook
  html/NAME.html         its HTML export (nbconvert), which needs no network: MathJax is loaded from
                         html/mathjax/, a copy of the parts of Debian's libjs-mathjax it uses, by a
                         relative URL, and SVG figures are inline, so the folder can be moved as a whole;
                         widgets are drawn from the widget state saved in the notebook, as a static view
                         (static_widgets.py), instead of by a renderer from a CDN
  figures/FIG.svg        every SVG output of a cell tagged "figure:FIG"
With --update the executed notebook also replaces the one in examples/ (how they are committed
with their outputs).
"""
from __future__ import annotations

import argparse
import filecmp
import pathlib
import shutil
import sys
import time

import jinja2
import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter

from static_widgets import StaticWidgetsPreprocessor

REPO = pathlib.Path(__file__).resolve().parent.parent
KERNEL_NAME = "landscape"

# MathJax 2.7 as Debian's libjs-mathjax installs it (scripts/setup.sh). nbconvert's templates are
# written for MathJax 2 and load, by default, 2.7.7 from a CDN with config TeX-AMS_CHTML-full,Safe;
# the exports load the same configuration from mathjax/ beside them instead. Copied: what that
# configuration loads at start-up or on demand (TeX extensions, operator tables, CommonHTML's glyph
# data, the TeX web fonts as WOFF), not the other output processors (HTML-CSS, SVG: 17 MB) nor the
# STIX fonts; hence local/landscape.js hides the menu's renderer choice.
MATHJAX_SOURCE = pathlib.Path("/usr/share/javascript/mathjax")
MATHJAX_DIR = "mathjax"
MATHJAX_PARTS = ("MathJax.js", "config/TeX-AMS_CHTML-full.js", "config/Safe.js", "extensions",
                 "jax/input/TeX", "jax/element", "jax/output/CommonHTML", "fonts/HTML-CSS/TeX/woff")
MATHJAX_LOCAL_CONFIG = """MathJax.Hub.Config({ MathMenu: { showRenderer: false } });
MathJax.Ajax.loadComplete("[MathJax]/config/local/landscape.js");
"""
MATHJAX_URL = f"{MATHJAX_DIR}/MathJax.js?config=TeX-AMS_CHTML-full,Safe,local/landscape"

# nbconvert's lab template, less its other network loads: require.js from a CDN, which only widget and
# classic JavaScript outputs use (the examples have no JavaScript outputs), and, in a notebook with
# widgets, @jupyter-widgets/html-manager from a CDN with the saved widget state beside it for it to
# read. Instead StaticWidgetsPreprocessor has replaced each widget output by a static HTML view of that
# state (its stylesheet goes into the head), so the state is not repeated at the page's end. Mermaid,
# also from a CDN, is only fetched by a page with a Mermaid diagram.
EXPORT_TEMPLATE = "landscape-export.html.j2"
EXPORT_TEMPLATES = jinja2.DictLoader({EXPORT_TEMPLATE: """{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block extra_css -%}
{%- if resources.static_widgets_css %}
<style type="text/css">{{ resources.static_widgets_css }}</style>
{%- endif -%}
{%- endblock extra_css -%}
{%- block footer -%}
{%- block footer_js -%}{%- endblock footer_js %}
</html>
{% endblock footer -%}
"""})


def figure_tags(cell) -> list[str]:
    return [t.split(":", 1)[1] for t in cell.get("metadata", {}).get("tags", []) if t.startswith("figure:")]


def errors_in(notebook) -> list[str]:
    found = []
    for index, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                found.append(f"cell {index}: {output.get('ename')}: {output.get('evalue')}")
    return found


def copy_mathjax(html_dir: pathlib.Path) -> None:
    """Puts the MathJax files the exports use into html_dir/mathjax (only files missing or changed)."""
    if not (MATHJAX_SOURCE / "MathJax.js").is_file():
        raise SystemExit(f"no MathJax at {MATHJAX_SOURCE}: install libjs-mathjax (scripts/setup.sh)")
    target = html_dir / MATHJAX_DIR
    for part in MATHJAX_PARTS:
        source = MATHJAX_SOURCE / part
        files = [source] if source.is_file() else sorted(f for f in source.rglob("*") if f.is_file())
        for file in files:
            copy = target / file.relative_to(MATHJAX_SOURCE)
            if not copy.is_file() or not filecmp.cmp(file, copy, shallow=False):
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(file, copy)
    local = target / "config" / "local" / "landscape.js"
    local.parent.mkdir(parents=True, exist_ok=True)
    local.write_text(MATHJAX_LOCAL_CONFIG, encoding="utf-8")


def export_html(notebook, target: pathlib.Path, mathjax_url: str = MATHJAX_URL) -> pathlib.Path:
    """Writes notebook's HTML export (nbconvert's lab template) to the file target, and the MathJax it
    loads into target's folder, so that the page typesets its formulas without network; its widgets
    are static views of the saved widget state."""
    target.parent.mkdir(parents=True, exist_ok=True)
    copy_mathjax(target.parent)
    exporter = HTMLExporter(template_name="lab", template_file=EXPORT_TEMPLATE,
                            extra_loaders=[EXPORT_TEMPLATES], mathjax_url=mathjax_url)
    exporter.register_preprocessor(StaticWidgetsPreprocessor, enabled=True)
    html, _ = exporter.from_notebook_node(notebook)
    target.write_text(html, encoding="utf-8")
    return target


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
    (output / "figures").mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, output / "notebooks" / path.name)
    export_html(notebook, output / "html" / path.with_suffix(".html").name)

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
