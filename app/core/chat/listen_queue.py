"""What the kernel holds for a listening port, read from Linux's /proc/net/tcp(6).

Two things a class can watch and Python's socket module cannot tell:

- `accept_queue_length(sock)`: connections whose handshake the kernel finished but that
  accept() has not taken yet. On Linux a LISTEN socket's rx_queue column (`ss -lnt`
  Recv-Q) is exactly that count.
- `time_wait_count(port)`: connections on a local port in TIME_WAIT, the state that
  keeps a port busy for about 60 s after the side that closed first closed.

Other systems have no such file: both return None there, and callers say it cannot be
measured rather than guess.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator

#: listen()'s backlog as the host panel and `--backlog` accept it (Linux caps it at
#: net.core.somaxconn, 4096 by default, without an error).
DEFAULT_BACKLOG = 128
BACKLOG_LOW = 1
BACKLOG_HIGH = 65535

_PROC_FILES = ("/proc/net/tcp", "/proc/net/tcp6")
_LISTEN = "0A"
_TIME_WAIT = "06"


def _rows() -> Iterator[list[str]] | None:
    """The fields of every TCP socket row, or None where /proc/net/tcp does not exist."""
    texts = []
    for path in _PROC_FILES:
        try:
            with open(path, encoding="ascii", errors="replace") as file:
                texts.append(file.read())
        except OSError:
            continue
    if not texts:
        return None
    return (
        fields
        for text in texts
        for line in text.splitlines()[1:]
        if len(fields := line.split()) >= 10
    )


def accept_queue_length(sock: socket.socket) -> int | None:
    """Connections waiting in `sock`'s accept queue (Linux), or None if not measurable."""
    try:
        inode = str(os.fstat(sock.fileno()).st_ino)
    except (OSError, ValueError):
        return None
    rows = _rows()
    if rows is None:
        return None
    for fields in rows:
        if fields[9] == inode and fields[3] == _LISTEN:
            try:
                return int(fields[4].split(":")[1], 16)
            except (IndexError, ValueError):
                return None
    return None


def time_wait_count(port: int) -> int | None:
    """Connections with local port `port` in TIME_WAIT (Linux), or None if not measurable."""
    rows = _rows()
    if rows is None:
        return None
    count = 0
    for fields in rows:
        if fields[3] != _TIME_WAIT:
            continue
        try:
            local_port = int(fields[1].rsplit(":", 1)[1], 16)
        except (IndexError, ValueError):
            continue
        if local_port == port:
            count += 1
    return count
