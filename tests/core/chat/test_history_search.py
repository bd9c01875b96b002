"""The history search engine against a real history file."""

from __future__ import annotations

from app.core.chat.conversation_log import HistoryRecorder
from app.core.chat.history_search import HistorySearchEngine, SearchResult
from app.core.chat.protocol import ChatMessage, Kind
from app.core.chat.session import MessagesReceived
from app.core.events import ErrorEvent, StateEvent


def stopped(events) -> bool:
    return any(isinstance(e, StateEvent) and e.state == "stopped" for e in events)


def test_a_search_finds_what_the_recorder_has_not_written_yet(run_engine, tmp_path) -> None:
    path = tmp_path / "history.sqlite"
    recorder = HistoryRecorder(path, "127.0.0.1:5555")
    messages = tuple(
        ChatMessage(n, Kind.MESSAGE, "bob", f"line {n} {'needle' if n % 3 == 0 else ''}", 1.0)
        for n in range(1, 31)
    )
    recorder([MessagesReceived(messages)])
    engine = HistorySearchEngine(path, "127.0.0.1:5555", "needle", 500, recorder)
    events = run_engine(engine).wait_for(stopped)
    (result,) = [e for e in events if isinstance(e, SearchResult)]
    assert [m.id for m in result.messages] == [30, 27, 24, 21, 18, 15, 12, 9, 6, 3]
    recorder.close()
    recorder.wait(5.0)


def test_an_unreadable_file_is_an_error_in_words(run_engine, tmp_path) -> None:
    path = tmp_path / "history.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    events = run_engine(HistorySearchEngine(path, "x:1", "a")).wait_for(stopped)
    (error,) = [e for e in events if isinstance(e, ErrorEvent)]
    assert error.message.startswith("The history cannot be searched: ")
