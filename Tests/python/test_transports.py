"""ipc transport and CurveZMQ encryption, through jupyter_client."""
import time

import pytest
import zmq

from conftest import run, start


def test_ipc_transport(kernel_prefix, tmp_path):
    km, kc = start(kernel_prefix, transport="ipc", ip=str(tmp_path / "kernel"))
    try:
        assert km.transport == "ipc"
        reply, outputs = run(kc, 'print("over ipc")')
        assert reply["status"] == "ok"
        assert ("stream", {"name": "stdout", "text": "over ipc\n"}) in outputs
        assert kc.hb_channel.is_beating()
        km.restart_kernel(now=False)
        kc.wait_for_ready(timeout=60)
        assert run(kc, "1 + 1")[0]["status"] == "ok"
    finally:
        kc.stop_channels()
        km.shutdown_kernel()


@pytest.fixture
def encrypted(kernel_prefix):
    if not zmq.has("curve"):
        pytest.skip("this libzmq has no CurveZMQ")
    km, kc = start(kernel_prefix, transport_encryption="required")
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel()


def test_curve_kernel_serves_clients_with_the_server_key(encrypted):
    km, kc = encrypted
    assert km.curve_publickey and km.curve_secretkey
    assert kc.curve_publickey == km.curve_publickey
    reply, outputs = run(kc, 'print("secret")')
    assert reply["status"] == "ok"
    assert ("stream", {"name": "stdout", "text": "secret\n"}) in outputs
    assert kc.hb_channel.is_beating()
    assert kc.kernel_info(reply=True, timeout=10)["content"]["status"] == "ok"


def test_client_without_the_server_key_gets_nothing(encrypted):
    km, kc = encrypted
    context = zmq.Context.instance()
    url = lambda port: f"tcp://{km.ip}:{port}"
    shell = context.socket(zmq.DEALER)
    iopub = context.socket(zmq.SUB)
    heartbeat = context.socket(zmq.REQ)
    for socket in (shell, iopub, heartbeat):
        socket.linger = 0
    iopub.setsockopt(zmq.SUBSCRIBE, b"")
    shell.connect(url(km.shell_port))
    iopub.connect(url(km.iopub_port))
    heartbeat.connect(url(km.hb_port))
    # Even with the HMAC key, a plain client cannot talk to an encrypted kernel.
    kc.session.send(shell, "kernel_info_request", {})
    try:
        heartbeat.send(b"ping", zmq.NOBLOCK)
    except zmq.Again:
        pass
    run(kc, 'print("while a plain client listens")')
    assert not shell.poll(1000)
    assert not iopub.poll(200)
    assert not heartbeat.poll(200)
    # A client with a wrong server key gets nothing either.
    wrong_public, _ = zmq.curve_keypair()
    client_public, client_secret = zmq.curve_keypair()
    impostor = context.socket(zmq.DEALER)
    impostor.linger = 0
    impostor.curve_serverkey, impostor.curve_publickey, impostor.curve_secretkey = wrong_public, client_public, client_secret
    impostor.connect(url(km.shell_port))
    kc.session.send(impostor, "kernel_info_request", {})
    assert not impostor.poll(1000)
    for socket in (shell, iopub, heartbeat, impostor):
        socket.close()
    assert run(kc, "1 + 1")[0]["status"] == "ok"
