"""Lists of reasons joined into one translatable message.

`", ".join(reasons)` would turn translatable reasons into one English string; folding
them pairwise into a small template ("{first}, {second}") keeps every reason a Message
of its own, so the window translates each one and the separator too.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.messages import N_, Message, Template

COMMA = N_("diagnostics", "{first}, {second}")
AND = N_("diagnostics", "{first} and {second}")
SEMICOLON = N_("diagnostics", "{first}; {second}")


def joined(parts: Sequence[str], separator: Template = COMMA) -> str:
    """`parts` joined by `separator` (COMMA, AND, SEMICOLON); an empty string for none."""
    if not parts:
        return ""
    result = parts[0]
    for part in parts[1:]:
        result = Message(separator, first=result, second=part)
    return result
