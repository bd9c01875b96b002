"""Searching a server's chat history, as an engine (like the DNS lookup).

A LIKE search scans every row of a server's history, and what was just received may
still be on its way to the file: neither wait belongs on the GUI thread. The engine
runs the query on a helper thread, reports the matches (or why it could not) and
stops; the window runs it with EngineRun, so a newer search makes an older one's
answer stale.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.chat.conversation_log import ConversationLog, HistoryRecorder
from app.core.chat.protocol import ChatMessage
from app.core.engine import Engine
from app.core.events import Event
from app.core.messages import N_, Message


@dataclass(frozen=True, slots=True)
class SearchResult(Event):
    """The matches of one search, newest first (at most the engine's `limit`)."""

    query: str
    messages: tuple[ChatMessage, ...]


class HistorySearchEngine(Engine):
    """Search `server`'s history in the file at `path` for `query`, once, then stop."""

    name = "history search"

    def __init__(
        self,
        path: Path,
        server: str,
        query: str,
        limit: int = 500,
        recorder: HistoryRecorder | None = None,
    ) -> None:
        super().__init__()
        self.path, self.server, self.query, self.limit = path, server, query, limit
        self.recorder = recorder

    def on_start(self) -> None:
        self.run_blocking(self._search, self._done, name="query")

    def _search(self) -> list[ChatMessage]:
        if self.recorder is not None:
            self.recorder.flush(1.0)  # what arrived before the search is searched too
        log = ConversationLog(self.path)
        try:
            return log.search(self.server, self.query, self.limit)
        finally:
            log.close()

    def _done(self, found: list[ChatMessage] | None, exc: BaseException | None) -> None:
        if exc is not None:  # sqlite3.Error or OSError: said under the search box
            self.error(
                Message(N_("chat", "The history cannot be searched: {reason}."), reason=str(exc))
            )
        else:
            self.emit(SearchResult(self.query, tuple(found or ())))
        self.stop()
