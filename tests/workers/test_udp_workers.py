"""The UDP engines on EngineWorker threads: batched signals, prompt stops, clean shutdown."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Slot

from app.core.events import StateEvent
from app.core.udp.events import DatagramBatch, ReceiverBound, ReceiverCounters, SendProgress
from app.core.udp.receiver import UdpReceiverEngine
from app.core.udp.sender import SendJob, UdpSenderEngine
from app.workers import EngineWorker, live_workers


class Recorder(QObject):
    """Lives in the GUI thread and keeps every batch it is sent."""

    def __init__(self) -> None:
        super().__init__()
        self.signals = 0
        self.events: list = []

    @Slot(object)
    def on_events(self, batch: list) -> None:
        self.signals += 1
        self.events.extend(batch)

    def of(self, kind: type) -> list:
        return [e for e in self.events if isinstance(e, kind)]


def run(engine) -> tuple[EngineWorker, Recorder]:
    worker = EngineWorker(engine)
    recorder = Recorder()
    worker.events.connect(recorder.on_events)
    worker.start()
    return worker, recorder


def test_a_flood_reaches_the_gui_thread_in_few_signals(qtbot) -> None:
    receiver, received = run(UdpReceiverEngine("127.0.0.1", 0))
    qtbot.waitUntil(lambda: bool(received.of(ReceiverBound)), timeout=5000)
    port = received.of(ReceiverBound)[0].port
    sender_engine = UdpSenderEngine()
    sender, sent = run(sender_engine)
    began = time.monotonic()
    sender_engine.submit(SendJob("127.0.0.1", port, b"z" * 52, count=20_000, sequence_header=True))
    qtbot.waitUntil(lambda: any(e.finished for e in sent.of(SendProgress)), timeout=20_000)

    def settled() -> bool:
        counters = received.of(ReceiverCounters)
        return bool(counters) and counters[-1].datagrams_per_second == 0

    qtbot.waitUntil(settled, timeout=10_000)
    elapsed = time.monotonic() - began
    counters = received.of(ReceiverCounters)[-1]
    batches = received.of(DatagramBatch)
    assert sum(len(b.datagrams) for b in batches) == counters.datagrams > 0
    assert counters.datagrams <= 20_000 and counters.sequenced == counters.datagrams
    assert counters.duplicates == 0
    assert received.signals <= 60 * elapsed + 10  # about 60 signals a second at most
    assert len(sent.of(SendProgress)) <= 10 * elapsed + 5  # progress at most every 100 ms
    for worker in (sender, receiver):
        with qtbot.waitSignal(worker.finished, timeout=5000):
            assert worker.stop(2000)
    assert received.events[-1] == StateEvent("stopped")
    assert live_workers() == []


def test_stopping_the_worker_ends_an_endless_send_at_once(qtbot) -> None:
    engine = UdpSenderEngine()
    worker, recorder = run(engine)
    engine.submit(SendJob("127.0.0.1", 9, b"x", count=0, interval=0.0))
    qtbot.waitUntil(lambda: any(p.sent > 500 for p in recorder.of(SendProgress)), timeout=10_000)
    began = time.monotonic()
    with qtbot.waitSignal(worker.finished, timeout=5000):
        assert worker.stop(1000)
    assert time.monotonic() - began < 1.0
    qtbot.waitUntil(lambda: any(p.finished for p in recorder.of(SendProgress)))
    assert [p.reason for p in recorder.of(SendProgress) if p.finished] == ["stopped"]
