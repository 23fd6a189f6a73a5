"""The kernel behind Jupyter Kernel Gateway, driven through a Jupyter Server that uses the gateway
(`--GatewayClient.url`): kernels are opened by the server's REST API and spoken to over its websocket, as
JupyterLab does with a remote kernel. Cells of the tour, 20 interrupts in a row through the REST API
(some sent right after the execute_request, so that the interrupt can overtake it), a restart.

Both servers run on 127.0.0.1 on free ports, in their own process groups, with Jupyter's config, data and
runtime directories in a temporary directory; their logs are shown when something fails."""
import asyncio
import json
import os
import pathlib
import signal
import socket
import statistics
import subprocess
import sys
import time
import uuid
from datetime import datetime, timezone

import pytest
from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect

from conftest import KERNEL_NAME

# A cell that runs for many minutes unless interrupted.
LONG_LOOP = "var spin = 0\nwhile spin < 2_000_000_000 { spin += 1 }\nspin"
INTERRUPTS = 20


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def jupyter_command(subcommand: str) -> list:
    script = pathlib.Path(sys.executable).parent / "jupyter"
    return [str(script), subcommand] if script.exists() else [sys.executable, "-m", "jupyter", subcommand]


class Service:
    """A server process in its own process group, its output in a log file."""

    def __init__(self, name, argv, env, log_path):
        self.name = name
        self.log_path = log_path
        self.log = open(log_path, "w")
        self.process = subprocess.Popen(argv, env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, start_new_session=True)

    def wait_until_listening(self, port, timeout=90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}:\n{self.text()}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"{self.name} did not listen on {port} within {timeout} s:\n{self.text()}")

    def text(self) -> str:
        if not self.log.closed:
            self.log.flush()
        return self.log_path.read_text(errors="replace")[-20000:]

    def stop(self):
        if self.process.poll() is None:
            # SIGINT twice is how a terminal stops a Jupyter server; then the group is terminated, then killed.
            for sig, wait in ((signal.SIGINT, 0.5), (signal.SIGINT, 10), (signal.SIGTERM, 5), (signal.SIGKILL, 5)):
                try:
                    os.killpg(self.process.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    self.process.wait(timeout=wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
        self.log.close()


def kernels_started_under(runtime_dir: pathlib.Path) -> list:
    """Pids of processes whose command line names a connection file in `runtime_dir` (kernels this test's
    gateway started), so that none outlives the test."""
    pids = []
    for entry in pathlib.Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if str(runtime_dir) in cmdline:
            pids.append(int(entry.name))
    return pids


class ServerKernel:
    """A kernel opened through Jupyter Server's REST API, spoken to over its websocket (the legacy JSON
    protocol: one message per text frame, with its channel)."""

    def __init__(self, loop, base_url, token):
        self.loop = loop
        self.base_url = base_url
        self.token = token
        self.http = AsyncHTTPClient()
        self.session = uuid.uuid4().hex
        self.kernel_id = None
        self.ws = None
        self.pending = []

    def run(self, coroutine, timeout=120):
        return self.loop.run_until_complete(asyncio.wait_for(coroutine, timeout))

    async def rest(self, method, path, body=None, timeout=60):
        request = HTTPRequest(f"{self.base_url}{path}", method=method,
                              headers={"Authorization": f"token {self.token}"},
                              body=None if body is None else json.dumps(body),
                              request_timeout=timeout, allow_nonstandard_methods=True)
        response = await self.http.fetch(request, raise_error=True)
        return json.loads(response.body) if response.body else None

    async def open(self):
        model = await self.rest("POST", "/api/kernels", {"name": KERNEL_NAME}, timeout=90)
        self.kernel_id = model["id"]
        await self.connect()

    async def connect(self):
        if self.ws is not None:
            self.ws.close()
            self.pending.clear()
        url = self.base_url.replace("http://", "ws://") + f"/api/kernels/{self.kernel_id}/channels?session_id={self.session}"
        self.ws = await websocket_connect(HTTPRequest(url, headers={"Authorization": f"token {self.token}"}))
        # Like wait_for_ready: kernel_info until it is answered.
        while True:
            msg_id = self.send("kernel_info_request", {})
            try:
                reply = await asyncio.wait_for(self.next_reply(msg_id), 5)
                return reply
            except asyncio.TimeoutError:
                continue

    def prepare(self, msg_type, content, channel="shell"):
        """A message stamped now (its header date), as text for the websocket; returns (msg_id, text)."""
        msg_id = uuid.uuid4().hex
        header = {"msg_id": msg_id, "username": "test", "session": self.session, "msg_type": msg_type,
                  "version": "5.5", "date": datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")}
        return msg_id, json.dumps({"header": header, "parent_header": {}, "metadata": {},
                                   "content": content, "channel": channel, "buffers": []})

    def send(self, msg_type, content, channel="shell"):
        msg_id, text = self.prepare(msg_type, content, channel)
        self.ws.write_message(text)
        return msg_id

    async def receive(self):
        if self.pending:
            return self.pending.pop(0)
        text = await self.ws.read_message()
        if text is None:
            raise RuntimeError("the server closed the websocket")
        return json.loads(text)

    async def next_reply(self, msg_id):
        while True:
            message = await self.receive()
            if message["channel"] == "shell" and message["parent_header"].get("msg_id") == msg_id:
                return message

    async def until(self, msg_id, predicate):
        """The first iopub message of `msg_id` for which `predicate` holds; shell replies seen meanwhile
        are kept for later."""
        kept = []
        try:
            while True:
                message = await self.receive()
                if message["parent_header"].get("msg_id") != msg_id:
                    continue
                if message["channel"] == "iopub" and predicate(message):
                    return message
                kept.append(message)
        finally:
            self.pending[:0] = kept

    @staticmethod
    def execute_content(code):
        return {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                "allow_stdin": False, "stop_on_error": True}

    def execute_message(self, code):
        return self.send("execute_request", self.execute_content(code))

    async def finish(self, msg_id):
        """The execute_reply of `msg_id` and its iopub messages up to its idle status."""
        reply, outputs, idle = None, [], False
        while reply is None or not idle:
            message = await self.receive()
            if message["parent_header"].get("msg_id") != msg_id:
                continue
            if message["channel"] == "shell":
                reply = message["content"]
            elif message["channel"] == "iopub":
                outputs.append((message["msg_type"], message["content"]))
                idle = message["msg_type"] == "status" and message["content"]["execution_state"] == "idle"
        return reply, outputs

    def execute(self, code, timeout=120):
        """Runs a cell; returns (reply content, [(msg_type, content)] of iopub)."""
        return self.run(self.finish(self.execute_message(code)), timeout)

    def text(self, code, timeout=120):
        reply, outputs = self.execute(code, timeout)
        assert reply["status"] == "ok", reply
        return "".join(c["data"]["text/plain"] for kind, c in outputs if kind == "execute_result")


@pytest.fixture
def through_gateway(kernel_prefix, tmp_path, request):
    """Kernel Gateway serving the installed kernelspec, a Jupyter Server using it, and one kernel opened
    through the server; yields (ServerKernel, {name: Service}, runtime dir). Parametrized indirectly, the
    parameter is a list of extra arguments for the gateway."""
    extra_gateway_arguments = getattr(request, "param", [])
    runtime = tmp_path / "runtime"
    env = dict(os.environ)
    for variable, directory in (("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_DATA_DIR", "data"),
                                ("JUPYTER_RUNTIME_DIR", "runtime")):
        (tmp_path / directory).mkdir()
        env[variable] = str(tmp_path / directory)
    env.pop("JUPYTER_GATEWAY_URL", None)
    gateway_port, server_port = free_port(), free_port()
    gateway_token, server_token = uuid.uuid4().hex, uuid.uuid4().hex
    services = {}
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    kernel = None
    try:
        services["gateway"] = Service("kernel gateway", jupyter_command("kernelgateway") + [
            "--KernelGatewayApp.ip=127.0.0.1", f"--KernelGatewayApp.port={gateway_port}",
            "--KernelGatewayApp.port_retries=0", f"--KernelGatewayApp.auth_token={gateway_token}",
            f"--KernelGatewayApp.default_kernel_name={KERNEL_NAME}", "--debug"] + extra_gateway_arguments,
            env, tmp_path / "gateway.log")
        services["gateway"].wait_until_listening(gateway_port)
        services["server"] = Service("jupyter server", jupyter_command("server") + [
            "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={server_port}", "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={server_token}", "--ServerApp.open_browser=False",
            f"--ServerApp.root_dir={tmp_path}",
            f"--GatewayClient.url=http://127.0.0.1:{gateway_port}", f"--GatewayClient.auth_token={gateway_token}"]
            + (["--allow-root"] if os.geteuid() == 0 else []),
            env, tmp_path / "server.log")
        services["server"].wait_until_listening(server_port)
        kernel = ServerKernel(loop, f"http://127.0.0.1:{server_port}", server_token)
        kernel.run(kernel.open())
        yield kernel, services, runtime
    finally:
        if kernel is not None and kernel.kernel_id is not None:
            try:
                if kernel.ws is not None:
                    kernel.ws.close()
                kernel.run(kernel.rest("DELETE", f"/api/kernels/{kernel.kernel_id}"), timeout=30)
            except Exception as error:  # the servers' logs say more; stopping them ends the kernel anyway
                print(f"deleting the kernel failed: {error!r}")
        for name in ("server", "gateway"):
            if name in services:
                services[name].stop()
        # pytest shows this (captured) output when the test or the fixture fails.
        for service in services.values():
            print(f"----- {service.name} log (end) -----\n{service.log_path.read_text(errors='replace')[-8000:]}")
        for pid in kernels_started_under(runtime):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        loop.close()
        asyncio.set_event_loop(None)


def test_the_server_lists_the_gateways_kernelspec(through_gateway):
    kernel, _, _ = through_gateway
    specs = kernel.run(kernel.rest("GET", "/api/kernelspecs"))
    spec = specs["kernelspecs"][KERNEL_NAME]["spec"]
    assert spec["language"] == "swift"
    assert spec["interrupt_mode"] == "message"
    info = kernel.run(kernel.connect())["content"]
    assert info["protocol_version"] == "5.5"
    assert info["supported_features"] == []


def test_tour_cells_interrupts_and_restart_through_the_gateway(through_gateway):
    kernel, services, _ = through_gateway
    # Cells of the tour: variables, a struct, the numerics; state persists from cell to cell.
    assert kernel.text("let objects = 600\nvar seen = 0\nobjects") == "600"
    assert kernel.text("struct Point { var x: Double; var y: Double\n  func norm() -> Double { (x * x + y * y).squareRoot() } }\n"
                       "let p = Point(x: 3, y: 4)\np.norm()") == "5.0"
    assert kernel.text("let data = try Dataset.fashionMNIST(count: objects)\ndata.count") == "600"
    assert kernel.text("var net = try MLP(input: 784, hidden: 4, hiddenLayers: 1, classes: 10, seed: 0)\n"
                       "try net.train(on: data, epochs: 1, batchSize: 64, optimizer: .adam(learningRate: 1e-3))\n"
                       "var sample = data.prefix(100)\ntry sample.add(data[100])\nsample.count") == "101"
    reply, outputs = kernel.execute("try net.bound(on: sample)")
    assert reply["status"] == "ok", reply
    assert any(kind == "execute_result" and "text/markdown" in c["data"] for kind, c in outputs), outputs
    assert kernel.text("p") == "main.Point(x: 3.0, y: 4.0)"  # a cell value prints as a program's debug form

    # Interrupts through the server's REST API, at different moments after the execute_request was sent:
    # at once (the interrupt may reach the kernel before the cell: it did in about 1 of 30 tries straight
    # to the gateway), overtaken (the same race made certain: the execute_request is stamped, then held
    # back on its way until the interrupt has been delivered), on the cell's busy status, on its
    # execute_input, and well into the loop.
    moments = ["at once", "overtaken", "on busy", "on execute_input", "after 300 ms"]
    latencies, missed = [], []
    for attempt in range(INTERRUPTS):
        moment = moments[attempt % len(moments)]
        started = time.monotonic()
        if moment == "overtaken":
            msg_id, held_back = kernel.prepare("execute_request", kernel.execute_content(LONG_LOOP))
            kernel.run(kernel.rest("POST", f"/api/kernels/{kernel.kernel_id}/interrupt"))
            kernel.ws.write_message(held_back)
        else:
            msg_id = kernel.execute_message(LONG_LOOP)
        if moment == "on busy":
            kernel.run(kernel.until(msg_id, lambda m: m["msg_type"] == "status"
                                    and m["content"]["execution_state"] == "busy"))
        elif moment == "on execute_input":
            kernel.run(kernel.until(msg_id, lambda m: m["msg_type"] == "execute_input"))
        elif moment == "after 300 ms":
            kernel.run(kernel.until(msg_id, lambda m: m["msg_type"] == "execute_input"))
            kernel.run(asyncio.sleep(0.3))
        if moment != "overtaken":
            started = time.monotonic()
            kernel.run(kernel.rest("POST", f"/api/kernels/{kernel.kernel_id}/interrupt"))
        try:
            reply, outputs = kernel.run(kernel.finish(msg_id), timeout=15)
        except asyncio.TimeoutError:
            # Lost: say so, then stop the loop with a second interrupt so the others can still be counted.
            missed.append((attempt, moment))
            kernel.run(kernel.rest("POST", f"/api/kernels/{kernel.kernel_id}/interrupt"))
            reply, outputs = kernel.run(kernel.finish(msg_id), timeout=30)
            continue
        latencies.append(time.monotonic() - started)
        assert reply["status"] == "error", reply
        assert reply["ename"] == "Interrupted", reply
        assert ("error", {"ename": reply["ename"], "evalue": reply["evalue"], "traceback": reply["traceback"]}) in outputs
        # The next cell runs, and state is kept across the interrupts.
        assert kernel.text("seen += 1\nseen") == str(attempt + 1 - len(missed))
    print(f"\n{INTERRUPTS - len(missed)}/{INTERRUPTS} interrupts through the gateway stopped the cell; "
          f"from the REST call to the error reply: median {statistics.median(latencies) * 1000:.0f} ms, "
          f"max {max(latencies) * 1000:.0f} ms" if latencies else "no interrupt stopped the cell")
    assert not missed, f"interrupts that did not stop the running cell (attempt, moment): {missed}"

    # Restart through the REST API: the state is gone, the kernel serves.
    kernel.run(kernel.rest("POST", f"/api/kernels/{kernel.kernel_id}/restart", timeout=90))
    kernel.run(kernel.connect())
    reply, outputs = kernel.execute("seen")
    assert reply["status"] == "error" and "cannot find 'seen' in scope" in reply["evalue"], reply
    assert reply["execution_count"] == 1
    assert kernel.text("let after = 6 * 7\nafter") == "42"
    assert "Traceback" not in services["gateway"].text()


@pytest.mark.parametrize("through_gateway", [["--KernelManager.transport_encryption=required"]], indirect=True)
def test_curve_between_the_gateway_and_the_kernel(through_gateway):
    """With `transport_encryption=required` the gateway's kernel managers give the kernel a CurveZMQ key pair
    in its connection file (the kernelspec declares `supported_encryption: ["curve"]`) and speak CurveZMQ to
    it; a plain ZeroMQ client, even with the HMAC key, gets no answer."""
    import zmq

    kernel, _, runtime = through_gateway
    files = list(runtime.glob("kernel-*.json"))
    assert len(files) == 1, files
    connection = json.loads(files[0].read_text())
    assert connection["curve_publickey"] and connection["curve_secretkey"]
    assert kernel.text("let secret = 6 * 7\nsecret") == "42"
    plain = zmq.Context.instance().socket(zmq.REQ)
    plain.linger = 0
    plain.connect(f"tcp://{connection['ip']}:{connection['hb_port']}")
    plain.send(b"ping")
    assert not plain.poll(1000), "the kernel answered a heartbeat without CurveZMQ"
    plain.close()
    assert kernel.text("secret + 1") == "43"
