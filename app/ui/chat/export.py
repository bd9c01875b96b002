"""`ConversationExport`: the chat history (or the raw terminal's bytes) to a file.

The history is read in slices of at most EXPORT_SLICE_SECONDS on the GUI thread from a
connection of its own (the recorder writes meanwhile), after the recorder has written
what was received before the export began: the window never waits for the disk.
"""

from __future__ import annotations

import contextlib
import time
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QFileDialog

from app.ui.chat.part import TabPart
from app.ui.chat.session import file_key
from app.ui.export import export_folder, remember_export_folder

if TYPE_CHECKING:
    from app.core.chat.conversation_log import ConversationLog
    from app.ui.chat.tab import ChatTab

# How long one export slice may hold the GUI thread.
EXPORT_SLICE_SECONDS = 0.02


class ConversationExport(TabPart, QObject):
    """Exports for one Chat tab, one at a time.

    Signals:
        finished(str): an export ended; the text says where (or why it failed).
        running(bool): an export began (True) or ended (False).
    """

    finished = Signal(str)
    running = Signal(bool)
    _written = Signal(object)  # from the recorder's thread: the token it was given

    def __init__(self, tab: ChatTab) -> None:
        super().__init__(tab)
        self._job: tuple | None = None  # (file, chunks, path)
        self._log: ConversationLog | None = None
        self._token: object | None = None  # what the recorder's news will carry
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self._written.connect(self._on_written)

    @property
    def busy(self) -> bool:
        """True while an export runs."""
        return self._job is not None

    def ask_and_export(self) -> None:
        """Ask where to save (text or CSV), then export there."""
        from app.core.chat.conversation_log import EXPORT_CSV, EXPORT_TEXT

        tab = self._tab
        if self._job is not None:
            return
        server = tab.session.server_key
        raw_rows = tab.raw_rows()
        if not server and not raw_rows:
            tab.notice_label.setText(self.tr("Nothing to export yet: host or join a chat first."))
            return
        name = file_key(server or "conversation")
        path, chosen = QFileDialog.getSaveFileName(
            tab,
            self.tr("Export conversation"),
            str(export_folder() / f"chat-{name}.txt"),
            self.tr("Text (*.txt);;CSV (*.csv)"),
        )
        if path:
            remember_export_folder(path)
            fmt = EXPORT_CSV if "*.csv" in chosen or path.endswith(".csv") else EXPORT_TEXT
            self.export(path, fmt)

    def export(self, path: str, fmt: str = "text") -> bool:
        """Write the whole history (or the raw terminal's rows) to `path`, in slices.

        Ends with `finished`; False when an export is already running or the file
        cannot be opened (the notice says why).
        """
        tab = self._tab
        if self._job is not None:
            return False
        try:
            handle = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by the job
        except OSError as exc:
            message = self.tr("Cannot write {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
            tab.notice_label.setText(message)
            self.finished.emit(message)
            return False
        server = tab.session.server_key
        from_history = bool(server) and not tab.session.last_connection_raw
        if not from_history:
            chunks = iter([raw_export(tab.raw_terminal.export_rows(), fmt)])
        else:
            from app.core.chat.conversation_log import ConversationLog

            # A separate connection: the export reads while the recorder writes. The
            # chunks are read lazily, from the first slice on.
            self._log = ConversationLog(tab.session.history_path())
            chunks = self._log.export_chunks(server, fmt)
        self._job = (handle, chunks, path)
        self.running.emit(True)
        tab.notice_label.setText(self.tr("Exporting..."))
        recorder = tab.session.recorder if from_history else None
        token = object()
        if recorder is not None and not recorder.when_written(partial(self._announce, token)):
            self._token = token  # what was received is written first, then read
        else:
            self._timer.start()
        return True

    def cancel(self) -> None:
        """The window is closing."""
        if self._job is not None:
            self._end(self.tr("Export cancelled: the window closed."))

    def _announce(self, token: object) -> None:
        """On the recorder's thread: queue the news to the GUI thread."""
        with contextlib.suppress(RuntimeError):  # the tab is gone: nobody waits any more
            self._written.emit(token)

    @Slot(object)
    def _on_written(self, token: object) -> None:
        if token is self._token and self._job is not None:
            self._token = None
            self._timer.start()

    @Slot()
    def _slice(self) -> None:
        if self._job is None:
            self._timer.stop()
            return
        handle, chunks, path = self._job
        deadline = time.monotonic() + EXPORT_SLICE_SECONDS
        try:
            while time.monotonic() < deadline:
                chunk = next(chunks, None)
                if chunk is None:
                    self._end(self.tr("Exported to {path}.").format(path=path))
                    return
                handle.write(chunk)
        except Exception as exc:  # disk full (OSError), or the history file went away
            self._end(self.tr("Export to {path} failed: {reason}.").format(path=path, reason=exc))

    def _end(self, message: str) -> None:
        if self._job is not None:
            with contextlib.suppress(OSError):
                self._job[0].close()
        self._job = None
        if self._log is not None:
            self._log.close()
            self._log = None
        self._token = None
        self._timer.stop()
        self.running.emit(False)
        self._tab.notice_label.setText(message)
        self.finished.emit(message)


def raw_export(rows: list[tuple[str, str, int, str, str]], fmt: str) -> str:
    """The raw terminal's rows (time, direction, bytes, hex, text) as text or CSV."""
    from app.core.chat.conversation_log import EXPORT_CSV

    if fmt == EXPORT_CSV:
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(("time", "direction", "bytes", "hex", "text"))
        writer.writerows(rows)
        return buffer.getvalue()
    return "".join(
        f"[{stamp}] {direction} {size} bytes: {text!r}\n"
        for stamp, direction, size, _, text in rows
    )
