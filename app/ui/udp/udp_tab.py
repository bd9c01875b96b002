"""The UDP tab: the sender and saved packets on the left, the receiver on the right,
the socket calls of both in the Events pane underneath."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from app.core.udp.saved_packets import SavedPacket
from app.ui.events_pane import EventsPane
from app.ui.scrolling import scrolled
from app.ui.settings import app_settings, read_setting
from app.ui.udp.receiver_panel import ReceiverPanel
from app.ui.udp.saved_packets_box import SavedPacketsBox
from app.ui.udp.sender_panel import SenderPanel

EVENTS_EXPANDED_KEY = "udp/events_expanded"
EVENTS_HEIGHT = 110
_NO_LIMIT = 16_777_215  # QWIDGETSIZE_MAX


class UdpTab(QWidget):
    """Send and receive UDP datagrams: unicast, broadcast and multicast."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sender_panel = SenderPanel()
        self.saved_packets = SavedPacketsBox()
        self.receiver_panel = ReceiverPanel()
        self.events_pane = EventsPane(sides=("sender", "receiver"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.sender_panel)
        left_layout.addWidget(self.saved_packets, 1)

        self.columns = QSplitter(Qt.Orientation.Horizontal)
        # Both columns scroll in a small window rather than squeeze their rows together.
        self.columns.addWidget(scrolled(left, min_width=240))
        self.columns.addWidget(scrolled(self.receiver_panel, min_width=280))
        self.columns.setStretchFactor(0, 2)
        self.columns.setStretchFactor(1, 3)
        self.columns.setSizes([460, 620])
        self.columns.setChildrenCollapsible(False)

        self.rows = QSplitter(Qt.Orientation.Vertical)
        self.rows.addWidget(self.columns)
        self.rows.addWidget(self.events_pane)
        self.rows.setStretchFactor(0, 1)
        self.rows.setStretchFactor(1, 0)
        self.rows.setSizes([560, EVENTS_HEIGHT])
        self.rows.setChildrenCollapsible(False)
        self._events_height = EVENTS_HEIGHT
        self._events_expanded = True

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.rows)
        self._connect_signals()
        self._restore_settings()

    def _connect_signals(self) -> None:
        """Every connection of the tab, in one place."""
        self.sender_panel.trace_events.connect(self.events_pane.append_events)
        self.receiver_panel.trace_events.connect(self.events_pane.append_events)
        self.saved_packets.save_requested.connect(self._save_current_packet)
        self.saved_packets.load_requested.connect(self.sender_panel.load_packet)
        self.saved_packets.send_requested.connect(self.sender_panel.send_packet)
        # The pane shows or hides its log; the splitter must then give the room back.
        self.events_pane.view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.events_pane.view and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self._fit_events_pane()
        return False

    def _fit_events_pane(self) -> None:
        """Shrink the splitter's bottom part to the pane's header when it is collapsed."""
        expanded = self.events_pane.is_expanded()
        if expanded == self._events_expanded:
            return
        self._events_expanded = expanded
        top, bottom = self.rows.sizes()
        if expanded:
            self.events_pane.setMaximumHeight(_NO_LIMIT)
            height = self._events_height
            self.rows.setSizes([max(top + bottom - height, 0), height])
        else:
            self._events_height = max(bottom, EVENTS_HEIGHT // 2)
            header = self.events_pane.sizeHint().height()
            self.events_pane.setMaximumHeight(header)
            self.rows.setSizes([top + bottom - header, header])

    @Slot(str)
    def _save_current_packet(self, name: str) -> None:
        packet: SavedPacket = self.sender_panel.current_packet(name)
        self.saved_packets.add_packet(packet)

    def _restore_settings(self) -> None:
        settings = app_settings()
        self.sender_panel.restore_settings(settings)
        self.receiver_panel.restore_settings(settings)
        self.events_pane.set_expanded(read_setting(EVENTS_EXPANDED_KEY, True, settings))

    def current_port(self) -> int | None:
        """The receiver's bound port while it runs, else the sender's target port."""
        engine = self.receiver_panel.engine
        if engine is not None and self.receiver_panel.is_running() and engine.bound_port:
            return int(engine.bound_port)
        _, _, port = self.sender_panel.target_edit.text().strip().rpartition(":")
        return int(port) if port.isdigit() and 0 < int(port) < 65536 else None

    def busy_reason(self) -> str | None:
        """Why quitting now would cut something off (the sender sending), or None."""
        if self.sender_panel.is_sending():
            return self.tr("The UDP sender is still sending.")
        return None

    def save_settings(self) -> None:
        """Remember both forms and the Events pane's state."""
        settings = app_settings()
        self.sender_panel.save_settings(settings)
        self.receiver_panel.save_settings(settings)
        settings.setValue(EVENTS_EXPANDED_KEY, self.events_pane.is_expanded())
        settings.sync()

    def shutdown(self) -> None:
        """Save the forms and stop both engines' threads (the window calls this on close)."""
        self.save_settings()
        self.sender_panel.shutdown()
        self.receiver_panel.shutdown()
