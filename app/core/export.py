"""CSV for exports, in chunks: the export writer's thread writes one chunk at a time and
checks between chunks whether it was cancelled (app/workers/export_writer.py).

The Subnet lists and the UDP receiver's datagrams build their rows; this module turns
any rows into CSV text.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO


def csv_chunks(
    header: Sequence[object],
    rows: Iterable[Sequence[object]],
    rows_per_chunk: int = 5000,
    lineterminator: str = "\r\n",
) -> Iterator[tuple[str, int]]:
    """The CSV text in chunks, header first: yields (text, rows written so far).

    Rows are read lazily, `rows_per_chunk` at a time. A table with no rows yields the
    header alone.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=lineterminator)
    writer.writerow(header)
    written = 0
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, rows_per_chunk)):
        writer.writerows(batch)
        written += len(batch)
        yield buffer.getvalue(), written
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue(), written


def write_chunks(chunks: Iterable[tuple[str, int]], stream: TextIO) -> int:
    """Write every chunk to `stream`; returns the number of rows."""
    written = 0
    for text, rows_so_far in chunks:
        stream.write(text)
        written = rows_so_far
    return written
