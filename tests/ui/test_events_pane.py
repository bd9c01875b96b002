"""The Events pane as a timeline: sorted by the shared clock, bounded, filtered,
searchable, paused, copied and saved, explained, and in the reader's language."""

from __future__ import annotations

import csv
import errno
import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.errors import ErrorContext, describe_os_error
from app.core.events import ErrorEvent, StateEvent, TraceEvent
from app.core.trace import SocketTrace
from app.ui.events_pane import EventsPane, format_event_line


def make_pane(qtbot, **options) -> EventsPane:
    pane = EventsPane(**options)
    qtbot.addWidget(pane)
    return pane


def test_a_batch_that_comes_late_is_sorted_into_its_place(qtbot) -> None:
    pane = make_pane(qtbot)
    pane.add_batch([TraceEvent("accept()", "127.0.0.1:40000", stamp=2.0)], "server")
    pane.add_batch([TraceEvent("recv() from x", "103 bytes", stamp=4.0)], "server")
    # The client's batch reaches the window after the server's: its calls came first.
    pane.add_batch(
        [
            TraceEvent("connect(('127.0.0.1', 5555))", "in progress", stamp=1.0),
            TraceEvent("send()", "103 bytes", stamp=3.0),
        ],
        "client",
    )
    calls = [line.split("  ")[-1].split(" ->")[0] for line in pane.text().splitlines()]
    assert calls == ["connect(('127.0.0.1', 5555))", "accept()", "send()", "recv() from x"]
    sides = [line.split()[1] for line in pane.text().splitlines()]
    assert sides == ["client", "server", "client", "server"]


def test_the_pane_keeps_a_bounded_number_of_lines(qtbot) -> None:
    pane = make_pane(qtbot, max_lines=50)
    pane.append_events([TraceEvent("recv()", f"{n} bytes", stamp=float(n)) for n in range(200)])
    pane.flush()
    assert pane.model.rowCount() == 50
    lines = pane.text().splitlines()
    assert lines[0].endswith("recv() -> 150 bytes") and lines[-1].endswith("recv() -> 199 bytes")
    # A late line goes in at its place; the oldest line then goes.
    pane.append_events([TraceEvent("socket(AF_INET, SOCK_STREAM)", "fd 3", stamp=175.5)])
    pane.flush()
    assert pane.model.rowCount() == 50
    lines = pane.text().splitlines()
    assert lines[0].endswith("recv() -> 151 bytes")
    assert lines[25].endswith("socket(AF_INET, SOCK_STREAM) -> fd 3")
    # One older than everything kept would be the oldest: it goes at once.
    pane.append_events([TraceEvent("bind(('127.0.0.1', 0))", "ok", stamp=0.5)])
    assert "bind(" not in pane.text() and pane.model.rowCount() == 50


def test_errors_states_and_unknown_events(qtbot) -> None:
    pane = make_pane(qtbot)
    pane.set_shown("state", True)
    pane.append_from(
        [
            TraceEvent("bind(('0.0.0.0', 5555))", "ok", stamp=1.0),
            ErrorEvent("Port 5555 is already in use", stamp=2.0),
            StateEvent("starting", stamp=0.5),  # left out: "running" says it
            StateEvent("stopped", stamp=3.0),
            object(),  # events the pane does not know are skipped
        ],
        "server",
    )
    lines = pane.text().splitlines()
    assert len(lines) == 3
    assert lines[0].endswith("server  bind(('0.0.0.0', 5555)) -> ok")
    assert lines[1].endswith("server  error: Port 5555 is already in use")
    assert lines[2].endswith("server  [stopped]")


def test_a_failure_names_its_errno_and_its_meaning(qtbot) -> None:
    lines: list = []
    trace = SocketTrace(lines.append, role="client")
    meaning = trace.failed(
        "connect(('127.0.0.1', 9))",
        OSError(errno.ECONNREFUSED, "Connection refused"),
        ErrorContext("connect"),
    )
    line = format_event_line(lines[0])
    assert line is not None
    assert line.endswith(f"client  connect(('127.0.0.1', 9)) -> failed: ECONNREFUSED, {meaning}")
    pane = make_pane(qtbot)
    pane.append_events(lines)
    pane.flush()
    tip = pane.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "three-way handshake" in tip and "ECONNREFUSED" in tip


def test_hovering_explains_the_call(qtbot) -> None:
    pane = make_pane(qtbot)
    pane.append_events(
        [
            TraceEvent("listen(128)", "ok: waiting for connections", stamp=1.0),
            TraceEvent("recv()", "b'' (peer closed the connection)", stamp=2.0),
            TraceEvent("recv()", "12 bytes", stamp=3.0),
            TraceEvent("close()", "ok", stamp=4.0),
        ]
    )
    pane.flush()
    tips = [pane.model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole) for row in range(4)]
    assert "128" in tips[0] and "accept()" in tips[0]
    assert "closed its side" in tips[1]
    assert "stream" in tips[2] and tips[2] != tips[1]
    assert "TIME_WAIT" in tips[3]


def test_keepalive_discovery_and_state_lines_are_hidden_until_asked(qtbot) -> None:
    batch = [
        TraceEvent("send()", "16 bytes", stamp=1.0, role="client", kind="keepalive"),
        TraceEvent("sendto(announce, x)", "200 bytes", stamp=2.0, kind="discovery"),
        StateEvent("running", stamp=3.0),
        TraceEvent("send()", "40 bytes", stamp=4.0, role="client"),
    ]
    pane = make_pane(qtbot)
    pane.append_from(batch, "server")
    assert pane.text().splitlines() == [format_event_line(batch[3])]
    pane.set_shown("keepalive", True)
    assert len(pane.text().splitlines()) == 2
    pane.set_shown("discovery", True)
    pane.set_shown("state", True)
    assert len(pane.text().splitlines()) == 4
    # Remembered: a new pane (the next start) shows what this one was told to show.
    pane.set_shown("discovery", False)
    again = make_pane(qtbot)
    again.append_from(batch, "server")
    assert len(again.text().splitlines()) == 3
    assert again.filter_actions["keepalive"].isChecked()
    assert not again.filter_actions["discovery"].isChecked()


def test_search_keeps_the_matching_lines(qtbot) -> None:
    pane = make_pane(qtbot)
    pane.append_events(
        [
            TraceEvent("bind(('127.0.0.1', 5555))", "ok", stamp=1.0),
            TraceEvent("listen(128)", "ok", stamp=2.0),
            TraceEvent("accept()", "127.0.0.1:40000", stamp=3.0),
        ]
    )
    pane.search_edit.setText("ACCEPT")
    assert [line.split("  ")[-1] for line in pane.text().splitlines()] == [
        "accept() -> 127.0.0.1:40000"
    ]
    pane.search_edit.clear()
    assert len(pane.text().splitlines()) == 3


def test_pause_holds_new_lines_until_resume(qtbot) -> None:
    pane = make_pane(qtbot)
    pane.append_events([TraceEvent("listen(128)", "ok", stamp=1.0)])
    pane.flush()
    pane.append_events([TraceEvent("send()", "5 bytes", stamp=1.5)])  # waits for the redraw
    pane.set_paused(True)
    pane.append_events([TraceEvent("accept()", "a", stamp=2.0)])
    assert len(pane.text().splitlines()) == 1
    assert "2" in pane.pause_button.text()
    pane.set_paused(False)
    assert len(pane.text().splitlines()) == 3 and pane.pause_button.text() == "Pause"


def test_copy_and_save_as_text_and_csv(qtbot, tmp_path) -> None:
    pane = make_pane(qtbot)
    failure = TraceEvent("connect(('127.0.0.1', 9))", "ECONNREFUSED", "refused, here", stamp=2.0)
    pane.append_from(
        [TraceEvent("socket(AF_INET, SOCK_STREAM)", "fd 7", stamp=1.0), failure], "client"
    )
    pane.copy()
    assert QApplication.clipboard().text() == pane.text()
    pane.view.selectRow(1)
    pane.copy()
    assert QApplication.clipboard().text() == format_event_line(failure, "client")
    text_file, csv_file = tmp_path / "events.txt", tmp_path / "events.csv"
    assert pane.save_to(str(text_file)) and pane.save_to(str(csv_file))
    assert text_file.read_text(encoding="utf-8") == pane.text() + "\n"
    rows = list(csv.reader(io.StringIO(csv_file.read_text(encoding="utf-8"))))
    assert rows[0] == ["Time", "Side", "Call", "Result", "errno", "Meaning"]
    assert rows[2][1:] == [
        "client",
        "connect(('127.0.0.1', 9))",
        "failed",
        "ECONNREFUSED",
        "refused, here",
    ]


def test_two_columns_put_each_side_in_its_own_with_arrows_for_data(qtbot) -> None:
    pane = make_pane(qtbot, sides=("client", "server"))
    pane.set_two_sided(True)
    pane.append_events(
        [
            TraceEvent("send()", "5 bytes", stamp=1.0, role="client"),
            TraceEvent("recv() from x", "5 bytes", stamp=2.0, role="server"),
            TraceEvent("send() to x", "9 bytes", stamp=3.0, role="server"),
        ]
    )
    pane.flush()
    model = pane.model
    cells = [[model.index(row, column).data() for column in (1, 2, 3)] for row in range(3)]
    assert cells[0] == ["send() -> 5 bytes", "──►", ""]
    assert cells[1] == ["", "──►", "recv() from x -> 5 bytes"]
    assert cells[2] == ["", "◄──", "send() to x -> 9 bytes"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "client"


def test_in_russian_the_fixed_words_are_translated(qtbot, language) -> None:
    assert language("ru")
    pane = make_pane(qtbot, sides=("client", "server"))
    lines: list = []
    trace = SocketTrace(lines.append, role="server")
    trace.call("listen(128)", "ok")
    trace.recv_result(b"", "recv()")
    trace.sent("send()", 1234, at=trace.now())
    pane.append_events(lines)
    text = pane.text()
    assert "сервер" in text  # the side
    assert "listen(128)" in text and "recv()" in text  # the calls stay as Python writes them
    assert "peer closed" not in text and "bytes" not in text
    assert pane.pause_button.text() != "Pause" and pane.copy_button.text() != "Copy"
    pane.flush()
    tip = pane.model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tip and "recv()" in tip and "closed its side" not in tip


def test_in_chinese_a_failed_call_keeps_the_call_and_translates_its_meaning(language) -> None:
    assert language("zh_CN")
    meaning = describe_os_error(OSError(errno.ECONNREFUSED, "x"), ErrorContext("connect"))
    line = format_event_line(TraceEvent("connect(('127.0.0.1', 9))", "ECONNREFUSED", meaning))
    assert line is not None and "connect(('127.0.0.1', 9))" in line and "ECONNREFUSED" in line
    assert "连接被拒绝：该端口上没有程序在监听。" in line  # noqa: RUF001
    error_line = format_event_line(ErrorEvent(meaning))
    assert error_line is not None and "连接被拒绝" in error_line


def test_collapsing_hides_the_log_and_its_tools(qtbot) -> None:
    pane = make_pane(qtbot)
    pane.show()
    pane.set_expanded(False)
    assert not pane.view.isVisible() and not pane.is_expanded()
    assert not pane.search_edit.isVisible()
    pane.set_expanded(True)
    assert pane.view.isVisible() and pane.search_edit.isVisible()
