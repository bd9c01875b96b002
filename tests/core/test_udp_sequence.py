"""The sequence header and the loss/reorder/duplicate counter."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.core.messages import Message
from app.core.udp.sequence import (
    HEADER_SIZE,
    MAX_TRACKED_GAP,
    SequenceCounter,
    SequenceStats,
    pack_header,
    parse_header,
    preview_datagram,
)

SOURCE = ("127.0.0.1", 5000)


def feed(counter: SequenceCounter, numbers: list[int], stream: int = 7) -> SequenceStats:
    for number in numbers:
        assert counter.add_datagram(SOURCE, pack_header(stream, number) + b"payload")
    return counter.stats()


def test_header_is_12_bytes_magic_stream_and_number() -> None:
    header = pack_header(0x01020304, 5)
    assert header == b"SLSQ\x01\x02\x03\x04\x00\x00\x00\x05"
    assert HEADER_SIZE == 12
    assert parse_header(header + b"x") == (0x01020304, 5)
    assert parse_header(b"SLSQ\x00") is None
    assert parse_header(b"hello world!!") is None


def test_in_order_stream_has_no_loss() -> None:
    assert feed(SequenceCounter(), list(range(100))) == SequenceStats(streams=1, received=100)


def test_gaps_count_as_lost_until_late_arrivals_fill_them() -> None:
    counter = SequenceCounter()
    stats = feed(counter, [0, 1, 2, 5, 6, 9])
    assert (stats.lost, stats.reordered) == (4, 0)
    stats = feed(counter, [4, 3])
    assert (stats.lost, stats.reordered, stats.received) == (2, 2, 8)


def test_duplicates_are_counted_apart() -> None:
    stats = feed(SequenceCounter(), [0, 1, 1, 2, 0])
    assert (stats.received, stats.duplicates, stats.lost, stats.reordered) == (3, 2, 0, 0)


def test_an_earlier_number_than_the_first_counts_as_reordered() -> None:
    stats = feed(SequenceCounter(), [3, 4, 1])
    assert (stats.received, stats.lost, stats.reordered) == (3, 1, 1)


def test_streams_are_counted_separately_and_summed() -> None:
    counter = SequenceCounter()
    feed(counter, [0, 2], stream=1)
    feed(counter, [10, 11, 13], stream=2)
    counter.add(("127.0.0.1", 6000), 1, 0)  # same stream id from another source
    stats = counter.stats()
    assert (stats.streams, stats.received, stats.lost) == (3, 6, 2)


def test_a_huge_gap_is_lost_without_remembering_every_number() -> None:
    counter = SequenceCounter()
    stats = feed(counter, [0, MAX_TRACKED_GAP * 4])
    assert stats.lost == MAX_TRACKED_GAP * 4 - 1
    stats = feed(counter, [5])  # too late to be told apart from a duplicate
    assert stats.duplicates == 1


def test_datagrams_without_the_header_are_ignored() -> None:
    counter = SequenceCounter()
    assert not counter.add_datagram(SOURCE, b"plain text datagram")
    assert counter.stats() == SequenceStats()
    feed(counter, [0])
    counter.reset()
    assert counter.stats() == SequenceStats()


def reference_stats(numbers: list[int]) -> tuple[int, int, int, int]:
    """(received, lost, reordered, duplicates) computed the slow, obvious way."""
    seen: set[int] = set()
    reordered = duplicates = 0
    for number in numbers:
        if number in seen:
            duplicates += 1
            continue
        if seen and number < max(seen):
            reordered += 1
        seen.add(number)
    lost = max(seen) - min(seen) + 1 - len(seen)
    return len(seen), lost, reordered, duplicates


@given(st.lists(st.integers(min_value=0, max_value=300), min_size=1, max_size=200))
def test_counter_matches_the_obvious_definition(numbers: list[int]) -> None:
    counter = SequenceCounter()
    for number in numbers:
        counter.add(SOURCE, 1, number)
    stats = counter.stats()
    assert (stats.received, stats.lost, stats.reordered, stats.duplicates) == reference_stats(
        numbers
    )


@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=300), st.integers(min_value=1, max_value=20)),
        min_size=1,
        max_size=40,
    )
)
def test_runs_count_the_same_as_one_number_at_a_time(runs: list[tuple[int, int]]) -> None:
    one_by_one, by_runs = SequenceCounter(), SequenceCounter()
    for first, count in runs:
        by_runs.add_run(SOURCE, 1, first, count)
        for number in range(first, first + count):
            one_by_one.add(SOURCE, 1, number)
    assert by_runs.stats() == one_by_one.stats()


def test_the_preview_marks_the_header_with_a_message_and_plain_data_stays_plain() -> None:
    preview = preview_datagram(pack_header(7, 1234) + b"hi\n")
    assert preview == "[seq 1,234] hi\\n"
    assert isinstance(preview, Message)
    assert preview.values == {"number": 1234, "preview": "hi\\n"}
    assert not isinstance(preview_datagram(b"plain"), Message)
