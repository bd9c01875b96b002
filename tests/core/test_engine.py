"""The Qt-free engine base: loop, wake-up, timers, batching, trace, errors."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from app.core.engine import Engine, EngineStopped
from app.core.events import ErrorEvent, StateEvent, TraceEvent
from app.core.trace import SocketTrace
from tests.helpers.engines import CrashingEngine, EchoServerEngine, FloodEngine, Numbered


def test_call_soon_threadsafe_wakes_an_idle_loop(run_engine) -> None:
    engine = Engine()
    runner = run_engine(engine)
    runner.wait_for(lambda events: StateEvent("running") in events)
    ran_on: list[str] = []
    done = threading.Event()

    def record() -> None:
        ran_on.append(threading.current_thread().name)
        done.set()

    engine.call_soon_threadsafe(record)
    assert done.wait(2), "the loop did not wake for a queued call"
    assert ran_on == [runner.thread.name]


def test_stop_wakes_an_idle_loop_at_once(run_engine) -> None:
    engine = Engine()
    runner = run_engine(engine)
    runner.wait_for(lambda events: StateEvent("running") in events)
    began = time.monotonic()
    engine.stop()
    runner.thread.join(2)
    assert not runner.thread.is_alive()
    assert time.monotonic() - began < 1.0
    assert runner.events[-1] == StateEvent("stopped")
    with pytest.raises(EngineStopped):
        engine.call_soon_threadsafe(print)


def test_timers_fire_in_order(run_engine) -> None:
    engine = Engine()
    order: list[str] = []
    finished = threading.Event()

    def schedule() -> None:
        engine.call_later(0.03, order.append, "late")
        engine.call_later(0.01, order.append, "early")
        cancelled = engine.call_later(0.02, order.append, "cancelled")
        cancelled.cancel()
        engine.call_later(0.05, finished.set)

    run_engine(engine)
    engine.call_soon_threadsafe(schedule)
    assert finished.wait(2)
    assert order == ["early", "late"]


def test_events_are_batched_complete_and_in_order(run_engine) -> None:
    engine = FloodEngine(total=50_000, chunk=500)
    runner = run_engine(engine)
    engine.begin()
    events = runner.wait_for(
        lambda evs: sum(isinstance(e, Numbered) for e in evs) == 50_000, timeout=20
    )
    numbers = [e.number for e in events if isinstance(e, Numbered)]
    assert numbers == list(range(50_000))
    assert runner.batches < 1000  # 100 loop turns of 500 events, at most ~60 batches a second


def test_echo_engine_traces_socket_calls(run_engine) -> None:
    engine = EchoServerEngine()
    runner = run_engine(engine)
    runner.wait_for(lambda events: StateEvent("running") in events)
    with socket.create_connection(("127.0.0.1", engine.bound_port), timeout=5) as client:
        client.sendall(b"hello")
        assert client.recv(5) == b"hello"
    calls = runner.wait_for(
        lambda evs: any(isinstance(e, TraceEvent) and "peer closed" in e.result for e in evs)
    )
    lines = [str(e) for e in calls if isinstance(e, TraceEvent)]
    assert lines[:3] == [
        "socket(AF_INET, SOCK_STREAM) -> ok",
        "bind(('127.0.0.1', 0)) -> ok",
        "listen(16) -> ok",
    ]
    assert any(line.startswith("accept() -> 127.0.0.1:") for line in lines)
    assert "recv() -> 5 bytes" in lines
    assert "recv() -> b'' (peer closed the connection)" in lines


def test_start_error_becomes_a_fatal_error_event(run_engine) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        runner = run_engine(EchoServerEngine(port=port))
        events = runner.wait_for(lambda evs: StateEvent("stopped") in evs)
    errors = [e for e in events if isinstance(e, ErrorEvent)]
    assert len(errors) == 1
    assert errors[0].fatal and errors[0].field == "port"
    assert errors[0].message.startswith(f"Port {port} is already in use")
    failed = [e for e in events if isinstance(e, TraceEvent) and e.error]
    assert failed and failed[0].result == "EADDRINUSE"


def test_crash_propagates_after_cleanup() -> None:
    engine = CrashingEngine()
    delivered = []
    engine.add_listener(delivered.extend)
    with pytest.raises(ZeroDivisionError):
        engine.run()
    assert delivered[-1] == StateEvent("stopped")
    assert not engine.is_running


def test_trace_is_throttled_but_failures_are_not() -> None:
    lines: list = []
    trace = SocketTrace(lines.append, per_second=3)
    for _ in range(10):
        trace.call("recv()", "1 bytes")
    trace.failed("send()", OSError(32, "Broken pipe"))
    assert [t.call for t in lines] == ["recv()"] * 3 + ["send()"]
    assert lines[-1].result == "EPIPE"
    trace._window_start -= 1.0  # the next second begins: the skipped calls are counted
    trace.call("recv()", "1 bytes")
    assert lines[4].call == "... 7 more socket calls not shown (trace is throttled)"


def test_an_engine_dropped_without_running_gives_its_sockets_back() -> None:
    """A constructed engine owns a socket pair; dropped unrun, it must close it (else a
    ResourceWarning turns up later, in whichever test the garbage collector runs in)."""
    import gc
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(5):
            Engine()
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
