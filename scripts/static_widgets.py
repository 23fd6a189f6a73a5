"""Jupyter widgets in an HTML export, drawn from the widget state saved with the notebook.

A notebook executed by nbclient keeps its widgets' last state in its metadata (`widgets` →
`application/vnd.jupyter.widget-state+json`), and each widget output is only a reference to a model in
it (`application/vnd.jupyter.widget-view+json`, its `model_id`). nbconvert's template leaves a
placeholder there and loads @jupyter-widgets/html-manager from a CDN to draw it, so an export read
offline shows an empty space where each widget was. No standalone copy of that renderer is packaged
for Debian or PyPI (README, the main job's paragraph, says what was looked at), so this preprocessor
draws the saved state itself, as static HTML that looks like ipywidgets 8's views: sliders with their readout (formatted as
ipywidgets formats it, d3-format), dropdowns, radio and toggle buttons, checkboxes, buttons, text
fields, labels, HTML, Play, progress bars, boxes with their layout, and Output widgets with the
outputs they held (figures, text, Markdown, HTML). Controls are disabled: nothing runs them. Every
drawn widget says what it is (a title and a caption: a static view of the saved state). A reference
to a model the state lacks, or a kind of widget not drawn here, becomes a visible note beside the
output's text/plain form, never raw JSON.

Each widget output is replaced by one text/html output (its widget-view and text/plain forms
removed), so the template draws it as HTML; `resources["static_widgets_css"]` holds the stylesheet
the template puts in the page's head.
"""
from __future__ import annotations

import decimal
import html
import math
import re

from nbconvert.filters import ansi2html, markdown2html_mistune
from nbconvert.filters.strings import text_base64
from nbconvert.preprocessors import Preprocessor

VIEW_MIME = "application/vnd.jupyter.widget-view+json"
STATE_MIME = "application/vnd.jupyter.widget-state+json"
PREFIX = "IPY_MODEL_"
NOTE = ("Static view of the widget state saved with the notebook: "
        "the controls show their saved values and do not respond in this export.")
CAPTION = "static view of the saved widget state"
# nbconvert's HTMLExporter order (less JavaScript, which is not run from a widget's saved outputs).
OUTPUT_PRIORITY = ("text/html", "text/markdown", "image/svg+xml", "text/latex", "image/png", "image/jpeg",
                   "text/plain")
DEFAULT_FORMATS = {"IntSliderModel": "d", "IntRangeSliderModel": "d", "FloatSliderModel": ".2f",
                   "FloatRangeSliderModel": ".2f", "FloatLogSliderModel": ".3g"}

CSS = """
.lk-static-widget { margin: 2px 0 4px; }
.lk-static-widget-caption { font-size: 11px; color: #757575; margin: 2px 2px 0; font-style: italic; }
.lk-static-widget .widget-inline-hbox { display: flex; flex-direction: row; align-items: center;
  box-sizing: border-box; min-height: 28px; margin: 2px; width: 300px; font-size: 13px; }
.lk-static-widget .widget-inline-hbox.lk-auto-width { width: auto; }
.lk-static-widget .widget-label { width: 80px; min-width: 80px; flex-shrink: 0; text-align: right;
  margin-right: 8px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.lk-static-widget .widget-label:empty { display: none; }
.lk-static-widget .widget-readout { margin-left: 8px; min-width: 32px; white-space: nowrap; }
.lk-static-widget input[type=range] { flex: 1 1 auto; min-width: 0; margin: 0 6px; accent-color: #2196f3; }
.lk-static-widget .widget-vslider { flex-direction: column; width: 72px; height: 200px; }
.lk-static-widget .widget-vslider .widget-label { text-align: center; margin: 0; width: auto; }
.lk-static-widget .widget-vslider input[type=range] { writing-mode: vertical-lr; direction: rtl; margin: 6px 0; }
.lk-static-widget .lk-range-track { position: relative; flex: 1 1 auto; height: 4px; margin: 0 10px;
  background: #bdbdbd; border-radius: 2px; }
.lk-static-widget .lk-range-fill { position: absolute; top: 0; bottom: 0; background: #2196f3; }
.lk-static-widget .lk-range-handle { position: absolute; top: -6px; width: 12px; height: 12px;
  margin-left: -7px; border-radius: 50%; background: #fff; border: 1px solid #2196f3; }
.lk-static-widget .widget-box { display: flex; box-sizing: border-box; margin: 0; overflow: auto; }
.lk-static-widget .widget-vbox { flex-direction: column; }
.lk-static-widget .widget-hbox { flex-direction: row; }
.lk-static-widget .widget-gridbox { display: grid; }
.lk-static-widget .widget-output { margin: 2px; }
.lk-static-widget .jupyter-button { height: 28px; padding: 0 1em; margin: 2px; border: 0; font-size: 13px;
  background: #eeeeee; color: rgba(0,0,0,.8); box-shadow: none; }
.lk-static-widget .jupyter-button.mod-active { background: #bdbdbd; box-shadow: inset 0 1px 3px rgba(0,0,0,.3); }
.lk-static-widget .jupyter-button.mod-primary { background: #2196f3; color: #fff; }
.lk-static-widget .jupyter-button.mod-success { background: #4caf50; color: #fff; }
.lk-static-widget .jupyter-button.mod-info { background: #00bcd4; color: #fff; }
.lk-static-widget .jupyter-button.mod-warning { background: #ff9800; color: #fff; }
.lk-static-widget .jupyter-button.mod-danger { background: #f44336; color: #fff; }
.lk-static-widget .widget-play .jupyter-button { width: 2.6em; padding: 0; }
.lk-static-widget .widget-radio-box, .lk-static-widget .widget-toggle-buttons { display: flex; }
.lk-static-widget .widget-radio-box { flex-direction: column; align-items: flex-start; }
.lk-static-widget .widget-text input, .lk-static-widget .widget-dropdown select,
.lk-static-widget .widget-textarea textarea { flex: 1 1 auto; min-width: 0; height: 28px; box-sizing: border-box;
  font-size: 13px; border: 1px solid #9e9e9e; padding: 2px 6px; background: #fff; color: rgba(0,0,0,.8); }
.lk-static-widget .widget-textarea textarea { height: auto; }
.lk-static-widget .widget-checkbox input { margin: 0 6px 0 0; }
.lk-static-widget .widget-html-content { line-height: 1.4; }
.lk-static-widget progress { flex: 1 1 auto; height: 16px; }
.lk-static-widget .lk-static-widget-missing { border: 1px dashed #f44336; color: #b71c1c; padding: 4px 8px;
  margin: 2px; font-size: 13px; }
.lk-static-widget .box-style-success { border: 1px solid #4caf50; }
.lk-static-widget .box-style-info { border: 1px solid #00bcd4; }
.lk-static-widget .box-style-warning { border: 1px solid #ff9800; }
.lk-static-widget .box-style-danger { border: 1px solid #f44336; }
"""

# LayoutModel traits that are CSS properties of the same name (underscores as dashes).
LAYOUT_CSS = ("align_content", "align_items", "align_self", "border_top", "border_right", "border_bottom",
              "border_left", "bottom", "display", "flex", "flex_flow", "grid_area", "grid_auto_columns",
              "grid_auto_flow", "grid_auto_rows", "grid_column", "grid_gap", "grid_row",
              "grid_template_areas", "grid_template_columns", "grid_template_rows", "height",
              "justify_content", "justify_items", "left", "margin", "max_height", "max_width",
              "min_height", "min_width", "object_fit", "object_position", "order", "overflow", "padding",
              "right", "top", "visibility", "width")
SAFE_CSS_VALUE = re.compile(r"^[\w\s.,%#()+\-/\"'!]*$")


def esc(text) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def option_tags(labels, index) -> str:
    """The <option> elements of a dropdown or select, the one at `index` selected."""
    return "".join(f'<option{" selected" if i == index else ""}>{esc(label)}</option>'
                   for i, label in enumerate(labels))


# --- d3-format, the subset ipywidgets' readouts use -------------------------------------------------

D3_SPEC = re.compile(r"^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$", re.I)
SI_PREFIXES = ["y", "z", "a", "f", "p", "n", "µ", "m", "", "k", "M", "G", "T", "P", "E", "Z", "Y"]


def _fixed(value: float, digits: int) -> str:
    """JavaScript's toFixed: the exact binary value rounded half up (Python's format rounds to even)."""
    quantum = decimal.Decimal(1).scaleb(-digits)
    return str(decimal.Decimal(value).quantize(quantum, rounding=decimal.ROUND_HALF_UP))


def _trim(text: str) -> str:
    """d3's ~: drops insignificant trailing zeros (and a trailing decimal point) before any exponent."""
    mantissa, e, exponent = text.partition("e")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return mantissa + e + exponent


def _precision_g(value: float, digits: int) -> str:
    """JavaScript's toPrecision."""
    if value == 0:
        return "0" + ("." + "0" * (digits - 1) if digits > 1 else "")
    exponent = math.floor(math.log10(abs(value)))
    rounded = float(f"{value:.{digits - 1}e}")
    exponent = math.floor(math.log10(abs(rounded))) if rounded else exponent
    if exponent < -6 or exponent >= digits:
        mantissa, _, power = f"{value:.{digits - 1}e}".partition("e")
        return f"{mantissa}e{int(power):+d}"
    return _fixed(value, max(0, digits - 1 - exponent))


def d3_format(spec: str, value) -> str:
    """Formats a number as d3-format does (ipywidgets' readout_format): fill, align, sign, 0, width,
    grouping, precision, ~ and the types e f g r s % p d b o x X c, or none; U+2212 for minus."""
    if value is None:
        return ""
    match = D3_SPEC.match(spec or "")
    if not match or isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    fill, align, sign, _symbol, zero, width, comma, precision, trim, kind = match.groups()
    fill = fill or (zero and "0") or " "
    align = align or (zero and "=") or ">"
    sign = sign or "-"
    precision = int(precision[1:]) if precision else None
    if kind is None:
        kind, trim = "g", True
        precision = 12 if precision is None else precision
    x = float(value)
    negative = x < 0 or (x == 0 and math.copysign(1, x) < 0 and kind not in "dbox")
    x = abs(x)
    suffix = ""
    if kind in "dboxXc":
        n = math.floor(x + 0.5)
        body = {"d": str(n), "b": format(n, "b"), "o": format(n, "o"), "x": format(n, "x"),
                "X": format(n, "X"), "c": chr(n) if n < 0x110000 else ""}[kind]
    elif kind == "f":
        body = _fixed(x, 6 if precision is None else precision)
    elif kind == "e":
        mantissa, _, power = f"{x:.{6 if precision is None else precision}e}".partition("e")
        body = f"{mantissa}e{int(power):+d}"
    elif kind in "gn":
        body = _precision_g(x, max(1, 6 if precision is None else precision))
        comma = comma or kind == "n"
    elif kind == "r":
        body = _precision_g(x, max(1, 6 if precision is None else precision))
        if "e" in body:
            body = format(decimal.Decimal(body), "f")
    elif kind == "%":
        body, suffix = _fixed(x * 100, 6 if precision is None else precision), "%"
    elif kind == "p":
        body, suffix = _precision_g(x * 100, max(1, 6 if precision is None else precision)), "%"
    elif kind == "s":
        digits = max(1, 6 if precision is None else precision)
        exponent = math.floor(math.log10(x)) if x else 0
        index = max(-8, min(8, math.floor(exponent / 3)))
        scaled = x / 10 ** (3 * index)
        body = _precision_g(scaled, digits)
        if "e" in body:
            body = _trim(body) if trim else body
        suffix = SI_PREFIXES[index + 8]
    else:
        return str(value)
    if trim:
        body = _trim(body)
    if comma:
        whole, dot, frac = body.partition(".")
        if whole.isdigit():
            whole = f"{int(whole):,}"
        body = whole + dot + frac
    try:  # d3: a value that rounds to zero shows no minus sign
        if negative and float(re.sub(r"[^0-9.e+\-]", "", body) or 0) == 0:
            negative = False
    except ValueError:
        pass
    prefix = "−" if negative else {"+": "+", " ": " ", "(": "("}.get(sign, "")
    if negative and sign == "(":
        prefix, suffix = "(", suffix + ")"
    elif sign == "(" and not negative:
        prefix = ""
    text = prefix + body + suffix
    if width and len(text) < int(width):
        pad = fill * (int(width) - len(text))
        if align == "<":
            text = text + pad
        elif align == "^":
            text = pad[:len(pad) // 2] + text + pad[len(pad) // 2:]
        elif align == "=":
            text = prefix + pad + body + suffix
        else:
            text = pad + text
    return text


# --- the renderer ------------------------------------------------------------------------------------

class StaticWidgetRenderer:
    """Draws widget models from one notebook's saved state as HTML."""

    def __init__(self, state: dict | None):
        self.models = {}
        if isinstance(state, dict) and isinstance(state.get("state"), dict):
            self.models = state["state"]
        self.has_state = isinstance(state, dict) and isinstance(state.get("state"), dict)
        self.drawn = []  # model ids of the top-level views drawn, for tests and messages

    # The models and their traits.
    def model(self, model_id) -> dict | None:
        if isinstance(model_id, str) and model_id.startswith(PREFIX):
            model_id = model_id[len(PREFIX):]
        entry = self.models.get(model_id) if isinstance(model_id, str) else None
        if isinstance(entry, dict) and isinstance(entry.get("state"), dict):
            return entry
        return None

    def layout_style(self, state: dict, skip=()) -> str:
        layout = self.model(state.get("layout"))
        if layout is None:
            return ""
        rules = []
        for name in LAYOUT_CSS:
            value = layout["state"].get(name)
            if name in skip or value in (None, "") or not isinstance(value, (str, int, float)):
                continue
            value = str(value)
            if SAFE_CSS_VALUE.match(value):
                rules.append(f"{name.replace('_', '-')}: {value}")
        return "; ".join(rules)

    def style_of(self, state: dict) -> dict:
        style = self.model(state.get("style"))
        return style["state"] if style else {}

    @staticmethod
    def attrs(**values) -> str:
        parts = []
        for name, value in values.items():
            if value is None or value is False or value == "":
                continue
            name = name.rstrip("_").replace("_", "-")
            parts.append(name if value is True else f'{name}="{esc(value)}"')
        return (" " + " ".join(parts)) if parts else ""

    def classes(self, state: dict, *base: str) -> str:
        extra = [c for c in state.get("_dom_classes", []) or [] if isinstance(c, str)]
        return " ".join(list(base) + extra)

    def description(self, state: dict, style: dict | None = None) -> str:
        text = state.get("description") or ""
        inner = str(text) if state.get("description_allow_html") else esc(text)
        width = (style or self.style_of(state)).get("description_width")
        css = f"width: {width}; min-width: {width}" if width and SAFE_CSS_VALUE.match(str(width)) else None
        return f'<label class="widget-label"{self.attrs(style=css, title=text or None)}>{inner}</label>'

    def missing(self, message: str) -> str:
        return f'<div class="lk-static-widget-missing" role="note">{esc(message)}</div>'

    # Entry point: one widget-view output.
    def view(self, model_id) -> str:
        if not self.has_state:
            body = self.missing(f"This widget (model {model_id}) cannot be shown: the notebook was saved "
                                "without widget state.")
        elif self.model(model_id) is None:
            body = self.missing(f"This widget (model {model_id}) cannot be shown: its model is not in the "
                                "widget state saved with the notebook.")
        else:
            body = self.widget(model_id, ())
            self.drawn.append(model_id)
            return (f'<div class="lk-static-widget jupyter-widgets" title="{esc(NOTE)}" '
                    f'data-model-id="{esc(model_id)}">{body}'
                    f'<div class="lk-static-widget-caption">{esc(CAPTION)}</div></div>')
        return f'<div class="lk-static-widget jupyter-widgets" data-model-id="{esc(model_id)}">{body}</div>'

    def widget(self, model_id, stack: tuple) -> str:
        entry = self.model(model_id)
        key = model_id[len(PREFIX):] if str(model_id).startswith(PREFIX) else model_id
        if entry is None:
            return self.missing(f"widget model {key} is not in the saved widget state")
        if key in stack:
            return self.missing(f"widget model {key} contains itself")
        name = entry.get("model_name") or entry["state"].get("_model_name") or "?"
        draw = getattr(self, "draw_" + name.removesuffix("Model"), None)
        if draw is None:
            return self.missing(f"a {name.removesuffix('Model')} widget: not drawn in this static view")
        try:
            return draw(entry["state"], stack + (key,))
        except Exception as error:  # a malformed state: say so where the widget would be
            return self.missing(f"a {name.removesuffix('Model')} widget whose saved state could not be "
                                f"drawn ({type(error).__name__}: {error})")

    # Containers.
    def box(self, state, stack, kind: str) -> str:
        children = "".join(self.widget(child, stack) for child in state.get("children") or [])
        box_style = state.get("box_style")
        css = f"box-style-{box_style}" if box_style else ""
        return (f'<div class="{self.classes(state, "widget-container", "widget-box", kind, css).strip()}"'
                f'{self.attrs(style=self.layout_style(state), title=state.get("tooltip"))}>{children}</div>')

    def draw_Box(self, state, stack):
        return self.box(state, stack, "widget-hbox")

    def draw_HBox(self, state, stack):
        return self.box(state, stack, "widget-hbox")

    def draw_VBox(self, state, stack):
        return self.box(state, stack, "widget-vbox")

    def draw_GridBox(self, state, stack):
        return self.box(state, stack, "widget-gridbox")

    def draw_Output(self, state, stack):
        outputs = "".join(self.output(o, stack) for o in state.get("outputs") or [])
        return (f'<div class="{self.classes(state, "widget-output", "jp-OutputArea")}"'
                f'{self.attrs(style=self.layout_style(state))}>{outputs}</div>')

    def output(self, output: dict, stack) -> str:
        kind = output.get("output_type")
        if kind == "stream":
            name = output.get("name", "stdout")
            text = "".join(output.get("text", "")) if isinstance(output.get("text"), list) else output.get("text", "")
            inner = (f'<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="application/vnd.jupyter.{esc(name)}">'
                     f"<pre>{ansi2html(text)}</pre></div>")
        elif kind == "error":
            text = "\n".join(output.get("traceback") or [f"{output.get('ename')}: {output.get('evalue')}"])
            inner = (f'<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="application/vnd.jupyter.stderr">'
                     f"<pre>{ansi2html(text)}</pre></div>")
        elif kind in ("display_data", "execute_result"):
            inner = self.mime_bundle(output.get("data") or {}, output.get("metadata") or {}, stack)
        else:
            inner = ""
        return f'<div class="jp-OutputArea-child">{inner}</div>' if inner else ""

    def mime_bundle(self, data: dict, metadata: dict, stack) -> str:
        def text(value):
            return "".join(value) if isinstance(value, list) else str(value)

        view = data.get(VIEW_MIME)
        if isinstance(view, dict) and self.model(view.get("model_id")) is not None:
            return self.widget(view["model_id"], stack)
        for mime in OUTPUT_PRIORITY:
            if mime not in data:
                continue
            value = text(data[mime])
            if mime == "text/html":
                return (f'<div class="jp-RenderedHTMLCommon jp-RenderedHTML jp-OutputArea-output" '
                        f'data-mime-type="text/html">{value}</div>')
            if mime == "text/markdown":
                return (f'<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-OutputArea-output" '
                        f'data-mime-type="text/markdown">{markdown2html_mistune(value)}</div>')
            alt = text(data["text/plain"]) if "text/plain" in data else None
            if mime == "image/svg+xml":
                return (f'<div class="jp-RenderedSVG jp-OutputArea-output" data-mime-type="image/svg+xml">'
                        f'<img src="data:image/svg+xml;base64,{text_base64(value)}"{self.attrs(alt=alt)}></div>')
            if mime == "text/latex":
                return (f'<div class="jp-RenderedLatex jp-OutputArea-output" data-mime-type="text/latex">'
                        f"{esc(value)}</div>")
            if mime in ("image/png", "image/jpeg"):
                size = metadata.get(mime, {}) if isinstance(metadata.get(mime), dict) else {}
                return (f'<div class="jp-RenderedImage jp-OutputArea-output"><img src="data:{mime};base64,'
                        f'{esc(value.strip())}"{self.attrs(width=size.get("width"), height=size.get("height"), alt=alt)}>'
                        "</div>")
            return (f'<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="text/plain">'
                    f"<pre>{ansi2html(value)}</pre></div>")
        if isinstance(view, dict):
            return self.missing(f"widget model {view.get('model_id')} is not in the saved widget state")
        return ""

    # Controls.
    def inline(self, state, kind: str, body: str, with_description=True, style=None) -> str:
        label = self.description(state, style) if with_description else ""
        return (f'<div class="{self.classes(state, "widget-inline-hbox", kind)}"'
                f'{self.attrs(style=self.layout_style(state), title=state.get("tooltip"))}>{label}{body}</div>')

    def slider(self, state, position, readout: str, extra: str = "") -> str:
        vertical = state.get("orientation") == "vertical"
        kind = "widget-slider " + ("widget-vslider" if vertical else "widget-hslider")
        shown = (f'<div class="widget-readout">{esc(readout)}</div>' if state.get("readout", True) else "")
        return self.inline(state, kind + extra, position + shown)

    def range_input(self, state, value, low, high, step) -> str:
        return (f'<input type="range" class="slider"{self.attrs(min=low, max=high, step=step if step else "any", value=value, disabled=True, aria_label=state.get("description") or None, aria_orientation=state.get("orientation"))}>')

    def number_format(self, state, model_name) -> str:
        return state.get("readout_format") or DEFAULT_FORMATS.get(model_name, "")

    @staticmethod
    def numbers(state, *names):
        for name in names:
            value = state.get(name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValueError(f"its {name} {value!r} is not a number")

    def draw_IntSlider(self, state, stack, name="IntSliderModel"):
        self.numbers(state, "value", "min", "max")
        value = state.get("value")
        return self.slider(state, self.range_input(state, value, state.get("min"), state.get("max"), state.get("step")),
                           d3_format(self.number_format(state, name), value))

    def draw_FloatSlider(self, state, stack):
        return self.draw_IntSlider(state, stack, "FloatSliderModel")

    def draw_FloatLogSlider(self, state, stack):
        self.numbers(state, "value", "min", "max")
        value, base = state.get("value"), state.get("base") or 10
        position = math.log(value, base) if isinstance(value, (int, float)) and value > 0 else state.get("min")
        return self.slider(state, self.range_input(state, position, state.get("min"), state.get("max"), state.get("step")),
                           d3_format(self.number_format(state, "FloatLogSliderModel"), value))

    def draw_IntRangeSlider(self, state, stack, name="IntRangeSliderModel"):
        low, high = (list(state.get("value") or []) + [None, None])[:2]
        lo, hi = state.get("min", 0), state.get("max", 100)
        bounds = {"lower value": low, "upper value": high, "min": lo, "max": hi}
        self.numbers(bounds, *bounds)
        span = (hi - lo) or 1
        left = max(0.0, min(100.0, 100 * (low - lo) / span))
        right = max(left, min(100.0, 100 * (high - lo) / span))
        track = (f'<div class="lk-range-track" role="slider"{self.attrs(aria_valuemin=lo, aria_valuemax=hi, aria_valuetext=f"{low} – {high}", aria_label=state.get("description") or None)}>'
                 f'<div class="lk-range-fill" style="left: {left:.3f}%; width: {right - left:.3f}%"></div>'
                 f'<div class="lk-range-handle" style="left: {left:.3f}%"></div>'
                 f'<div class="lk-range-handle" style="left: {right:.3f}%"></div></div>')
        fmt = self.number_format(state, name)
        return self.slider(state, track, f"{d3_format(fmt, low)} – {d3_format(fmt, high)}")

    def draw_FloatRangeSlider(self, state, stack):
        return self.draw_IntRangeSlider(state, stack, "FloatRangeSliderModel")

    def selection_slider(self, state, stack):
        labels = state.get("_options_labels") or []
        index = state.get("index")
        shown = labels[index] if isinstance(index, int) and 0 <= index < len(labels) else ""
        return self.slider(state, self.range_input(state, index, 0, max(0, len(labels) - 1), 1), shown)

    draw_SelectionSlider = selection_slider

    def draw_Play(self, state, stack):
        # ipywidgets' Play view is its buttons (play, pause, stop, repeat), without label or readout.
        title = (f"{state.get('description') or 'Play'}: value {state.get('value')} "
                 f"({state.get('min')}–{state.get('max')}, step {state.get('step')}, every {state.get('interval')} ms)")
        buttons = [("▶", "play"), ("❚❚", "pause"), ("■", "stop")]
        if state.get("show_repeat", True):
            buttons.append(("↻", "repeat"))
        body = "".join(f'<button class="jupyter-button{" mod-active" if (n == "repeat" and state.get("repeat")) or (n == "play" and state.get("playing")) else ""}" disabled aria-label="{n}">{g}</button>'
                       for g, n in buttons)
        return (f'<div class="{self.classes(state, "widget-inline-hbox", "widget-play", "lk-auto-width")}"'
                f'{self.attrs(style=self.layout_style(state), title=title, data_value=state.get("value"))}>{body}</div>')

    def options(self, state):
        labels = [str(label) for label in state.get("_options_labels") or []]
        index = state.get("index")
        return labels, index if isinstance(index, int) else None

    def draw_Dropdown(self, state, stack):
        labels, index = self.options(state)
        options = option_tags(labels, index)
        if index is None:
            options = '<option selected></option>' + options
        return self.inline(state, "widget-dropdown",
                           f'<select disabled{self.attrs(aria_label=state.get("description") or None)}>{options}</select>')

    def draw_Select(self, state, stack):
        labels, index = self.options(state)
        options = option_tags(labels, index)
        return self.inline(state, "widget-select",
                           f'<select disabled size="{esc(state.get("rows") or 5)}">{options}</select>')

    def draw_RadioButtons(self, state, stack):
        labels, index = self.options(state)
        items = "".join(f'<label><input type="radio" disabled{" checked" if i == index else ""}> {esc(label)}</label>'
                        for i, label in enumerate(labels))
        return self.inline(state, "widget-radio", f'<div class="widget-radio-box">{items}</div>')

    def draw_ToggleButtons(self, state, stack):
        labels, index = self.options(state)
        tooltips = state.get("tooltips") or []
        style = state.get("button_style")
        buttons = "".join(
            f'<button class="jupyter-button widget-toggle-button{" mod-active" if i == index else ""}'
            f'{" mod-" + style if style else ""}" disabled'
            f'{self.attrs(title=tooltips[i] if i < len(tooltips) else None, aria_pressed="true" if i == index else "false")}>'
            f"{esc(label)}</button>" for i, label in enumerate(labels))
        return self.inline(state, "widget-toggle-buttons lk-auto-width", f'<div class="widget-toggle-buttons">{buttons}</div>')

    def button(self, state, active=None) -> str:
        style = state.get("button_style")
        css = self.style_of(state)
        inline = "; ".join(f"{prop}: {css[key]}" for key, prop in (("button_color", "background"),
                           ("font_weight", "font-weight")) if css.get(key) and SAFE_CSS_VALUE.match(str(css[key])))
        layout = self.layout_style(state)
        classes = self.classes(state, "jupyter-button", "widget-button" if active is None else "widget-toggle-button")
        if style:
            classes += f" mod-{style}"
        if active:
            classes += " mod-active"
        return (f'<button class="{classes}" disabled'
                f'{self.attrs(style="; ".join(s for s in (layout, inline) if s), title=state.get("tooltip"), aria_pressed=None if active is None else ("true" if active else "false"))}>'
                f'{esc(state.get("description"))}</button>')

    def draw_Button(self, state, stack):
        return self.button(state)

    def draw_ToggleButton(self, state, stack):
        return self.button(state, bool(state.get("value")))

    def draw_Checkbox(self, state, stack):
        box = f'<input type="checkbox" disabled{" checked" if state.get("value") else ""}>'
        text = state.get("description") or ""
        inner = str(text) if state.get("description_allow_html") else esc(text)
        label = '<label class="widget-label"></label>' if state.get("indent", True) else ""
        return (f'<div class="{self.classes(state, "widget-inline-hbox", "widget-checkbox")}"'
                f'{self.attrs(style=self.layout_style(state), title=state.get("tooltip"))}>'
                f'{label}<label class="lk-checkbox-label">{box}<span>{inner}</span></label></div>')

    def draw_Valid(self, state, stack):
        mark = "✔" if state.get("value") else "✘"
        return self.inline(state, "widget-valid", f'<span class="widget-valid-readout">{mark} {esc(state.get("readout"))}</span>')

    def text_input(self, state, kind, input_type="text"):
        value = state.get("value")
        return self.inline(state, kind, f'<input type="{input_type}" disabled'
                           f'{self.attrs(value="" if value is None else value, placeholder=state.get("placeholder"), aria_label=state.get("description") or None)}>')

    def draw_Text(self, state, stack):
        return self.text_input(state, "widget-text")

    def draw_Password(self, state, stack):
        return self.inline(state, "widget-text", '<input type="password" disabled value="">')

    def draw_Combobox(self, state, stack):
        return self.text_input(state, "widget-text")

    def draw_IntText(self, state, stack):
        return self.text_input(state, "widget-text", "number")

    draw_FloatText = draw_BoundedIntText = draw_BoundedFloatText = draw_IntText

    def draw_Textarea(self, state, stack):
        return self.inline(state, "widget-textarea", f'<textarea disabled rows="{esc(state.get("rows") or 2)}"'
                           f'{self.attrs(placeholder=state.get("placeholder"))}>{esc(state.get("value"))}</textarea>')

    def draw_Label(self, state, stack):
        return (f'<div class="{self.classes(state, "widget-label-basic", "widget-inline-hbox", "lk-auto-width")}"'
                f'{self.attrs(style=self.layout_style(state), title=state.get("tooltip"))}>'
                f'<span>{esc(state.get("value"))}</span></div>')

    def draw_HTML(self, state, stack):
        return self.inline(state, "widget-html lk-auto-width",
                           f'<div class="widget-html-content">{state.get("value") or ""}</div>')

    def draw_HTMLMath(self, state, stack):
        return self.inline(state, "widget-htmlmath lk-auto-width",
                           f'<div class="widget-htmlmath-content">{state.get("value") or ""}</div>')

    def draw_IntProgress(self, state, stack):
        value, lo, hi = state.get("value") or 0, state.get("min") or 0, state.get("max") or 100
        return self.inline(state, "widget-progress",
                           f'<progress{self.attrs(value=value - lo, max=(hi - lo) or 1)}></progress>')

    draw_FloatProgress = draw_IntProgress


class StaticWidgetsPreprocessor(Preprocessor):
    """Replaces each widget output by a static HTML view of its saved state (see the module's doc)."""

    def preprocess(self, nb, resources):
        state = (nb.metadata.get("widgets") or {}).get(STATE_MIME)
        renderer = StaticWidgetRenderer(state)
        found = 0
        for cell in nb.cells:
            for output in cell.get("outputs", []) if cell.get("cell_type") == "code" else []:
                data = output.get("data") or {}
                view = data.get(VIEW_MIME)
                if view is None:
                    continue
                found += 1
                model_id = view.get("model_id") if isinstance(view, dict) else None
                drawn = renderer.view(model_id)
                if renderer.model(model_id) is None and "text/plain" in data:
                    fallback = data["text/plain"]
                    fallback = "".join(fallback) if isinstance(fallback, list) else str(fallback)
                    drawn += (f'<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="text/plain">'
                              f"<pre>{ansi2html(fallback)}</pre></div>")
                output["data"] = {"text/html": drawn}
        resources["static_widgets_css"] = CSS if found else ""
        resources["static_widgets_drawn"] = list(renderer.drawn)
        return nb, resources
