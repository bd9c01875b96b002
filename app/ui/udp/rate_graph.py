"""A small live graph of the receive rate, painted by hand (no charting module needed)."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.i18n import format_decimal
from app.ui.theme import status_color


def format_rate(value: float) -> str:
    """`950/s`, `12.3k/s`, `1.2M/s` (`12,3k/s` in Russian)."""
    if value >= 1_000_000:
        return f"{format_decimal(value / 1_000_000, 1)}M/s"
    if value >= 10_000:
        return f"{format_decimal(value / 1000, 0)}k/s"
    if value >= 1000:
        return f"{format_decimal(value / 1000, 1)}k/s"
    return f"{format_decimal(value, 0)}/s"


class RateGraph(QWidget):
    """The last `capacity` rate samples as a filled line, scaled to the peak shown."""

    def __init__(self, capacity: int = 150, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._samples: deque[float] = deque(maxlen=capacity)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(48)
        self.retranslate()

    def retranslate(self) -> None:
        """Put the graph's words in the window's language (the drawn ones on repaint)."""
        self.setAccessibleName(self.tr("Receive rate graph"))
        self.setToolTip(self.tr("Datagrams per second over the last 15 seconds"))
        self._describe()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(260, 56)

    def add_sample(self, value: float) -> None:
        """Append one rate sample (datagrams per second) and repaint."""
        self._samples.append(max(0.0, value))
        self._describe()
        self.update()

    def _describe(self) -> None:
        """What a screen reader says about the graph: the two figures it draws."""
        if not self._samples:
            self.setAccessibleDescription("")
            return
        self.setAccessibleDescription(
            #: {peak} and {now} are rates such as 950/s or 12.3k/s (datagrams per second).
            self.tr("peak {peak}, now {now}").format(
                peak=format_rate(max(self._samples)), now=format_rate(self._samples[-1])
            )
        )

    def clear(self) -> None:
        """Forget every sample."""
        self._samples.clear()
        self.setAccessibleDescription("")
        self.update()

    def samples(self) -> list[float]:
        """The samples shown, oldest first."""
        return list(self._samples)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        area = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(area, palette.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(area)
        samples = self._samples
        peak = max(samples, default=0.0)
        text_color = status_color("muted", palette, palette.color(QPalette.ColorRole.Base))
        painter.setPen(text_color)
        font = painter.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        inner = area.adjusted(4, 1, -4, -1)
        if not samples:
            painter.drawText(
                inner, Qt.AlignmentFlag.AlignCenter, self.tr("rate graph: no traffic yet")
            )
            return
        painter.drawText(
            inner,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            self.tr("peak {rate}").format(rate=format_rate(peak)),
        )
        painter.drawText(
            inner,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            self.tr("now {rate}").format(rate=format_rate(samples[-1])),
        )
        # The plot sits under the text line, so the labels never cover the curve.
        plot = area.adjusted(1, painter.fontMetrics().height() + 2, -1, -1)
        capacity = samples.maxlen or len(samples)
        step = plot.width() / max(capacity - 1, 1)
        scale = (plot.height() - 1) / peak if peak > 0 else 0.0
        bottom = plot.bottom()
        x0 = plot.right() - step * (len(samples) - 1)
        points = [QPointF(x0 + i * step, bottom - value * scale) for i, value in enumerate(samples)]
        area_path = QPainterPath(QPointF(x0, bottom))
        for point in points:
            area_path.lineTo(point)
        area_path.lineTo(QPointF(plot.right(), bottom))
        area_path.closeSubpath()
        accent = palette.color(QPalette.ColorRole.Highlight)
        fill = QColor(accent)
        fill.setAlpha(60)
        painter.fillPath(area_path, fill)
        line = QPainterPath(points[0])
        for point in points[1:]:
            line.lineTo(point)
        painter.setPen(QPen(accent, 1.5))
        painter.drawPath(line)
