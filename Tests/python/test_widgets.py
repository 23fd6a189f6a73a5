"""Jupyter widgets from Swift cells, through jupyter_client as a frontend would speak protocol 2.1:
a cell's slider opens with its full state, the "frontend" updates it (echo_update, the cell's onChange
and interact re-run on the kernel's evaluation thread, output replaced), request_state, the control
channel's request_states, a button's custom click message, comm_close, and bad input (unknown comm id,
malformed state, a wrong type, out of range, a closed comm, a flood of updates): a clear line on stderr
or a clamp, and the kernel keeps serving."""
import time
import uuid

import pytest

from conftest import run


# MARK: helpers

def execute(kc, code, timeout=60):
    """Runs a cell; returns (reply content, iopub messages with this parent)."""
    messages = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=messages.append)
    return reply["content"], messages


def opened(messages, model):
    """The comm_open messages of `model` (e.g. "IntSliderModel")."""
    return [m["content"] for m in messages if m["msg_type"] == "comm_open"
            and m["content"]["data"]["state"].get("_model_name") == model]


def send_comm(kc, comm_id, data, msg_type="comm_msg"):
    """Sends a comm message on shell as the frontend does; returns its msg_id."""
    content = {"comm_id": comm_id, "data": data}
    if msg_type == "comm_open":
        content["target_name"] = data.pop("target_name")
    msg = kc.session.msg(msg_type, content)
    kc.shell_channel.send(msg)
    return msg["header"]["msg_id"]


def replies_to(kc, msg_id, timeout=30):
    """The iopub messages whose parent is msg_id, up to its idle status."""
    found = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        message = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        if message["parent_header"].get("msg_id") != msg_id:
            continue
        found.append(message)
        if message["msg_type"] == "status" and message["content"]["execution_state"] == "idle":
            return found
    raise AssertionError(f"no idle for {msg_id}; got {[m['msg_type'] for m in found]}")


def update(kc, comm_id, state):
    """The frontend's update of `state`; returns the iopub messages it caused."""
    return replies_to(kc, send_comm(kc, comm_id, {"method": "update", "state": state, "buffer_paths": []}))


def comm_data(messages, comm_id=None, method=None):
    return [m["content"]["data"] for m in messages if m["msg_type"] == "comm_msg"
            and (comm_id is None or m["content"]["comm_id"] == comm_id)
            and (method is None or m["content"]["data"].get("method") == method)]


def output_texts(outputs):
    """What an Output widget's nbformat outputs show as text."""
    texts = []
    for output in outputs:
        if output["output_type"] == "stream":
            texts.append(output["text"])
        else:
            texts.append(output["data"].get("text/plain", ""))
    return "".join(texts)


def wait_for_line(path, needle, timeout=5):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if needle in path.read_text():
            return
        time.sleep(0.05)
    raise AssertionError(f"{needle!r} not in kernel stderr:\n{path.read_text()}")


def still_serving(kc):
    reply, messages = execute(kc, "1 + 1")
    assert reply["status"] == "ok"
    assert any(m["msg_type"] == "execute_result" and m["content"]["data"]["text/plain"] == "2" for m in messages)


SLIDER = 'let depth = IntSlider(value: 3, range: 0...5, description: "depth")\ndepth'


def slider(kc):
    """Makes the depth slider; returns its model id."""
    reply, messages = execute(kc, SLIDER)
    assert reply["status"] == "ok", reply
    return opened(messages, "IntSliderModel")[0]["comm_id"]


# MARK: opening and display

def test_a_slider_opens_with_its_full_state_and_displays_as_a_widget(kernel):
    km, kc, _ = kernel
    reply, messages = execute(kc, SLIDER)
    assert reply["status"] == "ok", reply
    [open_] = opened(messages, "IntSliderModel")
    assert open_["target_name"] == "jupyter.widget"
    assert open_["data"]["buffer_paths"] == []
    state = open_["data"]["state"]
    assert (state["value"], state["min"], state["max"], state["description"]) == (3, 0, 5, "depth")
    assert state["_model_module"] == "@jupyter-widgets/controls" and state["_model_module_version"] == "2.0.0"
    layout_id = state["layout"].removeprefix("IPY_MODEL_")
    assert [m for m in messages if m["msg_type"] == "comm_open" and m["content"]["comm_id"] == layout_id]
    opens = [m for m in messages if m["msg_type"] == "comm_open" and m["content"]["comm_id"] == open_["comm_id"]]
    assert opens[0]["metadata"]["version"] == "2.1.0"
    [result] = [m["content"] for m in messages if m["msg_type"] == "execute_result"]
    view = result["data"]["application/vnd.jupyter.widget-view+json"]
    assert view == {"model_id": open_["comm_id"], "version_major": 2, "version_minor": 1}
    assert result["data"]["text/plain"] == "IntSlider(value=3, description='depth')"


def test_every_control_is_made_from_a_cell(kernel):
    km, kc, _ = kernel
    code = "\n".join([
        'let a = FloatSlider(value: 1, min: 0.05, max: 2, step: 0.05, description: "weight scale s")',
        'let b = FloatLogSlider(value: 10, minExponent: -2, maxExponent: 2)',
        'let c = IntRangeSlider(value: 2...4, range: 0...10)',
        'let d = Play(value: 1, range: 0...9, interval: 200)',
        'let e = Dropdown(options: ["relu", "tanh"], index: 1)',
        'let f = RadioButtons(options: ["a", "b"])',
        'let g = ToggleButtons(options: ["x", "y", "z"], index: 2)',
        'let h = Checkbox(value: true, description: "log axis")',
        'let i = Text(value: "hello")',
        'let j = Label("a label")',
        'let k = HTML("<b>bold</b>")',
        'let o = Output()',
        'let row = HBox(a, b, c)',
        'let column = VBox(row, d, e, f, g, h, i, j, k, o)',
        'let link = jslink(d, c, key: "max")',
        'print(a.value, b.value, c.value, d.value, e.value, e.index, f.value, g.value, h.value, i.value, j.value)',
        'column',
    ])
    reply, messages = execute(kc, code)
    assert reply["status"] == "ok", reply
    printed = "".join(m["content"]["text"] for m in messages if m["msg_type"] == "stream")
    assert printed == "1.0 10.0 2...4 1 tanh 1 a z true hello a label\n"
    for model in ("FloatSliderModel", "FloatLogSliderModel", "IntRangeSliderModel", "PlayModel", "DropdownModel",
                  "RadioButtonsModel", "ToggleButtonsModel", "CheckboxModel", "TextModel", "LabelModel", "HTMLModel",
                  "OutputModel", "HBoxModel", "VBoxModel", "LinkModel"):
        assert opened(messages, model), model
    [link] = opened(messages, "LinkModel")
    assert link["data"]["state"]["source"][1] == "max"
    [result] = [m["content"] for m in messages if m["msg_type"] == "execute_result"]
    assert result["data"]["text/plain"] == "VBox(children=10)"


def test_widgets_outside_a_kernel_cell_say_why_they_fail(kernel):
    """A bad argument is a cell error, not a crash."""
    km, kc, _ = kernel
    reply, _ = execute(kc, "let bad = HBox(1, 2)")
    assert reply["status"] == "error" and "must be a widget" in reply["evalue"], reply
    reply, _ = execute(kc, 'let empty = Dropdown(options: ["a"], index: 3)')
    assert reply["status"] == "error" and "out of bounds" in reply["evalue"], reply
    still_serving(kc)


# MARK: updates both ways

def test_a_frontend_update_is_echoed_and_seen_by_later_cells_and_onChange(kernel):
    km, kc, _ = kernel
    model = slider(kc)
    reply, _ = execute(kc, 'var seen: [Int] = []\ndepth.onChange { value in\n    seen.append(value)\n    print("depth is now \\(value)")\n}')
    assert reply["status"] == "ok", reply
    messages = update(kc, model, {"value": 4})
    assert comm_data(messages, model, "echo_update") == [{"method": "echo_update", "state": {"value": 4}, "buffer_paths": []}]
    streams = [m["content"]["text"] for m in messages if m["msg_type"] == "stream"]
    assert streams == ["depth is now 4\n"], "onChange's print has the comm message as parent"
    _, messages = execute(kc, "print(depth.value, seen)")
    assert "".join(m["content"]["text"] for m in messages if m["msg_type"] == "stream") == "4 [4]\n"


def test_setting_value_from_a_cell_updates_the_page_clamped(kernel):
    km, kc, _ = kernel
    model = slider(kc)
    reply, messages = execute(kc, "depth.value = 9\ndepth.value")
    assert reply["status"] == "ok", reply
    assert comm_data(messages, model, "update") == [{"method": "update", "state": {"value": 5}, "buffer_paths": []}]
    [result] = [m["content"] for m in messages if m["msg_type"] == "execute_result"]
    assert result["data"]["text/plain"] == "5"


def test_request_state_answers_the_full_state(kernel):
    km, kc, _ = kernel
    model = slider(kc)
    messages = replies_to(kc, send_comm(kc, model, {"method": "request_state"}))
    [data] = comm_data(messages, model, "update")
    assert data["state"]["value"] == 3 and data["state"]["_model_name"] == "IntSliderModel"


def test_the_control_channel_answers_request_states_with_every_live_widget(kernel):
    km, kc, _ = kernel
    model = slider(kc)
    control = uuid.uuid4().hex
    replies_to(kc, send_comm(kc, control, {"target_name": "jupyter.widget.control"}, msg_type="comm_open"))
    messages = replies_to(kc, send_comm(kc, control, {"method": "request_states"}))
    [data] = comm_data(messages, control, "update_states")
    assert data["states"][model]["model_name"] == "IntSliderModel"
    assert data["states"][model]["state"]["value"] == 3
    assert len(data["states"]) >= 3, "the slider, its layout and its style"


def test_a_button_click_runs_its_action(kernel):
    km, kc, _ = kernel
    reply, messages = execute(kc, 'var clicks = 0\nlet go = Button(description: "go") {\n    clicks += 1\n}\ngo')
    assert reply["status"] == "ok", reply
    [button] = opened(messages, "ButtonModel")
    for _ in range(2):
        replies_to(kc, send_comm(kc, button["comm_id"], {"method": "custom", "content": {"event": "click"}}))
    _, messages = execute(kc, "clicks")
    [result] = [m["content"] for m in messages if m["msg_type"] == "execute_result"]
    assert result["data"]["text/plain"] == "2"


def test_what_a_button_action_prints_is_output_of_the_click(kernel):
    km, kc, _ = kernel
    reply, messages = execute(kc, 'let hello = Button(description: "hello") {\n    print("clicked")\n}\nhello')
    assert reply["status"] == "ok", reply
    [button] = opened(messages, "ButtonModel")
    found = replies_to(kc, send_comm(kc, button["comm_id"], {"method": "custom", "content": {"event": "click"}}))
    printed = "".join(m["content"]["text"] for m in found if m["msg_type"] == "stream")
    assert printed == "clicked\n", [m["msg_type"] for m in found]


# MARK: interact

INTERACT = """let a = IntSlider(value: 2, range: 0...10, description: "a")
let b = FloatSlider(value: 0.5, min: 0, max: 1, step: 0.1, description: "b")
interact(a, b) { x, y in
    print("rendering")
    return "x squared is \\(x * x), y is \\(y)"
}"""


def interaction(kc):
    reply, messages = execute(kc, INTERACT)
    assert reply["status"] == "ok", reply
    a = [o for o in opened(messages, "IntSliderModel") if o["data"]["state"]["description"] == "a"][0]["comm_id"]
    output = opened(messages, "OutputModel")[0]["comm_id"]
    return a, output, messages


def test_interact_shows_controls_and_output_and_replaces_it_on_change(kernel):
    km, kc, _ = kernel
    a, output, messages = interaction(kc)
    [box] = opened(messages, "VBoxModel")
    children = [c.removeprefix("IPY_MODEL_") for c in box["data"]["state"]["children"]]
    assert children[0] == a and children[-1] == output and len(children) == 3
    [first] = comm_data(messages, output, "update")
    assert output_texts(first["state"]["outputs"]) == "rendering\nx squared is 4, y is 0.5\n"
    [shown] = [m["content"] for m in messages if m["msg_type"] == "display_data"]
    assert shown["data"]["application/vnd.jupyter.widget-view+json"]["model_id"] == box["comm_id"]
    assert shown["data"]["text/plain"] == "rendering\nx squared is 4, y is 0.5"
    messages = update(kc, a, {"value": 7})
    [data] = comm_data(messages, output, "update")
    assert output_texts(data["state"]["outputs"]) == "rendering\nx squared is 49, y is 0.5\n", "replaced, not appended"


def test_an_interact_error_shows_in_its_output_and_the_kernel_keeps_serving(kernel):
    km, kc, _ = kernel
    reply, messages = execute(kc, 'let n = IntSlider(value: 1, range: 0...3)\ninteract(n) { i in [10, 20, 30][i] }')
    assert reply["status"] == "ok", reply
    output = opened(messages, "OutputModel")[0]["comm_id"]
    model = opened(messages, "IntSliderModel")[0]["comm_id"]
    messages = update(kc, model, {"value": 3})
    [data] = comm_data(messages, output, "update")
    assert "interact failed" in output_texts(data["state"]["outputs"]) and "out of range" in output_texts(data["state"]["outputs"])
    still_serving(kc)


# MARK: closing and bad input

def test_comm_close_from_the_frontend_forgets_the_widget(kernel):
    km, kc, stderr = kernel
    model = slider(kc)
    replies_to(kc, send_comm(kc, model, {}, msg_type="comm_close"))
    update(kc, model, {"value": 1})
    wait_for_line(stderr, model)
    control = uuid.uuid4().hex
    replies_to(kc, send_comm(kc, control, {"target_name": "jupyter.widget.control"}, msg_type="comm_open"))
    [data] = comm_data(replies_to(kc, send_comm(kc, control, {"method": "request_states"})), control, "update_states")
    assert model not in data["states"]
    still_serving(kc)


def test_bad_comm_input_is_refused_with_a_line_on_stderr(kernel):
    km, kc, stderr = kernel
    model = slider(kc)
    update(kc, "no-such-comm", {"value": 1})
    wait_for_line(stderr, "no-such-comm")
    replies_to(kc, send_comm(kc, model, {"method": "update", "state": "not an object"}))
    wait_for_line(stderr, "update without a state object")
    messages = update(kc, model, {"value": "three"})
    wait_for_line(stderr, "refused")
    assert comm_data(messages, model, "update")[-1]["state"] == {"value": 3}, "the page gets the kernel's value back"
    messages = update(kc, model, {"value": 99})
    assert comm_data(messages, model, "update")[-1]["state"] == {"value": 5}, "clamped as ipywidgets clamps"
    update(kc, model, {"no_such_key": 1})
    wait_for_line(stderr, "unknown key \"no_such_key\"")
    replies_to(kc, send_comm(kc, model, {"method": "frobnicate"}))
    wait_for_line(stderr, "unknown widget method")
    _, messages = execute(kc, "depth.value")
    assert [m["content"]["data"]["text/plain"] for m in messages if m["msg_type"] == "execute_result"] == ["5"]
    still_serving(kc)


def test_a_flood_of_updates_renders_the_newest_value_without_a_queue_of_stale_renders(kernel):
    km, kc, _ = kernel
    reply, messages = execute(kc, """var renders = 0
let n = IntSlider(value: 0, range: 0...1000)
interact(n) { i in
    renders += 1
    var total = 0
    for j in 0..<20000 { total += j % 7 }
    return "i = \\(i)"
}""")
    assert reply["status"] == "ok", reply
    model = opened(messages, "IntSliderModel")[0]["comm_id"]
    output = opened(messages, "OutputModel")[0]["comm_id"]
    ids = [send_comm(kc, model, {"method": "update", "state": {"value": i}, "buffer_paths": []}) for i in range(1, 201)]
    last = replies_to(kc, ids[-1], timeout=120)
    outputs = comm_data(last, output, "update")
    assert outputs and output_texts(outputs[-1]["state"]["outputs"]) == "i = 200\n"
    _, messages = execute(kc, "renders")
    [result] = [m["content"]["data"]["text/plain"] for m in messages if m["msg_type"] == "execute_result"]
    assert int(result) < 100, f"{result} renders for 200 updates: stale renders were not coalesced"
    _, messages = execute(kc, "n.value")
    assert [m["content"]["data"]["text/plain"] for m in messages if m["msg_type"] == "execute_result"] == ["200"]


# MARK: saved notebooks

def test_a_notebook_executed_headless_saves_the_widget_state(kernel_prefix):
    """nbclient (what scripts/run_notebooks.py runs) writes nbformat's widget state from the kernel's
    comm messages: every model, at its last value, with the interact output's last content."""
    import nbformat
    from nbclient import NotebookClient
    from nbformat.v4 import new_code_cell, new_notebook

    notebook = new_notebook(cells=[
        new_code_cell('let depth = IntSlider(value: 3, range: 0...5, description: "depth")\n'
                      'interact(depth) { d in "depth \\(d) has \\(d + 2) linear layers" }'),
        new_code_cell("depth.value = 4"),
    ])
    notebook.metadata["kernelspec"] = {"name": "landscape", "display_name": "Swift (landscape)", "language": "swift"}
    NotebookClient(notebook, kernel_name="landscape", timeout=120).execute()
    saved = notebook.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]
    assert (saved["version_major"], saved["version_minor"]) == (2, 0)
    models = {key: value for key, value in saved["state"].items()}
    [slider] = [m for m in models.values() if m["model_name"] == "IntSliderModel"]
    assert slider["model_module"] == "@jupyter-widgets/controls" and slider["model_module_version"] == "2.0.0"
    assert slider["state"]["value"] == 4 and slider["state"]["description"] == "depth"
    [output] = [m for m in models.values() if m["model_name"] == "OutputModel"]
    assert output_texts(output["state"]["outputs"]) == "depth 4 has 6 linear layers\n"
    [box] = [m for m in models.values() if m["model_name"] == "VBoxModel"]
    assert all(child.removeprefix("IPY_MODEL_") in models for child in box["state"]["children"])
    view = notebook.cells[0].outputs[0]["data"]["application/vnd.jupyter.widget-view+json"]
    assert view["model_id"] in models
    nbformat.validate(notebook)
