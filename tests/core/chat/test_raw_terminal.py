"""Raw terminal logic: incremental decoding across recv() cuts, hex, encodings, symbols."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.chat.raw_terminal import (
    ENCODINGS,
    StreamDecoder,
    TerminalInputError,
    encode_text,
    format_hex,
    parse_hex,
    visible_text,
)


@pytest.mark.parametrize("encoding", ["UTF-8", "GBK", "UTF-16"])
def test_a_character_split_across_two_chunks_decodes_whole(encoding: str) -> None:
    codec = {"UTF-8": "utf-8", "GBK": "gbk", "UTF-16": "utf-16-le"}[encoding]
    data = "你好".encode(codec)
    decoder = StreamDecoder(encoding)
    assert decoder.decode(data[:1]) == ""
    assert decoder.pending == 1
    assert decoder.decode(data[1:]) == "你好"
    assert decoder.pending == 0


@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",))),  # encodable text only
    st.lists(st.integers(min_value=0, max_value=64), max_size=10),
)
def test_utf8_decoding_is_the_same_however_the_stream_is_cut(text: str, cuts: list[int]) -> None:
    data = text.encode()
    positions = sorted({min(c, len(data)) for c in cuts})
    decoder = StreamDecoder("UTF-8")
    pieces, start = [], 0
    for end in [*positions, len(data)]:
        pieces.append(decoder.decode(data[start:end]))
        start = end
    assert "".join(pieces) == text


def test_utf16_honours_a_big_endian_byte_order_mark() -> None:
    decoder = StreamDecoder("UTF-16")
    data = "\ufeffhi".encode("utf-16-be")
    assert decoder.decode(data[:1]) == ""
    assert decoder.decode(data[1:]) == "hi"


def test_invalid_bytes_become_replacement_characters() -> None:
    assert StreamDecoder("UTF-8").decode(b"ok\xff!") == "ok\ufffd!"
    assert StreamDecoder("ASCII").decode(b"caf\xe9") == "caf\ufffd"
    assert StreamDecoder("Latin-1").decode(b"caf\xe9") == "café"


def test_unknown_encoding_is_refused() -> None:
    with pytest.raises(ValueError):
        StreamDecoder("EBCDIC")


def test_hex_round_trip_and_forms() -> None:
    assert format_hex(b"Hello") == "48 65 6c 6c 6f"
    assert format_hex(b"Hello", limit=2) == "48 65 …"
    assert parse_hex("48 65 6c 6c 6f") == b"Hello"
    assert parse_hex("48656C6C6F") == b"Hello"
    assert parse_hex("0x48,0x65 \\x6c") == b"Hel"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "Type hex bytes"),
        ("48 6G", "'6G' is not hex: 'G' is not a hex digit"),
        ("48 6", "odd number of hex digits"),
        ("0x", "no hex digits"),
    ],
)
def test_bad_hex_says_what_is_wrong(text: str, words: str) -> None:
    with pytest.raises(TerminalInputError, match=words):
        parse_hex(text)


def test_encode_text_with_line_endings_and_encodings() -> None:
    assert encode_text("hi", "UTF-8", "none") == b"hi"
    assert encode_text("hi", "UTF-8", "LF") == b"hi\n"
    assert encode_text("hi", "UTF-8", "CRLF") == b"hi\r\n"
    assert encode_text("你", "GBK", "LF") == "你".encode("gbk") + b"\n"
    assert encode_text("h", "UTF-16", "CRLF") == "h\r\n".encode("utf-16-le")
    assert encode_text("Да", "CP1251", "CRLF") == b"\xc4\xe0\r\n"
    assert {"UTF-8", "GBK", "GB18030", "Big5", "Latin-1", "ASCII", "UTF-16"} < set(ENCODINGS)
    assert {"CP1251", "KOI8-R", "CP866"} < set(ENCODINGS)


@pytest.mark.parametrize(("encoding", "codec"), [("CP1251", "cp1251"), ("KOI8-R", "koi8-r")])
def test_cyrillic_typed_and_received_in_a_russian_code_page(encoding: str, codec: str) -> None:
    text = "Привет, мир! Ёлка"
    sent = encode_text(text, encoding, "LF")
    assert sent == (text + "\n").encode(codec)
    decoder = StreamDecoder(encoding)
    # One byte a letter: every cut is a whole character, nothing is held back.
    assert decoder.decode(sent[:5]) + decoder.decode(sent[5:]) == text + "\n"
    assert decoder.pending == 0
    assert StreamDecoder("CP866").decode("Привет".encode("cp866")) == "Привет"


def test_traditional_chinese_in_big5_and_gb18030_split_across_chunks() -> None:
    for encoding, codec in (("Big5", "big5"), ("GB18030", "gb18030")):
        data = "你好😀".encode(codec) if codec == "gb18030" else "臺灣".encode(codec)
        decoder = StreamDecoder(encoding)
        assert decoder.decode(data[:3]) + decoder.decode(data[3:]) == data.decode(codec)


def test_text_that_the_encoding_cannot_hold_is_an_error_in_words() -> None:
    with pytest.raises(TerminalInputError, match="'你' cannot be written in Latin-1"):
        encode_text("a你", "Latin-1", "LF")


def test_control_characters_are_shown_as_python_escapes() -> None:
    assert visible_text("GET /\r\n") == "GET /\\r\\n"
    assert visible_text("a\tb\x1b[2J\x00") == "a\\tb\\x1b[2J\\0"
    assert visible_text("back\\slash") == "back\\\\slash"
    assert visible_text("zero\u200bwidth") == "zero\\u200bwidth"
    assert visible_text("plain text, 你好") == "plain text, 你好"


def test_plan_sends_separate_or_joined() -> None:
    from app.core.chat.raw_terminal import MOST_REPEATS, plan_sends

    assert plan_sends(b"hi\n", 3, True) == [b"hi\n", b"hi\n", b"hi\n"]
    assert plan_sends(b"hi\n", 3, False) == [b"hi\nhi\nhi\n"]
    assert plan_sends(b"x", 1, True) == [b"x"]
    for times in (0, MOST_REPEATS + 1):
        with pytest.raises(ValueError):
            plan_sends(b"x", times, True)
