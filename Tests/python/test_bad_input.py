"""Bad input on the wire and in the connection file: a clear line on stderr, nothing lost, the kernel
keeps serving (or, for a bad connection file, exits non-zero with a one-line reason before binding)."""
import json
import socket
import subprocess
import time

import pytest
import zmq

from conftest import run

DELIMITER = b"<IDS|MSG>"


def raw_shell(km):
    """A DEALER of our own on the kernel's shell port, for frames jupyter_client would never send."""
    dealer = zmq.Context.instance().socket(zmq.DEALER)
    dealer.linger = 0
    dealer.connect(f"tcp://{km.ip}:{km.shell_port}")
    return dealer


def signed(session, header, parent=b"{}", metadata=b"{}", content=b"{}"):
    parts = [header, parent, metadata, content]
    return [DELIMITER, session.sign(parts)] + parts


def header_bytes(msg_type="kernel_info_request"):
    return json.dumps({"msg_id": f"raw-{time.monotonic_ns()}", "msg_type": msg_type, "session": "raw",
                       "username": "t", "date": "2024-01-01T00:00:00Z", "version": "5.4"}).encode()


def still_serving(kc):
    assert kc.kernel_info(reply=True, timeout=10)["content"]["status"] == "ok"


def wait_for_line(path, needle, timeout=5):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if needle in path.read_text():
            return
        time.sleep(0.05)
    raise AssertionError(f"{needle!r} not in kernel stderr:\n{path.read_text()}")


CASES = {
    "garbage frames": lambda s: [b"\x00\xffgarbage", b"more"],
    "missing delimiter": lambda s: signed(s, header_bytes())[1:],
    "too few frames": lambda s: [DELIMITER, b"sig", b"{}"],
    "wrong signature": lambda s: [DELIMITER, b"0" * 64, header_bytes(), b"{}", b"{}", b"{}"],
    "missing signature": lambda s: [DELIMITER, b"", header_bytes(), b"{}", b"{}", b"{}"],
    "invalid JSON": lambda s: signed(s, b"{not json"),
    "invalid UTF-8": lambda s: signed(s, header_bytes(), content=b'{"code": "\xc3\x28"}'),
    "header not an object": lambda s: signed(s, b"[1, 2, 3]"),
    "deeply nested JSON": lambda s: signed(s, header_bytes(), content=b"[" * 100000 + b"]" * 100000),
    "msg_type not a string": lambda s: signed(s, b'{"msg_id": "x", "msg_type": ["kernel_info_request"]}'),
}
EXPECTED_LINE = {
    "garbage frames": "no <IDS|MSG> delimiter",
    "missing delimiter": "no <IDS|MSG> delimiter",
    "too few frames": "frame(s) after <IDS|MSG>",
    "wrong signature": "wrong HMAC signature",
    "missing signature": "wrong HMAC signature",
    "invalid JSON": "header is not valid JSON",
    "invalid UTF-8": "content is not valid JSON",
    "header not an object": "header is not a JSON object",
    "deeply nested JSON": "content is not valid JSON",
    "msg_type not a string": "msg_type is missing or not a string",
}


@pytest.mark.parametrize("case", list(CASES))
def test_malformed_frames_are_dropped_and_logged(kernel, case):
    km, kc, stderr = kernel
    dealer = raw_shell(km)
    dealer.send_multipart(CASES[case](kc.session))
    assert not dealer.poll(300), "a dropped message must get no reply"
    wait_for_line(stderr, EXPECTED_LINE[case])
    still_serving(kc)
    dealer.close()


def test_replayed_message_is_dropped(kernel):
    km, kc, stderr = kernel
    dealer = raw_shell(km)
    frames = signed(kc.session, header_bytes())
    dealer.send_multipart(frames)
    assert dealer.poll(5000)
    dealer.recv_multipart()
    dealer.send_multipart(frames)
    assert not dealer.poll(300)
    wait_for_line(stderr, "replayed")
    still_serving(kc)
    dealer.close()


def test_wrongly_typed_fields_get_an_error_reply(kernel):
    _, kc, stderr = kernel
    for content in ({"code": 5}, {"code": "1", "silent": "no"}, {"code": "1", "user_expressions": [1]}):
        kc.session.send(kc.shell_channel.socket, "execute_request", content)
        reply = kc.get_shell_msg(timeout=10)
        assert reply["msg_type"] == "execute_reply"
        assert reply["content"]["status"] == "error"
        assert reply["content"]["ename"] == "InvalidRequest"
    kc.session.send(kc.shell_channel.socket, "complete_request", {"code": ["x"], "cursor_pos": 1})
    assert kc.get_shell_msg(timeout=10)["content"]["status"] == "error"
    wait_for_line(stderr, "must be a string")
    still_serving(kc)


def test_out_of_range_cursor_positions_are_clamped(kernel):
    _, kc, _ = kernel
    for cursor in (-5, 10**9, 2**62):
        complete = kc.complete("pri", cursor, reply=True, timeout=10)["content"]
        assert complete["status"] == "ok"
        assert 0 <= complete["cursor_start"] <= complete["cursor_end"] <= 3
        assert kc.inspect("print", cursor, reply=True, timeout=10)["content"]["status"] == "ok"
    still_serving(kc)


def test_unknown_message_type_is_logged_and_ignored(kernel):
    _, kc, stderr = kernel
    kc.session.send(kc.shell_channel.socket, "teleport_request", {})
    with pytest.raises(Exception):
        kc.get_shell_msg(timeout=0.5)
    wait_for_line(stderr, "teleport_request")
    still_serving(kc)


def test_multi_megabyte_message(kernel):
    _, kc, _ = kernel
    comment = "// " + "x" * (8 * 1024 * 1024) + "\n"
    reply, outputs = run(kc, comment + "1 + 1", timeout=120)
    assert reply["status"] == "ok"
    assert [c["data"]["text/plain"] for t, c in outputs if t == "execute_result"] == ["2"]
    still_serving(kc)


def test_flood_of_requests_is_answered_in_full(kernel):
    km, kc, _ = kernel
    ids = {kc.kernel_info() for _ in range(1000)}
    dealer = raw_shell(km)
    for _ in range(200):
        dealer.send_multipart([b"junk"])
    answered = set()
    while answered != ids:
        answered.add(kc.get_shell_msg(timeout=30)["parent_header"]["msg_id"])
    still_serving(kc)
    dealer.close()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def port_is_free(port):
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


GOOD = {"transport": "tcp", "ip": "127.0.0.1", "key": "k", "signature_scheme": "hmac-sha256"}


@pytest.mark.parametrize("name,text", [
    ("missing file", None),
    ("not JSON", "{this is not json"),
    ("not UTF-8", b"\xff\xfe{}"),
    ("not an object", "[]"),
    ("missing port", json.dumps({**GOOD, "shell_port": 1})),
    ("port of wrong type", "PORTS:shell_port=\"5\""),
    ("unknown transport", "PORTS:transport=\"udp\""),
    ("unknown scheme", "PORTS:signature_scheme=\"hmac-md5\""),
    ("bad curve key", "PORTS:curve_secretkey=\"short\""),
])
@pytest.mark.parametrize("entry", ["landscape-kernel", "landscape-kernel-launcher"])
def test_bad_connection_file_exits_with_one_line_before_binding(tmp_path, binary, name, text, entry):
    path = tmp_path / "connection.json"
    ports = [free_port() for _ in range(5)]
    if isinstance(text, str) and text.startswith("PORTS:"):
        key, value = text[len("PORTS:"):].split("=", 1)
        info = {**GOOD, "shell_port": ports[0], "iopub_port": ports[1], "stdin_port": ports[2],
                "control_port": ports[3], "hb_port": ports[4], key: json.loads(value)}
        path.write_text(json.dumps(info))
    elif isinstance(text, bytes):
        path.write_bytes(text)
    elif text is not None:
        path.write_text(text)
    started = subprocess.Popen([str(binary.parent / entry), "--connection-file", str(path)], stderr=subprocess.PIPE,
                               stdout=subprocess.PIPE)
    # While the process lives, none of its ports may be bound.
    while started.poll() is None:
        assert all(port_is_free(port) for port in ports)
    _, err = started.communicate(timeout=10)
    assert started.returncode != 0
    lines = err.decode().strip().splitlines()
    assert len(lines) == 1, lines
    assert "connection file" in lines[0]
