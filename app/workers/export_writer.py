"""ExportWriter: write an export file on a thread of its own, never on the GUI thread.

The rows are turned into text on that thread too: the writer pulls (text, rows so far)
chunks from an iterator (app/core/export.py makes them) and writes each one, checking
between chunks whether it was cancelled. It reports to the GUI thread through queued
signals, so the window keeps painting and answering while a million rows go to disk.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
import traceback
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.core.messages import N_, Message
from app.workers.engine_worker import crash_message

log = logging.getLogger("socketlab.workers")

# Progress is reported at most this often (the first chunk's at once).
PROGRESS_INTERVAL = 0.03
# How long cancel() waits for the thread to notice (it checks after every chunk).
CANCEL_WAIT = 5.0


def write_error(path: str, exc: OSError) -> Message:
    """What the window says when the file cannot be written (the system's own reason)."""
    return Message(
        N_("export", "Could not write {path}: {reason}."),
        path=path,
        reason=exc.strerror or str(exc),
    )


CANCELLED = Message(N_("export", "Export cancelled; the partial file was deleted."))


class ExportWriter(QObject):
    """Writes `chunks` ((text, rows so far) pairs) to `path` on a Python thread.

    The object lives in the GUI thread; start() returns at once. Exactly one of
    `finished` and `failed` follows, unless the writer is cancelled: then `failed`
    comes from cancel() itself, and nothing from the thread.

    Signals:
        progress(int): thousandths of `total_rows` written so far.
        finished(str, int): the path and the number of rows; the file is complete.
        failed(Message): why there is no file (it could not be written, or the export
            was cancelled); a partial file is deleted. Show it with translate_message.
    """

    progress = Signal(int)
    finished = Signal(str, int)
    failed = Signal(object)
    # From the writing thread to this object: queued, because it lives in the GUI thread.
    _wrote = Signal(int)
    _done = Signal(int)
    _broke = Signal(object)

    def __init__(
        self,
        path: str | Path,
        chunks: Iterable[tuple[str, int]],
        total_rows: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = str(path)
        self._chunks = chunks
        self._total = max(1, total_rows)
        self._cancel = threading.Event()
        self._orphaned = False
        self._thread: threading.Thread | None = None
        self._running = False
        self._wrote.connect(self._on_wrote)
        self._done.connect(self._on_done)
        self._broke.connect(self._on_broke)

    def start(self) -> None:
        """Start writing on the thread (what happens arrives as signals)."""
        self._running = True
        self._thread = threading.Thread(
            target=self._write, name=f"export to {Path(self.path).name}", daemon=True
        )
        self._thread.start()

    def is_running(self) -> bool:
        """True until the export finishes, fails or is cancelled."""
        return self._running

    def cancel(self) -> None:
        """Stop writing, wait for the thread, delete the partial file; `failed` says so."""
        if not self._running:
            return
        self._cancel.set()
        self._end_thread()
        self._remove_file()
        self.failed.emit(CANCELLED)

    # ------------------------------------------------------------ the thread
    def _write(self) -> None:
        rows = 0
        last_report = 0.0
        try:
            with open(self.path, "w", encoding="utf-8", newline="") as out:
                for text, rows in self._chunks:
                    if self._cancel.is_set():
                        break
                    out.write(text)
                    now = time.monotonic()
                    if now - last_report >= PROGRESS_INTERVAL:
                        last_report = now
                        self._report(self._wrote, rows)
        except OSError as exc:
            self._remove_file()
            self._report(self._broke, write_error(self.path, exc))
            return
        except Exception as exc:  # a fault in making the rows: said, not swallowed
            log.exception("the export to %s failed", self.path)
            self._remove_file()
            summary = traceback.format_exception_only(type(exc), exc)[-1].strip()
            self._report(self._broke, crash_message("export writer", summary))
            return
        if not self._cancel.is_set():
            self._report(self._done, rows)
        if self._orphaned:  # nobody is left to be told: like a cancelled export
            self._remove_file()

    def _report(self, signal: Signal, value: object) -> None:
        """Emit from the thread; stop writing if the writer was deleted under it (its
        window closed without cancelling)."""
        try:
            signal.emit(value)  # type: ignore[attr-defined]
        except RuntimeError:  # the C++ object is gone
            self._orphaned = True
            self._cancel.set()

    def _remove_file(self) -> None:
        with contextlib.suppress(OSError):
            os.remove(self.path)

    # ------------------------------------------------------------ GUI thread
    def _end_thread(self) -> None:
        self._running = False
        if self._thread is not None:
            self._thread.join(CANCEL_WAIT)
            if self._thread.is_alive():
                log.warning("the export to %s did not stop within %.0f s", self.path, CANCEL_WAIT)

    @Slot(int)
    def _on_wrote(self, rows: int) -> None:
        if self._running:
            self.progress.emit(min(1000, rows * 1000 // self._total))

    @Slot(int)
    def _on_done(self, rows: int) -> None:
        if not self._running:
            return  # cancelled after the last chunk: cancel() has reported it
        self._end_thread()
        self.progress.emit(1000)
        self.finished.emit(self.path, rows)

    @Slot(object)
    def _on_broke(self, message: Message) -> None:
        if not self._running:
            return
        self._end_thread()
        self.failed.emit(message)
