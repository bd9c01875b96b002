"""The client's own chat history: every message it saw, per server, in one SQLite file.

The Chat tab shows the last few thousand lines; the full history stays here, so a
reconnect shows what came before, Ctrl+F searches all of it, and File > Export writes
all of it. `HistoryRecorder` is an engine listener that hands each batch to a writer
thread, so a flood of messages costs neither the window nor the network reads a wait
on the disk.
"""

from __future__ import annotations

import contextlib
import csv
import io
import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from app.core.chat.client import MessagesReceived
from app.core.chat.protocol import ChatMessage, Kind
from app.core.events import Event, StateEvent
from app.core.messages import N_, Message

_log = logging.getLogger("socketlab.chat.history")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS servers (
    server INTEGER PRIMARY KEY,
    address TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY,
    server INTEGER NOT NULL REFERENCES servers,
    id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    sender TEXT NOT NULL,
    text TEXT NOT NULL,
    time REAL NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    UNIQUE (server, id, time)
);
CREATE INDEX IF NOT EXISTS messages_by_server ON messages (server, seq);
"""
_COLUMNS = "id, kind, sender, text, time, target, reason"
#: Rows per INSERT statement: 7 values each stays under SQLite's oldest limit of 999.
_ROWS_PER_INSERT = 128

#: Messages written in one transaction at most (about 2 ms of encoding).
WRITE_BATCH = 1000
#: Export formats offered by File > Export conversation.
EXPORT_TEXT, EXPORT_CSV = "text", "csv"
CSV_HEADER = ("time", "kind", "id", "from", "to", "text", "reason")


def _row_to_message(row: tuple) -> ChatMessage:
    return ChatMessage(int(row[0]), str(row[1]), row[2], row[3], float(row[4]), row[5], row[6])


def export_line(message: ChatMessage) -> str:
    """One message for a text export: `[2025-06-03 12:01:05] <alice> hello`."""
    line = message.render()
    stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(message.time))
    if line.startswith("["):  # render() put the time of day first; the export adds the date
        return f"[{stamp}]{line[line.index(']') + 1 :]}"
    return f"[{stamp}] {line}"


class ConversationLog:
    """Messages seen from each server, in order of arrival, without duplicates.

    A server names each message by id, but a server that restarts without its history
    file numbers from 1 again, so a message is told apart by (server, id, time).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=10.0, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._db.commit()
        self._server_ids: dict[str, int] = {}

    def _server_id(self, server: str, *, create: bool = False) -> int | None:
        """The number that stands for a server address in the messages table."""
        found = self._server_ids.get(server)
        if found is None:
            query = "SELECT server FROM servers WHERE address = ?"
            row = self._db.execute(query, (server,)).fetchone()
            if row is None:
                if not create:
                    return None
                with self._db:  # OR IGNORE: another window may add the same server now
                    self._db.execute(
                        "INSERT OR IGNORE INTO servers (address) VALUES (?)", (server,)
                    )
                row = self._db.execute(query, (server,)).fetchone()
            found = self._server_ids[server] = int(row[0])
        return found

    def record(self, server: str, messages: Iterable[ChatMessage]) -> int:
        """Keep messages (ones already kept are skipped); returns how many were new.

        Many rows go in per INSERT (multi-row VALUES): each statement is one SQLite
        step, so the interpreter lock is let go once per statement rather than once
        per row as executemany() does; with the window's thread busy, every re-take
        of the lock can wait a whole switch interval. About 2.5 us a row here, a third
        of a json_each() insert.
        """
        values = [
            value
            for m in messages
            for value in (m.id, m.kind, m.sender, m.text, m.time, m.target, m.reason)
        ]
        if not values:
            return 0
        server_id = self._server_id(server, create=True)
        width = 7 * _ROWS_PER_INSERT
        with self._db:
            before = self._db.total_changes
            for start in range(0, len(values), width):
                part = values[start : start + width]
                rows = len(part) // 7
                placeholders = ",".join([f"({server_id},?,?,?,?,?,?,?)"] * rows)
                self._db.execute(
                    "INSERT OR IGNORE INTO messages (server, id, kind, sender, text, time, "
                    f"target, reason) VALUES {placeholders}",
                    part,
                )
            return self._db.total_changes - before

    def recent(self, server: str, limit: int) -> list[ChatMessage]:
        """The last `limit` messages from `server`, oldest first."""
        server_id = self._server_id(server)
        if server_id is None:
            return []
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM messages WHERE server = ? ORDER BY seq DESC LIMIT ?",
            (server_id, limit),
        ).fetchall()
        return [_row_to_message(row) for row in reversed(rows)]

    def last_id(self, server: str) -> int:
        """The id of the newest message kept from `server` (0 for none): what to ask after."""
        server_id = self._server_id(server)
        if server_id is None:
            return 0
        row = self._db.execute(
            "SELECT id FROM messages WHERE server = ? ORDER BY seq DESC LIMIT 1", (server_id,)
        ).fetchone()
        return int(row[0]) if row else 0

    def count(self, server: str) -> int:
        """How many messages are kept from `server`."""
        server_id = self._server_id(server)
        if server_id is None:
            return 0
        query = "SELECT COUNT(*) FROM messages WHERE server = ?"
        return int(self._db.execute(query, (server_id,)).fetchone()[0])

    def search(self, server: str, query: str, limit: int = 500) -> list[ChatMessage]:
        """Messages whose text or sender contains `query` (ASCII case ignored), newest first."""
        needle = query.strip()
        server_id = self._server_id(server)
        if not needle or server_id is None:
            return []
        pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM messages WHERE server = ? AND kind != ? AND "
            "(text LIKE ? ESCAPE '\\' OR sender LIKE ? ESCAPE '\\') ORDER BY seq DESC LIMIT ?",
            (server_id, Kind.SYSTEM, pattern, pattern, limit),
        ).fetchall()
        return [_row_to_message(row) for row in rows]

    def export_chunks(self, server: str, fmt: str, rows_per_chunk: int = 2000) -> Iterator[str]:
        """The whole history of `server` as text or CSV, a chunk of rows at a time.

        Reads with its own cursor in slices by `seq`, so the caller can write a chunk,
        let the window breathe, and ask for the next.
        """
        if fmt not in (EXPORT_TEXT, EXPORT_CSV):
            raise ValueError(f"Unknown export format {fmt!r}")
        if fmt == EXPORT_CSV:
            yield _csv_text([CSV_HEADER])
        server_id = self._server_id(server)
        if server_id is None:
            return
        after = 0
        while True:
            rows = self._db.execute(
                f"SELECT seq, {_COLUMNS} FROM messages WHERE server = ? AND seq > ? "
                "ORDER BY seq LIMIT ?",
                (server_id, after, rows_per_chunk),
            ).fetchall()
            if not rows:
                return
            after = rows[-1][0]
            messages = [_row_to_message(row[1:]) for row in rows]
            if fmt == EXPORT_TEXT:
                yield "".join(export_line(m) + "\n" for m in messages)
            else:
                yield _csv_text(
                    [
                        (
                            time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(m.time)),
                            m.kind,
                            m.id,
                            m.sender,
                            m.target,
                            m.text,
                            m.reason,
                        )
                        for m in messages
                    ]
                )

    def close(self) -> None:
        """Close the file."""
        self._db.close()


def _csv_text(rows: Iterable[Iterable[object]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


class HistoryRecorder:
    """An engine listener that keeps every received message in a ConversationLog.

    It runs on the engine's thread but only hands the messages to a writer thread of
    its own: a disk that stalls (a WAL checkpoint, a slow USB stick) never delays the
    next recv(), so a flood is read as fast as it comes and written as fast as the
    disk allows. The writer stops after the engine's last batch. A reader that must see
    everything written first (the window reloading history, an export) asks
    `when_written()`, which never blocks; `flush()` and `wait()` block, for threads
    that may.
    """

    def __init__(self, path: str | Path, server: str) -> None:
        self.path = Path(path)
        self.server = server
        self.failure = ""  # the reason, if the file could not be written
        self._queue: queue.SimpleQueue[list[ChatMessage] | Callable[[], object] | None] = (
            queue.SimpleQueue()
        )
        self._writer: threading.Thread | None = None
        # Held while starting the writer, closing, and ending the writer, so a callback
        # given to when_written() is never lost between two of them.
        self._lock = threading.Lock()
        self._closed = False
        self._finished = False  # the writer has written everything and stopped
        self._when_finished: list[Callable[[], object]] = []

    def __call__(self, batch: list[Event]) -> None:
        messages = [
            message
            for event in batch
            if isinstance(event, MessagesReceived)
            for message in event.messages
        ]
        if messages:
            with self._lock:
                if not self._closed:
                    if self._writer is None:
                        self._writer = threading.Thread(
                            target=self._write_all, name=f"history writer {self.server}"
                        )
                        self._writer.start()
                    self._queue.put(messages)
        if any(isinstance(event, StateEvent) and event.state == "stopped" for event in batch):
            self.close()

    def _write_all(self) -> None:
        log: ConversationLog | None = None
        held: list[ChatMessage] | Callable[[], object] | None = None
        has_held = False
        try:
            while True:
                if has_held:
                    item, has_held = held, False
                else:
                    item = self._queue.get()
                if item is None:
                    return
                if not isinstance(item, list):
                    _call_safely(item)  # a when_written() callback: all before it is written
                    continue
                messages = item
                # Take some of the messages waiting behind it too: fewer transactions for
                # a backlog, but never so many that encoding them holds the interpreter
                # lock (json.dumps does not let go of it) long enough to freeze the window.
                with contextlib.suppress(queue.Empty):
                    while len(messages) < WRITE_BATCH:
                        after = self._queue.get_nowait()
                        if not isinstance(after, list):
                            held, has_held = after, True  # a callback or the end: next
                            break
                        messages.extend(after)
                if self.failure:
                    continue
                try:
                    if log is None:
                        log = ConversationLog(self.path)
                    for start in range(0, len(messages), WRITE_BATCH):
                        log.record(self.server, messages[start : start + WRITE_BATCH])
                except Exception as exc:  # sqlite3.Error, OSError, or a bug: never die
                    _log.exception("the history writer could not write")
                    self.failure = Message(
                        N_("chat", "The chat history file {path} cannot be written: {reason}."),
                        path=str(self.path),
                        reason=str(exc),
                    )
        finally:
            if log is not None:
                log.close()
            with self._lock:
                self._finished = True
                callbacks, self._when_finished = self._when_finished, []
            # Callbacks still queued (only after a crash above): nobody waits forever.
            with contextlib.suppress(queue.Empty):
                while True:
                    left = self._queue.get_nowait()
                    if left is not None and not isinstance(left, list):
                        callbacks.append(left)
            if has_held and held is not None and not isinstance(held, list):
                callbacks.append(held)
            for callback in callbacks:
                _call_safely(callback)

    def when_written(self, callback: Callable[[], object]) -> bool:
        """Have `callback()` called once the messages received so far are in the file.

        Never blocks, so the GUI thread may ask. True when they already are (nothing
        is written or waiting; `callback` is not called). Otherwise False, and the
        writer's thread calls `callback` when it gets there, or when it has finished
        after a close(): hand the news to the GUI thread with a queued signal.
        """
        with self._lock:
            if self._writer is None or self._finished:
                return True
            if self._closed:
                self._when_finished.append(callback)
            else:
                self._queue.put(callback)
            return False

    def is_written(self) -> bool:
        """True when nothing is waiting to be written and the writer has stopped."""
        with self._lock:
            return self._writer is None or self._finished

    def flush(self, timeout: float = 2.0) -> bool:
        """Wait until the messages received so far are written (True if in time)."""
        written = threading.Event()
        return self.when_written(written.set) or written.wait(timeout)

    def close(self) -> None:
        """No more messages: the writer finishes what it has and stops."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._queue.put(None)

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until everything received so far is written (after `close()`)."""
        writer = self._writer
        if writer is None:
            return True
        self.close()
        writer.join(timeout)
        return not writer.is_alive()


def _call_safely(callback: Callable[[], object]) -> None:
    """Run a when_written() callback on the writer's thread; its failure is logged, not fatal."""
    try:
        callback()
    except Exception:
        _log.exception("a history callback failed")
