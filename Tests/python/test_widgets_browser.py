"""The interactive notebook in a real browser: JupyterLab with its widget manager (jupyterlab_widgets,
from the project's virtual environment), headless Chromium driven by Selenium. Run every cell of
examples/06-interactive.ipynb, move the weight-scale slider with the keyboard, check that the figure's
SVG and the bound report changed to the values for the new position, then save, reload the page and
check that the widgets come back (the frontend asks the kernel's jupyter.widget.control target for
every live model). Screenshots are kept in out/test-artifacts/."""
import os
import pathlib
import shutil
import subprocess
import sys
import time
import urllib.request

import pytest

from test_browser import CHROMEDRIVER, CHROMIUM, free_port

REPO = pathlib.Path(__file__).resolve().parents[2]
NOTEBOOK = REPO / "examples" / "06-interactive.ipynb"
ARTIFACTS = REPO / "out" / "test-artifacts"


def widget_manager_installed() -> bool:
    from jupyter_core.paths import jupyter_path
    return any((pathlib.Path(p) / "@jupyter-widgets" / "jupyterlab-manager").is_dir() for p in jupyter_path("labextensions"))


@pytest.fixture
def interactive_lab(tmp_path, kernel_prefix):
    shutil.copy(NOTEBOOK, tmp_path / NOTEBOOK.name)
    port, token = free_port(), "landscape-widgets-test"
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", f"--port={port}",
         "--ServerApp.ip=127.0.0.1", f"--ServerApp.token={token}", f"--ServerApp.root_dir={tmp_path}",
         "--LabApp.expose_app_in_browser=True"],
        stdout=open(tmp_path / "lab.log", "w"), stderr=subprocess.STDOUT,
        env={**os.environ, "JUPYTER_CONFIG_DIR": str(tmp_path / "config")})
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={token}", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError((tmp_path / "lab.log").read_text())
                time.sleep(0.5)
        yield f"http://127.0.0.1:{port}/lab/tree/{NOTEBOOK.name}?token={token}", tmp_path
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


# The state of the notebook and of the first interactive cell (code cell 1): its sliders, the text of
# its figure's SVG (decoded from the image's data URI, or inline) and its report's text.
STATE = """
const app = window.jupyterapp;
if (!app) { return null; }
const panel = app.shell.currentWidget;
if (!panel || !panel.content || !panel.sessionContext) { return null; }
const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
const cells = panel.content.widgets.filter(c => c.model.type === 'code');
const errors = [];
for (const cell of cells) {
  for (const output of cell.model.outputs.toJSON()) {
    if (output.output_type === 'error') { errors.push(output.ename + ': ' + output.evalue); }
  }
}
const node = cells.length > 1 ? cells[1].node : null;
const svgText = [];
if (node) {
  for (const img of node.querySelectorAll('.widget-output img')) {
    const src = img.getAttribute('src') || '';
    const comma = src.indexOf(',');
    let svg = src.slice(comma + 1);
    try { svg = src.includes(';base64,') ? atob(svg) : decodeURIComponent(svg); } catch (e) {}
    svgText.push(svg);
  }
  for (const svg of node.querySelectorAll('.widget-output svg')) { svgText.push(svg.outerHTML); }
}
const report = node ? Array.from(node.querySelectorAll('.widget-output .jp-RenderedMarkdown, .widget-output .jp-RenderedText'))
  .map(e => e.innerText).join('\\n') : '';
return {
  kernelName: kernel ? kernel.name : null,
  status: kernel ? kernel.status : null,
  cells: cells.length,
  executed: cells.filter(c => c.model.executionCount !== null).length,
  errors: errors,
  sliders: document.querySelectorAll('.widget-slider').length,
  cellSliders: node ? node.querySelectorAll('.widget-slider').length : 0,
  svg: svgText.join('\\n'),
  report: report,
};
"""


def wait(driver, predicate, timeout, what):
    deadline = time.monotonic() + timeout
    state = None
    while time.monotonic() < deadline:
        state = driver.execute_script(STATE)
        if state and predicate(state):
            return state
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}: {state}")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is installed by scripts/setup.sh")
def test_the_interactive_notebook_moves_in_jupyterlab_and_comes_back_after_a_reload(interactive_lab):
    assert widget_manager_installed(), "jupyterlab_widgets (requirements-test.txt) is not installed: no widget manager"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    url, _ = interactive_lab
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,3000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        driver.get(url)
        state = wait(driver, lambda s: s["status"] == "idle", 120, "the kernel")
        assert state["kernelName"] == "landscape", state
        driver.execute_script("window.jupyterapp.commands.execute('notebook:run-all-cells');")
        state = wait(driver, lambda s: s["errors"] or (s["status"] == "idle" and s["executed"] == s["cells"]
                                                        and "s = 1.0, L = 1" in s["svg"]), 600, "every cell")
        assert state["errors"] == [], state["errors"]
        assert state["cellSliders"] == 2 and state["sliders"] >= 4, state
        assert "holds" in state["svg"], "at s = 1 the printed Theorem 1 holds for L = 1"
        before = state["report"]
        assert "Theorem 1" in before, state
        driver.save_screenshot(str(ARTIFACTS / "browser-widgets-before.png"))

        # Focus the weight-scale slider's handle and step it down from 1.0 to 0.3 with the arrow key.
        cell = driver.execute_script(
            "return window.jupyterapp.shell.currentWidget.content.widgets.filter(c => c.model.type === 'code')[1].node;")
        handle = cell.find_elements(By.CSS_SELECTOR, ".widget-slider .noUi-handle")[0]
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", handle)
        handle.click()
        for _ in range(14):
            handle.send_keys(Keys.ARROW_LEFT)
            time.sleep(0.05)
        state = wait(driver, lambda s: "s = 0.3, L = 1" in s["svg"] and s["status"] == "idle", 60, "the figure at s = 0.3")
        assert "FAILS" in state["svg"], "below s = 0.5 the printed Theorem 1 fails for L = 1"
        assert state["report"] != before and "Theorem 1" in state["report"], state["report"]
        readout = cell.find_elements(By.CSS_SELECTOR, ".widget-readout")[0].text
        assert readout.strip() == "0.30", readout
        driver.save_screenshot(str(ARTIFACTS / "browser-widgets-moved.png"))

        # Save and reload: the widgets come back from the kernel's live models, at the new value.
        driver.execute_script("return window.jupyterapp.commands.execute('docmanager:save');")
        time.sleep(2)
        driver.refresh()
        state = wait(driver, lambda s: s["cellSliders"] == 2 and "s = 0.3, L = 1" in s["svg"], 120, "the widgets after reload")
        readout = driver.execute_script(
            "const c = window.jupyterapp.shell.currentWidget.content.widgets.filter(c => c.model.type === 'code')[1].node;"
            "return c.querySelector('.widget-readout').innerText;")
        assert readout.strip() == "0.30", readout
        driver.save_screenshot(str(ARTIFACTS / "browser-widgets-reloaded.png"))
    finally:
        driver.quit()
