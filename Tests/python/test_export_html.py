"""The HTML exports stand alone: opened from disk in headless Chromium with no network, a notebook's
export typesets every formula (MathJax copied beside it by scripts/run_notebooks.py) and draws the
bound tables' ✅ and ❌ (a font installed by scripts/setup.sh), with its SVG figures inline.

No kernel is needed: the export is made, with the function the main job uses, from a committed
example notebook, which holds its outputs. The browser gets no network (every host name fails to
resolve, a proxy to nowhere, and DevTools' offline emulation), and every request the page makes is
recorded: all must be file: or data: URLs. Fontconfig is told to ignore the system's MathJax fonts
(fonts-mathjax), so MathJax has to load the web fonts copied beside the export, as on a machine
without that package.

Two checks that the checks can fail: the same page with nbconvert's default MathJax URL (a CDN) is
not typeset, and with the emoji font hidden from Chromium the check-mark glyphs count as missing.
A screenshot is kept in out/test-artifacts/.

The interactive notebook's export (examples/06-interactive.ipynb, committed with the widget state
nbclient saved) shows its widgets drawn from that state, offline: each slider at its saved value with
its readout, the Play buttons, and each interact's Output with the figure and text it held, all
marked as a static view; no placeholder, raw JSON or text/plain form left, no request off the
machine. Its check that can fail: nbconvert's own lab template, which loads the widget renderer from
a CDN, draws none of them offline. A screenshot of the widgets is kept in out/test-artifacts/."""
import base64
import json
import os
import pathlib
import shutil
import sys

import nbformat
import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
import run_notebooks  # noqa: E402
from static_widgets import STATE_MIME, VIEW_MIME, d3_format  # noqa: E402

NOTEBOOK = REPO / "examples" / "03-theorem-and-lemmas.ipynb"
WIDGET_NOTEBOOK = REPO / "examples" / "06-interactive.ipynb"
ARTIFACTS = REPO / "out" / "test-artifacts"
CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
GLYPHS = ("✅", "❌")  # what BoundReport's markdown table shows in its "holds" column

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is installed by scripts/setup.sh")


def fonts_conf(folder: pathlib.Path, hidden: list[str]) -> pathlib.Path:
    """A fontconfig file: the system's configuration, less the fonts whose file names match hidden."""
    rejects = "".join(f"<glob>{pattern}</glob>" for pattern in hidden)
    path = folder / "fonts.conf"
    path.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <cachedir>{folder / "cache"}</cachedir>
  <selectfont><rejectfont>{rejects}</rejectfont></selectfont>
</fontconfig>
""", encoding="utf-8")
    return path


def offline_chromium(folder: pathlib.Path, hidden_fonts: list[str]):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    folder.mkdir(parents=True, exist_ok=True)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,2200",
                 "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
                 "--proxy-bypass-list=<-loopback>", f"--user-data-dir={folder / 'profile'}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    env = {**os.environ, "FONTCONFIG_FILE": str(fonts_conf(folder, hidden_fonts))}
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER, env=env), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
        "offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
    driver.set_script_timeout(90)
    return driver


# Resolves once MathJax has posted the end of its start-up (after the first typesetting) and done
# everything queued since (the template queues one more Typeset), and the page's fonts are loaded; or with false if MathJax never
# appears. (A StartupHook("End") registered early did not fire here, hence the polling.)
WAIT_FOR_MATHJAX = """
const done = arguments[arguments.length - 1];
const started = Date.now();
(function poll() {
  const startup = window.MathJax && MathJax.Hub && MathJax.Hub.Startup;
  if (startup && startup.signal.posted.includes("End")) {
    MathJax.Hub.Queue(() => document.fonts.ready.then(() => done(true)));
  } else if (startup) {
    setTimeout(poll, 100);
  } else if (Date.now() - started > 5000) {
    done(false);
  } else {
    setTimeout(poll, 100);
  }
})();
"""

# The page's state: formulas typeset or not, raw TeX left in rendered markdown, MathJax's web fonts,
# the SVG figures, and for each glyph whether it draws differently from a code point no font has
# (U+0378 is unassigned: it draws as the .notdef box). Glyphs are drawn on a canvas in the computed
# font of the table cell that shows them.
PAGE_STATE = """
const glyphs = arguments[0];
const markdown = [...document.querySelectorAll('.jp-RenderedMarkdown')];
function pixels(text, font) {
  const canvas = document.createElement('canvas');
  canvas.width = 96; canvas.height = 96;
  const context = canvas.getContext('2d');
  context.font = font;
  context.textBaseline = 'middle';
  context.fillStyle = '#000';
  context.fillText(text, 8, 48);
  return { width: context.measureText(text).width,
           data: Array.from(context.getImageData(0, 0, 96, 96).data).join(',') };
}
const glyphState = {};
for (const glyph of glyphs) {
  const cell = [...document.querySelectorAll('td')].find(td => td.textContent.includes(glyph));
  if (!cell) { glyphState[glyph] = null; continue; }
  const style = getComputedStyle(cell);
  const font = `${style.fontStyle} ${style.fontWeight} 64px ${style.fontFamily}`;
  const drawn = pixels(glyph, font), missing = pixels('\\u0378', font), blank = pixels(' ', font);
  glyphState[glyph] = { font: style.fontFamily, width: drawn.width, notdefWidth: missing.width,
                        drawn: drawn.data !== blank.data, sameAsNotdef: drawn.data === missing.data };
}
const svgImages = [...document.querySelectorAll('.jp-RenderedSVG img')];
return {
  mathjax: window.MathJax && MathJax.version || null,
  sources: document.querySelectorAll('script[type^="math/tex"]').length,
  typeset: document.querySelectorAll('.MathJax_CHTML').length,
  errors: document.querySelectorAll('.mjx-merror, [class*="noError"], .MathJax_Error').length
          + (document.body.innerText.includes('Math Processing Error') ? 1 : 0),
  rawDollars: markdown.map(e => e.innerText).filter(t => t.includes('$')).map(t => t.slice(0, 160)),
  mathFonts: [...document.fonts].filter(f => f.family.startsWith('MJXc-TeX')).map(f => [f.family, f.status]),
  svgFigures: svgImages.map(img => [img.src.slice(0, 26), img.naturalWidth]),
  glyphs: glyphState,
};
"""


def requested_urls(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def open_page(driver, page: pathlib.Path) -> dict:
    driver.get_log("performance")  # drops what earlier pages requested
    driver.get(page.as_uri())
    state = {"finished": driver.execute_async_script(WAIT_FOR_MATHJAX)}
    state.update(driver.execute_script(PAGE_STATE, list(GLYPHS)))
    state["requests"] = requested_urls(driver)
    return state


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """The notebook's export as the main job writes it, and one with nbconvert's default MathJax URL."""
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    folder = tmp_path_factory.mktemp("exports") / "html"
    page = run_notebooks.export_html(notebook, folder / NOTEBOOK.with_suffix(".html").name)
    cdn = run_notebooks.export_html(notebook, folder / "cdn-mathjax.html",
                                    mathjax_url=run_notebooks.HTMLExporter.mathjax_url.default_value)
    return page, cdn


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = offline_chromium(tmp_path_factory.mktemp("chromium"), ["/usr/share/fonts/opentype/mathjax/*"])
    yield driver
    driver.quit()


def test_export_typesets_formulas_and_draws_glyphs_offline(exports, browser):
    page, _ = exports
    moved = page.parent.parent / "moved"  # the folder is self-contained: it works wherever it is
    shutil.copytree(page.parent, moved)
    state = open_page(browser, moved / page.name)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    png = browser.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "clip": {
        "x": 0, "y": 0, "width": 1200, "height": 2200, "scale": 1}, "captureBeyondViewport": True})
    (ARTIFACTS / "export-html-offline.png").write_bytes(base64.b64decode(png["data"]))
    summary = {k: v for k, v in state.items() if k != "mathFonts"}

    assert state["finished"] and state["mathjax"].startswith("2.7"), summary
    offline = [url for url in state["requests"] if not url.startswith(("file:", "data:"))]
    assert offline == [], offline
    assert any("/mathjax/fonts/HTML-CSS/TeX/woff/" in url for url in state["requests"]), state["requests"]
    assert state["sources"] >= 20 and state["typeset"] == state["sources"], summary
    assert state["errors"] == 0, summary
    assert state["rawDollars"] == [], state["rawDollars"]
    # Each MathJax font has faces from local() system fonts (hidden here) and one from the export's
    # WOFF files, its family name ending in "w": those must be what loaded.
    web = {family: status for family, status in state["mathFonts"] if family.endswith("w")}
    system = {family: status for family, status in state["mathFonts"] if not family.endswith("w")}
    assert "loaded" in web.values() and "error" not in web.values(), web
    assert "loaded" not in system.values(), system
    assert len(state["svgFigures"]) >= 2, summary  # the two weight-scale figures
    assert all(src.startswith("data:image/svg+xml") and width > 0 for src, width in state["svgFigures"]), summary
    for glyph, seen in state["glyphs"].items():
        assert seen and seen["drawn"] and not seen["sameAsNotdef"], (glyph, seen)


def test_default_cdn_mathjax_is_not_typeset_offline(exports, browser):
    _, cdn = exports
    state = open_page(browser, cdn)
    assert not state["finished"] and state["typeset"] == 0, {k: state[k] for k in ("finished", "typeset")}
    assert any(url.startswith("https://cdnjs.cloudflare.com/") for url in state["requests"]), state["requests"]


def test_glyph_check_sees_a_missing_font(exports, tmp_path):
    page, _ = exports
    driver = offline_chromium(tmp_path / "chromium", ["/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"])
    try:
        state = open_page(driver, page)
    finally:
        driver.quit()
    for glyph, seen in state["glyphs"].items():
        assert seen and seen["sameAsNotdef"], (glyph, seen)


# What the page shows where widgets were: the drawn views, every slider (its label, the range input's
# value as the browser reads it, the readout), Play's buttons, the figures inside Output widgets and
# whether each loaded, MathJax inside the views, and what would betray a widget not drawn: nbconvert's
# placeholders (an element of class jupyter-widgets with no drawn view, a widget-view script), a
# "Loading widget" text, raw JSON, notes of missing models.
WIDGET_STATE = """
const views = [...document.querySelectorAll('.lk-static-widget')];
const text = document.body.innerText;
return {
  views: views.map(v => ({ id: v.dataset.modelId, title: v.title,
                           caption: (v.querySelector('.lk-static-widget-caption') || {}).textContent || null })),
  sliders: [...document.querySelectorAll('.lk-static-widget .widget-slider')].map(s => ({
    label: s.querySelector('.widget-label').textContent,
    value: s.querySelector('input[type=range]') && s.querySelector('input[type=range]').value,
    disabled: !!(s.querySelector('input[type=range]') || {}).disabled,
    readout: (s.querySelector('.widget-readout') || {}).textContent || null,
    width: s.getBoundingClientRect().width })),
  playButtons: [...document.querySelectorAll('.lk-static-widget .widget-play button')].map(b => b.getAttribute('aria-label')),
  outputFigures: [...document.querySelectorAll('.lk-static-widget .widget-output .jp-RenderedSVG img')].map(
    img => [img.src.slice(0, 26), img.naturalWidth, img.getBoundingClientRect().height]),
  outputStreams: [...document.querySelectorAll('.lk-static-widget .widget-output [data-mime-type="application/vnd.jupyter.stdout"]')].map(e => e.innerText),
  typesetInViews: document.querySelectorAll('.lk-static-widget .MathJax_CHTML').length,
  rawDollarsInViews: [...document.querySelectorAll('.lk-static-widget .jp-RenderedMarkdown')].map(e => e.innerText).filter(t => t.includes('$')),
  placeholders: [...document.querySelectorAll('.jupyter-widgets')].filter(e => !e.closest('.lk-static-widget') && !e.querySelector('.lk-static-widget')).length,
  viewScripts: document.querySelectorAll('script[type="application/vnd.jupyter.widget-view+json"]').length,
  rangeInputs: document.querySelectorAll('input[type=range]').length,
  missingNotes: document.querySelectorAll('.lk-static-widget-missing').length,
  loading: text.includes('Loading widget'),
  rawJson: text.includes('model_id') || text.includes('IPY_MODEL_') || text.includes('version_major'),
  text: text,
};
"""


def saved_widgets(notebook):
    """The notebook's saved models by id, and its widget outputs' (model id, text/plain)."""
    models = notebook.metadata["widgets"][STATE_MIME]["state"]
    outputs = [(o["data"][VIEW_MIME]["model_id"], o["data"].get("text/plain", ""))
               for cell in notebook.cells for o in cell.get("outputs", []) if VIEW_MIME in o.get("data", {})]
    return models, outputs


@pytest.fixture(scope="module")
def widget_exports(tmp_path_factory):
    """The interactive notebook's export as the main job writes it, and nbconvert's stock lab export of
    it (its MathJax beside it too, so that only the widgets differ)."""
    notebook = nbformat.read(WIDGET_NOTEBOOK, as_version=4)
    folder = tmp_path_factory.mktemp("widget-exports") / "html"
    page = run_notebooks.export_html(notebook, folder / WIDGET_NOTEBOOK.with_suffix(".html").name)
    stock, _ = run_notebooks.HTMLExporter(template_name="lab", mathjax_url=run_notebooks.MATHJAX_URL) \
        .from_notebook_node(notebook)
    (folder / "stock-lab.html").write_text(stock, encoding="utf-8")
    return notebook, page, folder / "stock-lab.html"


def open_widget_page(driver, page: pathlib.Path) -> dict:
    driver.get_log("performance")
    driver.get(page.as_uri())
    state = {"finished": driver.execute_async_script(WAIT_FOR_MATHJAX)}
    state.update(driver.execute_script(WIDGET_STATE))
    state["requests"] = requested_urls(driver)
    return state


def test_export_draws_the_saved_widget_state_offline(widget_exports, browser):
    notebook, page, _ = widget_exports
    models, outputs = saved_widgets(notebook)
    state = open_widget_page(browser, page)
    top = browser.execute_script("return document.querySelector('.lk-static-widget').getBoundingClientRect().top"
                                 " + window.scrollY")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    png = browser.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "clip": {
        "x": 0, "y": max(0, top - 300), "width": 1200, "height": 2200, "scale": 1}, "captureBeyondViewport": True})
    (ARTIFACTS / "export-html-widgets-offline.png").write_bytes(base64.b64decode(png["data"]))
    summary = {k: v for k, v in state.items() if k != "text"}

    assert state["finished"], summary
    offline = [url for url in state["requests"] if not url.startswith(("file:", "data:"))]
    assert offline == [], offline
    # Every widget output is drawn, marked as a static view of the saved state, and nothing else is left.
    assert [v["id"] for v in state["views"]] == [model_id for model_id, _ in outputs], summary
    for view in state["views"]:
        assert view["caption"] == "static view of the saved widget state", view
        assert "widget state saved with the notebook" in view["title"], view
    assert state["placeholders"] == 0 and state["viewScripts"] == 0 and state["missingNotes"] == 0, summary
    assert not state["loading"] and not state["rawJson"], summary
    for _, plain in outputs:
        assert plain.splitlines()[0] not in state["text"], plain
    # Each slider of the saved state, at its saved value, its readout formatted as ipywidgets does.
    saved = [m["state"] for m in models.values() if m["model_name"] in ("IntSliderModel", "FloatSliderModel")]
    assert len(saved) == 4 and len(state["sliders"]) == len(saved) == state["rangeInputs"], summary
    by_label = {s["label"]: s for s in state["sliders"]}
    for slider in saved:
        shown = by_label[slider["description"]]
        assert float(shown["value"]) == pytest.approx(slider["value"]) and shown["disabled"], (slider, shown)
        assert shown["readout"] == d3_format(slider["readout_format"], slider["value"]), (slider, shown)
        assert 250 <= shown["width"] <= 320, shown  # ipywidgets' 300 px inline width
    assert by_label["scale s"]["readout"] == "1.00" and by_label["k"]["readout"] == "10", summary
    assert state["playButtons"] == ["play", "pause", "stop", "repeat"], summary
    # The Output widgets' figures (one per interact) loaded, with the text and report they held.
    assert len(state["outputFigures"]) == 3, summary
    assert all(src.startswith("data:image/svg+xml") and width > 0 and height > 100
               for src, width, height in state["outputFigures"]), summary
    assert any(t.startswith("k = 10: range of L_{k+1}") for t in state["outputStreams"]), summary
    assert any("G-term rank 9" in t for t in state["outputStreams"]), summary
    assert state["typesetInViews"] > 0 and state["rawDollarsInViews"] == [], summary  # the bound report


def test_stock_template_draws_no_widget_offline(widget_exports, browser):
    notebook, _, stock = widget_exports
    _, outputs = saved_widgets(notebook)
    state = open_widget_page(browser, stock)
    assert state["views"] == [] and state["rangeInputs"] == 0 and state["placeholders"] == len(outputs) == 4, \
        {k: v for k, v in state.items() if k != "text"}
    assert any("unpkg.com" in url for url in state["requests"]), state["requests"]
