"""The client's outbox: typed lines not yet acknowledged, the identity, resume secrets.

Every line a person types is kept here, numbered, until the server acknowledges it, so
nothing typed is lost to a cut link, a server restart or closing the app (with a file).
The outbox is shared by two threads (the window's or the terminal's, which adds lines
when the engine is stopping, and the engine's), so every method takes one lock.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Iterable
from pathlib import Path


class OutboxClosed(RuntimeError):
    """A line was handed to an outbox that has been closed."""


class Outbox:
    """Typed lines not yet acknowledged, with the client's identity.

    With a path, the outbox is an SQLite file, so lines still pending when the app
    closes are sent on the next connect, under the same client id (so the server
    can still tell a repeat from a new line).

    A line keeps its local number (`seq`) for its whole life; the number on the wire
    (`cid`) is `seq - cid_offset`. The offset changes only when the server grants a
    different identity (`adopt_identity`), whose numbering starts again after its
    `accepted_seq`: the window and the terminal never see a line renumbered.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._closed = False
        self._items: list[tuple[int, str]] = []
        self._resume: dict[str, tuple[str, str]] = {}  # server -> (client_id, secret)
        self.client_id = uuid.uuid4().hex
        self.last_seq = 0
        self.cid_offset = 0
        if path is not None:
            # Made on the window's thread, used on the engine's too: the lock serialises.
            db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            db.executescript(
                "CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY, text TEXT NOT NULL);"
                "CREATE TABLE IF NOT EXISTS identity (client_id TEXT NOT NULL, "
                "last_seq INTEGER NOT NULL);"
                "CREATE TABLE IF NOT EXISTS resume (server TEXT PRIMARY KEY, "
                "client_id TEXT NOT NULL, secret TEXT NOT NULL);"
            )
            columns = {row[1] for row in db.execute("PRAGMA table_info(identity)")}
            if "cid_offset" not in columns:  # a file from before identities could change
                db.execute("ALTER TABLE identity ADD COLUMN cid_offset INTEGER NOT NULL DEFAULT 0")
            row = db.execute("SELECT client_id, last_seq, cid_offset FROM identity").fetchone()
            if row:
                self.client_id, self.last_seq, self.cid_offset = (
                    str(row[0]),
                    int(row[1]),
                    int(row[2]),
                )
            else:
                db.execute("INSERT INTO identity VALUES (?, 0, 0)", (self.client_id,))
            self._items = [
                (int(seq), str(text))
                for seq, text in db.execute("SELECT seq, text FROM outbox ORDER BY seq")
            ]
            self._resume = {
                str(server): (str(client_id), str(secret))
                for server, client_id, secret in db.execute(
                    "SELECT server, client_id, secret FROM resume"
                )
            }
            self._db = db

    # ------------------------------------------------------------------ lines
    def add(self, text: str) -> int:
        """Keep a typed line; returns its sequence number."""
        return self.add_many([text])[0]

    def add_many(self, texts: Iterable[str]) -> list[int]:
        """Keep several typed lines in one transaction; returns their sequence numbers."""
        texts = list(texts)
        with self._lock:
            if self._closed:
                raise OutboxClosed("The outbox is closed: the line was not kept.")
            first = self.last_seq + 1
            rows = [(first + number, text) for number, text in enumerate(texts)]
            if self._db is not None and rows:
                with self._db:
                    self._db.execute("BEGIN")
                    self._db.executemany("INSERT INTO outbox VALUES (?, ?)", rows)
                    self._db.execute("UPDATE identity SET last_seq = ?", (rows[-1][0],))
            self._items.extend(rows)
            self.last_seq += len(rows)
            return [seq for seq, _ in rows]

    def ack(self, seq: int) -> list[int]:
        """The server has everything up to `seq`: forget those; returns their numbers."""
        with self._lock:
            done = [s for s, _ in self._items if s <= seq]
            if done:
                self._items = [(s, t) for s, t in self._items if s > seq]
                if self._db is not None:
                    self._db.execute("DELETE FROM outbox WHERE seq <= ?", (seq,))
            return done

    def pending(self) -> list[tuple[int, str]]:
        """(seq, text) of every line still waiting, oldest first."""
        with self._lock:
            return list(self._items)

    # ------------------------------------------------------------------ identity
    def cid_of(self, seq: int) -> int:
        """The number line `seq` carries on the wire."""
        return seq - self.cid_offset

    def seq_of(self, cid: int) -> int:
        """The local number of the line the server calls `cid`."""
        return cid + self.cid_offset

    @property
    def last_cid(self) -> int:
        """The highest wire number given out so far under the current identity."""
        return self.last_seq - self.cid_offset

    def adopt_identity(self, client_id: str, accepted_cid: int = 0) -> None:
        """The server granted `client_id` instead of ours: use it from now on.

        Lines still pending are numbered on the wire from `accepted_cid + 1` (the new
        identity's next number), in order, so each is sent once under it.
        """
        with self._lock:
            first = self._items[0][0] if self._items else self.last_seq + 1
            self.client_id = client_id
            self.cid_offset = first - 1 - accepted_cid
            if self._db is not None:
                self._db.execute(
                    "UPDATE identity SET client_id = ?, cid_offset = ?",
                    (client_id, self.cid_offset),
                )

    def resume_secret(self, server: str) -> str | None:
        """The secret `server` issued for our current identity, if it issued one."""
        with self._lock:
            kept = self._resume.get(server)
            if kept is None or kept[0] != self.client_id:
                return None
            return kept[1]

    def remember_resume(self, server: str, secret: str) -> None:
        """Keep the resume secret `server` issued for our current identity."""
        with self._lock:
            if self._resume.get(server) == (self.client_id, secret):
                return
            self._resume[server] = (self.client_id, secret)
            if self._db is not None and not self._closed:
                self._db.execute(
                    "INSERT OR REPLACE INTO resume VALUES (?, ?, ?)",
                    (server, self.client_id, secret),
                )

    # ------------------------------------------------------------------ file
    @property
    def closed(self) -> bool:
        """True once `close()` was called."""
        return self._closed

    def close(self) -> None:
        """Close the file, if any; later `add()` calls raise OutboxClosed."""
        with self._lock:
            self._closed = True
            if self._db is not None:
                self._db.close()
                self._db = None
