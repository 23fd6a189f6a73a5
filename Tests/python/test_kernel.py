"""The installed kernel, driven by jupyter_client: kernel_info, execute, heartbeat during a long
request, interrupt (message and SIGINT), shutdown within 100 ms while a cell runs, restart."""
import filecmp
import signal
import time

import zmq
from jupyter_client.kernelspec import KernelSpecManager

from conftest import KERNEL_NAME, LONG_LOOP, REPO, run, start, start_long_cell


def test_kernelspec_is_listed_with_absolute_binary_and_logos(kernel_prefix, binary):
    spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    # kernel.json runs the launcher beside the binary: it binds the ports, then execs the kernel.
    assert spec.argv == [str(binary.parent / "landscape-kernel-launcher"), "--connection-file", "{connection_file}"]
    assert spec.language == "swift"
    assert spec.interrupt_mode == "message"
    assert spec.kernel_protocol_version == "5.5"
    assert spec.metadata["supported_encryption"] == ["curve"]
    directory = KernelSpecManager().find_kernel_specs()[KERNEL_NAME]
    for logo in ("logo-32x32.png", "logo-64x64.png", "logo-svg.svg"):
        assert filecmp.cmp(f"{directory}/{logo}", REPO / "kernelspec" / logo, shallow=False), logo


def test_kernel_info(kernel):
    _, kc, _ = kernel
    reply = kc.kernel_info(reply=True, timeout=10)
    content = reply["content"]
    assert reply["header"]["version"] == "5.5"
    assert content["status"] == "ok"
    assert content["protocol_version"] == "5.5"
    # Messaging 5.5 (JEP 92): the optional features; this kernel has no debugger and no subshells.
    assert content["supported_features"] == []
    info = content["language_info"]
    assert info["name"] == "swift"
    assert info["mimetype"] == "text/x-swift"
    assert info["file_extension"] == ".swift"
    assert info["pygments_lexer"] == "swift"
    assert info["codemirror_mode"] == "swift"


def test_execute_stream_result_and_order(kernel):
    _, kc, _ = kernel
    msg_id = kc.execute('print("hello")\n1 + 1')
    reply = kc.get_shell_msg(timeout=30)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["execution_count"] == 1
    types = []
    while True:
        message = kc.get_iopub_msg(timeout=10)
        if message["parent_header"].get("msg_id") != msg_id:
            continue
        types.append((message["msg_type"], message["content"]))
        if message["msg_type"] == "status" and message["content"]["execution_state"] == "idle":
            break
    assert [t for t, _ in types] == ["status", "execute_input", "stream", "execute_result", "status"]
    assert types[2][1] == {"name": "stdout", "text": "hello\n"}
    assert types[3][1]["data"]["text/plain"] == "2"
    second, _ = run(kc, "2 + 2")
    assert second["execution_count"] == 2


def test_user_expressions_are_evaluated_after_the_cell(kernel):
    _, kc, _ = kernel
    kc.execute("var x = 21", user_expressions={"double": "x * 2", "unknown": "y + 1", "statement": "x = 3"})
    reply = kc.get_shell_msg(timeout=30)["content"]
    assert reply["status"] == "ok"
    expressions = reply["user_expressions"]
    assert expressions["double"] == {"status": "ok", "data": {"text/plain": "42"}, "metadata": {}}
    assert expressions["unknown"]["status"] == "error"
    assert "cannot find 'y' in scope" in expressions["unknown"]["evalue"]
    assert expressions["statement"]["status"] == "error"
    assert "single expression" in expressions["statement"]["evalue"]
    # Nothing was assigned, nothing published for the expressions; a failing cell gets none evaluated.
    _, outputs = run(kc, "x")
    assert [content["data"]["text/plain"] for kind, content in outputs if kind == "execute_result"] == ["21"]
    kc.execute("x / 0", user_expressions={"double": "x * 2"})
    failed = kc.get_shell_msg(timeout=30)["content"]
    assert failed["status"] == "error" and failed["user_expressions"] == {}


def test_error_then_queued_cells_are_aborted(kernel):
    _, kc, _ = kernel
    # Like Run All: the next cell is queued while the failing one still runs (it computes a little first).
    first = kc.execute("var i = 0\nwhile i < 100000 { i += 1 }\nlet x: Int = undefinedName")
    queued = kc.execute('print("never")')
    replies = {}
    for _ in range(2):
        reply = kc.get_shell_msg(timeout=30)
        replies[reply["parent_header"]["msg_id"]] = reply["content"]
    assert replies[first]["status"] == "error"
    assert replies[queued]["status"] == "aborted"
    again, _ = run(kc, "1 + 1")
    assert again["status"] == "ok"


def test_heartbeat_answers_during_a_long_request(kernel):
    km, kc, _ = kernel
    start_long_cell(kc)
    context = zmq.Context.instance()
    ping = context.socket(zmq.REQ)
    ping.linger = 0
    ping.connect(f"tcp://{km.ip}:{km.hb_port}")
    for _ in range(20):
        ping.send(b"ping")
        assert ping.poll(5000), "heartbeat did not answer during a long request"
        assert ping.recv() == b"ping"
        time.sleep(0.05)
    ping.close()
    km.interrupt_kernel()
    assert kc.get_shell_msg(timeout=10)["content"]["status"] == "error"


def test_interrupt_request_stops_a_running_cell(kernel):
    km, kc, _ = kernel
    msg_id = start_long_cell(kc)
    km.interrupt_kernel()  # interrupt_mode "message": interrupt_request on control
    reply = kc.get_shell_msg(timeout=10)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["status"] == "error"
    after, _ = run(kc, "1 + 1")
    assert after["status"] == "ok"


def test_an_interrupt_that_overtakes_its_cell_stops_it(kernel):
    """The execute_request is made first, the interrupt sent and delivered, then the request: as when the
    interrupt, on control, overtakes a cell still on its way to shell (through a gateway, say)."""
    km, kc, _ = kernel
    for _ in range(3):
        request = kc.session.msg("execute_request", {"code": LONG_LOOP, "silent": False, "store_history": True,
                                                     "user_expressions": {}, "allow_stdin": False,
                                                     "stop_on_error": True})
        km.interrupt_kernel()
        time.sleep(0.1)
        kc.shell_channel.send(request)
        reply = kc.get_shell_msg(timeout=10)
        assert reply["parent_header"]["msg_id"] == request["header"]["msg_id"]
        assert reply["content"]["status"] == "error"
        assert reply["content"]["ename"] == "Interrupted"
        assert run(kc, "1 + 1")[0]["status"] == "ok"


def test_an_idle_interrupt_leaves_the_next_cell_alone(kernel):
    _, kc, _ = kernel
    for _ in range(3):
        kc.control_channel.send(kc.session.msg("interrupt_request", {}))
        assert kc.get_control_msg(timeout=10)["msg_type"] == "interrupt_reply"
        reply, _ = run(kc, "var k = 0\nwhile k < 100_000 { k += 1 }\nk")
        assert reply["status"] == "ok", reply


def test_sigint_also_interrupts(kernel):
    km, kc, _ = kernel
    start_long_cell(kc)
    km.signal_kernel(signal.SIGINT)
    reply = kc.get_shell_msg(timeout=10)
    assert reply["content"]["status"] == "error"
    assert km.is_alive()
    after, _ = run(kc, "1 + 1")
    assert after["status"] == "ok"


def test_control_answers_while_a_cell_runs(kernel):
    """interrupt_request and shutdown_request are answered while the shell thread is busy (their latency
    is measured by bench_kernel.py, not asserted here)."""
    km, kc, _ = kernel
    running = start_long_cell(kc)
    kc.control_channel.send(kc.session.msg("kernel_info_request", {}))
    assert kc.get_control_msg(timeout=10)["msg_type"] == "kernel_info_reply"
    kc.control_channel.send(kc.session.msg("interrupt_request", {}))
    assert kc.get_control_msg(timeout=10)["msg_type"] == "interrupt_reply"
    assert kc.get_shell_msg(timeout=10)["parent_header"]["msg_id"] == running
    start_long_cell(kc)
    kc.shutdown()
    reply = kc.get_control_msg(timeout=10)
    assert reply["msg_type"] == "shutdown_reply"
    assert reply["content"] == {"status": "ok", "restart": False}
    deadline = time.time() + 10
    while km.is_alive() and time.time() < deadline:
        time.sleep(0.05)
    assert not km.is_alive()


def test_restart_rebinds_the_same_ports(kernel):
    km, kc, stderr = kernel
    run(kc, "let kept = 41")
    ports = (km.shell_port, km.iopub_port, km.stdin_port, km.control_port, km.hb_port)
    for _ in range(2):
        km.restart_kernel(now=False)
        kc.wait_for_ready(timeout=60)
        assert (km.shell_port, km.iopub_port, km.stdin_port, km.control_port, km.hb_port) == ports
        reply, _ = run(kc, "1 + 1")
        assert reply["status"] == "ok"
        assert reply["execution_count"] == 1  # a fresh kernel process
    text = stderr.read_text()
    assert "Address already in use" not in text and "cannot serve" not in text, text


def test_shutdown_without_restart_ends_the_process(kernel_prefix):
    km, kc = start(kernel_prefix)
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    assert not km.is_alive()


def test_input_request_on_stdin(kernel):
    _, kc, _ = kernel
    requests, printed = [], []

    def stdin_hook(message):
        requests.append(message["content"])
        kc.input("Ada")

    def output_hook(message):
        if message["msg_type"] == "stream":
            printed.append(message["content"]["text"])

    # Swift's own readLine(): the frontend is asked for a line on stdin.
    reply = kc.execute_interactive('let name = readLine() ?? "nobody"\nprint("hello,", name)', timeout=30,
                                   allow_stdin=True, stdin_hook=stdin_hook, output_hook=output_hook)
    assert reply["content"]["status"] == "ok", reply["content"]
    assert len(requests) == 1 and requests[0]["password"] is False
    assert "".join(printed) == "hello, Ada\n"


def test_read_line_without_stdin_is_nil(kernel):
    _, kc, _ = kernel
    printed = []
    reply = kc.execute_interactive('print(readLine() ?? "no input")', timeout=30, allow_stdin=False,
                                   output_hook=lambda m: printed.append(m["content"].get("text", ""))
                                   if m["msg_type"] == "stream" else None)
    assert reply["content"]["status"] == "ok", reply["content"]
    assert "".join(printed) == "no input\n"


def test_introspection_requests(kernel):
    _, kc, _ = kernel
    run(kc, "let alpha = 1")
    complete = kc.complete("alp", 3, reply=True, timeout=10)["content"]
    assert complete["status"] == "ok"
    assert complete["cursor_end"] == 3
    inspect = kc.inspect("print", 2, reply=True, timeout=10)["content"]
    assert inspect["status"] == "ok"
    assert kc._recv_reply(kc.is_complete("1 + 1"), timeout=10)["content"]["status"] == "complete"
    assert kc._recv_reply(kc.is_complete("func f() {"), timeout=10)["content"]["status"] == "incomplete"
    history = kc.history(hist_access_type="tail", n=5, reply=True, timeout=10)["content"]
    assert history["status"] == "ok"
    assert [entry[2] for entry in history["history"]] == ["let alpha = 1"]
    comm_info = kc.comm_info(reply=True, timeout=10)["content"]
    assert comm_info == {"status": "ok", "comms": {}}
