"""EngineRun: one engine run at a time for a panel; a replaced run's batches are dropped."""

from __future__ import annotations

import threading
import time

from app.core.diagnostics.blocking import CallResult, OneShotEngine
from app.core.events import StateEvent
from app.core.messages import Message
from app.workers import EngineRun, live_workers
from tests.helpers.engines import CrashingEngine, lingering
from tests.helpers.recorder import Recorder


def recorded_run() -> tuple[EngineRun, Recorder]:
    run = EngineRun()
    recorder = Recorder()
    run.events.connect(recorder.on_events)
    run.failed.connect(recorder.on_failed)
    run.finished.connect(recorder.on_finished)
    return run, recorder


def test_engine_run_drops_the_batches_of_a_replaced_run(qtbot) -> None:
    run, recorder = recorded_run()
    release = threading.Event()
    try:
        first = OneShotEngine("first", lambda: release.wait(10) and "first", timeout=60)
        run.start(first)
        qtbot.waitUntil(run.is_running)
        second = OneShotEngine("second", lambda: "second")
        run.start(second)  # stops the first run, then starts this one
        assert run.engine is second
        qtbot.waitUntil(lambda: recorder.finished == 1, timeout=5000)
    finally:
        release.set()
    values = [event.value for event in recorder.of_type(CallResult)]
    assert values == ["second"]
    # The first run's "stopped" came after it was replaced: dropped, like its result.
    assert recorder.events.count(StateEvent("stopped")) == 1
    assert not run.is_running() and live_workers() == []


def test_a_crash_reaches_failed_as_a_message_then_finished(qtbot) -> None:
    run, recorder = recorded_run()
    with qtbot.waitSignal(run.finished, timeout=5000):
        run.start(CrashingEngine())
    (failure,) = recorder.failures
    assert isinstance(failure, Message)
    assert "division by zero in the test engine" in failure
    assert run.engine is None and not run.is_running()


def test_a_run_whose_loop_ended_is_not_waited_for(qtbot) -> None:
    """An engine that stopped while its thread still finishes: the next run starts at once."""
    engine_class = lingering(OneShotEngine)
    run, recorder = recorded_run()
    try:
        first = engine_class("first", lambda: "first")
        run.start(first)
        qtbot.waitUntil(lambda: first.has_finished)
        assert run.is_running()  # its thread lingers
        second = OneShotEngine("second", lambda: "second")
        began = time.monotonic()
        run.start(second)  # waiting would take 5 s (and warn) for the lingering thread
        assert time.monotonic() - began < 1.0
        assert run.engine is second
        qtbot.waitUntil(lambda: recorder.finished == 1, timeout=5000)
    finally:
        engine_class.release.set()  # type: ignore[attr-defined]
    assert run.stop()  # waits for the replaced run's thread too (a panel's shutdown)
    assert live_workers() == []
    assert "second" in [event.value for event in recorder.of_type(CallResult)]
