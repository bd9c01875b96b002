"""The client's own chat history: every message it saw, per server, in one SQLite file.

The Chat tab shows the last few thousand lines; the full history stays here, so a
reconnect shows what came before, Ctrl+F searches all of it, and File > Export writes
all of it. `HistoryRecorder` is an engine listener: it stores each batch on the
engine's own thread, so a flood of messages costs the window no disk writes.
"""

from __future__ import annotations

import csv
import io
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from app.core.chat.client import MessagesReceived
from app.core.chat.protocol import ChatMessage, Kind
from app.core.events import Event, StateEvent

_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY,
    server TEXT NOT NULL,
    id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    sender TEXT NOT NULL,
    text TEXT NOT NULL,
    time REAL NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    UNIQUE (server, id, time)
);
CREATE INDEX IF NOT EXISTS messages_by_server ON messages (server);
"""
_COLUMNS = "id, kind, sender, text, time, target, reason"

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

    def record(self, server: str, messages: Iterable[ChatMessage]) -> int:
        """Keep messages (ones already kept are skipped); returns how many were new."""
        rows = [
            (server, m.id, m.kind, m.sender, m.text, m.time, m.target, m.reason) for m in messages
        ]
        if not rows:
            return 0
        with self._db:
            before = self._db.total_changes
            self._db.executemany(
                "INSERT OR IGNORE INTO messages (server, id, kind, sender, text, time, target, "
                "reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            return self._db.total_changes - before

    def recent(self, server: str, limit: int) -> list[ChatMessage]:
        """The last `limit` messages from `server`, oldest first."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM messages WHERE server = ? ORDER BY seq DESC LIMIT ?",
            (server, limit),
        ).fetchall()
        return [_row_to_message(row) for row in reversed(rows)]

    def last_id(self, server: str) -> int:
        """The id of the newest message kept from `server` (0 for none): what to ask after."""
        row = self._db.execute(
            "SELECT id FROM messages WHERE server = ? ORDER BY seq DESC LIMIT 1", (server,)
        ).fetchone()
        return int(row[0]) if row else 0

    def count(self, server: str) -> int:
        """How many messages are kept from `server`."""
        query = "SELECT COUNT(*) FROM messages WHERE server = ?"
        return int(self._db.execute(query, (server,)).fetchone()[0])

    def search(self, server: str, query: str, limit: int = 500) -> list[ChatMessage]:
        """Messages whose text or sender contains `query` (ASCII case ignored), newest first."""
        needle = query.strip()
        if not needle:
            return []
        pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM messages WHERE server = ? AND kind != ? AND "
            "(text LIKE ? ESCAPE '\\' OR sender LIKE ? ESCAPE '\\') ORDER BY seq DESC LIMIT ?",
            (server, Kind.SYSTEM, pattern, pattern, limit),
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
        after = 0
        while True:
            rows = self._db.execute(
                f"SELECT seq, {_COLUMNS} FROM messages WHERE server = ? AND seq > ? "
                "ORDER BY seq LIMIT ?",
                (server, after, rows_per_chunk),
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
    """An engine listener that keeps each batch's messages in a ConversationLog.

    Add it to a client engine before its worker's listener: it then runs on the
    engine's thread, the file is written before the window hears of the messages,
    and the log is closed with the engine's final batch.
    """

    def __init__(self, path: str | Path, server: str) -> None:
        self.path = Path(path)
        self.server = server
        self.failure = ""  # the reason, if the file could not be written
        self._log: ConversationLog | None = None

    def __call__(self, batch: list[Event]) -> None:
        messages = [
            message
            for event in batch
            if isinstance(event, MessagesReceived)
            for message in event.messages
        ]
        if messages and not self.failure:
            try:
                if self._log is None:
                    self._log = ConversationLog(self.path)
                self._log.record(self.server, messages)
            except (sqlite3.Error, OSError) as exc:
                self.failure = f"The chat history file {self.path} cannot be written: {exc}."
        if any(isinstance(event, StateEvent) and event.state == "stopped" for event in batch):
            self.close()

    def close(self) -> None:
        """Close the file (the engine's last batch does this)."""
        if self._log is not None:
            self._log.close()
            self._log = None
