"""What makes two nicknames one person: Unicode's confusable skeletons (UTS #39).

`alice` with a Cyrillic a (U+0430), `alice` in full-width letters, `a1ice` with a digit
one and `AIice` with a capital I are all drawn like `alice`: a newcomer must not pass for someone
online. Two keys are compared, because case and shape disagree on `I`: `nick_key`
folds case first (so `ALICE` is `alice`), `nick_shape` takes the skeleton first (so
`AIice`, whose `I` is drawn like `l`, is `alice`). The table is Unicode's own
(confusables_data.py, made by scripts/make_confusables.py).
"""

from __future__ import annotations

import functools
import unicodedata

from app.core.chat.confusables_data import CONFUSABLES

# Default-ignorable code points (DerivedCoreProperties.txt) and other characters that
# draw nothing: a nickname holding one passes for the same name without it.
_INVISIBLE_RANGES = (
    (0x00AD, 0x00AD),  # soft hyphen
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x061C, 0x061C),  # arabic letter mark
    (0x115F, 0x1160),  # hangul fillers
    (0x17B4, 0x17B5),  # khmer inherent vowels
    (0x180B, 0x180F),  # mongolian variation selectors, vowel separator
    (0x200B, 0x200F),  # zero width space, joiners, direction marks
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2060, 0x206F),  # word joiner, invisible operators, bidi isolates
    (0x2800, 0x2800),  # braille pattern blank
    (0x3164, 0x3164),  # hangul filler
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFEFF, 0xFEFF),  # zero width no-break space (BOM)
    (0xFFA0, 0xFFA0),  # halfwidth hangul filler
    (0xFFF0, 0xFFF8),  # unassigned specials
    (0x1BCA0, 0x1BCA3),  # shorthand format controls
    (0x1D173, 0x1D17A),  # musical symbol format controls
    (0xE0000, 0xE0FFF),  # tags and variation selectors supplement
)
# Combining marks in a row at most (after NFC): more is "zalgo" text drawn over others.
MAX_MARKS_IN_A_ROW = 2


def is_invisible(char: str) -> bool:
    """True for a default-ignorable or blank character (it draws nothing)."""
    code = ord(char)
    return any(low <= code <= high for low, high in _INVISIBLE_RANGES)


def mark_problem(nick: str) -> str:
    """ "lone" when a combining mark has no letter before it, "run" when more than
    MAX_MARKS_IN_A_ROW follow one another, "" when the marks are fine."""
    run = 0
    previous_is_base = False
    for char in unicodedata.normalize("NFC", nick):
        if unicodedata.category(char) in ("Mn", "Me", "Mc"):
            if not previous_is_base and run == 0:
                return "lone"
            run += 1
            if run > MAX_MARKS_IN_A_ROW:
                return "run"
        else:
            run = 0
            previous_is_base = unicodedata.category(char)[0] in "LN"
    return ""


@functools.cache
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for entry in "".join(CONFUSABLES).split(";"):
        source, _, target = entry.partition(":")
        table[int(source, 16)] = "".join(chr(int(part, 16)) for part in target.split())
    return table


def skeleton(text: str) -> str:
    """UTS #39's skeleton: NFD, each character replaced by its prototype, NFD again."""
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", text).translate(_table()))


@functools.lru_cache(maxsize=8192)
def nick_key(nick: str) -> str:
    """The name ignoring case, width and look-alike characters: `Alice`, `ALICE`,
    full-width `alice`, `alice` with a Cyrillic a and `a1ice` all give `alice`."""
    folded = unicodedata.normalize("NFKC", nick).casefold()
    return unicodedata.normalize("NFC", skeleton(folded).casefold())


@functools.lru_cache(maxsize=8192)
def nick_shape(nick: str) -> str:
    """The skeleton taken before case is folded: `AIice` (capital I) gives `alice`."""
    shaped = skeleton(unicodedata.normalize("NFKC", nick))
    return unicodedata.normalize("NFC", shaped.casefold())
