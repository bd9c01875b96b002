"""A GUI-thread recorder for the signals of a worker or an EngineRun."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot


class Recorder(QObject):
    """Lives in the GUI thread and keeps every event, failure and finish it is sent."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list = []
        self.failures: list = []
        self.finished = 0

    @Slot(object)
    def on_events(self, batch: list) -> None:
        self.events.extend(batch)

    @Slot(object)
    def on_failed(self, message: object) -> None:
        self.failures.append(message)

    @Slot()
    def on_finished(self) -> None:
        self.finished += 1

    def of_type(self, kind) -> list:
        return [event for event in self.events if isinstance(event, kind)]
