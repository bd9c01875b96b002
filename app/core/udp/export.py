"""Export received datagrams as CSV (one row per datagram, text and hex both kept)."""

from __future__ import annotations

import csv
import datetime
from collections.abc import Iterable
from typing import TextIO

from app.core.udp.events import Datagram
from app.core.udp.payload import decode_text

CSV_COLUMNS = ("number", "time", "source_host", "source_port", "size", "text", "hex")


def iso_time(timestamp: float) -> str:
    """Local time with milliseconds and the UTC offset: 2025-01-31T14:02:03.123+01:00."""
    moment = datetime.datetime.fromtimestamp(timestamp).astimezone()
    return moment.isoformat(timespec="milliseconds")


def write_csv(rows: Iterable[tuple[int, Datagram]], out: TextIO, encoding: str = "UTF-8") -> int:
    """Write `(number, datagram)` rows to `out`; returns how many were written."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    written = 0
    for number, (when, address, data) in rows:
        writer.writerow(
            (
                number,
                iso_time(when),
                address[0],
                address[1],
                len(data),
                decode_text(data, encoding),
                data.hex(),
            )
        )
        written += 1
    return written
