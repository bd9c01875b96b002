"""A second start asks the first window to show itself (QLocalServer / QLocalSocket)."""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from app.instance_lock import InstanceLock
from app.ui.main_window import MainWindow
from app.ui.single_instance import (
    MAX_REQUEST,
    REPLY,
    InstanceServer,
    ask_running_instance_to_show,
    show_request,
)

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def lock(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    held = InstanceLock("uitest")
    assert held.claim()
    yield held
    held.release()


@pytest.fixture
def server(qtbot, lock):
    serving = InstanceServer(lock)
    assert serving.listen()
    yield serving
    serving.close()


def _send(qtbot, server_name: str, payload: bytes) -> QLocalSocket:
    client = QLocalSocket()
    client.connectToServer(server_name)
    assert client.waitForConnected(2000)
    client.write(payload)
    client.flush()
    return client


def test_a_show_request_is_answered_and_forwards_the_activation_token(
    qtbot, server, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "token-123")
    monkeypatch.setenv("SECRET", "not forwarded")
    request = show_request()
    assert json.loads(request) == {"action": "show", "env": {"XDG_ACTIVATION_TOKEN": "token-123"}}
    with qtbot.waitSignal(server.activation_requested, timeout=3000) as shown:
        client = _send(qtbot, server.lock.server_name, request)
    assert shown.args == [{"XDG_ACTIVATION_TOKEN": "token-123"}]
    qtbot.waitUntil(lambda: client.bytesAvailable() >= len(REPLY), timeout=3000)
    assert bytes(client.readAll().data()) == REPLY
    client.abort()


def test_a_malformed_request_is_dropped_without_showing(qtbot, server) -> None:
    with qtbot.assertNotEmitted(server.activation_requested, wait=200):
        client = _send(qtbot, server.lock.server_name, b'{"action": "format-disk"}\n')
        qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    client.abort()


@pytest.mark.parametrize(
    "payload",
    [
        b"[" * 3000 + b"\n",  # json.loads raised RecursionError out of the slot
        b'{"action": "show", "env": {"x": ' + b"[" * 1000 + b"]" * 1000 + b"}}\n",
        b'{"action": "show", "env": {"XDG_ACTIVATION_TOKEN": NaN}}\n',
        b'{"action": "show", "env": {"x": 1e999}}\n',
        b'{"action": "show", "env": {"x": "' + b"y" * MAX_REQUEST + b'"}}\n',
    ],
    ids=["deep", "deep-inside", "nan", "overflow", "too-long"],
)
def test_a_hostile_request_is_dropped_without_showing(qtbot, server, payload: bytes) -> None:
    with qtbot.assertNotEmitted(server.activation_requested, wait=200):
        client = _send(qtbot, server.lock.server_name, payload)
        qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    client.abort()
    # The server still answers the next start.
    with qtbot.waitSignal(server.activation_requested, timeout=3000):
        client = _send(qtbot, server.lock.server_name, show_request())
    client.abort()


def test_a_stale_socket_of_a_crashed_instance_is_replaced(qtbot, lock) -> None:
    if sys.platform == "win32":
        pytest.skip("named pipes vanish with their process")
    Path(lock.server_name).write_bytes(b"")  # what a killed first instance leaves
    serving = InstanceServer(lock)
    assert serving.listen() and serving.listening
    serving.close()
    assert not lock.held


def test_only_the_lock_holder_listens(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert not InstanceServer(InstanceLock("nobody")).listen()


def test_asking_with_nobody_listening_gives_up_in_time(qtbot, tmp_path: Path) -> None:
    began = time.monotonic()
    assert not ask_running_instance_to_show(str(tmp_path / "nobody.sock"), timeout_s=0.3)
    assert time.monotonic() - began < 3


@pytest.mark.qt_log_ignore("does not support raise", "does not support activat")
def test_bring_to_front_restores_a_minimised_window(qtbot, monkeypatch) -> None:
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    window.bring_to_front({"XDG_ACTIVATION_TOKEN": "t-9"})
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert window.isVisible()
    assert os.environ["XDG_ACTIVATION_TOKEN"] == "t-9"


# ------------------------------------------------------------------ two real processes
_UNREAD: dict[int, bytes] = {}  # per process: bytes read from stderr but not yet looked at


def _read_until(process: subprocess.Popen, needle: str, timeout_s: float = 30.0) -> str:
    """Read the process's stderr until it holds `needle` (no sleeping).

    Reads the raw pipe with os.read(): a buffered readline() would keep lines that
    arrived together in its buffer, where select() cannot see them.
    """
    assert process.stderr is not None
    fd = process.stderr.fileno()
    seen = _UNREAD.pop(process.pid, b"")
    selector = selectors.DefaultSelector()
    selector.register(fd, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout_s
    try:
        while needle.encode() not in seen:
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(left):
                raise AssertionError(f"{needle!r} not seen in time; stderr so far:\n{seen!r}")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise AssertionError(f"process ended before {needle!r}; stderr:\n{seen!r}")
            seen += chunk
    finally:
        selector.close()
    found = seen.index(needle.encode()) + len(needle)
    _UNREAD[process.pid] = seen[found:]
    return seen[:found].decode(errors="replace")


def test_a_second_start_shows_the_first_window_instead(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "SOCKETLAB_LOG_LEVEL": "DEBUG",
    }
    command = [sys.executable, "-m", "app"]

    def run(*flags: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*command, *flags], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
        )

    first = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        _read_until(first, "answering show requests")
        second = run()
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        _read_until(first, "asked this window to show itself")
        # The bench and the bundle test are never held back by a running window.
        assert run("--exit-after-paint").stdout.strip() == "painted"
        assert run("--new-instance", "--exit-after-paint").stdout.strip() == "painted"
    finally:
        first.terminate()  # SIGTERM: dies without cleaning up, like a crash
        first.wait(30)
        first.stderr.close()
    if sys.platform != "win32":
        assert any(tmp_path.glob("socketlab-*.sock"))  # left behind by the killed window
    # The next start takes over: it becomes the first instance, not a second one.
    third = run("--exit-after-paint")
    assert third.returncode == 0 and third.stdout.strip() == "painted"
    assert "answering show requests" in third.stderr
