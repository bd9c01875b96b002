"""Messages from core/: English text that remembers its template and values."""

from __future__ import annotations

import errno
import pickle

import pytest

from app.core.address import AddressError, parse_port
from app.core.errors import ErrorContext, describe_os_error
from app.core.messages import N_, Message, Template, message_of


def test_a_message_is_its_english_text() -> None:
    message = Message(N_("tests", "Port {port} is busy."), port=5555)
    assert message == "Port 5555 is busy."
    assert isinstance(message, str)
    assert message.template == Template("tests", "Port {port} is busy.")
    assert message.values == {"port": 5555}
    assert f"{message}!" == "Port 5555 is busy.!"


def test_a_message_without_values_keeps_its_braces_alone() -> None:
    assert Message(N_("tests", "Write {like this}")) == "Write {like this}"


def test_a_message_inside_a_message_renders_in_english() -> None:
    inner = Message(N_("tests", "the other side"))
    outer = Message(N_("tests", "Refused by {target}."), target=inner)
    assert outer == "Refused by the other side."
    assert outer.values["target"] is inner


def test_a_message_survives_pickling_with_its_template() -> None:
    message = Message(N_("tests", "{a} and {b}"), a=1, b=Message(N_("tests", "two")))
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message
    assert copy.template == message.template
    assert copy.values["b"].template == Template("tests", "two")


def test_message_of_finds_the_message_an_exception_carries() -> None:
    with pytest.raises(AddressError) as caught:
        parse_port("70000")
    found = message_of(caught.value)
    assert isinstance(found, Message)
    assert found.template.context == "address"
    assert found == str(caught.value) == "Port 70000 is out of range 1-65535."
    assert message_of(ValueError("plain")) == "plain"
    assert message_of("text") == "text"


def test_os_errors_are_described_with_messages() -> None:
    described = describe_os_error(
        OSError(errno.EADDRINUSE, "in use"), ErrorContext("bind", "0.0.0.0", 5555)
    )
    assert isinstance(described, Message)
    assert described.startswith("Port 5555 is already in use on 0.0.0.0: another program")
    assert isinstance(described.values["why"], Message)


def test_an_unknown_error_keeps_the_operating_systems_words() -> None:
    described = describe_os_error(OSError(errno.ENOTSOCK, "Socket operation on non-socket"))
    assert described == "The operation failed: Socket operation on non-socket (ENOTSOCK)."
    assert described.values["reason"] == "Socket operation on non-socket (ENOTSOCK)"
