"""The client's chat history file: per server, no duplicates, search, export, recorder."""

from __future__ import annotations

import csv
import io
import threading

from app.core.chat.client import ChatClientEngine, ConnectionState, MessagesReceived
from app.core.chat.conversation_log import (
    CSV_HEADER,
    EXPORT_CSV,
    EXPORT_TEXT,
    ConversationLog,
    HistoryRecorder,
    export_line,
)
from app.core.chat.protocol import ChatMessage, Kind
from app.core.events import StateEvent
from tests.helpers.chat import RawPeer, held_recorder_class, start_server

T0 = 1_750_000_000.0


def message(number: int, text: str = "", sender: str = "alice", at: float = T0) -> ChatMessage:
    return ChatMessage(number, Kind.MESSAGE, sender, text or f"line {number}", at + number)


def test_records_per_server_in_order_without_duplicates(tmp_path) -> None:
    log = ConversationLog(tmp_path / "history.sqlite")
    assert log.record("a:5555", [message(1), message(2)]) == 2
    assert log.record("a:5555", [message(2), message(3)]) == 1  # 2 again: skipped
    assert log.record("b:5555", [message(1, "elsewhere")]) == 1
    assert [m.text for m in log.recent("a:5555", 10)] == ["line 1", "line 2", "line 3"]
    assert [m.text for m in log.recent("a:5555", 2)] == ["line 2", "line 3"]
    assert log.count("a:5555") == 3 and log.count("b:5555") == 1
    assert log.last_id("a:5555") == 3 and log.last_id("nowhere:1") == 0
    log.close()


def test_a_restarted_server_reusing_ids_does_not_hide_new_messages(tmp_path) -> None:
    log = ConversationLog(tmp_path / "history.sqlite")
    log.record("a:5555", [message(1, "before restart")])
    log.record("a:5555", [message(1, "after restart", at=T0 + 3600)])
    assert [m.text for m in log.recent("a:5555", 10)] == ["before restart", "after restart"]
    log.close()


def test_search_matches_text_and_sender_newest_first_with_wildcards_literal(tmp_path) -> None:
    log = ConversationLog(tmp_path / "history.sqlite")
    log.record(
        "s",
        [
            message(1, "Hello there"),
            message(2, "nothing", sender="hellboy"),
            message(3, "100% sure"),
            message(4, "1000 sure"),
            message(5, "under_score"),
        ],
    )
    assert [m.id for m in log.search("s", "hell")] == [2, 1]
    assert [m.id for m in log.search("s", "0%")] == [3]
    assert [m.id for m in log.search("s", "r_s")] == [5]
    assert log.search("s", "   ") == []
    assert log.search("other", "hell") == []
    log.close()


def test_export_text_and_csv_in_chunks(tmp_path) -> None:
    log = ConversationLog(tmp_path / "history.sqlite")
    log.record("s", [message(n, f'say "{n}", <b>') for n in range(1, 6)])
    text = "".join(log.export_chunks("s", EXPORT_TEXT, rows_per_chunk=2))
    lines = text.splitlines()
    assert len(lines) == 5
    assert lines[0] == export_line(message(1, 'say "1", <b>'))
    assert lines[0].startswith("[20") and lines[0].endswith('<alice> say "1", <b>')
    chunks = list(log.export_chunks("s", EXPORT_CSV, rows_per_chunk=2))
    assert len(chunks) == 1 + 3  # header, then 2 + 2 + 1 rows
    rows = list(csv.reader(io.StringIO("".join(chunks))))
    assert tuple(rows[0]) == CSV_HEADER
    assert rows[1][1:] == ["message", "1", "alice", "", 'say "1", <b>', ""]
    log.close()


def test_export_line_for_events_without_a_time_prefix() -> None:
    join = ChatMessage(7, Kind.JOIN, "bob", time=T0)
    assert export_line(join).endswith("] -!- bob joined")


def test_recorder_keeps_a_live_client_s_messages(run_engine, tmp_path) -> None:
    _, port, _ = start_server(run_engine, join_grace=0.05)
    raw = RawPeer(port)
    raw.send_line("/nick netcat")
    raw.send_line("hello <i>recorder</i>")
    path = tmp_path / "history.sqlite"
    client = ChatClientEngine("127.0.0.1", port, "alice")
    recorder = HistoryRecorder(path, f"127.0.0.1:{port}")
    client.add_listener(recorder)
    runner = run_engine(client)
    runner.wait_for(
        lambda evs: any(
            isinstance(e, MessagesReceived)
            and any(m.text == "hello <i>recorder</i>" for m in e.messages)
            for e in evs
        )
    )
    runner.stop()
    assert recorder.wait(5.0)  # the writer ends after the engine's last batch
    log = ConversationLog(path)
    texts = [m.text for m in log.recent(f"127.0.0.1:{port}", 50)]
    assert "hello <i>recorder</i>" in texts
    log.close()
    raw.close()


def test_recorder_reports_an_unwritable_file_instead_of_crashing(tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    recorder = HistoryRecorder(blocker / "history.sqlite", "s")
    recorder([MessagesReceived((message(1),)), ConnectionState("connected")])
    recorder([StateEvent("stopped")])
    assert recorder.wait(5.0)
    assert "cannot be written" in recorder.failure


def test_recorder_flush_waits_for_the_writer_and_batches_a_backlog(tmp_path) -> None:
    path = tmp_path / "history.sqlite"
    recorder = HistoryRecorder(path, "s")
    for number in range(1, 201):
        recorder([MessagesReceived((message(number),))])
    assert recorder.flush(5.0)
    log = ConversationLog(path)
    assert log.count("s") == 200  # written before flush() returned, the writer still running
    recorder([MessagesReceived((message(201),)), StateEvent("stopped")])
    recorder([MessagesReceived((message(202),))])  # after the end: not kept
    assert recorder.wait(5.0)
    assert log.count("s") == 201 and log.last_id("s") == 201
    log.close()


def test_when_written_never_blocks_and_calls_back_once_the_writer_is_done(tmp_path) -> None:
    release = threading.Event()
    recorder = held_recorder_class(release)(tmp_path / "history.sqlite", "s")
    assert recorder.when_written(lambda: None)  # nothing received: already written
    recorder([MessagesReceived((message(1), message(2)))])
    recorder([MessagesReceived((message(3),)), StateEvent("stopped")])
    called = threading.Event()
    assert not recorder.when_written(called.set)  # returns at once, the writer is held
    assert not recorder.is_written() and not called.is_set()
    release.set()
    assert called.wait(5.0)  # on the writer's thread, after the last write
    assert recorder.is_written()
    log = ConversationLog(tmp_path / "history.sqlite")
    assert [m.id for m in log.recent("s", 10)] == [1, 2, 3]
    log.close()
    assert recorder.when_written(lambda: None)  # finished: True, no call needed
    assert recorder.wait(5.0)


def test_a_callback_queued_between_messages_and_the_end_is_not_lost(tmp_path) -> None:
    release = threading.Event()
    recorder = held_recorder_class(release)(tmp_path / "history.sqlite", "s")
    recorder([MessagesReceived((message(1),))])
    seen: list[int] = []
    done = threading.Event()

    def count_then_set() -> None:
        log = ConversationLog(tmp_path / "history.sqlite")
        seen.append(log.count("s"))
        log.close()
        done.set()

    assert not recorder.when_written(count_then_set)  # queued: [messages, callback]
    recorder.close()  # [messages, callback, end]: the writer takes the end last
    release.set()
    assert done.wait(5.0)
    assert seen == [1]  # called after the messages before it were written
    assert recorder.wait(5.0)
