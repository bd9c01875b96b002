"""Keyboard focus helpers: tab order for widgets built late, and a visible focus ring.

Qt puts a widget at the end of its window's focus chain when it is added, so a page or
a row built after the window (the raw terminal, search results, the Subnet results)
would be reached last with Tab, after the Events pane. `place_after()` moves it to where
it is seen. `FocusRing` draws a frame around a focused list, table or text view, which
most styles (Fusion among them) leave unmarked.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Slot
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QPalette, QPen, QShortcut
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget


def takes_tab_focus(widget: QWidget) -> bool:
    """True if Tab can stop on `widget` itself (a focus proxy hands it on: no stop)."""
    policy = widget.focusPolicy()
    return (policy & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus and (
        widget.focusProxy() is None
    )


def focus_chain(container: QWidget) -> list[QWidget]:
    """The widgets Tab can stop on in `container` (itself included), in focus-chain order.

    Hidden and disabled ones are listed too: they keep their place for when they show.
    """
    found = [container] if takes_tab_focus(container) else []
    widget = container.nextInFocusChain()
    while widget is not container:
        if container.isAncestorOf(widget) and takes_tab_focus(widget):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def set_tab_order(*widgets: QWidget) -> None:
    """Tab goes through `widgets` in this order (each is moved right after the one before)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A label naming `field`: screen readers read it when the field has the focus."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def add_shortcut(
    widget: QWidget,
    key: QKeySequence | QKeySequence.StandardKey | Qt.Key | str,
    slot: Callable[[], object],
    *,
    children: bool = False,
    description: str = "",
) -> QShortcut:
    """A key for `widget` alone (or, with `children`, for anything focused inside it).

    `description` (translated; its "&" is dropped) names what the key does in
    Help > Keyboard shortcuts.
    """
    shortcut = QShortcut(QKeySequence(key), widget)
    if description:
        shortcut.setWhatsThis(description.replace("&", ""))
    context = Qt.ShortcutContext
    shortcut.setContext(context.WidgetWithChildrenShortcut if children else context.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def on_enter(widget: QWidget, slot: Callable[[], object]) -> None:
    """Return and the keypad's Enter call `slot` while `widget` has the focus."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        add_shortcut(widget, key, slot)


def place_after(anchor: QWidget, container: QWidget) -> None:
    """Move the focusable widgets of `container` right after those of `anchor`."""
    before = focus_chain(anchor) or [anchor]
    widgets = [widget for widget in focus_chain(container) if widget not in before]
    if widgets:
        set_tab_order(before[-1], *widgets)


class FocusRing(QWidget):
    """A highlight-coloured frame over the focused list, table or text view of a window.

    A child of the window, above everything, letting clicks through; it follows
    QApplication.focusChanged. Line edits, buttons and boxes keep the style's own marks.
    """

    WIDTH = 2

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("focusRing")
        self.hide()
        self._target: QWidget | None = None
        self._watched: list[QWidget] = []
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def target(self) -> QWidget | None:
        """The widget the ring is drawn around (None when hidden)."""
        return self._target

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        in_window = new is not None and new.window() is self.window()
        self._follow(new if in_window and isinstance(new, QAbstractScrollArea) else None)

    def _follow(self, widget: QWidget | None) -> None:
        if widget is self._target:
            return
        for watched in self._watched:
            watched.removeEventFilter(self)
        if self._target is not None:
            self._target.destroyed.disconnect(self._on_target_destroyed)
        self._target = widget
        self._watched = []
        if widget is None:
            self.hide()
            return
        # The widget and its parents: a splitter moves a pane, not the view inside it.
        ancestor: QWidget | None = widget
        while ancestor is not None and ancestor is not self.window():
            ancestor.installEventFilter(self)
            self._watched.append(ancestor)
            ancestor = ancestor.parentWidget()
        widget.destroyed.connect(self._on_target_destroyed)
        self._place()

    @Slot()
    def _on_target_destroyed(self) -> None:
        self._target = None
        self._watched = []
        self.hide()

    def _place(self) -> None:
        widget = self._target
        if widget is None or not widget.isVisible():
            self.hide()
            return
        top_left = widget.mapTo(self.window(), widget.rect().topLeft())
        self.setGeometry(QRect(top_left, widget.size()))
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self._place()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), self.WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = self.WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))
