"""The server's room history: the last N messages in memory, optionally in SQLite.

With a file, a restarted server keeps its history, its message numbering and, for
exactly-once delivery, the last sequence number it accepted from each client.
Writes are committed once per loop turn (`commit()`), before any reply leaves.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from pathlib import Path

from app.core.chat.protocol import ChatMessage, Kind

_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    sender TEXT NOT NULL,
    text TEXT NOT NULL,
    time REAL NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS senders (
    client_id TEXT PRIMARY KEY,
    last_seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
"""


class RoomHistory:
    """Recent messages, message ids and per-client sequence numbers."""

    def __init__(self, size: int = 500, path: str | Path | None = None) -> None:
        self.size = size
        self.recent: deque[ChatMessage] = deque(maxlen=size)
        self.last_seq: dict[str, int] = {}
        self.last_id = 0
        self._db: sqlite3.Connection | None = None
        self._dirty = False
        if path is not None:
            self._open(Path(path))

    def _open(self, path: Path) -> None:
        db = sqlite3.connect(path, isolation_level=None)  # explicit transactions below
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(_SCHEMA)
        row = db.execute("SELECT value FROM counters WHERE name = 'last_id'").fetchone()
        self.last_id = int(row[0]) if row else 0
        rows = db.execute(
            "SELECT id, kind, sender, text, time, target, reason FROM messages "
            "ORDER BY id DESC LIMIT ?",
            (self.size,),
        ).fetchall()
        for row in reversed(rows):
            self.recent.append(ChatMessage(*row))
        self.last_seq = dict(db.execute("SELECT client_id, last_seq FROM senders").fetchall())
        self._db = db
        db.execute("BEGIN")

    def next_id(self) -> int:
        """A new message id, larger than every id given before (also across restarts)."""
        self.last_id += 1
        self._dirty = True
        return self.last_id

    def reserve_ids(self, count: int) -> int:
        """Number `count` new messages at once; returns the first id."""
        first = self.last_id + 1
        self.last_id += count
        self._dirty = True
        return first

    def extend(self, messages: list[ChatMessage]) -> None:
        """Keep several room messages at once (the relay's hot path)."""
        self.recent.extend(messages)
        if self._db is not None:
            self._db.executemany("INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?)", messages)
        self._dirty = True

    def add(self, message: ChatMessage) -> None:
        """Keep a numbered message (private ones are numbered but not kept)."""
        if message.kind in Kind.HISTORY:
            self.recent.append(message)
            if self._db is not None:
                self._db.execute(
                    "INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        message.id,
                        message.kind,
                        message.sender,
                        message.text,
                        message.time,
                        message.target,
                        message.reason,
                    ),
                )
        self._dirty = True

    def accept_seq(self, client_id: str, seq: int) -> None:
        """Remember that a client's message `seq` was handled, so a resend is dropped."""
        self.last_seq[client_id] = seq
        if self._db is not None:
            self._db.execute(
                "INSERT INTO senders VALUES (?, ?) ON CONFLICT(client_id) "
                "DO UPDATE SET last_seq = excluded.last_seq",
                (client_id, seq),
            )
        self._dirty = True

    def accepted_seq(self, client_id: str) -> int:
        """The last sequence number accepted from a client (0 for none)."""
        return self.last_seq.get(client_id, 0)

    def since(self, last_id: int) -> list[ChatMessage]:
        """Kept messages newer than `last_id`, oldest first."""
        return [message for message in self.recent if message.id > last_id]

    def commit(self) -> None:
        """Make this turn's changes durable (a no-op without a file)."""
        if self._db is None or not self._dirty:
            self._dirty = False
            return
        self._db.execute(
            "INSERT INTO counters VALUES ('last_id', ?) ON CONFLICT(name) "
            "DO UPDATE SET value = excluded.value",
            (self.last_id,),
        )
        self._db.execute("COMMIT")
        self._db.execute("BEGIN")
        self._dirty = False

    def close(self) -> None:
        """Commit and close the file."""
        if self._db is not None:
            self.commit()
            self._db.execute("COMMIT")
            self._db.close()
            self._db = None
