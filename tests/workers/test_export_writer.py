"""ExportWriter: an export is written off the GUI thread, completely, or said in words why not."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from app.core.export import csv_chunks
from app.core.messages import Message
from app.workers import ExportWriter

ROWS = 200_000


def numbered_rows(count: int):
    return ((number, f"host {number}", "10.0.0.0/30") for number in range(1, count + 1))


def large_export(path: Path) -> ExportWriter:
    chunks = csv_chunks(("#", "Name", "Network"), numbered_rows(ROWS), rows_per_chunk=1000)
    return ExportWriter(path, chunks, ROWS)


def test_a_large_export_leaves_the_gui_thread_free_and_the_file_complete(
    qtbot, tmp_path: Path
) -> None:
    target = tmp_path / "big.csv"
    writer = large_export(target)
    ticks_while_writing: list[int] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks_while_writing.append(1) if writer.is_running() else None)
    progress: list[int] = []
    writer.progress.connect(progress.append)
    timer.start()
    with qtbot.waitSignal(writer.finished, timeout=60_000) as done:
        writer.start()
        assert writer.is_running()  # start() returned before the rows were written
    timer.stop()
    assert done.args == [str(target), ROWS]
    assert len(ticks_while_writing) >= 3, "the event loop stood still during the export"
    assert progress[-1] == 1000 and len(progress) >= 2
    with target.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == ROWS + 1
    assert rows[0] == ["#", "Name", "Network"] and rows[-1] == [
        str(ROWS),
        f"host {ROWS}",
        "10.0.0.0/30",
    ]
    assert not writer.is_running()


def test_an_unwritable_folder_is_said_in_words(qtbot, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "folder" / "x.csv"
    writer = ExportWriter(target, iter([("a\n", 1)]), 1)
    with qtbot.waitSignal(writer.failed, timeout=10_000) as failed:
        writer.start()
    (message,) = failed.args
    assert isinstance(message, Message)
    assert message == f"Could not write {target}: No such file or directory."
    assert not target.exists() and not writer.is_running()


def test_cancel_stops_the_thread_and_deletes_the_partial_file(qtbot, tmp_path: Path) -> None:
    target = tmp_path / "big.csv"
    writer = large_export(target)
    finished: list = []
    writer.finished.connect(finished.append)
    writer.start()
    with qtbot.waitSignal(writer.failed, timeout=5000) as failed:
        writer.cancel()  # reports at once: the thread has ended when it returns
    assert "cancelled" in failed.args[0]
    assert not target.exists() and not writer.is_running()
    QCoreApplication.processEvents()  # a finish queued before the thread ended is dropped
    assert finished == []


def test_a_fault_in_the_rows_is_reported_not_swallowed(qtbot, tmp_path: Path, caplog) -> None:
    def broken_chunks():
        yield "header\n", 0
        raise ValueError("row 7 is not a row")

    target = tmp_path / "broken.csv"
    writer = ExportWriter(target, broken_chunks(), 10)
    with qtbot.waitSignal(writer.failed, timeout=10_000) as failed:
        writer.start()
    assert "row 7 is not a row" in failed.args[0]
    assert not target.exists()
    assert "the export to" in caplog.text
