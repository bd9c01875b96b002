"""Payloads as people type them (text, hex, escapes) and as bytes look on screen.

A datagram is bytes; a person types characters. This module turns one into the other
in a chosen encoding, parses hex and backslash escapes with messages that say where the
mistake is, knows the largest UDP payload per IP version, and formats bytes back into
previews and hex dumps.
"""

from __future__ import annotations

import codecs
import enum
import string

from app.core.messages import N_, Message

#: The largest UDP payload over IPv4: 65,535 (IP total length) - 20 (IP header) - 8 (UDP).
MAX_UDP_PAYLOAD_IPV4 = 65_507
#: The largest UDP payload over IPv6 without jumbograms: 65,535 (payload length) - 8 (UDP).
MAX_UDP_PAYLOAD_IPV6 = 65_527

#: The encodings offered for text, by the name people know, with Python's codec name.
#: Lists put the current language's own first (app.translations.PREFERRED_ENCODINGS).
ENCODINGS: dict[str, str] = {
    "UTF-8": "utf-8",
    "GBK": "gbk",
    "GB18030": "gb18030",  # GBK's superset: every Unicode character
    "Big5": "big5",  # Traditional Chinese (Taiwan, Hong Kong)
    "Latin-1": "latin-1",
    "ASCII": "ascii",
    "UTF-16": "utf-16",  # with a byte-order mark, so the receiver knows the order
    "CP1251": "cp1251",  # Windows-1251, Cyrillic on Windows
    "KOI8-R": "koi8-r",  # Cyrillic on Unix and in old mail
    "CP866": "cp866",  # Cyrillic in DOS and the Windows console
}
DEFAULT_ENCODING = "UTF-8"


class PayloadFormat(str, enum.Enum):
    """How the payload field is read."""

    TEXT = "text"  # characters, encoded in the chosen encoding
    HEX = "hex"  # pairs of hex digits, spaces allowed: 48 65 6c 6c 6f
    ESCAPES = "escapes"  # text with \n \r \t \0 \\ \xNN

    @property
    def label(self) -> Message:
        """The name shown in the format chooser ("Text with escapes")."""
        return Message(_FORMAT_LABELS[self.value])

    @property
    def word(self) -> Message:
        """The name inside a line of text, in lower case ("text with escapes")."""
        return Message(_FORMAT_WORDS[self.value])


_FORMAT_LABELS = {
    "text": N_("udp", "Text"),
    "hex": N_("udp", "Hex"),
    "escapes": N_("udp", "Text with escapes"),
}
_FORMAT_WORDS = {
    "text": N_("udp", "text"),
    "hex": N_("udp", "hex"),
    "escapes": N_("udp", "text with escapes"),
}


class PayloadError(ValueError):
    """The typed payload cannot become bytes; `str()` says where and why.

    Its message is a `Message` (`message_of(exc)`), so the window can translate it.
    """


def encoding_label(encoding: str) -> str:
    """The ENCODINGS label for a name people type; raises PayloadError.

    Labels are matched ignoring case, `-` and `_` ("utf8", "koi8_r"); any other name
    Python knows for the same codec is accepted too ("windows-1251" -> "CP1251").
    """
    wanted = encoding.strip().lower().replace("_", "").replace("-", "")
    for label in ENCODINGS:
        if wanted == label.lower().replace("-", ""):
            return label
    try:
        known = codecs.lookup(encoding.strip()).name
    except LookupError:
        known = None
    for label, codec in ENCODINGS.items():
        if known is not None and codecs.lookup(codec).name == known:
            return label
    raise PayloadError(
        Message(
            N_("udp", "Unknown encoding {encoding}: choose one of {names}."),
            encoding=repr(encoding),
            names=", ".join(ENCODINGS),
        )
    )


def codec_name(encoding: str) -> str:
    """Python's codec for an encoding label ("UTF-8" -> "utf-8"); raises PayloadError."""
    return ENCODINGS[encoding_label(encoding)]


def encode_text(text: str, encoding: str = DEFAULT_ENCODING) -> bytes:
    """Encode `text`, naming the first character the encoding cannot hold."""
    codec = codec_name(encoding)
    try:
        return text.encode(codec)
    except UnicodeEncodeError as exc:
        char = exc.object[exc.start]
        raise PayloadError(
            Message(
                N_(
                    "udp",
                    "{char} (U+{code}) at position {position} cannot be written in "
                    "{encoding}: choose UTF-8 (or another encoding that has it), or remove it.",
                ),
                char=repr(char),
                code=f"{ord(char):04X}",
                position=exc.start + 1,
                encoding=encoding,
            )
        ) from None


def decode_text(data: bytes, encoding: str = DEFAULT_ENCODING) -> str:
    """Decode bytes for display; bytes the encoding cannot read become U+FFFD."""
    return data.decode(codec_name(encoding), errors="replace")


_HEX_DIGITS = set(string.hexdigits)
_HEX_SEPARATORS = set(" \t\r\n,:-")


def parse_hex(text: str) -> bytes:
    """Parse `48 65 6c`, `48656c`, `48:65:6c` or `0x48 0x65`; errors name the position."""
    digits: list[str] = []
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char in _HEX_SEPARATORS:
            index += 1
            continue
        if char == "0" and index + 1 < length and text[index + 1] in "xX":
            index += 2  # a 0x prefix before a byte
            continue
        if char not in _HEX_DIGITS:
            raise PayloadError(
                Message(
                    N_(
                        "udp",
                        "{char} at position {position} is not a hex digit: use 0-9 and a-f, "
                        "two digits per byte (spaces between bytes are fine).",
                    ),
                    char=repr(char),
                    position=index + 1,
                )
            )
        digits.append(char)
        index += 1
    if len(digits) % 2:
        raise PayloadError(
            Message(
                N_(
                    "udp",
                    "Hex needs two digits per byte, but there are {count} digits: "
                    "add the missing digit (write 0A, not A).",
                ),
                count=len(digits),
            )
        )
    return bytes.fromhex("".join(digits))


_SIMPLE_ESCAPES = {
    "n": b"\n",
    "r": b"\r",
    "t": b"\t",
    "0": b"\0",
    "\\": b"\\",
    "'": b"'",
    '"': b'"',
    "a": b"\a",
    "b": b"\b",
    "f": b"\f",
    "v": b"\v",
    "e": b"\x1b",
}


def parse_escapes(text: str, encoding: str = DEFAULT_ENCODING) -> bytes:
    """Text with `\\n`, `\\r`, `\\t`, `\\0`, `\\\\` and `\\xNN` (a raw byte) escapes.

    Plain characters are encoded in `encoding`; `\\xNN` is exactly one byte, whatever
    the encoding, so `\\xff` sends 0xFF even in UTF-8.
    """
    out = bytearray()
    plain: list[str] = []
    plain_start = 0

    def flush_plain() -> None:
        if plain:
            try:
                out.extend(encode_text("".join(plain), encoding))
            except PayloadError:
                # Re-encode one by one to report the position in the whole text.
                for offset, char in enumerate(plain):
                    try:
                        encode_text(char, encoding)
                    except PayloadError:
                        raise PayloadError(
                            Message(
                                N_(
                                    "udp",
                                    "{char} (U+{code}) at position {position} cannot be "
                                    "written in {encoding}: choose UTF-8, or write its bytes "
                                    "as \\xNN.",
                                ),
                                char=repr(char),
                                code=f"{ord(char):04X}",
                                position=plain_start + offset + 1,
                                encoding=encoding,
                            )
                        ) from None
                raise
            plain.clear()

    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char != "\\":
            if not plain:
                plain_start = index
            plain.append(char)
            index += 1
            continue
        flush_plain()
        if index + 1 >= length:
            raise PayloadError(
                Message(
                    N_(
                        "udp",
                        "A lone backslash ends the payload at position {position}: write \\\\ "
                        "for a backslash.",
                    ),
                    position=index + 1,
                )
            )
        code = text[index + 1]
        if code in _SIMPLE_ESCAPES:
            out.extend(_SIMPLE_ESCAPES[code])
            index += 2
        elif code == "x":
            pair = text[index + 2 : index + 4]
            if len(pair) < 2 or not all(c in _HEX_DIGITS for c in pair):
                raise PayloadError(
                    Message(
                        N_(
                            "udp",
                            "\\x at position {position} needs two hex digits (\\x0A, \\xff), "
                            "got {got}.",
                        ),
                        position=index + 1,
                        got=repr(pair),
                    )
                )
            out.append(int(pair, 16))
            index += 4
        else:
            raise PayloadError(
                Message(
                    N_(
                        "udp",
                        "Unknown escape {escape} at position {position}: use \\n \\r \\t "
                        "\\0 \\\\ or \\xNN.",
                    ),
                    escape="\\" + code,
                    position=index + 1,
                )
            )
    flush_plain()
    return bytes(out)


def build_payload(
    text: str, payload_format: PayloadFormat | str, encoding: str = DEFAULT_ENCODING
) -> bytes:
    """The bytes of a payload typed in `payload_format` (text, hex or escapes)."""
    fmt = PayloadFormat(payload_format)
    if fmt is PayloadFormat.HEX:
        return parse_hex(text)
    if fmt is PayloadFormat.ESCAPES:
        return parse_escapes(text, encoding)
    return encode_text(text, encoding)


def max_payload(ipv6: bool) -> int:
    """The largest UDP payload for the IP version."""
    return MAX_UDP_PAYLOAD_IPV6 if ipv6 else MAX_UDP_PAYLOAD_IPV4


def check_size(size: int, *, ipv6: bool = False, header: int = 0) -> None:
    """Refuse a datagram bigger than UDP allows, before the OS does, and say why."""
    limit = max_payload(ipv6)
    if size + header <= limit:
        return
    why = Message(
        N_("udp", "65,535 bytes of IPv6 payload minus the 8-byte UDP header")
        if ipv6
        else N_(
            "udp",
            "65,535 bytes of IP packet minus the 20-byte IP header and the 8-byte UDP header",
        )
    )
    values = {
        "total": size + header,
        "size": size,
        "header": header,
        "version": "IPv6" if ipv6 else "IPv4",
        "limit": limit,
        "why": why,
        "excess": size + header - limit,
    }
    if header:
        template = N_(
            "udp",
            "The datagram is {total:,} bytes ({size:,} + the {header}-byte sequence header): "
            "UDP over {version} carries at most {limit:,} bytes ({why}). Make the payload "
            "{excess:,} bytes smaller or split it into several datagrams.",
        )
    else:
        template = N_(
            "udp",
            "The datagram is {total:,} bytes: UDP over {version} carries at most {limit:,} "
            "bytes ({why}). Make the payload {excess:,} bytes smaller or split it into several "
            "datagrams.",
        )
    raise PayloadError(Message(template, **values))


_VISIBLE_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0"}


def preview_text(data: bytes, encoding: str = DEFAULT_ENCODING, limit: int = 120) -> str:
    """A one-line preview: decoded text with control characters written as escapes."""
    text = decode_text(data[: limit * 4], encoding)
    pieces: list[str] = []
    length = 0
    for char in text:
        if char.isprintable():
            piece = char
        elif char in _VISIBLE_ESCAPES:
            piece = _VISIBLE_ESCAPES[char]
        else:
            code = ord(char)
            piece = f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
        pieces.append(piece)
        length += len(piece)
        if length >= limit:
            return "".join(pieces)[:limit] + "…"
    if len(data) > limit * 4:
        pieces.append("…")
    return "".join(pieces)


def escape_bytes(data: bytes, encoding: str = DEFAULT_ENCODING) -> str:
    """Text with escapes that `parse_escapes(…, encoding)` turns back into exactly `data`."""
    codec = codec_name(encoding)
    out: list[str] = []
    reverse = {value: f"\\{key}" for key, value in _SIMPLE_ESCAPES.items() if key in "nrt\\"}
    index = 0
    while index < len(data):
        byte = data[index : index + 1]
        if byte in reverse:
            out.append(reverse[byte])
            index += 1
            continue
        if 0x20 <= data[index] < 0x7F:
            out.append(chr(data[index]))
            index += 1
            continue
        # Try the longest decodable character (multi-byte encodings) before \xNN.
        for width in (4, 3, 2):
            chunk = data[index : index + width]
            try:
                char = chunk.decode(codec)
            except UnicodeDecodeError:
                continue
            if len(char) == 1 and char.isprintable() and char.encode(codec) == chunk:
                out.append(char)
                index += width
                break
        else:
            out.append(f"\\x{data[index]:02x}")
            index += 1
    return "".join(out)


def to_hex(data: bytes) -> str:
    """`48 65 6c 6c 6f`: bytes as spaced hex pairs (what the hex format parses)."""
    return data.hex(" ")
