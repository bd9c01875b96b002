"""pcap and pcapng: a round trip through the writer and the reader, the tcpdump-format
fixture, both byte orders and time units, a stream fed one byte at a time, and damaged
or lying files refused in words."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest

from app.core.messages import Message
from app.core.packets import pcapfile
from app.core.packets.decode import Dissector, internet_checksum
from app.core.packets.model import LINKTYPE_ETHERNET, LINKTYPE_LINUX_SLL, LINKTYPE_RAW, Frame
from app.core.packets.pcapfile import (
    CaptureFileError,
    CaptureReader,
    PcapngWriter,
    read_capture,
    write_pcapng,
)
from tests.core.packets.make_fixture import FIXTURE, START_TIME, handshake_frames, pcap_bytes

FRAMES = [
    Frame(1_700_000_000.123456, b"\x01\x02\x03", 3, LINKTYPE_ETHERNET, "eth0"),
    Frame(1_700_000_000.5, b"", 60, LINKTYPE_ETHERNET, "eth0"),
    Frame(1_700_000_001.000001, bytes(range(7)), 1514, LINKTYPE_RAW, "tun0"),
    Frame(1_700_000_002.999999, b"abcd", 4, LINKTYPE_LINUX_SLL, "any"),
    Frame(1_700_000_003.25, b"x" * 65, 65, LINKTYPE_ETHERNET, ""),
    Frame(1_700_000_004.0, b"\xff" * 5, 5, LINKTYPE_RAW, "tun0"),
]


def pcapng_bytes(frames: list[Frame]) -> bytes:
    """Frames written by PcapngWriter into memory."""
    stream = io.BytesIO()
    writer = PcapngWriter(stream)
    for frame in frames:
        writer.write(frame)
    return stream.getvalue()


def read_all(data: bytes) -> list[Frame]:
    """Every frame of a whole capture in memory."""
    reader = CaptureReader()
    frames = reader.feed(data)
    reader.finish()
    return frames


def refusal(data: bytes, reader: CaptureReader | None = None) -> CaptureFileError:
    """The error a capture is refused with."""
    with pytest.raises(CaptureFileError) as caught:
        read_all(data) if reader is None else reader.feed(data)
    assert isinstance(caught.value.args[0], Message)
    return caught.value


def be_block(block_type: int, body: bytes) -> bytes:
    """A big-endian pcapng block."""
    body += b"\0" * (-len(body) % 4)
    length = 12 + len(body)
    return struct.pack(">II", block_type, length) + body + struct.pack(">I", length)


BE_SECTION = be_block(0x0A0D0D0A, struct.pack(">IHHq", 0x1A2B3C4D, 1, 0, -1))


def test_a_pcapng_round_trip_gives_the_same_frames() -> None:
    data = pcapng_bytes(FRAMES)
    assert len(data) % 4 == 0
    assert read_all(data) == FRAMES
    for original, copy in zip(FRAMES, read_all(data), strict=True):
        assert round(copy.time * 1_000_000) == round(original.time * 1_000_000)


def test_the_writer_describes_each_interface_once() -> None:
    data = pcapng_bytes(FRAMES)
    offset, kinds = 0, []
    while offset < len(data):
        kind, length = struct.unpack_from("<II", data, offset)
        assert struct.unpack_from("<I", data, offset + length - 4)[0] == length
        kinds.append(kind)
        offset += length
    assert kinds.count(0x0A0D0D0A) == 1
    assert kinds.count(1) == 4  # (eth0, 1), (tun0, 101), (any, 113), ("", 1)
    assert kinds.count(6) == len(FRAMES)
    assert b"SocketLab" in data and b"eth0" in data


def test_files_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "saved.pcapng"
    assert write_pcapng(path, FRAMES) == len(FRAMES)
    assert read_capture(path) == FRAMES


def test_the_tcpdump_fixture_reads_and_decodes() -> None:
    raw = FIXTURE.read_bytes()
    assert len(raw) < 2048
    assert raw[:24] == struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1)
    assert raw == pcap_bytes(handshake_frames())
    frames = read_capture(FIXTURE)
    assert [frame.data for frame in frames] == handshake_frames()
    assert [round(frame.time * 1e6) for frame in frames] == [
        START_TIME * 1_000_000 + 100 * n for n in range(1, 9)
    ]
    assert {(frame.linktype, frame.interface) for frame in frames} == {(LINKTYPE_ETHERNET, "")}
    dissector = Dissector()
    packets = [dissector.decode(frame) for frame in frames]
    assert [p.flags for p in packets] == [
        "SYN",
        "SYN,ACK",
        "ACK",
        "PSH,ACK",
        "ACK",
        "FIN,ACK",
        "FIN,ACK",
        "ACK",
    ]
    for frame in frames:
        ip_header, segment = frame.data[14:34], frame.data[34:]
        assert internet_checksum(ip_header) == 0
        pseudo = ip_header[12:20] + struct.pack("!BBH", 0, 6, len(segment))
        assert internet_checksum(pseudo + segment) == 0


@pytest.mark.parametrize(
    ("order", "magic", "units"),
    [
        ("<", 0xA1B2C3D4, 1_000_000),
        (">", 0xA1B2C3D4, 1_000_000),
        ("<", 0xA1B23C4D, 1_000_000_000),
        (">", 0xA1B23C4D, 1_000_000_000),
    ],
)
def test_classic_pcap_in_both_byte_orders_and_time_units(
    order: str, magic: int, units: int
) -> None:
    header = struct.pack(order + "IHHiIII", magic, 2, 4, 0, 0, 65535, LINKTYPE_RAW)
    record = struct.pack(order + "IIII", 1000, units // 4, 3, 40) + b"abc"
    frames = read_all(header + record)
    assert frames == [Frame(1000.25, b"abc", 40, LINKTYPE_RAW, "")]


def test_big_endian_pcapng_with_binary_time_a_simple_packet_and_an_unknown_block() -> None:
    name = struct.pack(">HH", 2, 4) + b"wlan"
    resolution = struct.pack(">HH", 9, 1) + bytes([0x80 | 10]) + b"\0\0\0"
    idb = be_block(1, struct.pack(">HHI", LINKTYPE_ETHERNET, 0, 4) + name + resolution + b"\0" * 4)
    ticks = 3 * 1024 + 512  # 3.5 s in 1/1024 s
    epb = be_block(6, struct.pack(">IIIII", 0, 0, ticks, 2, 2) + b"hi")
    unknown = be_block(0x0BAD, b"whatever")
    spb = be_block(3, struct.pack(">I", 6) + b"abcdef")  # snap length 4 cuts it
    frames = read_all(BE_SECTION + idb + unknown + epb + spb)
    assert frames == [
        Frame(3.5, b"hi", 2, LINKTYPE_ETHERNET, "wlan"),
        Frame(0.0, b"abcd", 6, LINKTYPE_ETHERNET, "wlan"),
    ]


def test_a_stream_fed_one_byte_at_a_time_gives_the_same_frames() -> None:
    data = pcapng_bytes(FRAMES)
    reader = CaptureReader()
    frames: list[Frame] = []
    for index in range(len(data)):
        frames += reader.feed(data[index : index + 1])
    reader.finish()
    assert frames == FRAMES
    assert reader.format == "pcapng" and reader.pending == 0
    classic = CaptureReader()
    fixture = FIXTURE.read_bytes()
    pieces = [classic.feed(fixture[index : index + 7]) for index in range(0, len(fixture), 7)]
    assert [frame for piece in pieces for frame in piece] == read_capture(FIXTURE)


def test_a_block_longer_than_16_mib_is_refused_before_it_is_read() -> None:
    data = bytearray(pcapng_bytes(FRAMES[:1]))
    epb_at = data.rindex(struct.pack("<I", 6))
    data[epb_at + 4 : epb_at + 8] = struct.pack("<I", 0x7FFFFFF0)
    error = refusal(bytes(data[: epb_at + 12]), CaptureReader())
    assert str(error.args[0]) == (
        f"The block at byte {epb_at} says it is 2147483632 bytes long, more than the "
        "16777216 bytes allowed: the capture is damaged or not a capture at all."
    )


def test_a_lying_block_length_is_refused_in_words() -> None:
    data = bytearray(pcapng_bytes(FRAMES[:2]))
    epb_at = data.rindex(struct.pack("<I", 6))
    (length,) = struct.unpack_from("<I", data, epb_at + 4)
    data[epb_at + 4 : epb_at + 8] = struct.pack("<I", length - 4)
    error = refusal(bytes(data))
    assert error.args[0] == (
        f"The block at byte {epb_at} says it is {length - 4} bytes long at its start but "
        "60 at its end: the capture is damaged."
    )
    assert error.frames == FRAMES[:1]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (struct.pack("<IIIII", 0, 0, 0, 400, 400) + b"abcd", "says it holds 400 bytes"),
        (struct.pack("<IIIII", 5, 0, 0, 0, 0), "belongs to interface 5, but only 1 interfaces"),
        (b"\0" * 8, "is too short for its kind"),
    ],
)
def test_damaged_packet_blocks_are_refused(body: bytes, words: str) -> None:
    start = pcapng_bytes([])
    idb = pcapfile._block(1, struct.pack("<HHI", 1, 0, 0))
    assert words in refusal(start + idb + pcapfile._block(6, body)).args[0]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"GIF89a....", "not a pcap or pcapng capture: it starts with the bytes 47 49 46 38"),
        (b"", "The file is empty"),
        (pcapng_bytes(FRAMES)[:-3], "ends in the middle of a block (37 bytes left over)"),
        (struct.pack("<II", 0x0A0D0D0A, 28) + b"\0" * 20, "has no valid byte-order magic"),
        (
            struct.pack("<II", 0x0A0D0D0A, 30) + struct.pack("<I", 0x1A2B3C4D),
            "impossible length of 30",
        ),
        (
            struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 0, 1)
            + struct.pack("<IIII", 0, 0, 20_000_000, 20_000_000),
            "says it holds 20000000 bytes",
        ),
        (struct.pack("<IHHiIII", 0xA1B2C3D4, 3, 0, 0, 0, 0, 1), "format version 3.0"),
    ],
)
def test_things_that_are_not_captures_are_refused_in_words(data: bytes, words: str) -> None:
    assert words in refusal(data).args[0]


def test_a_failed_reader_stays_failed() -> None:
    reader = CaptureReader()
    refusal(b"nope", reader)
    error = refusal(pcapng_bytes(FRAMES), reader)
    assert error.args[0].startswith("The capture reader stopped at an earlier error: This is not")


def test_frame_and_file_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reader = CaptureReader(max_frames=3)
    error = refusal(pcapng_bytes(FRAMES), reader)
    assert (
        error.args[0] == "The capture holds more than 3 packets; SocketLab reads at most that many."
    )
    assert len(error.frames) == 3
    path = tmp_path / "big.pcapng"
    write_pcapng(path, FRAMES)
    monkeypatch.setattr(pcapfile, "MAX_FILE_SIZE", 100)
    with pytest.raises(CaptureFileError) as caught:
        read_capture(path)
    assert caught.value.args[0].startswith("The file is ")
    assert "larger than the 100 bytes SocketLab reads" in caught.value.args[0]


def test_a_file_cut_short_keeps_the_frames_before_the_cut(tmp_path: Path) -> None:
    path = tmp_path / "cut.pcap"
    path.write_bytes(FIXTURE.read_bytes()[:-10])
    with pytest.raises(CaptureFileError) as caught:
        read_capture(path)
    assert len(caught.value.frames) == 7
    assert "cut short" in caught.value.args[0]
