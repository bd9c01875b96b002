"""Every tab fits a small screen, in every language.

At 1024x600 the window shows each tab (and each Diagnostics and Subnet page) without
growing by itself, and its minimum size stays within 1024x600. At 800x600 no two
widgets of one layout are drawn on top of each other: panels scroll instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLayout, QWidget

from app.ui.main_window import MainWindow
from app.ui.tabs import TABS

SMALL = (1024, 600)
SMALLER = (800, 600)


@pytest.fixture
def small_window(qtbot) -> Iterator[Callable[[], MainWindow]]:
    """Opens the main window at 1024x600 (after the test installed its language)."""
    opened: list[MainWindow] = []

    def open_window() -> MainWindow:
        main = MainWindow()
        qtbot.addWidget(main)
        main.resize(*SMALL)
        main.show()
        qtbot.waitExposed(main)
        opened.append(main)
        return main

    yield open_window
    for main in opened:
        main.close()


def settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(20)
    QApplication.processEvents()


def scenes(qtbot, key: str, tab: QWidget) -> list[tuple[str, Callable[[], object]]]:
    """The pages of a tab that show other controls."""
    if key == "diagnostics":

        def panel(index: int) -> Callable[[], object]:
            def show() -> None:
                tab.show_panel(index)
                refresh = getattr(tab.panels[index][1], "refresh_button", None)
                if refresh is not None:  # reading (interfaces, ARP): wait until it is done
                    qtbot.waitUntil(refresh.isEnabled, timeout=10_000)

            return show

        return [(f"diagnostics, {title}", panel(i)) for i, (title, _) in enumerate(tab.panels)]
    if key == "subnet":

        def page(index: int) -> Callable[[], object]:
            return lambda: tab.pages.setCurrentIndex(index)

        return [(f"subnet, page {i}", page(i)) for i in range(tab.pages.count())]
    return [(key, lambda: None)]


def walk(qtbot, window: MainWindow) -> Iterator[str]:
    """Show every tab and page in turn; yields the scene's name once it is shown."""
    for index, spec in enumerate(TABS):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda key=spec.key: window.tab_widget(key) is not None)
        tab = window.tab_widget(spec.key)
        settle(qtbot)
        for scene, show in scenes(qtbot, spec.key, tab):
            show()
            settle(qtbot)
            yield scene


def laid_out(layout: QLayout) -> list[QWidget]:
    """The widgets a layout (and the layouts in it) places."""
    widgets: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            widgets.append(item.widget())
        elif item.layout() is not None:
            widgets += laid_out(item.layout())
    return widgets


def overlaps(root: QWidget) -> list[str]:
    """Pairs of visible widgets of one layout whose rectangles meet. (A scroll area's
    viewport has no layout: what it holds may overflow, that is the point.)"""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.layout() is None:
            continue
        shown = [
            child
            for child in laid_out(widget.layout())
            if child.isVisible() and child.width() > 0 and child.height() > 0
        ]
        for position, first in enumerate(shown):
            for second in shown[position + 1 :]:
                if first.geometry().intersects(second.geometry()):
                    found.append(f"{describe(first)} and {describe(second)} in {describe(widget)}")
    return found


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    label = text() if callable(text) and hasattr(widget, "setText") else ""
    return f"{type(widget).__name__} {widget.objectName() or label!r}"


@pytest.mark.parametrize("code", ["en", "ru", "zh_CN"])
def test_every_tab_fits_a_small_screen(qtbot, small_window, language, code: str) -> None:
    if code != "en":
        assert language(code)
    window = small_window()
    for scene in walk(qtbot, window):
        size = window.size()
        assert (size.width(), size.height()) == SMALL, f"{code}, {scene}: the window grew"
        minimum = window.minimumSizeHint()
        assert minimum.width() <= SMALL[0] and minimum.height() <= SMALL[1], (
            f"{code}, {scene}: the window needs at least {minimum.width()}x{minimum.height()}"
        )
    window.resize(*SMALLER)
    for scene in walk(qtbot, window):
        assert not overlaps(window), f"{code}, {scene}: drawn on top of each other: " + "; ".join(
            overlaps(window)
        )


def cut_texts(window: MainWindow) -> list[str]:
    """Texts of the Subnet and Diagnostics tabs that are not shown whole."""
    from PySide6.QtWidgets import QCheckBox, QTableView

    from app.ui.subnet_tab import ResultValue

    found = [
        f"result {value.objectName()}: {value.text()!r}"
        for value in window.findChildren(ResultValue)
        if value.isVisible() and not value.fits()
    ]
    for check in window.findChildren(QCheckBox):
        if check.isVisible() and check.width() < check.sizeHint().width():
            found.append(
                f"check box {check.text()!r}: {check.width()} < {check.sizeHint().width()}"
            )
    for view in window.findChildren(QTableView):
        model = view.model()
        if not view.isVisible() or model is None or model.rowCount() == 0:
            continue
        metrics = view.fontMetrics()
        for column in range(model.columnCount()):
            for row in range(min(model.rowCount(), 64)):
                text = model.data(model.index(row, column))
                if not isinstance(text, str) or "\n" in text:
                    continue
                font = model.data(model.index(row, column), Qt.ItemDataRole.FontRole)
                width = (QFontMetrics(font) if font is not None else metrics).horizontalAdvance(
                    text
                )
                if width + 12 > view.columnWidth(column):  # 6 px padding each side
                    found.append(f"{view.accessibleName()} column {column}: {text!r}")
                    break
    return found


@pytest.mark.parametrize("code", ["en", "ru", "zh_CN"])
@pytest.mark.parametrize("size", [SMALL, SMALLER])
def test_subnet_and_diagnostics_texts_are_shown_whole(
    qtbot, small_window, language, code: str, size: tuple[int, int]
) -> None:
    """The /31 notes, the VLSM masks, the sockets' programs and the check boxes are
    never cut: they wrap, or their column is as wide as they are."""
    if code != "en":
        assert language(code)
    window = small_window()
    window.resize(*size)
    subnet = None
    for scene in walk(qtbot, window):
        if scene.startswith("subnet"):
            subnet = window.tab_widget("subnet")
            if subnet.address_edit.text() != "10.0.0.7/31":
                subnet.address_edit.setText("10.0.0.7/31")
                subnet.vlsm_edit.setPlainText("A 100\nB 50\nC 25\nD 10\nE 5\nF 2")
            settle(qtbot)
        elif not scene.startswith("diagnostics"):
            continue
        assert not cut_texts(window), f"{code}, {size}, {scene}: " + "; ".join(cut_texts(window))
    assert subnet is not None
    broadcast = subnet._field_widgets["broadcast"][1]
    assert "RFC 3021" in broadcast.text()
