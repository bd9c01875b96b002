"""The sequence header and the loss/reorder/duplicate counter."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from app.core.messages import Message
from app.core.udp.sequence import (
    HEADER_SIZE,
    MAX_STREAMS,
    REORDER_WINDOW,
    SequenceCounter,
    SequenceStats,
    StreamStats,
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


def test_each_stream_is_shown_newest_first_and_the_list_is_bounded() -> None:
    counter = SequenceCounter()
    for number in (0, 1, 3, 2, 2):
        counter.add(("127.0.0.1", 1000), 5, number)
    counter.add(("127.0.0.1", 2000), 5, 0)  # same id, another port: another stream
    first, second = counter.stream_stats()
    assert first == StreamStats(("127.0.0.1", 2000), 5, 1, 0, 0, 0)
    assert second == StreamStats(("127.0.0.1", 1000), 5, 4, 0, 1, 1)
    assert counter.stream_stats(limit=1) == (first,)


def test_a_new_source_port_per_datagram_hides_reordering_in_one_stream_each() -> None:
    # What socat does: every datagram from a new port. Nothing is lost or reordered
    # *per stream*, though the numbers came 4, 3, 2, 1, 0: the streams show why.
    counter = SequenceCounter()
    for port, number in zip(range(40000, 40005), (4, 3, 2, 1, 0), strict=True):
        counter.add(("127.0.0.1", port), 9, number)
    stats = counter.stats()
    assert (stats.streams, stats.lost, stats.reordered) == (5, 0, 0)
    assert [s.received for s in counter.stream_stats()] == [1] * 5


def test_a_huge_gap_is_lost_without_remembering_every_number() -> None:
    counter = SequenceCounter()
    stats = feed(counter, [0, REORDER_WINDOW * 4])
    assert stats.lost == REORDER_WINDOW * 4 - 1
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


def windowed_reference(numbers: list[int], window: int) -> tuple[int, int, int, int]:
    """(received, lost, reordered, duplicates) as documented for a reorder window.

    Exact within `window` numbers of the highest; a number further behind (and not
    before the first) counts as a duplicate, too late to tell.
    """
    seen: set[int] = set()
    reordered = duplicates = 0
    for number in numbers:
        if not seen or number > max(seen):
            seen.add(number)
        elif number < min(seen):
            seen.add(number)
            reordered += 1
        elif max(seen) - number >= window or number in seen:
            duplicates += 1
        else:
            seen.add(number)
            reordered += 1
    return len(seen), max(seen) - min(seen) + 1 - len(seen), reordered, duplicates


@given(st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=200))
def test_a_small_window_counts_as_documented(numbers: list[int]) -> None:
    counter = SequenceCounter(window=8)
    for number in numbers:
        counter.add(SOURCE, 1, number)
    stats = counter.stats()
    assert (stats.received, stats.lost, stats.reordered, stats.duplicates) == (
        windowed_reference(numbers, 8)
    )


@given(
    st.lists(
        st.integers(min_value=0, max_value=REORDER_WINDOW - 1) | st.integers(0, 40),
        min_size=1,
        max_size=300,
    )
)
def test_reordering_within_the_window_is_exact(numbers: list[int]) -> None:
    counter = SequenceCounter()
    for number in numbers:
        counter.add(SOURCE, 1, number)
    stats = counter.stats()
    assert (stats.received, stats.lost, stats.reordered, stats.duplicates) == reference_stats(
        numbers
    )


@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=60), st.integers(min_value=1, max_value=20)),
        min_size=1,
        max_size=40,
    )
)
def test_runs_count_the_same_as_one_number_at_a_time_in_a_small_window(
    runs: list[tuple[int, int]],
) -> None:
    one_by_one, by_runs = SequenceCounter(window=8), SequenceCounter(window=8)
    for first, count in runs:
        by_runs.add_run(SOURCE, 1, first, count)
        for number in range(first, first + count):
            one_by_one.add(SOURCE, 1, number)
    assert by_runs.stats() == one_by_one.stats()


def peak_bytes(work: Callable[[], None]) -> int:
    """The most memory Python allocated while `work()` ran."""
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_hostile_jumps_are_counted_as_lost_without_memory() -> None:
    """Numbers a sender picks (here beyond 32 bits too) cost no memory per skipped one."""
    counter = SequenceCounter()
    numbers = [0, 2**31, 2**40, 2**63 - 1, 5, 2**40 + 1]

    def feed_them() -> None:
        for number in numbers:
            counter.add(SOURCE, 1, number)

    assert peak_bytes(feed_them) < 64 * 1024
    stats = counter.stats()
    # 5 and 2**40 + 1 are far behind 2**63 - 1: too late to tell, counted as duplicates.
    assert (stats.received, stats.lost, stats.reordered, stats.duplicates) == (
        4,
        2**63 - 4,
        0,
        2,
    )
    counter.add(SOURCE, 1, 2**63 - 3)  # within the window: a late arrival, exactly
    stats = counter.stats()
    assert (stats.received, stats.lost, stats.reordered) == (5, 2**63 - 5, 1)


def test_many_large_gaps_take_no_memory() -> None:
    """The attack of issue 13: jumps of 65,536 used to remember every missing number."""
    counter = SequenceCounter()

    def feed_them() -> None:
        for index in range(16):
            counter.add_datagram(SOURCE, pack_header(9, index * 65_536) + b"x")
            counter.add_datagram(SOURCE, pack_header(9, index * 65_536 + REORDER_WINDOW // 2))

    assert peak_bytes(feed_them) < 64 * 1024
    stats = counter.stats()
    assert (stats.received, stats.lost) == (32, 15 * 65_536 + REORDER_WINDOW // 2 + 1 - 32)


def test_a_number_before_the_first_counts_as_reordered_however_far() -> None:
    stats = feed(SequenceCounter(), [2**31, 7])
    assert (stats.received, stats.lost, stats.reordered) == (2, 2**31 - 8, 1)


def test_the_stream_table_is_bounded_and_evicts_the_least_recently_heard() -> None:
    counter = SequenceCounter()
    sprayed = 3 * MAX_STREAMS
    for number in range(sprayed):
        counter.add(SOURCE, 1_000_000 + number, 0)  # a new stream id each time
        counter.add(SOURCE, 7, number)  # a real stream, heard all along
    assert len(counter._streams) == MAX_STREAMS
    stats = counter.stats()
    assert stats.streams == MAX_STREAMS
    assert stats.evicted == sprayed + 1 - MAX_STREAMS
    assert stats.received == 2 * sprayed  # evicted streams stay in the totals
    assert (SOURCE, 7) in counter._streams
    counter.add(SOURCE, 7, sprayed)
    assert counter.stats().lost == 0  # still followed: nothing counted twice or lost


def test_spraying_source_ports_is_bounded_too() -> None:
    counter = SequenceCounter(max_streams=16)
    for port in range(1000):
        counter.add(("127.0.0.1", port), 1, 0)
    assert counter.stats() == SequenceStats(streams=16, received=1000, evicted=1000 - 16)
    counter.reset()
    assert counter.stats() == SequenceStats()


def test_the_preview_marks_the_header_with_a_message_and_plain_data_stays_plain() -> None:
    preview = preview_datagram(pack_header(7, 1234) + b"hi\n")
    assert preview == "[seq 1,234] hi\\n"
    assert isinstance(preview, Message)
    assert preview.values == {"number": 1234, "preview": "hi\\n"}
    assert not isinstance(preview_datagram(b"plain"), Message)
