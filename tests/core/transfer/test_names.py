"""Names from a sender are made safe before anything is created."""

from __future__ import annotations

import pytest

from app.core.transfer.names import free_name, safe_part, safe_relative


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../etc/passwd", ("etc", "passwd")),
        ("/etc/passwd", ("etc", "passwd")),
        ("C:\\Windows\\system32\\x.dll", ("Windows", "system32", "x.dll")),
        ("..\\..\\boot.ini", ("boot.ini",)),
        ("a/./b/../c", ("a", "b", "c")),
        ("CON", ("_CON",)),
        ("con.txt", ("_con.txt",)),
        ("LPT1.log", ("_LPT1.log",)),
        ("name. . ", ("name",)),
        ("tab\there?*", ("tab_here__",)),
        ("evil\u202etxt.exe", ("evil_txt.exe",)),
        ("", ("_",)),
        ("..", ("_",)),
        ("a" * 300, ("a" * 255,)),
        ("é" * 200, ("é" * 127,)),
    ],
)
def test_hostile_names_are_sanitised(given, expected):
    assert safe_relative(given) == expected


def test_depth_is_bounded():
    assert len(safe_relative("/".join(["d"] * 1000))) == 32


def test_a_part_is_never_a_path():
    for part in ("..", ".", "a/b", "a\\b", "\x00"):
        assert "/" not in safe_part(part) and "\\" not in safe_part(part)
        assert safe_part(part) not in {"", ".", ".."}


def test_free_name_never_overwrites(tmp_path):
    (tmp_path / "file.txt").write_text("x")
    (tmp_path / "file (1).txt").write_text("x")
    (tmp_path / "noext").write_text("x")
    (tmp_path / "half.bin.part").write_text("x")
    assert free_name(tmp_path, "file.txt") == "file (2).txt"
    assert free_name(tmp_path, "noext") == "noext (1)"
    assert free_name(tmp_path, "half.bin") == "half (1).bin"
    assert free_name(tmp_path, "new.txt") == "new.txt"
    assert free_name(tmp_path, "new.txt", {"new.txt"}) == "new (1).txt"


def test_taken_names_are_compared_casefolded_like_the_callers_promise_them(tmp_path) -> None:
    """The engine promises names casefolded (`ß` is `ss`); `lower()` would let them clash."""
    from app.core.transfer.names import free_name

    assert free_name(tmp_path, "Straße.txt", {"strasse.txt"}) == "Straße (1).txt"
