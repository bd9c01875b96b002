"""Nick confusion: names that look exactly like someone else's."""

from __future__ import annotations

import pytest

from tests.helpers.room import RoomDriver


@pytest.mark.parametrize(
    "lookalike",
    [
        "alice\u034f",  # COMBINING GRAPHEME JOINER: draws nothing
        "alice\u3164",  # HANGUL FILLER: draws nothing
        "alice\ufe0f",  # VARIATION SELECTOR-16: draws nothing
        "\u0430lice",  # Cyrillic a
    ],
    ids=["cgj", "hangul-filler", "vs16", "cyrillic-a"],
)
def test_a_nick_that_renders_as_alice_is_refused_while_alice_is_here(lookalike: str) -> None:
    driver = RoomDriver()
    driver.join_raw("alice", "alice")
    driver.join_raw("bob", "bob")
    driver.join_raw("mallory", "mallory")
    driver.line("mallory", f"/nick {lookalike}")
    driver.line("mallory", "it's me, alice: what was the password again?")
    assert not any(line.endswith(f"is now {lookalike}") for line in driver.lines("bob")), (
        f"bob now reads lines from {lookalike!r}"
    )
