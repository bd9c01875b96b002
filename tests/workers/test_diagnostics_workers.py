"""Diagnostics engines on EngineWorker threads, stopped from the GUI thread."""

from __future__ import annotations

import threading
import time

from app.core.diagnostics.blocking import CallResult, OneShotEngine
from app.core.diagnostics.portcheck import PortCheckEngine, PortCheckFinished, PortResult
from app.core.diagnostics.sockets import SocketSnapshot, SocketTableEngine
from app.core.events import StateEvent
from app.workers import EngineWorker, live_workers
from tests.helpers.diagnostics import stalled_ports
from tests.helpers.recorder import Recorder


def start(engine) -> tuple[EngineWorker, Recorder]:
    worker = EngineWorker(engine)
    recorder = Recorder()
    worker.events.connect(recorder.on_events)
    worker.finished.connect(recorder.on_finished)
    worker.start()
    return worker, recorder


def test_port_check_worker_stops_from_the_gui_thread_at_once(qtbot) -> None:
    with stalled_ports(2) as stalled:
        engine = PortCheckEngine("127.0.0.1", stalled, timeout=30, concurrency=2)
        worker, recorder = start(engine)
        qtbot.waitUntil(lambda: StateEvent("running") in recorder.events)
        began = time.monotonic()
        with qtbot.waitSignal(worker.finished, timeout=5000):
            assert worker.stop(timeout_ms=1000)
        assert time.monotonic() - began < 1.0
    qtbot.waitUntil(lambda: recorder.of_type(PortCheckFinished) != [])
    (finished,) = recorder.of_type(PortCheckFinished)
    assert finished.stopped and finished.checked == 0
    assert recorder.of_type(PortResult) == []
    assert live_workers() == []


def test_a_blocked_call_does_not_hold_the_worker(qtbot) -> None:
    release = threading.Event()
    engine = OneShotEngine("slow call", lambda: release.wait(10), timeout=60)
    worker, recorder = start(engine)
    try:
        qtbot.waitUntil(lambda: StateEvent("running") in recorder.events)
        with qtbot.waitSignal(worker.finished, timeout=2000):
            assert worker.stop(timeout_ms=1000)
        assert recorder.of_type(CallResult) == []
    finally:
        release.set()


def test_socket_table_worker_answers_each_refresh(qtbot) -> None:
    engine = SocketTableEngine()
    worker, recorder = start(engine)
    engine.refresh()
    qtbot.waitUntil(lambda: len(recorder.of_type(SocketSnapshot)) == 1, timeout=10_000)
    engine.refresh()
    qtbot.waitUntil(lambda: len(recorder.of_type(SocketSnapshot)) == 2, timeout=10_000)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.stop()
