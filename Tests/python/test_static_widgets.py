"""The exports' static widget views (scripts/static_widgets.py) on small hand-made notebooks: a saved
widget state with sliders, boxes, an Output holding an SVG figure, text and Markdown, and the other
controls the kernel makes; and bad state: a view of a model the state lacks, a notebook saved without
state, a box that holds itself, a kind of widget not drawn, a malformed model. Each is drawn (or
noted) where the widget was, never as raw JSON and never a crash; a drawn widget's text/plain form
is gone. No kernel and no browser: scripts/run_notebooks.py's export_html is called directly
(test_export_html.py opens a real export in Chromium)."""
import base64
import pathlib
import sys

import nbformat
import pytest
from bs4 import BeautifulSoup

REPO = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
import run_notebooks  # noqa: E402
import static_widgets  # noqa: E402
from static_widgets import STATE_MIME, VIEW_MIME, d3_format  # noqa: E402

SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">'
       '<rect id="saved-figure" x="10" y="10" width="100" height="40" fill="#e69f00"/></svg>')


def model(name: str, module="@jupyter-widgets/controls", version="2.0.0", **state) -> dict:
    view = name.removesuffix("Model") + "View"
    return {"model_module": module, "model_module_version": version, "model_name": name,
            "state": {"_model_module": module, "_model_module_version": version, "_model_name": name,
                      "_view_module": module, "_view_module_version": version, "_view_name": view,
                      "_dom_classes": [], **state}}


def layout(**css) -> dict:
    return model("LayoutModel", module="@jupyter-widgets/base", **css)


def widget_output(model_id: str, plain: str) -> dict:
    return nbformat.v4.new_output("display_data", data={
        VIEW_MIME: {"model_id": model_id, "version_major": 2, "version_minor": 1}, "text/plain": plain})


def saved_state() -> dict:
    return {
        "L1": layout(width="50%"),
        "L2": layout(),
        "S1": model("SliderStyleModel", description_width="120px", handle_color=None),
        "slider": model("FloatSliderModel", value=0.35, min=0.05, max=2, step=0.05, description="scale s",
                        readout=True, readout_format=".2f", orientation="horizontal",
                        layout="IPY_MODEL_L1", style="IPY_MODEL_S1"),
        "int": model("IntSliderModel", value=3, min=1, max=4, step=1, description="layers L",
                     readout=True, readout_format="d", layout="IPY_MODEL_L2"),
        "out": model("OutputModel", module="@jupyter-widgets/output", version="1.0.0", layout="IPY_MODEL_L2",
                     msg_id="", outputs=[
                         {"output_type": "display_data", "metadata": {},
                          "data": {"image/svg+xml": SVG, "text/plain": "Figure (plain text)"}},
                         {"output_type": "stream", "name": "stdout", "text": "rank 9 = K - 1\n"},
                         {"output_type": "display_data", "metadata": {},
                          "data": {"text/markdown": "**bold** and $M_W$", "text/plain": "Report (plain)"}}]),
        "vbox": model("VBoxModel", children=["IPY_MODEL_slider", "IPY_MODEL_int", "IPY_MODEL_out"],
                      box_style="", layout="IPY_MODEL_L2"),
        "drop": model("DropdownModel", _options_labels=["relu", "tanh", "gelu"], index=1,
                      description="activation", layout="IPY_MODEL_L2"),
        "check": model("CheckboxModel", value=True, description="exact Hessian", indent=True,
                       layout="IPY_MODEL_L2"),
        "button": model("ButtonModel", description="Retrain", button_style="primary", tooltip="retrain it",
                        layout="IPY_MODEL_L2"),
        "toggle": model("ToggleButtonModel", value=True, description="log scale", layout="IPY_MODEL_L2"),
        "tb": model("ToggleButtonsModel", _options_labels=["a", "b"], index=0, description="pick"),
        "radio": model("RadioButtonsModel", _options_labels=["x", "y"], index=1, description="axis"),
        "text": model("TextModel", value="Fashion-MNIST", placeholder="dataset", description="data"),
        "label": model("LabelModel", value="<b>not bold</b>"),
        "html": model("HTMLModel", value="<b id='saved-html'>bold</b>", description=""),
        "play": model("PlayModel", value=10, min=1, max=500, step=10, interval=400, description="animate k",
                      show_repeat=True, repeat=False, playing=False),
        "range": model("IntRangeSliderModel", value=[2, 6], min=0, max=10, step=1, description="window",
                       readout=True, readout_format="d"),
        "log": model("FloatLogSliderModel", value=0.001, base=10, min=-5, max=0, step=0.1, description="lr",
                     readout=True, readout_format=".3g"),
        "hbox": model("HBoxModel", children=["IPY_MODEL_drop", "IPY_MODEL_check", "IPY_MODEL_button",
                                             "IPY_MODEL_toggle", "IPY_MODEL_tb", "IPY_MODEL_radio",
                                             "IPY_MODEL_text", "IPY_MODEL_label", "IPY_MODEL_html",
                                             "IPY_MODEL_range", "IPY_MODEL_log", "IPY_MODEL_gone"],
                      layout="IPY_MODEL_L2"),
        "loop": model("VBoxModel", children=["IPY_MODEL_loop"]),
        "picker": model("ColorPickerModel", value="#ff0000", description="colour"),
        "broken": model("IntSliderModel", value="three", min=None, max=4, description="bad",
                        readout_format="d"),
        "link": model("LinkModel", source=["IPY_MODEL_play", "value"], target=["IPY_MODEL_int", "value"]),
    }


def notebook(outputs: list, state: dict | None) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("interact(...)", execution_count=1)
    cell.outputs = outputs
    nb.cells = [nbformat.v4.new_markdown_cell("# A tiny notebook"), cell]
    if state is not None:
        nb.metadata["widgets"] = {STATE_MIME: {"version_major": 2, "version_minor": 0, "state": state}}
    return nb


def views(page: str) -> list:
    soup = BeautifulSoup(page, "html.parser")
    return soup.select(".lk-static-widget")


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    nb = notebook([widget_output("vbox", "VBox(plain text of the vbox)"),
                   widget_output("play", "Play(value=10)"),
                   widget_output("hbox", "HBox(plain)"),
                   widget_output("missing0123", "IntSlider(value=5, description='lost')"),
                   widget_output("loop", "VBox(loop)"),
                   widget_output("picker", "ColorPicker(value='#ff0000')"),
                   widget_output("broken", "IntSlider(bad)")], saved_state())
    original = nbformat.writes(nb)
    target = tmp_path_factory.mktemp("static") / "html" / "tiny.html"
    run_notebooks.export_html(nb, target)
    assert nbformat.writes(nb) == original  # the notebook itself is not changed
    return target.read_text(encoding="utf-8")


def test_widgets_replace_the_placeholder_and_its_plain_text(export):
    soup = BeautifulSoup(export, "html.parser")
    assert not soup.select(f'script[type="{VIEW_MIME}"]') and not soup.select(f'script[type="{STATE_MIME}"]')
    assert "unpkg" not in export and "embed-amd" not in export and "require.min.js" not in export
    assert '"model_id"' not in export and "IPY_MODEL_" not in export  # no raw JSON anywhere
    text = soup.get_text()
    for plain in ("VBox(plain text of the vbox)", "Play(value=10)", "HBox(plain)", "Figure (plain text)",
                  "Report (plain)", "VBox(loop)"):
        assert plain not in text, plain
    assert len(views(export)) == 7
    assert ".lk-static-widget" in "".join(s.get_text() for s in soup.select("head style"))


def test_interact_vbox_from_the_saved_state(export):
    vbox = views(export)[0]
    assert vbox["data-model-id"] == "vbox" and "widget state saved with the notebook" in vbox["title"]
    assert vbox.select_one(".lk-static-widget-caption").get_text() == "static view of the saved widget state"
    sliders = vbox.select(".widget-slider")
    assert [s.select_one("label").get_text() for s in sliders] == ["scale s", "layers L"]
    first = sliders[0].select_one("input[type=range]")
    assert (first["value"], first["min"], first["max"], first["step"]) == ("0.35", "0.05", "2", "0.05")
    assert first.has_attr("disabled")
    assert [s.select_one(".widget-readout").get_text() for s in sliders] == ["0.35", "3"]
    assert "width: 50%" in sliders[0]["style"]  # the model's layout
    assert "width: 120px" in sliders[0].select_one("label")["style"]  # its style's description_width
    assert "widget-vbox" in vbox.select_one(".widget-box")["class"]
    output = vbox.select_one(".widget-output")
    image = output.select_one(".jp-RenderedSVG img")
    assert base64.b64decode(image["src"].split(",", 1)[1]).decode() == SVG
    assert output.select_one('[data-mime-type="application/vnd.jupyter.stdout"]').get_text() == "rank 9 = K - 1\n"
    markdown = output.select_one(".jp-RenderedMarkdown")
    assert markdown.select_one("strong").get_text() == "bold" and "$M_W$" in markdown.get_text()


def test_other_controls(export):
    play, hbox = views(export)[1:3]
    assert [b["aria-label"] for b in play.select("button")] == ["play", "pause", "stop", "repeat"]
    assert all(b.has_attr("disabled") for b in play.select("button"))
    assert "animate k: value 10" in play.select_one(".widget-play")["title"]
    box = hbox.select_one(".widget-hbox")
    drop = box.select_one(".widget-dropdown select option[selected]")
    assert drop.get_text() == "tanh"
    assert box.select_one(".widget-checkbox input")["type"] == "checkbox"
    assert box.select_one(".widget-checkbox input").has_attr("checked")
    button = box.select_one(".widget-button")
    assert button.get_text() == "Retrain" and "mod-primary" in button["class"] and button["title"] == "retrain it"
    toggle = box.select_one(".widget-toggle-button")
    assert toggle.get_text() == "log scale" and "mod-active" in toggle["class"]
    active = [b.get_text() for b in box.select(".widget-toggle-buttons button.mod-active")]
    assert active == ["a"]
    assert box.select_one(".widget-radio input[checked]").parent.get_text().strip() == "y"
    assert box.select_one(".widget-text input")["value"] == "Fashion-MNIST"
    assert box.select_one(".widget-label-basic").get_text() == "<b>not bold</b>"  # a Label is text
    assert box.select_one("#saved-html").get_text() == "bold"  # an HTML widget is HTML
    assert box.select_one(".lk-range-track")["aria-valuetext"] == "2 – 6"
    readouts = [r.get_text() for r in box.select(".widget-readout")]
    assert readouts == ["2 – 6", "0.00100"]  # d3's .3g keeps the zeros, as ipywidgets shows it
    log_input = box.select_one(".widget-slider input[type=range]")
    assert float(log_input["value"]) == pytest.approx(-3)
    assert "widget model gone is not in the saved widget state" in box.get_text()


def test_bad_state_is_a_visible_note(export):
    missing, loop, picker, broken = views(export)[3:7]
    note = missing.select_one(".lk-static-widget-missing")
    assert "model missing0123" in note.get_text() and "not in the widget state saved" in note.get_text()
    assert "IntSlider(value=5, description='lost')" in missing.parent.get_text()  # its text/plain beside it
    assert "contains itself" in loop.get_text()
    assert "ColorPicker widget: not drawn" in picker.get_text()
    assert broken.select_one(".lk-static-widget-missing") is not None
    assert "could not be drawn" in broken.get_text() and "'three' is not a number" in broken.get_text()


def test_notebook_saved_without_widget_state(tmp_path):
    nb = notebook([widget_output("abc", "IntSlider(value=1)")], state=None)
    page = run_notebooks.export_html(nb, tmp_path / "html" / "nostate.html").read_text(encoding="utf-8")
    [view] = views(page)
    assert "saved without widget state" in view.get_text()
    assert "IntSlider(value=1)" in BeautifulSoup(page, "html.parser").get_text()
    assert "unpkg" not in page and "IPY_MODEL_" not in page


def test_notebook_without_widgets_is_unchanged(tmp_path):
    nb = notebook([nbformat.v4.new_output("execute_result", data={"text/plain": "42"}, execution_count=1)], None)
    page = run_notebooks.export_html(nb, tmp_path / "html" / "plain.html").read_text(encoding="utf-8")
    assert "lk-static-widget" not in page and "42" in page


@pytest.mark.parametrize("spec, value, shown", [
    ("d", 10, "10"), ("d", 2.5, "3"), ("d", -3, "−3"), (".2f", 1, "1.00"), (".2f", 0.125, "0.13"),
    (".2f", -0.001, "0.00"), (".2f", -1.5, "−1.50"), (".3g", 1234.5, "1.23e+3"), (".3g", 0.00012345, "0.000123"),
    ("", 0.1 + 0.2, "0.3"), (",d", 1234567, "1,234,567"), (".1%", 0.256, "25.6%"), (".2s", 12345, "12k"),
    ("~g", 2.5, "2.5"), ("+d", 3, "+3"), (".2e", 12345, "1.23e+4"), ("05d", 42, "00042"), (".0f", 0.5, "1"),
])
def test_readouts_are_formatted_as_d3_format_does(spec, value, shown):
    assert d3_format(spec, value) == shown


def test_the_preprocessor_alone_on_the_notebook_node():
    nb = notebook([widget_output("int", "IntSlider(value=3)")], saved_state())
    nb, resources = static_widgets.StaticWidgetsPreprocessor().preprocess(nb, {})
    [output] = nb.cells[1].outputs
    assert list(output.data) == ["text/html"]
    assert resources["static_widgets_drawn"] == ["int"] and resources["static_widgets_css"]
