"""read_setting: every setting comes back as its default's type, whatever the INI holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from app.ui.settings import app_settings, read_setting, write_settings


def write_ini(lines: list[str]) -> None:
    """Put these lines in the settings file, as a person editing it by hand would."""
    path = Path(app_settings().fileName())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[test]\n" + "\n".join(lines) + "\n", encoding="utf-8")


def test_values_written_come_back_as_their_type(qapp) -> None:
    geometry = QByteArray(b"\x01\x02\x00\xff")
    write_settings(
        {
            "test/port": 5555,
            "test/on": True,
            "test/off": False,
            "test/seconds": 2.5,
            "test/host": "0.0.0.0",
            "test/geometry": geometry,
        }
    )
    assert read_setting("test/port", 0) == 5555
    assert read_setting("test/on", False) is True
    assert read_setting("test/off", True) is False
    assert read_setting("test/seconds", 1.0) == 2.5
    assert read_setting("test/host", "") == "0.0.0.0"
    assert read_setting("test/geometry", QByteArray()) == geometry


def test_missing_keys_give_the_default(qapp) -> None:
    assert read_setting("test/nothing", 7) == 7
    assert read_setting("test/nothing", "x") == "x"
    assert read_setting("test/nothing", True) is True


@pytest.mark.parametrize(
    ("line", "default", "expected"),
    [
        ("value=TRUE", False, True),
        ("value=false", True, False),
        ("value=yes please", True, True),
        ("value=1", False, False),  # a boolean is written true or false
        ("value=5556", 0, 5556),
        ("value=55x", 5555, 5555),
        ("value=true", 5555, 5555),
        ("value=99999999999999999999999", 3, 99999999999999999999999),
        ("value=0.25", 1.0, 0.25),
        ("value=nan", 1.0, 1.0),
        ("value=inf", 1.0, 1.0),
        ("value=seconds", 1.0, 1.0),
        ("value=a, b", "text", "text"),  # an unquoted comma makes a list
        ('value="a, b"', "text", "a, b"),
        ("value=", "text", ""),
        ("value=12", "text", "12"),
        ("value=@ByteArray(xyz)", 0, 0),
        ("value=not a geometry", QByteArray(), QByteArray()),
    ],
)
def test_junk_in_the_ini_gives_the_default(qapp, line, default, expected) -> None:
    write_ini([line])
    value = read_setting("test/value", default)
    assert value == expected and type(value) is type(default)


def test_lists_come_back_as_lists_of_texts_even_with_one_item(qapp) -> None:
    write_settings({"test/servers": ["a:1", "b:2"], "test/one": ["only:3"], "test/none": []})
    assert read_setting("test/servers", []) == ["a:1", "b:2"]
    assert read_setting("test/one", []) == ["only:3"]  # the INI gives one item back as a str
    assert read_setting("test/none", ["x"]) in ([], ["x"])
    write_ini(["bad=@Rect(1 2 3 4)"])
    assert read_setting("test/bad", ["fallback"]) == ["fallback"]
