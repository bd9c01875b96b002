"""Payloads: encodings, hex, escapes, the size limits and the ways bytes are shown."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.hexdump import hex_dump
from app.core.messages import Message, message_of
from app.core.udp.payload import (
    ENCODINGS,
    MAX_UDP_PAYLOAD_IPV4,
    MAX_UDP_PAYLOAD_IPV6,
    PayloadError,
    PayloadFormat,
    build_payload,
    check_size,
    codec_name,
    decode_text,
    encode_text,
    encoding_label,
    escape_bytes,
    parse_escapes,
    parse_hex,
    preview_text,
    to_hex,
)


@pytest.mark.parametrize(
    ("encoding", "text", "expected"),
    [
        ("UTF-8", "héllo", b"h\xc3\xa9llo"),
        ("GBK", "你好", b"\xc4\xe3\xba\xc3"),
        ("Latin-1", "héllo", b"h\xe9llo"),
        ("ASCII", "hello", b"hello"),
        ("UTF-16", "hi", b"\xff\xfeh\x00i\x00"),
        ("CP1251", "Привет", b"\xcf\xf0\xe8\xe2\xe5\xf2"),
        ("KOI8-R", "Привет", b"\xf0\xd2\xc9\xd7\xc5\xd4"),
        ("CP866", "Привет", b"\x8f\xe0\xa8\xa2\xa5\xe2"),
        ("GB18030", "你好", b"\xc4\xe3\xba\xc3"),
        ("Big5", "你好", b"\xa7A\xa6n"),
    ],
)
def test_each_encoding_encodes_and_decodes_back(encoding: str, text: str, expected: bytes) -> None:
    assert encode_text(text, encoding) == expected
    assert decode_text(expected, encoding) == text


def test_gbk_round_trip_of_mixed_text() -> None:
    text = "温度 23.5°C, 湿度 40%"
    data = encode_text(text, "GBK")
    assert data != text.encode("utf-8")
    assert decode_text(data, "GBK") == text


def test_encoding_names_are_forgiving_and_unknown_ones_are_refused() -> None:
    assert codec_name("utf8") == "utf-8"
    assert codec_name("latin1") == "latin-1"
    assert codec_name("gbk") == "gbk"
    assert codec_name("cp1251") == codec_name("Windows-1251") == "cp1251"
    assert codec_name("koi8_r") == codec_name("KOI8R") == "koi8-r"
    assert codec_name("ibm866") == "cp866"
    assert codec_name("big5") == "big5"
    assert encoding_label("windows-1251") == "CP1251"
    assert encoding_label("iso-8859-1") == "Latin-1"
    with pytest.raises(PayloadError, match="Unknown encoding 'EBCDIC': choose one of UTF-8"):
        codec_name("EBCDIC")
    assert set(ENCODINGS) == {
        *("UTF-8", "GBK", "GB18030", "Big5", "Latin-1", "ASCII", "UTF-16"),
        *("CP1251", "KOI8-R", "CP866"),
    }


@pytest.mark.parametrize("encoding", ["CP1251", "KOI8-R", "CP866"])
def test_cyrillic_round_trips_through_each_russian_code_page(encoding: str) -> None:
    text = "Съешь же ещё этих мягких французских булок, да выпей чаю. ЁЖ 5"
    data = encode_text(text, encoding)
    assert len(data) == len(text)  # one byte a letter: a real code page, not UTF-8
    assert decode_text(data, encoding) == text
    assert preview_text(data, encoding) == text
    assert parse_escapes(escape_bytes(data, encoding), encoding) == data
    others = {"CP1251", "KOI8-R", "CP866"} - {encoding}
    assert all(decode_text(data, other) != text for other in others)  # they differ


def test_a_character_the_encoding_lacks_is_named_with_its_position() -> None:
    with pytest.raises(PayloadError) as caught:
        encode_text("caf\u00e9", "ASCII")
    assert str(caught.value).startswith("'é' (U+00E9) at position 4 cannot be written in ASCII")


def test_undecodable_bytes_become_replacement_characters() -> None:
    assert decode_text(b"ok\xff", "UTF-8") == "ok\ufffd"


@pytest.mark.parametrize(
    "text",
    [
        "48 65 6c 6c 6f",
        "48656c6c6f",
        "48:65:6C:6c:6F",
        "0x48 0x65 0x6c 0x6c 0x6f",
        "48-65\n6c,6c 6f",
    ],
)
def test_hex_accepts_the_usual_spellings(text: str) -> None:
    assert parse_hex(text) == b"Hello"


def test_hex_errors_say_where_and_why() -> None:
    with pytest.raises(PayloadError, match=r"'g' at position 4 is not a hex digit"):
        parse_hex("48 g5")
    with pytest.raises(PayloadError, match="two digits per byte, but there are 3 digits"):
        parse_hex("48 6")
    assert parse_hex("") == b""


def test_escapes_turn_into_the_bytes_they_name() -> None:
    assert parse_escapes(r"GET\r\n\tA\\B\0\x00\xff") == b"GET\r\n\tA\\B\0\x00\xff"
    assert parse_escapes("é\\n", "Latin-1") == b"\xe9\n"
    assert parse_escapes("é\\n", "UTF-8") == b"\xc3\xa9\n"
    assert parse_escapes("你\\x00", "GBK") == b"\xc4\xe3\x00"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc\\", "A lone backslash ends the payload at position 4"),
        ("a\\q", r"Unknown escape \\q at position 2"),
        ("\\x4", r"\\x at position 1 needs two hex digits"),
        ("\\xZZ", r"\\x at position 1 needs two hex digits"),
    ],
)
def test_escape_errors_say_where(text: str, message: str) -> None:
    with pytest.raises(PayloadError, match=message):
        parse_escapes(text)


def test_escape_text_reports_an_unencodable_character_at_its_position() -> None:
    with pytest.raises(PayloadError, match=r"'€' \(U\+20AC\) at position 7 cannot be written"):
        parse_escapes("ab\\ncé€", "Latin-1")


def test_build_payload_follows_the_format() -> None:
    assert build_payload("41 42", PayloadFormat.HEX) == b"AB"
    assert build_payload("41 42", "text") == b"41 42"
    assert build_payload("a\\n", "escapes") == b"a\n"
    assert build_payload("a\\n", PayloadFormat.TEXT) == b"a\\n"


def test_size_limits_per_ip_version() -> None:
    check_size(MAX_UDP_PAYLOAD_IPV4)
    check_size(MAX_UDP_PAYLOAD_IPV6, ipv6=True)
    with pytest.raises(PayloadError) as caught:
        check_size(65_508)
    assert str(caught.value).startswith(
        "The datagram is 65,508 bytes: UDP over IPv4 carries at most 65,507 bytes"
    )
    assert "1 bytes smaller" in str(caught.value)
    with pytest.raises(PayloadError, match="UDP over IPv6 carries at most 65,527 bytes"):
        check_size(65_528, ipv6=True)
    with pytest.raises(PayloadError, match=r"65,500 \+ the 12-byte sequence header"):
        check_size(65_500, header=12)


def test_preview_shows_control_characters_as_escapes_and_truncates() -> None:
    assert preview_text(b"hi\r\n\x01\tok") == "hi\\r\\n\\x01\\tok"
    long_preview = preview_text(b"x" * 500, limit=10)
    assert long_preview == "x" * 10 + "…"
    assert preview_text("你好".encode("gbk"), "GBK") == "你好"


def test_hex_dump_has_offset_hex_and_ascii_columns() -> None:
    dump = hex_dump(b"Hello, world!\n\x00\xffABCDEFG")
    lines = dump.splitlines()
    assert lines[0] == (
        "00000000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 00 ff  |Hello, world!...|"
    )
    assert lines[1].startswith("00000010  41 42 43 44 45 46 47")
    assert lines[1].endswith("|ABCDEFG|")
    assert len(lines[1]) == len(lines[0]) - 9  # the ASCII column is shorter, hex is padded
    assert hex_dump(b"") == ""
    assert to_hex(b"AB\x00") == "41 42 00"


@given(
    st.binary(max_size=64),
    st.sampled_from(["UTF-8", "Latin-1", "GBK", "ASCII", "CP1251", "KOI8-R", "Big5"]),
)
def test_escape_bytes_round_trips_through_parse_escapes(data: bytes, encoding: str) -> None:
    assert parse_escapes(escape_bytes(data, encoding), encoding) == data


def test_hex_dump_limit_says_how_much_is_left() -> None:
    dump = hex_dump(bytes(range(40)), limit=32)
    assert dump.splitlines()[-1] == "... 8 more bytes"
    assert len(dump.splitlines()) == 3


def test_payload_errors_are_messages_that_keep_the_position() -> None:
    with pytest.raises(PayloadError) as caught:
        parse_hex("48 6x")
    message = message_of(caught.value)
    assert isinstance(message, Message)
    assert message.template.context == "udp"
    assert message.values == {"char": "'x'", "position": 5}
    with pytest.raises(PayloadError) as caught:
        parse_escapes("ok\\q")
    assert message_of(caught.value).values == {"escape": "\\q", "position": 3}


def test_the_size_error_is_one_message_with_its_reason_inside() -> None:
    with pytest.raises(PayloadError) as caught:
        check_size(65_500, header=12)
    message = message_of(caught.value)
    assert isinstance(message, Message)
    assert message.values["total"] == 65_512 and message.values["excess"] == 5
    assert isinstance(message.values["why"], Message)
    assert "{total:,}" in message.template.text  # Python formats the number, not the text


def test_format_names_are_messages_for_the_window() -> None:
    assert PayloadFormat.ESCAPES.label == "Text with escapes"
    assert PayloadFormat.ESCAPES.word == "text with escapes"
    assert isinstance(PayloadFormat.HEX.label, Message)
    assert PayloadFormat.HEX.label.template.context == "udp"
