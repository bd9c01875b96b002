"""app/ui/focus.py: Tab order for widgets built after their window, and buddy labels."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.ui.focus import buddy_label, focus_chain, place_after, set_tab_order


def test_a_page_built_late_is_moved_to_where_it_is_seen(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    first, last = QLineEdit(), QPushButton("Last")
    layout.addWidget(first)
    layout.addWidget(last)
    late = QWidget()
    row = QHBoxLayout(late)
    late_edit, late_button = QLineEdit(), QPushButton("Late")
    row.addWidget(late_edit)
    row.addWidget(late_button)
    layout.insertWidget(1, late)  # shown between the two, but Qt chains it last
    assert focus_chain(window) == [first, last, late_edit, late_button]
    place_after(first, late)
    assert focus_chain(window) == [first, late_edit, late_button, last]
    set_tab_order(last, late_edit)
    assert focus_chain(window) == [first, late_button, last, late_edit]


def test_buddy_label_names_its_field(qtbot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    label = buddy_label("Host:", field)
    qtbot.addWidget(label)
    assert isinstance(label, QLabel) and label.buddy() is field and label.text() == "Host:"
