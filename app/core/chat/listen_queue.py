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

from app.core.proc_net import LISTEN, TIME_WAIT, read_tcp_tables, tcp_rows

#: listen()'s backlog as the host panel and `--backlog` accept it (Linux caps it at
#: net.core.somaxconn, 4096 by default, without an error).
DEFAULT_BACKLOG = 128
BACKLOG_LOW = 1
BACKLOG_HIGH = 65535


def accept_queue_length(sock: socket.socket) -> int | None:
    """Connections waiting in `sock`'s accept queue (Linux), or None if not measurable."""
    try:
        inode = str(os.fstat(sock.fileno()).st_ino)
    except (OSError, ValueError):
        return None
    texts = read_tcp_tables()
    if texts is None:
        return None
    for fields in tcp_rows(texts):
        if fields[9] == inode and fields[3] == LISTEN:
            try:
                return int(fields[4].split(":")[1], 16)
            except (IndexError, ValueError):
                return None
    return None


def time_wait_count(port: int) -> int | None:
    """Connections with local port `port` in TIME_WAIT (Linux), or None if not measurable."""
    texts = read_tcp_tables()
    if texts is None:
        return None
    count = 0
    for fields in tcp_rows(texts):
        if fields[3] != TIME_WAIT:
            continue
        try:
            local_port = int(fields[1].rsplit(":", 1)[1], 16)
        except (IndexError, ValueError):
            continue
        if local_port == port:
            count += 1
    return count
