"""Inline field errors: never cut, never moving the buttons, never outliving their cause."""

from __future__ import annotations

import errno
import socket
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QVBoxLayout, QWidget

from app.core.errors import ErrorContext, describe_os_error
from app.core.events import ErrorEvent
from app.ui.field_error import FieldError
from app.ui.udp.udp_tab import UdpTab

LONG = (
    "The network is unreachable from this computer: check the cable or Wi-Fi, the routing "
    "table and the firewall; for UDP the OS reports it on the next send or receive, so the "
    "error may belong to an earlier datagram."
)


@pytest.fixture
def udp(qtbot) -> Iterator[UdpTab]:
    widget = UdpTab()
    qtbot.addWidget(widget)
    widget.resize(1024, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_a_long_error_in_a_narrow_form_shows_its_whole_text(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    form = QWidget()
    layout = QVBoxLayout(form)
    error = FieldError()
    layout.addWidget(error)
    layout.addWidget(QPushButton("Send"))
    layout.addStretch(1)
    window.setCentralWidget(form)
    window.resize(220, 400)
    window.show()
    qtbot.waitExposed(window)
    one_line = error.fontMetrics().lineSpacing()

    error.show_error(LONG)
    settle()
    assert error.text() == LONG  # whole, not elided
    assert error.wordWrap()
    assert error.toolTip() == LONG
    assert error.height() > 3 * one_line  # wrapped onto several lines
    assert error.height() >= error.heightForWidth(error.width())  # room for every line
    assert error.width() <= form.width()
    assert window.statusBar().currentMessage() == LONG

    error.clear_error()
    assert not error.isVisible()
    assert error.toolTip() == ""
    assert window.statusBar().currentMessage() == ""


def test_a_field_error_outside_a_main_window_needs_no_status_bar(qtbot) -> None:
    error = FieldError()
    qtbot.addWidget(error)
    error.show_error("Port 70000 is out of range 1-65535.")
    error.show()
    assert error.toolTip() == error.text()
    error.clear_error()
    assert not error.has_error()


def test_the_payload_error_does_not_move_the_send_button(qtbot, udp: UdpTab) -> None:
    sender = udp.sender_panel
    button = sender.send_button
    settle()

    def where() -> tuple[QPoint, int, int]:
        return button.mapTo(udp, QPoint(0, 0)), button.width(), button.height()

    before = where()
    sender.set_payload_format("hex")
    sender.payload_edit.setPlainText("48 6")  # a real error, shown as it is typed
    settle()
    assert sender.payload_error.isVisible()
    assert where() == before
    sender.payload_error.show_error(LONG)  # several lines: still nothing moves
    settle()
    assert where() == before
    sender.payload_edit.setPlainText("48 69")
    settle()
    assert not sender.payload_error.isVisible()
    assert where() == before


def test_not_sent_goes_when_its_error_is_fixed(qtbot, udp: UdpTab) -> None:
    sender = udp.sender_panel
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as taken:
        taken.bind(("0.0.0.0", 0))
        sender.target_edit.setText("127.0.0.1:9")
        sender.bind_spin.setValue(taken.getsockname()[1])
        assert sender.send_current()
        qtbot.waitUntil(lambda: sender.status_label.text().startswith("Not sent"), timeout=5000)
        assert sender.bind_error.has_error()
        sender.bind_spin.setValue(0)  # any local port: the cause is gone
        assert not sender.bind_error.has_error()
        assert sender.status_label.text() == "Ready."


def test_a_not_sent_line_stays_while_another_error_remains(qtbot, udp: UdpTab) -> None:
    sender = udp.sender_panel
    sender.general_error.show_error("The sender stopped unexpectedly.")
    sender.bind_error.show_error("Port 9 is already in use.")
    sender._not_sent = True
    sender.status_label.setText("Not sent: see the error above.")
    sender.bind_spin.setValue(1234)
    assert sender.status_label.text() == "Not sent: see the error above."
    sender.general_error.clear_error()
    assert sender.status_label.text() == "Ready."


def test_the_privileged_port_note_goes_when_the_port_changes(qtbot, udp: UdpTab) -> None:
    receiver = udp.receiver_panel
    receiver.port_spin.setValue(80)
    message = describe_os_error(
        PermissionError(errno.EACCES, "Permission denied"), ErrorContext("bind", "0.0.0.0", 80)
    )
    # What the engine reports when binding port 80 without the rights (root may bind it).
    receiver._show_error(ErrorEvent(message, field="port", fatal=True))
    assert receiver.host_error.text().startswith("Port 80 is privileged")
    assert receiver.status_label.text() == "Stopped: could not start."
    receiver.port_spin.setValue(5555)
    assert not receiver.host_error.has_error()
    assert not receiver.host_error.isVisible()
    assert receiver.status_label.text() == "Stopped."


def test_a_ping_host_error_does_not_move_the_start_button(qtbot) -> None:
    from app.ui.diagnostics.tab import DiagnosticsTab

    tab = DiagnosticsTab()
    qtbot.addWidget(tab)
    tab.resize(1024, 600)
    tab.show()
    qtbot.waitExposed(tab)
    try:
        panel = tab.ping
        tab.tools.setCurrentRow(1)
        assert tab.stack.currentWidget() is panel
        settle()
        before = panel.start_button.mapTo(tab, QPoint(0, 0))
        panel.host_edit.setText("1.2.3.4.5")
        panel.start()
        settle()
        assert panel.host_error.isVisible()
        assert panel.start_button.mapTo(tab, QPoint(0, 0)) == before
        panel.host_error.clear_error()
        settle()
        assert panel.start_button.mapTo(tab, QPoint(0, 0)) == before
    finally:
        tab.shutdown()


def test_a_chat_bind_error_does_not_move_the_start_button(qtbot) -> None:
    from app.ui.chat.tab import ChatTab

    tab = ChatTab()
    qtbot.addWidget(tab)
    tab.resize(1024, 600)
    tab.show()
    qtbot.waitExposed(tab)
    panel = tab.host_panel
    settle()
    before = panel.start_button.mapTo(tab, QPoint(0, 0))
    panel.bind_error.show_error(LONG)
    settle()
    assert panel.start_button.mapTo(tab, QPoint(0, 0)) == before
    panel.clear_errors()
    settle()
    assert panel.start_button.mapTo(tab, QPoint(0, 0)) == before


def test_the_error_label_describes_itself_in_the_new_language(qtbot, language) -> None:
    from PySide6.QtCore import QCoreApplication

    error = FieldError()
    qtbot.addWidget(error)
    assert error.accessibleDescription() == "Error"
    assert language("ru")
    russian = QCoreApplication.translate("FieldError", "Error")
    assert russian != "Error"
    qtbot.waitUntil(lambda: error.accessibleDescription() == russian)
