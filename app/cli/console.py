"""A console writer that never blocks the engine's loop.

`socketlab serve | less` used to freeze the room: the server printed from its loop
thread, and once the pipe was full (less waits for a key) `write()` blocked and nobody
was relayed. Here the loop only appends lines to a bounded queue; a daemon thread
writes them. When the reader cannot keep up, new lines are dropped and counted, and
the count is printed once the writer gets through again.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import TextIO

# Lines that may wait for a slow terminal or pipe before new ones are dropped.
DEFAULT_BACKLOG = 10_000


class BackgroundConsole:
    """Lines queued by any thread, written to `stream` by a thread of their own."""

    def __init__(self, stream: TextIO, *, backlog: int = DEFAULT_BACKLOG) -> None:
        self.stream = stream
        self.backlog = backlog
        self.dropped = 0
        self._lines: deque[str] = deque()
        self._condition = threading.Condition()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="console writer", daemon=True)
        self._thread.start()

    def write_lines(self, lines: list[str]) -> None:
        """Queue lines (never blocks); beyond the backlog they are counted, not kept."""
        with self._condition:
            room = self.backlog - len(self._lines)
            if room < len(lines):
                self.dropped += len(lines) - max(room, 0)
                lines = lines[: max(room, 0)]
            self._lines.extend(lines)
            self._condition.notify()

    def close(self, timeout: float = 2.0) -> None:
        """Write what is queued (waiting at most `timeout` s for a stuck reader)."""
        with self._condition:
            self._closed = True
            self._condition.notify()
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._condition:
                while not self._lines and not self._closed:
                    self._condition.wait()
                if not self._lines and self._closed:
                    return
                lines = list(self._lines)
                self._lines.clear()
                dropped, self.dropped = self.dropped, 0
            if dropped:
                lines.append(f"[{dropped:,} lines not shown: the output could not keep up]")
            try:
                self.stream.write("\n".join(lines) + "\n")
                self.stream.flush()
            except (OSError, ValueError):  # the reader went away: nothing more to show
                with self._condition:
                    self._lines.clear()
                    self._closed = True
                return
