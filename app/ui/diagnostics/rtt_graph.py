"""A live round-trip-time graph: one point per reply, a red mark per lost request."""

from __future__ import annotations

import math
from collections import deque

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.theme import status_color


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^k that is >= value (axis tops: 0.1, 0.25, 50...)."""
    if value <= 0:
        return 1.0
    exponent = math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        candidate = step * 10**exponent
        if candidate >= value * (1 - 1e-9):
            return candidate
    return 10 ** (exponent + 1)


def format_ms(value: float) -> str:
    """Axis label: `0.05`, `2.5`, `12.5`, `120`."""
    if value == 0:
        return "0"
    if value >= 1000:
        return f"{value:.0f}"
    return f"{value:.3g}"  # 0.05, 2.5, 12.5, 120


class RttGraph(QWidget):
    """Plots the last `capacity` samples; a sample is an RTT in ms, or None when lost."""

    def __init__(self, capacity: int = 120, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.samples: deque[tuple[int, float | None]] = deque(maxlen=capacity)
        self.setMinimumSize(240, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.retranslate()

    def retranslate(self) -> None:
        """The graph's name and description in the window's language (its axis titles
        are drawn in it at the next paint)."""
        self.setAccessibleName(self.tr("Round-trip time graph"))
        if self.samples:
            self._describe()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def add_reply(self, sequence: int, rtt_ms: float) -> None:
        """Plot one reply."""
        self.samples.append((sequence, rtt_ms))
        self._describe()
        self.update()

    def add_lost(self, sequence: int) -> None:
        """Mark one lost request."""
        self.samples.append((sequence, None))
        self._describe()
        self.update()

    def clear(self) -> None:
        """Forget every sample."""
        self.samples.clear()
        self.setAccessibleDescription("")
        self.update()

    def _describe(self) -> None:
        """What a screen reader says about the graph: the last reply and the losses shown."""
        last = next((rtt for _seq, rtt in reversed(self.samples) if rtt is not None), None)
        lost = sum(1 for _seq, rtt in self.samples if rtt is None)
        shown = format_ms(last) if last is not None else "-"
        self.setAccessibleDescription(
            #: {rtt} is a round-trip time in milliseconds; {count} a number of lost requests.
            self.tr("last reply: {rtt} ms, lost: {count}").format(rtt=shown, count=lost)
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.windowText().color()
        grid_colour = palette.mid().color()
        painter.fillRect(self.rect(), palette.base())
        # Picked for the current palette on each paint: a theme switch repaints.
        background = palette.base().color()
        line_colour = status_color("info", palette, background)
        lost_colour = status_color("error", palette, background)
        metrics = self.fontMetrics()
        rtts = [rtt for _seq, rtt in self.samples if rtt is not None]
        top_value = nice_ceiling(max(rtts) * 1.1) if rtts else 1.0
        label_width = max(metrics.horizontalAdvance(format_ms(top_value)), 24) + 8
        plot = QRectF(
            label_width + 4,
            metrics.height() + 8,
            self.width() - label_width - 14,
            self.height() - 2 * metrics.height() - 20,
        )
        painter.setPen(text_colour)
        painter.drawText(
            QRectF(4, 2, self.width() - 8, metrics.height() + 4),
            Qt.AlignmentFlag.AlignLeft,
            self.tr("Round-trip time (ms)"),
        )
        if plot.width() <= 10 or plot.height() <= 10:
            return
        # Horizontal grid lines with their values.
        for index in range(5):
            value = top_value * index / 4
            y = plot.bottom() - plot.height() * index / 4
            painter.setPen(QPen(grid_colour, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, label_width, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                format_ms(value),
            )
        painter.setPen(QPen(grid_colour, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        if not self.samples:
            painter.setPen(status_color("muted", palette, background))
            painter.drawText(
                plot, Qt.AlignmentFlag.AlignCenter, self.tr("Replies appear here as a line.")
            )
            return
        capacity = self.samples.maxlen or len(self.samples)
        step = plot.width() / max(1, min(capacity, max(len(self.samples), 10)) - 1)

        def x_of(index: int) -> float:
            return plot.left() + index * step

        def y_of(rtt: float) -> float:
            return plot.bottom() - plot.height() * min(rtt, top_value) / top_value

        path = QPainterPath()
        started = False
        for index, (_seq, rtt) in enumerate(self.samples):
            if rtt is None:
                started = False  # a gap in the line where a request was lost
                continue
            point = QPointF(x_of(index), y_of(rtt))
            if started:
                path.lineTo(point)
            else:
                path.moveTo(point)
                started = True
        painter.setPen(QPen(line_colour, 2))
        painter.drawPath(path)
        painter.setBrush(line_colour)
        radius = 3 if step >= 6 else 2
        for index, (_seq, rtt) in enumerate(self.samples):
            if rtt is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(QPointF(x_of(index), y_of(rtt)), radius, radius)
            else:
                painter.setPen(QPen(lost_colour, 2))
                x = x_of(index)
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        # The sequence numbers of the first and last sample under the axis.
        painter.setPen(text_colour)
        first_seq, last_seq = self.samples[0][0], self.samples[-1][0]
        below = QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics.height() + 2)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, f"#{first_seq}")
        if len(self.samples) > 1:
            last_x = x_of(len(self.samples) - 1)
            last_rect = QRectF(last_x - 60, plot.bottom() + 4, 60, metrics.height() + 2)
            painter.drawText(last_rect, Qt.AlignmentFlag.AlignRight, f"#{last_seq}")
        lost = sum(1 for _seq, rtt in self.samples if rtt is None)
        if lost:
            painter.setPen(lost_colour)
            painter.drawText(
                QRectF(4, 2, self.width() - 8, metrics.height() + 4),
                Qt.AlignmentFlag.AlignRight,
                self.tr("lost: {count}").format(count=lost),
            )
