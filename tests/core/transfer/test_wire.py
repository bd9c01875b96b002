"""The transfer framing without sockets: any cut, hostile bytes, limits."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.transfer import wire
from app.core.transfer.state import from_ranges, to_ranges


def stream() -> bytes:
    return (
        wire.control_frame(b"M", {"files": [{"name": "a", "size": 5}]})
        + wire.hashes_frame(0, [b"\1" * 32, b"\2" * 32])
        + wire.data_header(0, 0, 5)
        + b"hello"
        + wire.control_frame(b"E", {"file": 0})
        + wire.control_frame(b"E", {})
    )


def read_all(chunks: list[bytes]) -> tuple[list, bytes]:
    reader = wire.FrameReader(wire.RECEIVER_LIMITS, data_allowed=True)
    events, data = [], b""
    for chunk in chunks:
        for event in reader.receive(chunk):
            if isinstance(event, wire.Data):
                data += bytes(event.data)
            else:
                events.append(event)
    return events, data


def test_frames_in_one_piece():
    events, data = read_all([stream()])
    assert data == b"hello"
    assert events[0] == wire.Control("M", {"files": [{"name": "a", "size": 5}]})
    assert events[1] == wire.Hashes(0, (b"\1" * 32, b"\2" * 32))
    assert events[2:] == [wire.Control("E", {"file": 0}), wire.Control("E", {})]


@settings(max_examples=300, derandomize=True)
@given(st.lists(st.integers(min_value=0, max_value=200), max_size=20))
def test_frames_cut_anywhere(cuts):
    whole = stream()
    points = sorted({c % (len(whole) + 1) for c in cuts})
    chunks = [whole[a:b] for a, b in zip([0, *points], [*points, len(whole)], strict=True)]
    assert read_all(chunks) == read_all([whole])


@settings(max_examples=300, derandomize=True)
@given(st.binary(max_size=300))
def test_hostile_bytes_raise_only_the_protocol_error(data):
    for limits, allowed in ((wire.RECEIVER_LIMITS, True), (wire.SENDER_LIMITS, False)):
        reader = wire.FrameReader(limits, data_allowed=allowed)
        with contextlib.suppress(wire.TransferProtocolError):
            reader.receive(data)


def test_limits():
    reader = wire.FrameReader(wire.SENDER_LIMITS, data_allowed=False)
    with pytest.raises(wire.TransferProtocolError, match="too long"):
        reader.receive(wire.CONTROL_HEADER.pack(b"W", 10**9))
    with pytest.raises(wire.TransferProtocolError, match="not expected"):
        wire.FrameReader(wire.SENDER_LIMITS, data_allowed=False).receive(b"D")
    with pytest.raises(wire.TransferProtocolError, match="unknown"):
        wire.FrameReader(wire.SENDER_LIMITS, data_allowed=False).receive(b"Z")
    deep = b"[" * 50 + b"]" * 50
    with pytest.raises(wire.TransferProtocolError, match="not JSON"):
        wire.FrameReader(wire.SENDER_LIMITS, data_allowed=False).receive(
            wire.CONTROL_HEADER.pack(b"H", len(deep)) + deep
        )
    nan = b'{"id":NaN}'
    with pytest.raises(wire.TransferProtocolError):
        wire.FrameReader(wire.SENDER_LIMITS, data_allowed=False).receive(
            wire.CONTROL_HEADER.pack(b"H", len(nan)) + nan
        )
    with pytest.raises(wire.TransferProtocolError, match="wrong length"):
        wire.FrameReader(wire.RECEIVER_LIMITS, data_allowed=True).receive(
            wire.CONTROL_HEADER.pack(b"K", 5) + b"\0\0\0\0\1"
        )


def test_piece_ranges_round_trip_and_bounds():
    assert to_ranges({0, 1, 2, 5, 7, 8}) == [[0, 3], [5, 6], [7, 9]]
    assert from_ranges([[0, 3], [5, 6], [7, 9]], 10) == {0, 1, 2, 5, 7, 8}
    assert from_ranges([[0, 99], [-1, 2], [3, 2], "x", [True, 2], [1.5, 2]], 10) == set()
    assert from_ranges("nonsense", 10) == set()
