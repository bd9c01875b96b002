"""BlockingCall: run one blocking function (read and decode a file) off the GUI thread.

The function runs on a Python thread of its own; its result or its exception comes back
to the GUI thread as a queued signal, so the window keeps painting while a capture file
of a hundred thousand frames is read and decoded.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from app.workers.engine_worker import crash_message

log = logging.getLogger("socketlab.workers")


class BlockingCall(QObject):
    """Calls `function()` on a thread; exactly one of `done` and `failed` follows.

    `expected` lists the exception types whose message is shown as it is (a file that
    cannot be read); any other exception is reported as an internal error.

    Signals:
        done(object): the function's result.
        failed(object): why it failed, a Message or text (show it with translate_message).
    """

    done = Signal(object)
    failed = Signal(object)
    # From the thread to this object: queued, because it lives in the GUI thread.
    _result = Signal(object)
    _error = Signal(object)

    def __init__(
        self,
        function: Callable[[], Any],
        expected: tuple[type[BaseException], ...] = (),
        name: str = "blocking call",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._function = function
        self._expected = expected
        self._name = name
        self._thread: threading.Thread | None = None
        self._result.connect(self._on_result)
        self._error.connect(self._on_error)

    def start(self) -> None:
        """Start the call (what happens arrives as signals)."""
        self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
        self._thread.start()

    def is_running(self) -> bool:
        """True while the function runs."""
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float = 10.0) -> bool:
        """Wait for the thread to end (on close); True when it did."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.is_running()

    def _run(self) -> None:
        try:
            result = self._function()
        except self._expected as exc:
            self._emit(self._error, exc)
            return
        except Exception as exc:  # a fault: said in words, not swallowed
            log.exception("%s failed", self._name)
            summary = traceback.format_exception_only(type(exc), exc)[-1].strip()
            self._emit(self._error, crash_message(self._name, summary))
            return
        self._emit(self._result, result)

    def _emit(self, signal: Signal, value: object) -> None:
        # RuntimeError: the object was deleted (its window closed); nobody to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)  # type: ignore[attr-defined]

    @Slot(object)
    def _on_result(self, result: object) -> None:
        self.done.emit(result)

    @Slot(object)
    def _on_error(self, error: object) -> None:
        self.failed.emit(error)
