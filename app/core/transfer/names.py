"""Names a sender chose, made safe to create on this machine.

A name from the network is a relative path with `/` between parts. Every part is
cleaned: no `..` or `.`, no absolute paths or drive letters, no control characters or
characters Windows forbids, no device names (`CON`, `LPT1.txt`), no trailing dots or
spaces, at most 255 bytes of UTF-8. A part that is empty afterwards becomes `_`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

MAX_PART_BYTES = 255
MAX_DEPTH = 32
MAX_NAME_CHARS = 4096

_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]')
_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{n}" for n in "123456789¹²³"}
    | {f"LPT{n}" for n in "123456789¹²³"}
)


def safe_part(part: str) -> str:
    """One path component made safe on Linux, macOS and Windows alike."""
    cleaned = _FORBIDDEN.sub("_", part).strip().rstrip(". ")
    if cleaned in {"", ".", ".."}:
        return "_"
    stem = cleaned.split(".", 1)[0].rstrip(" ").upper()
    if stem in _DEVICES:
        cleaned = "_" + cleaned
    encoded = cleaned.encode("utf-8")
    if len(encoded) > MAX_PART_BYTES:
        cleaned = encoded[:MAX_PART_BYTES].decode("utf-8", "ignore").rstrip(". ") or "_"
    return cleaned


def safe_relative(name: str) -> tuple[str, ...]:
    """A sender's relative name (`a/b.txt`) as safe parts; `..` and roots are dropped."""
    if len(name) > MAX_NAME_CHARS:
        name = name[:MAX_NAME_CHARS]
    raw_parts = [p for p in re.split(r"[/\\]+", name) if p not in {"", ".", ".."}]
    if raw_parts and re.fullmatch(r"[A-Za-z]:", raw_parts[0]):
        raw_parts = raw_parts[1:]  # a drive letter: C:\x -> x
    parts = tuple(safe_part(p) for p in raw_parts[:MAX_DEPTH])
    return parts or ("_",)


def free_name(folder: Path, name: str, taken: set[str] | None = None) -> str:
    """`name`, or `name (1).ext`, `name (2).ext`... : the first that does not exist in
    `folder`, not even as a link (nor in `taken`, names already promised to another file)."""
    taken = taken or set()
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, ext = name, ""
    else:
        ext = "." + ext
    candidate, number = name, 0
    # lexists: a link counts as taken even when it points nowhere (yet): a name a link
    # holds is never written through to where the link points.
    while (
        os.path.lexists(folder / candidate)
        or os.path.lexists(folder / (candidate + ".part"))
        or (candidate.casefold() in taken)
    ):
        number += 1
        candidate = f"{stem} ({number}){ext}"
    return candidate
