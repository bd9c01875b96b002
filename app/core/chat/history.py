"""The server's room history: the last N messages in memory, optionally in SQLite.

With a file, a restarted server keeps its history, its message numbering and, for
exactly-once delivery, each client identity's resume secret and the last sequence
number it accepted. Writes are committed once per loop turn (`commit()`), before any
reply leaves.

Everything here can be grown by people on the network, so all of it is bounded: the
identities (least recently used are forgotten), the messages in the file (by count and
by size; the oldest are pruned) and the file itself (SQLite's max_page_count). When
the disk is full or the file breaks, history stops being written and the room goes on
in memory: `commit()` returns the reason once, for one warning.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections import deque
from pathlib import Path

from app.core.chat.protocol import HISTORY_KINDS, ChatMessage

log = logging.getLogger(__name__)

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
_INSERT = "INSERT OR REPLACE INTO messages VALUES (?, ?, ?, ?, ?, ?, ?)"
# Prune when the file is this full (of its size limit), down to _PRUNE_KEEP of its rows.
_PRUNE_AT = 0.85
_PRUNE_KEEP = 0.6


class RoomHistory:
    """Recent messages, message ids, and per-identity resume secrets and sequence numbers."""

    def __init__(
        self,
        size: int = 500,
        path: str | Path | None = None,
        *,
        limit: int = 100_000,
        max_bytes: int = 64 * 1024 * 1024,
        max_identities: int = 10_000,
    ) -> None:
        self.size = size
        self.limit = max(size, limit)
        self.max_bytes = max_bytes
        self.max_identities = max_identities
        self.recent: deque[ChatMessage] = deque(maxlen=size)
        # client_id -> [secret, last_seq], least recently used first
        self._identities: dict[str, list] = {}
        self.last_id = 0
        self.failure = ""  # why the file is no longer written, once it is not
        self.pinned: set[str] = set()  # identities of connected clients: never forgotten
        self._db: sqlite3.Connection | None = None
        self._dirty = False
        self._inserted = 0  # rows written since the last prune check
        self._inserted_bytes = 0  # and at most how many bytes their text takes
        self._pruned_for_full = False  # pruned after "full" and not committed since
        self._reported = False
        if path is not None:
            self._open(Path(path))

    # ------------------------------------------------------------------ file
    def _open(self, path: Path) -> None:
        db = sqlite3.connect(path, isolation_level=None)  # explicit transactions below
        with contextlib.suppress(OSError):
            path.chmod(0o600)  # resume secrets: readable by this user only
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        # The write-ahead log is truncated back to this after each checkpoint.
        db.execute(f"PRAGMA journal_size_limit = {max(1024 * 1024, self.max_bytes // 8)}")
        db.executescript(_SCHEMA)
        columns = {row[1] for row in db.execute("PRAGMA table_info(senders)")}
        if "secret" not in columns:
            db.execute("ALTER TABLE senders ADD COLUMN secret TEXT NOT NULL DEFAULT ''")
        if "used" not in columns:
            db.execute("ALTER TABLE senders ADD COLUMN used INTEGER NOT NULL DEFAULT 0")
        page_size = int(db.execute("PRAGMA page_size").fetchone()[0])
        pages_now = int(db.execute("PRAGMA page_count").fetchone()[0])
        db.execute(f"PRAGMA max_page_count = {max(pages_now, self.max_bytes // page_size)}")
        self._max_pages = max(1, self.max_bytes // page_size)
        row = db.execute("SELECT value FROM counters WHERE name = 'last_id'").fetchone()
        self.last_id = int(row[0]) if row else 0
        rows = db.execute(
            "SELECT id, kind, sender, text, time, target, reason FROM messages "
            "ORDER BY id DESC LIMIT ?",
            (self.size,),
        ).fetchall()
        for row in reversed(rows):
            self.recent.append(ChatMessage(*row))
        for client_id, last_seq, secret in db.execute(
            "SELECT client_id, last_seq, secret FROM senders ORDER BY used DESC LIMIT ?",
            (self.max_identities,),
        ).fetchall()[::-1]:
            self._identities[str(client_id)] = [str(secret), int(last_seq)]
        self._db = db
        db.execute("BEGIN")

    def _write(self, sql: str, parameters=()) -> None:
        """One statement into this turn's transaction; a failure stops file writes."""
        if self._db is None:
            return
        try:
            self._db.execute(sql, parameters)
        except sqlite3.Error as exc:
            self._on_error(exc)

    def _on_error(self, exc: sqlite3.Error) -> None:
        """The file's size limit (SQLITE_FULL from max_page_count) costs this turn's
        rows in the file, not the file: the oldest half is pruned and writing goes on.
        Anything else (a full disk, a removed file) stops the file for good."""
        db = self._db
        if db is None:
            return
        full = getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "full" in str(exc)
        if full and not self._pruned_for_full and self._prune_after_full():
            self._pruned_for_full = True  # a second "full" before a commit: the disk is
            return
        self._fail(exc)

    def _prune_after_full(self) -> bool:
        """Roll back, drop the oldest half of the rows, and start again; False if no room."""
        db = self._db
        assert db is not None
        try:
            if db.in_transaction:
                db.execute("ROLLBACK")
            count = int(db.execute("SELECT count(*) FROM messages").fetchone()[0])
            if count < 2:
                return False
            db.execute(
                "DELETE FROM messages WHERE id NOT IN "
                "(SELECT id FROM messages ORDER BY id DESC LIMIT ?)",
                (count // 2,),
            )
            db.execute("BEGIN")
        except sqlite3.Error:
            return False
        self._inserted = self._inserted_bytes = 0
        log.warning(
            "history file full at its size limit: the oldest %d messages pruned", count // 2
        )
        return True

    def _fail(self, exc: sqlite3.Error) -> None:
        """The file cannot be written (disk full, removed, broken): memory only from now."""
        log.warning("history file disabled: %s", exc)
        self.failure = str(exc) or type(exc).__name__
        db, self._db = self._db, None
        if db is not None:
            try:
                db.rollback()
                db.close()
            except sqlite3.Error:
                pass

    # ------------------------------------------------------------------ messages
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
            try:
                self._db.executemany(_INSERT, messages)
            except sqlite3.Error as exc:
                self._on_error(exc)
            self._inserted += len(messages)
            # Up to 4 bytes a character in UTF-8: counted high, so pruning is never late.
            self._inserted_bytes += 4 * sum(len(m.text) for m in messages)
        self._dirty = True

    def add(self, message: ChatMessage) -> None:
        """Keep a numbered message (private ones are numbered but not kept)."""
        if message.kind in HISTORY_KINDS:
            self.recent.append(message)
            self._write(_INSERT, tuple(message))
            self._inserted += 1
            self._inserted_bytes += 4 * len(message.text)
        self._dirty = True

    def since(self, last_id: int) -> list[ChatMessage]:
        """Kept messages newer than `last_id`, oldest first."""
        return [message for message in self.recent if message.id > last_id]

    # ------------------------------------------------------------------ identities
    def identity_secret(self, client_id: str) -> str | None:
        """The resume secret of a known identity ("" if it has none yet), None if unknown."""
        entry = self._identities.get(client_id)
        return None if entry is None else entry[0]

    def remember_identity(self, client_id: str, secret: str) -> None:
        """Keep (or refresh) an identity and its secret, forgetting the least recently
        used one when there are more than `max_identities`."""
        entry = self._identities.pop(client_id, None)
        if entry is None:
            entry = [secret, 0]
        entry[0] = secret
        self._identities[client_id] = entry  # now the most recently used
        self._write(
            "INSERT INTO senders (client_id, last_seq, secret, used) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(client_id) DO UPDATE SET secret = excluded.secret, used = excluded.used",
            (client_id, entry[1], secret, self.last_id),
        )
        while len(self._identities) > self.max_identities:
            # The least recently used goes, never a connected one (`pinned`, a few).
            oldest = next((key for key in self._identities if key not in self.pinned), None)
            if oldest is None:
                break
            del self._identities[oldest]
            self._write("DELETE FROM senders WHERE client_id = ?", (oldest,))
        self._dirty = True

    def accept_seq(self, client_id: str, seq: int) -> None:
        """Remember that a client's message `seq` was handled, so a resend is dropped."""
        entry = self._identities.pop(client_id, None)
        if entry is None:  # forgotten while connected: remembered again, with no secret
            self.remember_identity(client_id, "")
            entry = self._identities.pop(client_id)
        self._identities[client_id] = entry  # now the most recently used
        entry[1] = seq
        self._write(
            "UPDATE senders SET last_seq = ?, used = ? WHERE client_id = ?",
            (seq, self.last_id, client_id),
        )
        self._dirty = True

    def accepted_seq(self, client_id: str) -> int:
        """The last sequence number accepted from a client (0 for none)."""
        entry = self._identities.get(client_id)
        return 0 if entry is None else entry[1]

    @property
    def identity_count(self) -> int:
        """How many client identities are remembered."""
        return len(self._identities)

    # ------------------------------------------------------------------ turns
    def commit(self) -> str | None:
        """Make this turn's changes durable (a no-op without a file).

        Returns why the file stopped being written, the first time it does; else None.
        """
        if self._db is not None and self._dirty:
            try:
                self._db.execute(
                    "INSERT INTO counters VALUES ('last_id', ?) ON CONFLICT(name) "
                    "DO UPDATE SET value = excluded.value",
                    (self.last_id,),
                )
                self._db.execute("COMMIT")
                self._pruned_for_full = False
                if self._inserted >= 1000 or self._inserted_bytes >= self.max_bytes // 64:
                    self._prune()
                self._db.execute("BEGIN")
            except sqlite3.Error as exc:
                self._on_error(exc)
        self._dirty = False
        if self.failure and not self._reported:
            self._reported = True
            return self.failure
        return None

    def _prune(self) -> None:
        """Keep the file within its message count and size limits (oldest go first)."""
        assert self._db is not None
        self._inserted = self._inserted_bytes = 0
        db = self._db
        count = int(db.execute("SELECT count(*) FROM messages").fetchone()[0])
        pages = int(db.execute("PRAGMA page_count").fetchone()[0])
        free = int(db.execute("PRAGMA freelist_count").fetchone()[0])
        keep = count
        if count > self.limit:
            keep = self.limit
        if pages - free > self._max_pages * _PRUNE_AT:
            keep = min(keep, int(count * _PRUNE_KEEP))
        if keep < count:  # (the file may keep fewer than `size`: joiners get those from memory)
            db.execute(
                "DELETE FROM messages WHERE id NOT IN "
                "(SELECT id FROM messages ORDER BY id DESC LIMIT ?)",
                (max(keep, 1),),
            )

    def message_count(self) -> int:
        """Messages in the file (or in memory without one)."""
        if self._db is None:
            return len(self.recent)
        return int(self._db.execute("SELECT count(*) FROM messages").fetchone()[0])

    def close(self) -> None:
        """Commit and close the file."""
        if self._db is not None:
            self.commit()
            if self._db is not None:
                try:
                    self._db.execute("COMMIT")
                    self._db.close()
                except sqlite3.Error as exc:
                    self._on_error(exc)
                self._db = None
