"""The tour notebook in a real browser: JupyterLab from the project's virtual environment,
Chromium and chromedriver from Debian, driven by Selenium. Run all cells, wait for the kernel to be
idle with every cell executed, then check that SVG figures are on the page and no cell shows an
error. A screenshot is kept in out/test-artifacts/."""
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
TOUR = REPO / "examples" / "01-tour.ipynb"
ARTIFACTS = REPO / "out" / "test-artifacts"
CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def jupyter_lab(tmp_path):
    shutil.copy(TOUR, tmp_path / TOUR.name)
    port, token = free_port(), "landscape-browser-test"
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
        yield f"http://127.0.0.1:{port}/lab/tree/{TOUR.name}?token={token}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


NOTEBOOK_STATE = """
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
return {
  kernelName: kernel ? kernel.name : null,
  status: kernel ? kernel.status : null,
  cells: cells.length,
  executed: cells.filter(c => c.model.executionCount !== null).length,
  errors: errors,
  svgs: document.querySelectorAll('.jp-RenderedSVGImage, .jp-OutputArea-output svg').length,
};
"""


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is installed by scripts/setup.sh")
def test_tour_runs_in_jupyterlab(jupyter_lab):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,2400"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        driver.get(jupyter_lab)
        deadline = time.monotonic() + 120
        state = None
        while time.monotonic() < deadline:
            state = driver.execute_script(NOTEBOOK_STATE)
            if state and state["status"] == "idle":
                break
            time.sleep(0.5)
        assert state and state["kernelName"] == "landscape", state
        driver.execute_script("window.jupyterapp.commands.execute('notebook:run-all-cells');")
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            time.sleep(1)
            state = driver.execute_script(NOTEBOOK_STATE)
            if state["errors"] or (state["status"] == "idle" and state["executed"] == state["cells"]):
                break
        driver.save_screenshot(str(ARTIFACTS / "browser-tour.png"))
        assert state["errors"] == [], state["errors"]
        assert state["executed"] == state["cells"], state
        assert state["svgs"] >= 1, state
    finally:
        driver.quit()
