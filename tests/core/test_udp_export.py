"""CSV export of received datagrams."""

from __future__ import annotations

import csv
import io

from app.core.udp.export import CSV_COLUMNS, iso_time, write_csv


def test_csv_has_a_header_and_one_row_per_datagram() -> None:
    rows = [
        (1, (1_700_000_000.25, ("127.0.0.1", 5000), b'hello, "world"\n')),
        (2, (1_700_000_001.0, ("::1", 6000, 0, 0), "你好".encode("gbk"))),
    ]
    out = io.StringIO()
    assert write_csv(rows, out, encoding="GBK") == 2
    parsed = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(parsed[0]) == CSV_COLUMNS
    assert parsed[1][0] == "1" and parsed[1][2:5] == ["127.0.0.1", "5000", "15"]
    assert parsed[1][1] == iso_time(1_700_000_000.25)
    assert parsed[1][5] == 'hello, "world"\n'
    assert ".250" in parsed[1][1]
    assert parsed[1][6] == b'hello, "world"\n'.hex()
    assert parsed[2][2:] == ["::1", "6000", "4", "你好", "c4e3bac3"]
