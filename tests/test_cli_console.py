"""The serve console: lines queued by the engine's loop, written by a thread of their own."""

from __future__ import annotations

import io
import threading

from app.cli.console import BackgroundConsole


class StuckStream(io.StringIO):
    """A terminal whose reader went to lunch: write() blocks until `release` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.entered = threading.Event()

    def write(self, text: str) -> int:
        self.entered.set()
        self.release.wait(10)
        return super().write(text)


def test_a_stuck_reader_never_blocks_the_caller_and_drops_are_counted() -> None:
    stream = StuckStream()
    console = BackgroundConsole(stream, backlog=10)
    console.write_lines(["first"])
    assert stream.entered.wait(5)  # the writer thread is stuck in write()
    for number in range(25):  # returns at once although nothing is read
        console.write_lines([f"line {number}"])
    stream.release.set()
    console.close(5.0)
    lines = stream.getvalue().splitlines()
    assert lines[:11] == ["first"] + [f"line {n}" for n in range(10)]
    assert lines[11] == "[15 lines not shown: the output could not keep up]"
