"""One engine run at a time for a panel: starting a new run replaces the old one.

Every panel that runs engines from the window (the six Diagnostics tools, the UDP
sender and receiver) uses an EngineRun instead of handling EngineWorkers itself: it
stops the previous run before the next starts, drops the batches a replaced run still
had queued, and deletes each worker once its thread has finished.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from app.core.engine import Engine
from app.workers.engine_worker import EngineWorker


class EngineRun(QObject):
    """Runs one engine at a time for a panel, on an EngineWorker.

    Starting a new run stops the previous one first, and batches still queued from a
    replaced run are dropped, so a panel never mixes two runs' results.

    The worker's batches reach `events` through one direct call in the GUI thread (no
    second queued hop), so a flood of datagrams costs no more than with a bare worker.

    Signals:
        events(list): a batch of events of the current run.
        failed(Message): the current run's engine crashed (show it with translate_message).
        finished(): the current run ended (it stopped itself, or was stopped).
    """

    events = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: EngineWorker | None = None
        # Replaced runs whose engine had ended, while their threads finish: stop() waits.
        self._retired: list[EngineWorker] = []

    @property
    def engine(self) -> Engine | None:
        """The engine of the current run (None when no run is in progress)."""
        return self._worker.engine if self._worker is not None else None

    def is_running(self) -> bool:
        """True while the current run's thread runs."""
        return self._worker is not None and self._worker.is_running()

    def start(self, engine: Engine, timeout_ms: int = 5000) -> None:
        """Stop any run in progress, then run `engine`.

        A run whose engine loop is still going is stopped and its thread waited for; one
        whose loop has already ended (it stopped or crashed) is left to finish its
        thread by itself, and whatever it still sends is dropped.
        """
        previous = self._worker
        if previous is not None and previous.engine.has_finished:
            self._retired.append(previous)
        elif previous is not None:
            previous.stop(timeout_ms)
        worker = EngineWorker(engine, self)
        worker.events.connect(self._relay_events)
        worker.failed.connect(self._relay_failed)
        worker.finished.connect(self._relay_finished)
        self._worker = worker
        worker.start()

    def stop(self, timeout_ms: int = 5000) -> bool:
        """Stop the current run and wait for its thread (engines stop at once), and for
        the threads of replaced runs still finishing; True when all ended in time."""
        workers = [*self._retired, *([self._worker] if self._worker is not None else [])]
        return all([worker.stop(timeout_ms) for worker in workers])

    @Slot(object)
    def _relay_events(self, batch: list) -> None:
        if self.sender() is self._worker:
            self.events.emit(batch)

    @Slot(object)
    def _relay_failed(self, message: object) -> None:
        if self.sender() is self._worker:
            self.failed.emit(message)

    @Slot()
    def _relay_finished(self) -> None:
        worker = self.sender()
        if isinstance(worker, EngineWorker):
            worker.deleteLater()  # its last batch came before this signal
            if worker in self._retired:
                self._retired.remove(worker)
        if worker is self._worker:
            self._worker = None  # before the signal: a slot may start the next run
            self.finished.emit()
