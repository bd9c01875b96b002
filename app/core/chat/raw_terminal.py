"""Raw TCP terminal logic: decode a byte stream as it arrives, encode what is typed.

When the peer is not a SocketLab server (nc -l, an HTTP server, a serial-to-TCP
bridge) the Chat tab shows each recv() as one row. A character whose bytes were cut
across two recv() calls must still decode as one character, so each direction has its
own incremental decoder that holds the incomplete bytes until the rest arrives.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from app.core.messages import N_, Message

#: What the terminal can show, as the user picks it, and the Python codec behind each.
#: The window lists the current language's own first (app.ui.i18n.ordered_encodings).
ENCODINGS: dict[str, str] = {
    "UTF-8": "utf-8",
    "GBK": "gbk",
    "GB18030": "gb18030",
    "Big5": "big5",
    "Latin-1": "latin-1",
    "ASCII": "ascii",
    "UTF-16": "utf-16",
    "CP1251": "cp1251",  # Windows-1251
    "KOI8-R": "koi8-r",
    "CP866": "cp866",  # DOS and the Windows console
}
HEX = "Hex"
DISPLAY_CHOICES: tuple[str, ...] = (*ENCODINGS, HEX)

#: Line endings the terminal can add to a typed line.
LINE_ENDINGS: dict[str, bytes] = {"none": b"", "LF": b"\n", "CRLF": b"\r\n"}

#: How many times the terminal can send a typed line in one go (the "times" box next to Send).
MOST_REPEATS = 100


def plan_sends(payload: bytes, times: int, separate: bool) -> list[bytes]:
    """The send() calls for `payload` sent `times` times: one call each (`separate`), or
    one call with all of it joined. TCP is a byte stream, so the peer cannot tell the two
    apart: separate sends made back to back may well arrive in one recv()."""
    if not 1 <= times <= MOST_REPEATS:
        raise ValueError(f"times must be from 1 to {MOST_REPEATS}, not {times}")
    return [payload] * times if separate else [payload * times]


_HEX_SEPARATORS = re.compile(r"[\s,:;-]+")


class TerminalInputError(ValueError):
    """What was typed cannot be sent as asked; `str()` says why and what to do."""


class StreamDecoder:
    """Decodes one direction of a byte stream, chunk by chunk, in a chosen encoding.

    Invalid bytes become U+FFFD; a multi-byte character split between chunks is held
    back (`pending`) and decoded whole with the next chunk. UTF-16 honours a byte
    order mark at the start of the stream and otherwise reads little-endian.
    """

    def __init__(self, encoding: str = "UTF-8") -> None:
        if encoding not in ENCODINGS:
            raise ValueError(f"Unknown encoding {encoding!r}")
        self.encoding = encoding
        self._codec = ENCODINGS[encoding]
        self._decoder: codecs.IncrementalDecoder | None = None
        self._head = b""  # UTF-16 only: bytes kept until the byte order is known
        if self._codec != "utf-16":
            self._decoder = codecs.getincrementaldecoder(self._codec)(errors="replace")

    def decode(self, data: bytes) -> str:
        """The text completed by `data` (may be empty while a character is incomplete)."""
        if self._decoder is None:
            self._head += data
            if len(self._head) < 2:
                return ""
            if self._head.startswith(codecs.BOM_UTF16_BE):
                codec, data = "utf-16-be", self._head[2:]
            elif self._head.startswith(codecs.BOM_UTF16_LE):
                codec, data = "utf-16-le", self._head[2:]
            else:
                codec, data = "utf-16-le", self._head
            self._head = b""
            self._decoder = codecs.getincrementaldecoder(codec)(errors="replace")
        return self._decoder.decode(data)

    @property
    def pending(self) -> int:
        """Bytes held back as the start of an incomplete character."""
        if self._decoder is None:
            return len(self._head)
        return len(self._decoder.getstate()[0])


def format_hex(data: bytes, limit: int | None = None) -> str:
    """`b'Hello'` -> `48 65 6c 6c 6f`; with `limit`, at most that many bytes, then `…`."""
    if limit is not None and len(data) > limit:
        return data[:limit].hex(" ") + " …"
    return data.hex(" ")


def parse_hex(text: str) -> bytes:
    """`48 65 6c 6c 6f` (or `48656c6c6f`, `0x48,0x65`) -> bytes; a clear error otherwise."""
    cleaned = text.strip()
    if not cleaned:
        raise TerminalInputError(
            Message(N_("chat", "Type hex bytes to send, e.g. 48 65 6c 6c 6f."))
        )
    tokens = [token for token in _HEX_SEPARATORS.split(cleaned) if token]
    out = bytearray()
    for token in tokens:
        digits = token[2:] if token[:2].lower() in ("0x", "\\x") else token
        if not digits:
            raise TerminalInputError(
                Message(
                    N_("chat", "{token} has no hex digits after its prefix."), token=repr(token)
                )
            )
        bad = next((char for char in digits if char not in "0123456789abcdefABCDEF"), None)
        if bad is not None:
            raise TerminalInputError(
                Message(
                    N_(
                        "chat",
                        "{token} is not hex: {bad} is not a hex digit (use 0-9 and a-f), "
                        "e.g. 48 65 6c 6c 6f.",
                    ),
                    token=repr(token),
                    bad=repr(bad),
                )
            )
        if len(digits) % 2:
            raise TerminalInputError(
                Message(
                    N_(
                        "chat",
                        "{token} has an odd number of hex digits: each byte is two digits "
                        "(write 0{digit} for a single digit).",
                    ),
                    token=repr(token),
                    digit=digits[-1],
                )
            )
        out += bytes.fromhex(digits)
    return bytes(out)


def encode_text(text: str, encoding: str, line_ending: str) -> bytes:
    """A typed line as bytes in `encoding`, with the chosen line ending added."""
    codec = ENCODINGS.get(encoding, "utf-8")
    if codec == "utf-16":
        codec = "utf-16-le"  # no byte order mark in front of every line
    try:
        body = text.encode(codec)
    except UnicodeEncodeError as exc:
        char = text[exc.start]
        raise TerminalInputError(
            Message(
                N_(
                    "chat",
                    "{char} cannot be written in {encoding}: choose UTF-8 (or another "
                    "encoding that has it, such as GBK for Chinese or CP1251 for Russian), "
                    "or send it as hex.",
                ),
                char=repr(char),
                encoding=encoding,
            )
        ) from None
    ending = LINE_ENDINGS[line_ending].decode("ascii").encode(codec)
    return body + ending


_ESCAPES = {"\\": "\\\\", "\r": "\\r", "\n": "\\n", "\t": "\\t", "\0": "\\0"}


def visible_text(text: str) -> str:
    """Control characters written the way Python writes them: `GET /\\r\\n`.

    One row per recv() must show where the line breaks were; a backslash is doubled
    so `\\n` in the data is told apart from a real line feed.
    """
    if text.isprintable() and "\\" not in text:
        return text
    pieces = []
    for char in text:
        escaped = _ESCAPES.get(char)
        if escaped is not None:
            pieces.append(escaped)
        elif char.isprintable() or char == " ":
            pieces.append(char)
        else:
            code = ord(char)
            pieces.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
    return "".join(pieces)


@dataclass(frozen=True, slots=True)
class TerminalRow:
    """One recv() (or one send) as the terminal lists it."""

    time: float
    data: bytes
    sent: bool  # True for bytes we sent, False for bytes received
