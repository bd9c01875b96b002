"""Export received datagrams as CSV (one row per datagram, text and hex both kept)."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from typing import TextIO

from app.core import export
from app.core.udp.events import Datagram
from app.core.udp.payload import decode_text

CSV_COLUMNS = ("number", "time", "source_host", "source_port", "size", "text", "hex")


def iso_time(timestamp: float) -> str:
    """Local time with milliseconds and the UTC offset: 2025-01-31T14:02:03.123+01:00."""
    moment = datetime.datetime.fromtimestamp(timestamp).astimezone()
    return moment.isoformat(timespec="milliseconds")


def csv_rows(rows: Iterable[tuple[int, Datagram]], encoding: str) -> Iterator[tuple]:
    """One CSV row per `(number, datagram)`: text in `encoding` and hex both kept."""
    for number, (when, address, data) in rows:
        yield (
            number,
            iso_time(when),
            address[0],
            address[1],
            len(data),
            decode_text(data, encoding),
            data.hex(),
        )


def csv_chunks(
    rows: Iterable[tuple[int, Datagram]], encoding: str = "UTF-8", rows_per_chunk: int = 1000
) -> Iterator[tuple[str, int]]:
    """The CSV text in chunks, header first: yields (text, rows written so far)."""
    return export.csv_chunks(CSV_COLUMNS, csv_rows(rows, encoding), rows_per_chunk)


def write_csv(rows: Iterable[tuple[int, Datagram]], out: TextIO, encoding: str = "UTF-8") -> int:
    """Write `(number, datagram)` rows to `out`; returns how many were written."""
    return export.write_chunks(csv_chunks(rows, encoding), out)
