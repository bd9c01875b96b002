"""Linux's TCP tables, read with a limit (app/core/proc_net.py)."""

from __future__ import annotations

from pathlib import Path

from app.core import proc_net
from app.core.proc_net import proc_address, read_tcp_tables, tcp_rows

HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid\n"
ROW = "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000003 00:00000000 00000000 0 0 4242\n"


def test_a_table_is_read_up_to_the_limit_and_a_missing_one_is_none(tmp_path, monkeypatch):
    monkeypatch.setattr(proc_net, "MAX_PROC_TCP_BYTES", 4096)
    table = tmp_path / "tcp"
    table.write_text(HEADER + ROW * 1000, encoding="ascii")  # ~100 kB: an outsider's doing
    (text,) = read_tcp_tables([table])
    assert len(text) == 4096
    assert read_tcp_tables([tmp_path / "none"]) is None


def test_rows_skip_the_header_and_short_lines_and_addresses_are_decoded():
    rows = list(tcp_rows([HEADER + ROW + "   1: garbage\n"]))
    assert len(rows) == 1 and rows[0][3] == proc_net.LISTEN
    assert proc_address(rows[0][1]) == ("127.0.0.1", 8080)
    assert rows[0][4] == "00000000:00000003"  # a LISTEN socket's accept queue: 3


def test_the_real_tables_are_read_where_linux_has_them():
    if not Path("/proc/net/tcp").exists():
        assert read_tcp_tables() is None
    else:
        assert read_tcp_tables() is not None
