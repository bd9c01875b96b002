"""Linux's TCP tables (/proc/net/tcp and tcp6), read with a limit: what the socket
module cannot tell (a listening socket's accept queue, TIME_WAIT timers).

Standard library only, so the Chat tab's host panel and the chat server can use it
without loading the Diagnostics tab's dependencies. Other systems have no such files:
`read_tcp_tables()` returns None there and callers say it cannot be measured.
"""

from __future__ import annotations

import socket
import struct
from collections.abc import Iterable, Iterator
from pathlib import Path

#: The two tables, IPv4 then IPv6.
PROC_NET_TCP = (Path("/proc/net/tcp"), Path("/proc/net/tcp6"))
#: The most of each table read (about 150 bytes a socket: some 100,000 sockets); anyone
#: who can open connections to this machine makes the tables grow.
MAX_PROC_TCP_BYTES = 16 * 1024 * 1024
#: The `st` column (include/net/tcp_states.h).
LISTEN = "0A"
TIME_WAIT = "06"


def read_tcp_tables(paths: Iterable[Path] = PROC_NET_TCP) -> list[str] | None:
    """The text of each table (at most MAX_PROC_TCP_BYTES each), or None if none exists."""
    texts = []
    for path in paths:
        try:
            with path.open("r", encoding="ascii", errors="replace") as stream:
                texts.append(stream.read(MAX_PROC_TCP_BYTES))
        except OSError:
            continue
    return texts or None


def tcp_rows(texts: Iterable[str], min_fields: int = 10) -> Iterator[list[str]]:
    """The fields of each socket line of the tables (headers and short lines skipped)."""
    for text in texts:
        for line in text.splitlines()[1:]:
            fields = line.split()
            if len(fields) >= min_fields:
                yield fields


def proc_address(text: str) -> tuple[str, int]:
    """`0100007F:1F90` -> ("127.0.0.1", 8080): a table's address, in the kernel's words
    (each 32-bit word of the address in this machine's byte order)."""
    address, port = text.split(":")
    words = [int(address[i : i + 8], 16) for i in range(0, len(address), 8)]
    raw = b"".join(struct.pack("=I", word) for word in words)
    family = socket.AF_INET if len(raw) == 4 else socket.AF_INET6
    return socket.inet_ntop(family, raw), int(port, 16)
