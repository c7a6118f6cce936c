"""The API over a real socket: `desk-sms serve --api PORT` with a simulated modem sends a message a
program posted; the listening socket is on loopback only; the default bind is loopback; a port in
use and an address open to the network are told plainly."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest
from process_rig import serve_output, start_serve, wait_for

from desk_sms.api.bind import Bind, parse_bind
from desk_sms.api.server import PortTaken, start_api
from desk_sms.cli import main
from desk_sms.context import AppContext

pytestmark = pytest.mark.timeout(120)
START_SECONDS = 60.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def call(url: str, method: str = "GET", body: dict[str, Any] | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, Any]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read())


def answers(url: str) -> bool:
    try:
        return call(url)[0] == 200
    except OSError:
        return False


@pytest.fixture
def served(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[tuple[str, str, int]]:
    data_dir, port = tmp_path / "data", free_port()
    assert main(["--data-dir", str(data_dir), "api-key", "create", "clinic", "--scope", "send", "inbox"]) == 0
    key = capsys.readouterr().out.splitlines()[-1]
    process = start_serve(data_dir, serve_options=("--demo", "1", "--api", str(port)))
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(lambda: answers(base + "/openapi.json"), START_SECONDS, "the API to answer")
        yield base, key, process.pid
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(60) == 0, serve_output(data_dir)
    assert f"API listening on http://127.0.0.1:{port}" in serve_output(data_dir)
    assert "WARNING" not in serve_output(data_dir)


def test_a_program_sends_through_serve_over_a_real_socket(served: tuple[str, str, int]) -> None:
    base, key, _ = served
    auth = {"Authorization": f"Bearer {key}", "Idempotency-Key": "visit-1"}
    # urgent: it goes during quiet hours too, whatever time the test runs
    body = {"to": "090-1234-5678", "text": "ご予約ありがとうございます", "urgent": True}
    status, queued = call(base + "/v1/messages", "POST", body, auth)
    assert status == 202 and queued["status"] == "queued"
    assert call(base + "/v1/messages", "POST", body, auth) == (202, queued)

    def sent() -> bool:
        return call(f"{base}/v1/messages/{queued['id']}", headers=auth)[1]["status"] in ("sent", "delivered")

    wait_for(sent, START_SECONDS, "the simulated modem to send it")
    assert call(base + "/v1/messages", "POST", body)[0] == 401
    status, error = call(base + "/v1/messages", "POST", {**body, "text": 1}, auth | {"Idempotency-Key": "x"})
    assert status == 422
    assert error == {"error": {"field": "text", "message": "Input should be a valid string"}}
    assert call(base + "/v1/replies?after=0", headers=auth)[0] == 200


def test_serve_listens_on_loopback_only(served: tuple[str, str, int]) -> None:
    base, _, pid = served
    port = int(base.rsplit(":", 1)[1])
    listening = [c.laddr for c in psutil.Process(pid).net_connections(kind="inet")
                 if c.status == psutil.CONN_LISTEN and c.laddr.port == port]
    assert [address.ip for address in listening] == ["127.0.0.1"]


def test_the_api_is_off_by_default_and_on_loopback_when_turned_on(context: AppContext) -> None:
    assert start_api(context, None) is None
    context.settings.set("api_enabled", True)
    context.settings.set("api_port", free_port())
    server = start_api(context, None)
    assert server is not None
    try:
        assert server.address[0] == "127.0.0.1" and server.bind.warning() is None
        wait_for(lambda: answers(f"http://127.0.0.1:{server.port}/openapi.json"), START_SECONDS, "the API")
    finally:
        server.stop()
    assert parse_bind("8765") == Bind("127.0.0.1", 8765)


def test_another_address_only_when_typed_and_then_with_a_warning() -> None:
    assert parse_bind("0.0.0.0:8765").warning() is not None
    assert "other computers" in (parse_bind("192.0.2.10:80").warning() or "")
    assert parse_bind("[::1]:8765").warning() is None and parse_bind("localhost:8765").warning() is None


def test_a_port_in_use_is_one_clear_error(context: AppContext) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        with pytest.raises(PortTaken, match=f"cannot listen on 127.0.0.1 port {port}"):
            start_api(context, Bind("127.0.0.1", port))


def test_a_bad_api_option_is_a_one_line_usage_error(tmp_path: Path) -> None:
    words = ["--data-dir", str(tmp_path), "serve", "--api", "example.com:80"]
    done = subprocess.run([sys.executable, "-m", "desk_sms", *words], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "not an IP address" in done.stderr
