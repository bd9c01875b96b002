"""Run any core Engine on a QThread and hand its batched events to the GUI as signals.

The worker object lives in the GUI thread; only its private QThread runs the engine
loop. The engine already batches its events (about 60 batches a second at most), so
each batch becomes one `events` signal carrying a list, queued to GUI-thread slots.

Calls into a running engine (`engine.stop()`, `engine.call_soon_threadsafe()`, an
engine's own `send()`) are direct and thread-safe; a queued slot on a busy thread
would never run.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.core.engine import Engine
from app.core.events import Event
from app.core.messages import N_, Message

log = logging.getLogger("socketlab.workers")

# Strong references while a thread runs: a QThread destroyed while running aborts Qt.
_RUNNING_WORKERS: set[EngineWorker] = set()


class _EngineThread(QThread):
    """The thread that runs one engine's loop; reports a crash instead of dying silently."""

    def __init__(self, worker: EngineWorker) -> None:
        super().__init__()
        self._worker = worker

    def run(self) -> None:
        worker = self._worker
        try:
            worker.engine.run()
        except Exception as exc:
            log.exception("%s crashed", worker.engine.name)
            summary = traceback.format_exception_only(type(exc), exc)[-1].strip()
            worker.failed.emit(crash_message(worker.engine.name, summary))


def crash_message(engine_name: str, summary: str) -> Message:
    """What the window says when an engine crashed: a Message, which the window shows
    in its own language (`failed` carries the object, so nothing here imports the UI);
    the engine's name and Python's own summary stay as they are."""
    return Message(
        N_("errors", "The {engine} stopped because of an internal error: {summary}"),
        engine=engine_name,
        summary=summary,
    )


class EngineWorker(QObject):
    """Runs one Engine on its own QThread.

    Signals:
        events(list): a batch of core.events.Event objects, in the order emitted.
        failed(Message): the engine crashed; the message (a str) says what happened.
        finished(): the engine's loop has ended and its thread has finished.
    """

    events = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._engine_thread = _EngineThread(self)
        self._engine_thread.setObjectName(f"{engine.name} thread")
        self._engine_thread.finished.connect(self._on_thread_finished)
        engine.add_listener(self._deliver)

    def _deliver(self, batch: list[Event]) -> None:
        """Runs on the engine thread: one signal per batch."""
        self.events.emit(batch)

    def start(self) -> None:
        """Start the engine's thread."""
        _RUNNING_WORKERS.add(self)
        self._engine_thread.start()

    def is_running(self) -> bool:
        """True while the engine's thread runs."""
        return self._engine_thread.isRunning()

    def stop(self, timeout_ms: int = 5000) -> bool:
        """Stop the engine and wait for its thread; True when it finished in time."""
        self.engine.stop()
        if not self._engine_thread.isRunning():
            return True
        finished = self._engine_thread.wait(timeout_ms)
        if not finished:
            log.warning("%s did not stop within %d ms", self.engine.name, timeout_ms)
        return finished

    @Slot()
    def _on_thread_finished(self) -> None:
        _RUNNING_WORKERS.discard(self)
        self.finished.emit()


def live_workers() -> list[EngineWorker]:
    """Workers whose thread is still running (for shutdown and the test guard)."""
    return [worker for worker in list(_RUNNING_WORKERS) if worker.is_running()]


def stop_all_workers(timeout_ms: int = 5000) -> bool:
    """Stop every running worker and wait for each; True when all finished."""
    return all([worker.stop(timeout_ms) for worker in live_workers()])
