"""Messages from core/ reach the window in its language, next to the field."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from app.core.address import AddressError, parse_endpoint, parse_port
from app.core.errors import ErrorContext, describe_os_error
from app.core.messages import N_, Message
from app.ui.field_error import FieldError
from app.ui.i18n import translate_message
from tests.helpers.languages import CHINESE, CYRILLIC


@pytest.mark.parametrize(("code", "letters"), [("ru", CYRILLIC), ("zh_CN", CHINESE)])
def test_os_errors_are_shown_translated_with_their_values(language, code, letters) -> None:
    assert language(code)
    message = describe_os_error(
        OSError(errno.EADDRINUSE, "in use"), ErrorContext("bind", "0.0.0.0", 5555)
    )
    shown = translate_message(message)
    assert letters.search(shown), shown
    assert "5555" in shown and "0.0.0.0" in shown
    assert "another program" not in shown  # the nested reason is translated too
    assert "TIME_WAIT" in shown and "SO_REUSEADDR" in shown


@pytest.mark.parametrize(("code", "letters"), [("ru", CYRILLIC), ("zh_CN", CHINESE)])
def test_a_field_error_shows_an_address_error_translated(qtbot, language, code, letters) -> None:
    assert language(code)
    field = FieldError()
    qtbot.addWidget(field)
    with pytest.raises(AddressError) as caught:
        parse_endpoint("10.0.0.300:80")
    field.show_error(caught.value)
    assert field.has_error()
    assert letters.search(field.text()), field.text()
    assert "300" in field.text()


def test_without_an_address_the_sentence_is_whole_not_patched(language) -> None:
    assert language("ru")
    refused = translate_message(describe_os_error(OSError(errno.ECONNREFUSED, "x")))
    assert refused.startswith("В соединении отказано: этот порт никто не слушает.")  # noqa: RUF001
    named = translate_message(
        describe_os_error(OSError(errno.ECONNREFUSED, "x"), ErrorContext("connect", "::1", 80))
    )
    assert named.startswith("В соединении отказано ([::1]:80)")  # noqa: RUF001


def test_plain_text_and_plain_exceptions_pass_through(language) -> None:
    assert language("ru")
    assert translate_message("alice: hello") == "alice: hello"
    assert translate_message(ValueError("a peer's words")) == "a peer's words"


class _BrokenTranslator(QTranslator):
    """Translates one template with a field the English does not have."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "tests" and source == "Port {port} is out of range.":
            return "Порт {porte} вне диапазона."
        return None


def test_a_translation_with_wrong_fields_falls_back_to_english(language, caplog) -> None:
    assert language("ru")
    broken = _BrokenTranslator()
    app = QApplication.instance()
    app.installTranslator(broken)
    try:
        message = Message(N_("tests", "Port {port} is out of range."), port=70000)
        assert translate_message(message) == "Port 70000 is out of range."
    finally:
        app.removeTranslator(broken)
    assert "does not fit its values" in caplog.text


def test_the_ports_range_error_is_translated_with_its_number(language) -> None:
    assert language("zh_CN")
    with pytest.raises(AddressError) as caught:
        parse_port("70000")
    assert translate_message(caught.value) == "端口 70000 超出范围 1-65535。"


def test_numbers_are_written_the_languages_way(language) -> None:
    message = Message(
        N_("tests", "{n:,} bytes in {s:.2f} s to port {port}"), n=65507, s=1.5, port=5555
    )
    assert language("ru")
    assert translate_message(message) == "65\u00a0507 bytes in 1,50 s to port 5555"
    assert language("zh_CN")
    assert translate_message(message) == "65,507 bytes in 1.50 s to port 5555"
