"""The sequence diagram: one conversation's packets as arrows between two lifelines.

The left lifeline is the client (the decoder's `extra["client"]`, else the side that
sent the SYN, else the first packet's sender), the right one the server. Each packet is
a horizontal arrow labelled the way Wireshark's Flow Graph labels it ("SYN, ACK seq=0
ack=1"); the handshake's arrows carry the step numbers 1, 2, 3, and once both sides'
FINs are acknowledged a note says which side waits in TIME_WAIT.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.packets.model import Packet
from app.ui.i18n import translate_message, window_numbers
from app.ui.packets.packet_model import endpoint_text
from app.ui.theme import status_color

#: At most this many arrows are drawn (a flood's conversation can be 10,000 packets).
MAX_ARROWS = 500

# Wireshark's order of TCP flags in a label ("FIN, PSH, ACK").
_FLAG_ORDER = ("FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR")
_FLAG_LETTERS = {
    "F": "FIN",
    "S": "SYN",
    "R": "RST",
    "P": "PSH",
    "A": "ACK",
    ".": "ACK",
    "U": "URG",
    "E": "ECE",
    "C": "CWR",
    "W": "CWR",
}


def tcp_flags(flags: str) -> list[str]:
    """The flags of `flags` ("SYN, ACK", "SYN|ACK", "SA" or tcpdump's "S.") in Wireshark's
    order, as names."""
    text = flags.replace("[", " ").replace("]", " ")
    words = [word for word in text.replace(",", " ").replace("|", " ").split() if word]
    names: set[str] = set()
    for word in words:
        upper = word.upper()
        if upper in _FLAG_ORDER:
            names.add(upper)
        elif all(letter in _FLAG_LETTERS for letter in upper):
            names.update(_FLAG_LETTERS[letter] for letter in upper)
    return [name for name in _FLAG_ORDER if name in names]


def is_tcp(packet: Packet) -> bool:
    """True for a TCP segment (whatever the application above it)."""
    return packet.seq is not None or any(layer.name == "TCP" for layer in packet.layers)


def arrow_label(packet: Packet) -> str:
    """`SYN seq=0`, `PSH, ACK seq=1 ack=1 len=5`; for UDP, ICMP, ARP the packet's summary."""
    if is_tcp(packet):
        flags = tcp_flags(packet.flags)
        parts = [", ".join(flags)] if flags else []
        if packet.seq is not None:
            parts.append(f"seq={packet.seq}")
        if packet.ack is not None and "ACK" in flags:
            parts.append(f"ack={packet.ack}")
        if packet.length:
            parts.append(f"len={packet.length}")
        return " ".join(parts)
    summary = translate_message(packet.summary) if packet.summary else ""
    if summary:
        return summary
    return f"{packet.proto} len={packet.length}" if packet.length else packet.proto


def _endpoint(value: object) -> str:
    """An endpoint in `extra["client"]` ("1.2.3.4:5", a (host, port) tuple) as text."""
    if isinstance(value, tuple | list) and len(value) >= 2:
        return endpoint_text(str(value[0]), int(value[1]) if value[1] is not None else None)
    return str(value)


def sender(packet: Packet) -> str:
    """The endpoint that sent `packet`, as text."""
    return endpoint_text(packet.src, packet.sport)


def receiver(packet: Packet) -> str:
    """The endpoint `packet` went to, as text."""
    return endpoint_text(packet.dst, packet.dport)


def client_of(packets: list[Packet]) -> str:
    """The conversation's client: the decoder's word, else the SYN's sender, else the
    first packet's sender."""
    for packet in packets:
        client = packet.extra.get("client")
        if client:
            return _endpoint(client)
    for packet in packets:
        flags = tcp_flags(packet.flags) if is_tcp(packet) else []
        if "SYN" in flags and "ACK" not in flags:
            return sender(packet)
    return sender(packets[0]) if packets else ""


def time_wait_sender(packets: list[Packet]) -> str | None:
    """The endpoint that ends in TIME_WAIT: the one that sent the first FIN, once both
    FINs were sent and the second one acknowledged; None before that (or after a RST)."""
    first_fin: Packet | None = None
    second_fin: Packet | None = None
    for packet in packets:
        if not is_tcp(packet):
            return None
        flags = tcp_flags(packet.flags)
        if "RST" in flags:
            return None
        if "FIN" in flags:
            if first_fin is None:
                first_fin = packet
            elif second_fin is None and sender(packet) != sender(first_fin):
                second_fin = packet
                continue
        if second_fin is not None and sender(packet) == sender(first_fin) and "ACK" in flags:
            return sender(first_fin)
    return None


class Arrow(NamedTuple):
    """One arrow: its label, its direction, its step mark ("1", "2", "3" or "")."""

    label: str
    left_to_right: bool
    step: str
    packet: Packet


class SequenceDiagram(QWidget):
    """Draws one conversation; put it in a QScrollArea (it grows with the arrows).

    Signals:
        packet_clicked(object): the Packet whose arrow was clicked.
    """

    packet_clicked = Signal(object)

    MARGIN = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._arrows: list[Arrow] = []
        self._left = ""
        self._right = ""
        self._selected: Packet | None = None
        self._time_wait: str | None = None  # "left", "right" or None
        self._cut = 0  # arrows not drawn
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(self.tr("Sequence diagram"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def retranslate(self) -> None:
        """The arrows' labels, the description and the notes in the window's language."""
        self.setAccessibleName(self.tr("Sequence diagram"))
        self._arrows = [arrow._replace(label=arrow_label(arrow.packet)) for arrow in self._arrows]
        self.setAccessibleDescription(self._describe())
        self.updateGeometry()
        self.adjustSize()
        self.update()  # the notes and the placeholder are drawn in the new words

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----------------------------------------------------------------- contents
    def set_conversation(self, packets: list[Packet], selected: Packet | None = None) -> None:
        """Show `packets` (one conversation, oldest first) with `selected` highlighted."""
        self._selected = selected
        self._cut = 0
        if len(packets) > MAX_ARROWS:
            index = next((i for i, p in enumerate(packets) if p is selected), 0)
            start = max(0, min(index - MAX_ARROWS // 2, len(packets) - MAX_ARROWS))
            self._cut = len(packets) - MAX_ARROWS
            shown = packets[start : start + MAX_ARROWS]
        else:
            shown = packets
        client = client_of(packets)
        server = ""
        for packet in packets:
            if sender(packet) != client:
                server = sender(packet)
                break
            if receiver(packet) != client:
                server = receiver(packet)
                break
        self._left, self._right = client, server
        self._arrows = [
            Arrow(
                arrow_label(packet),
                sender(packet) == client,
                str(packet.extra.get("handshake_step") or ""),
                packet,
            )
            for packet in shown
        ]
        waiting = time_wait_sender(packets) if packets else None
        self._time_wait = None if waiting is None else ("left" if waiting == client else "right")
        self.setAccessibleDescription(self._describe())
        self.updateGeometry()
        self.adjustSize()
        self.update()

    def clear(self) -> None:
        """Show nothing."""
        self.set_conversation([])

    def arrows(self) -> list[tuple[str, bool, str]]:
        """Every drawn arrow as (label, left to right, step mark), top to bottom."""
        return [(arrow.label, arrow.left_to_right, arrow.step) for arrow in self._arrows]

    def lifelines(self) -> tuple[str, str]:
        """The client's and the server's endpoints (left and right titles)."""
        return self._left, self._right

    def time_wait_side(self) -> str | None:
        """ "left" or "right": the side whose note says it ends in TIME_WAIT."""
        return self._time_wait

    def note_text(self) -> str:
        """The note at the bottom (empty when there is none)."""
        if self._time_wait is None:
            return ""
        return self.tr(
            "TIME_WAIT: this side sent the first FIN, so it keeps the connection's "
            "address pair for twice the MSL (60 s on Linux) to catch late segments."
        )

    def _describe(self) -> str:
        lines = [f"{self._left} → {self._right}"] if self._arrows else []
        for arrow in self._arrows:
            direction = "→" if arrow.left_to_right else "←"
            step = f"{arrow.step}. " if arrow.step else ""
            lines.append(f"{step}{direction} {arrow.label}")
        return "\n".join(lines)

    # ----------------------------------------------------------------- geometry
    def row_height(self) -> int:
        """The height of one arrow's row."""
        return self.fontMetrics().height() * 2 + 6

    def arrow_top(self, packet: Packet) -> int | None:
        """Where `packet`'s arrow row starts (None when it is not drawn)."""
        for row, arrow in enumerate(self._arrows):
            if arrow.packet is packet:
                return self._header_height() + row * self.row_height()
        return None

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 2 * self.MARGIN

    def _note_height(self, width: int) -> int:
        if self._time_wait is None and not self._cut:
            return 0
        text = self.note_text() or self._cut_text()
        rect = self.fontMetrics().boundingRect(
            0, 0, max(width // 2, 120), 10_000, Qt.TextFlag.TextWordWrap, text
        )
        return rect.height() + 2 * self.MARGIN + (self.fontMetrics().height() if self._cut else 0)

    def _cut_text(self) -> str:
        with window_numbers():
            return self.tr("%Ln more packet(s) of this conversation are not drawn.", "", self._cut)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 280)
        rows = len(self._arrows)
        height = self._header_height() + rows * self.row_height() + self._note_height(width)
        return QSize(280, max(height + self.MARGIN, 120))

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def _lines_x(self) -> tuple[float, float]:
        width = self.width()
        return width * 0.18, width * 0.82

    # ----------------------------------------------------------------- painting
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text_colour = palette.color(QPalette.ColorRole.Text)
        line_colour = palette.color(QPalette.ColorRole.Mid)
        if not self._arrows:
            painter.setPen(status_color("muted", palette, palette.color(QPalette.ColorRole.Base)))
            painter.drawText(
                self.rect().adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Select a packet to see its conversation."),
            )
            return
        left_x, right_x = self._lines_x()
        header = self._header_height()
        rows_bottom = header + len(self._arrows) * self.row_height()
        # Titles and lifelines.
        title_width = int(self.width() * 0.36) - 4
        painter.setPen(text_colour)
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        for x, title in ((left_x, self._left), (right_x, self._right)):
            shown = painter.fontMetrics().elidedText(
                title, Qt.TextElideMode.ElideMiddle, title_width
            )
            rect = QRectF(x - title_width / 2, self.MARGIN, title_width, metrics.height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown)
        painter.setFont(self.font())
        painter.setPen(QPen(line_colour, 2))
        for x in (left_x, right_x):
            painter.drawLine(QPointF(x, header - 4), QPointF(x, rows_bottom))
        # Arrows.
        highlight = palette.color(QPalette.ColorRole.Highlight)
        highlighted_text = palette.color(QPalette.ColorRole.HighlightedText)
        row_height = self.row_height()
        for row, arrow in enumerate(self._arrows):
            top = header + row * row_height
            selected = arrow.packet is self._selected
            colour = text_colour
            if selected:
                painter.fillRect(QRectF(0, top, self.width(), row_height), highlight)
                colour = highlighted_text
            y = top + row_height - 8
            start, end = (left_x, right_x) if arrow.left_to_right else (right_x, left_x)
            painter.setPen(QPen(colour, 1.5))
            painter.drawLine(QPointF(start, y), QPointF(end, y))
            head = 7 if arrow.left_to_right else -7
            painter.setBrush(colour)
            painter.drawPolygon(
                QPolygonF([QPointF(end, y), QPointF(end - head, y - 4), QPointF(end - head, y + 4)])
            )
            label_rect = QRectF(left_x + 4, top + 2, right_x - left_x - 8, metrics.height())
            label = metrics.elidedText(
                arrow.label, Qt.TextElideMode.ElideRight, int(label_rect.width())
            )
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, label)
            if arrow.step:
                self._draw_step(painter, start, y, arrow.step, selected)
        # The note.
        note = self.note_text()
        note_top = rows_bottom + self.MARGIN
        if self._cut:
            painter.setPen(status_color("muted", palette, palette.color(QPalette.ColorRole.Base)))
            painter.drawText(
                QRectF(self.MARGIN, note_top, self.width() - 2 * self.MARGIN, metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                self._cut_text(),
            )
            note_top += metrics.height() + 4
        if note:
            x = left_x if self._time_wait == "left" else right_x
            width = max(self.width() // 2, 120)
            left = min(max(x - width / 2, 2), self.width() - width - 2)
            bounds = metrics.boundingRect(0, 0, width - 12, 10_000, Qt.TextFlag.TextWordWrap, note)
            box = QRectF(left, note_top, width, bounds.height() + 12)
            painter.setPen(QPen(line_colour, 1))
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(text_colour)
            painter.drawText(box.adjusted(6, 6, -6, -6), Qt.TextFlag.TextWordWrap, note)

    def _draw_step(self, painter: QPainter, x: float, y: float, step: str, selected: bool) -> None:
        """A numbered disc on the arrow's tail."""
        palette = self.palette()
        radius = self.fontMetrics().height() * 0.55
        fill = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        )
        text = palette.color(
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.HighlightedText
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(QPointF(x, y), radius, radius)
        painter.setPen(text)
        painter.drawText(
            QRectF(x - radius, y - radius, 2 * radius, 2 * radius),
            Qt.AlignmentFlag.AlignCenter,
            step,
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on an arrow selects its packet."""
        row = int((event.position().y() - self._header_height()) // self.row_height())
        if 0 <= row < len(self._arrows) and event.position().y() >= self._header_height():
            self.packet_clicked.emit(self._arrows[row].packet)
        super().mousePressEvent(event)
