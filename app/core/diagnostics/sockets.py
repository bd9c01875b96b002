"""The sockets on this machine, like `netstat -an` or `ss -tuanp`, read with psutil.

Each TCP and UDP socket: protocol, local and remote address, state (LISTEN,
ESTABLISHED, TIME_WAIT...) and the program that owns it where the system allows us to
know. Walking every process can take a while on a busy machine, so the engine does it
on a helper thread, once per `refresh()`.
"""

from __future__ import annotations

import dataclasses
import os
import socket
import struct
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import psutil

from app.core.diagnostics.blocking import error_code, run_blocking
from app.core.engine import Engine
from app.core.events import Event
from app.core.messages import N_, Message
from app.core.proc_net import PROC_NET_TCP, TIME_WAIT, proc_address, read_tcp_tables, tcp_rows

#: TCP states in the order a connection lives through them, for the state filter.
TCP_STATES = (
    "LISTEN",
    "SYN_SENT",
    "SYN_RECV",
    "ESTABLISHED",
    "FIN_WAIT1",
    "FIN_WAIT2",
    "CLOSE_WAIT",
    "CLOSING",
    "LAST_ACK",
    "TIME_WAIT",
    "CLOSE",
)

#: States in which a socket belongs to no program any more (the kernel finishes it).
OWNERLESS_STATES = ("TIME_WAIT",)

_TIMER_TIME_WAIT = "03"  # the `tr` field: 3 is the TIME_WAIT timer


def _is_administrator() -> bool:
    """True when running as root (POSIX); on Windows psutil names every owner anyway."""
    geteuid = getattr(os, "geteuid", None)
    return geteuid is not None and geteuid() == 0


@dataclass(frozen=True)
class SocketEntry:
    """One socket: `TCP 127.0.0.1:5555 -> 127.0.0.1:40112 ESTABLISHED python (4242)`."""

    protocol: str  # "TCP" or "UDP"
    family: str  # "IPv4" or "IPv6"
    local_host: str
    local_port: int
    remote_host: str
    remote_port: int | None
    state: str  # "" for UDP, which has no connection state
    pid: int | None
    process: str
    #: Seconds a TIME_WAIT socket has left (Linux), None where it is not known.
    time_left: float | None = None

    @property
    def local(self) -> str:
        """`127.0.0.1:5555` or `[::1]:5555`."""
        return _endpoint(self.local_host, self.local_port)

    @property
    def remote(self) -> str:
        """The peer's address, or `*` when there is none (listening, unconnected UDP)."""
        if not self.remote_host and not self.remote_port:
            return "*"
        return _endpoint(self.remote_host, self.remote_port)

    @property
    def owner(self) -> str:
        """`python (4242)`, `(4242)` when the name is hidden, or empty when unknown."""
        if self.pid is None:
            return self.process
        return f"{self.process} ({self.pid})" if self.process else f"({self.pid})"

    @property
    def key(self) -> tuple:
        """What identifies this socket between two snapshots."""
        return (
            self.protocol,
            self.family,
            self.local_host,
            self.local_port,
            self.remote_host,
            self.remote_port,
            self.pid,
        )

    def is_peer_of(self, other: SocketEntry) -> bool:
        """True when `other` is this connection seen from its other end: the same
        protocol and family, local and remote swapped (both ends on this machine)."""
        return (
            other is not self
            and bool(self.remote_port)
            and self.protocol == other.protocol
            and self.family == other.family
            and (self.local_host, self.local_port) == (other.remote_host, other.remote_port)
            and (self.remote_host, self.remote_port) == (other.local_host, other.local_port)
        )

    @property
    def sort_key(self) -> tuple:
        """Listening sockets first, then by local port and remote address."""
        return (
            self.protocol,
            self.state != "LISTEN",
            self.local_port,
            self.local_host,
            self.remote_host,
            self.remote_port or 0,
            self.pid or 0,
        )


def _endpoint(host: str, port: int | None) -> str:
    host = host or "*"
    shown = f"[{host}]" if ":" in host else host
    return f"{shown}:{port}" if port else shown


@dataclass(frozen=True)
class SocketListing:
    """A snapshot of the sockets, and a note when some could not be seen."""

    entries: tuple[SocketEntry, ...]
    note: str = ""  # a Message


class ProcessNames:
    """pid -> program name, remembered between snapshots (a name never changes)."""

    def __init__(self) -> None:
        self._names: dict[int, str] = {}

    def name(self, pid: int | None) -> str:
        """The program's name, or an empty string when it is hidden from us."""
        if pid is None:
            return ""
        if pid not in self._names:
            try:
                self._names[pid] = psutil.Process(pid).name()
            except (psutil.Error, OSError):
                self._names[pid] = ""
        return self._names[pid]

    def forget_except(self, pids: Iterable[int | None]) -> None:
        """Drop the names of processes that are gone (their pid may be reused)."""
        keep = set(pids)
        self._names = {pid: name for pid, name in self._names.items() if pid in keep}


def _entry(conn, names: ProcessNames, pid: int | None = None) -> SocketEntry:
    pid = conn.pid if pid is None else pid
    local = conn.laddr or ("", 0)
    remote = conn.raddr or ()
    state = conn.status if conn.status and conn.status != psutil.CONN_NONE else ""
    return SocketEntry(
        protocol="TCP" if conn.type == socket.SOCK_STREAM else "UDP",
        family="IPv6" if conn.family == socket.AF_INET6 else "IPv4",
        local_host=str(local[0]) if local else "",
        local_port=int(local[1]) if local else 0,
        remote_host=str(remote[0]) if remote else "",
        remote_port=int(remote[1]) if remote else None,
        state=state,
        pid=pid,
        process=names.name(pid),
    )


def parse_time_wait_timers(text: str, ticks_per_second: int) -> dict[tuple, float]:
    """(local host, port, remote host, port) -> seconds left, for each TIME_WAIT line of
    /proc/net/tcp(6); malformed lines are skipped."""
    left: dict[tuple, float] = {}
    for fields in tcp_rows([text], min_fields=6):
        if fields[3] != TIME_WAIT:
            continue
        timer, _, when = fields[5].partition(":")
        if timer != _TIMER_TIME_WAIT:
            continue
        try:
            local, remote = proc_address(fields[1]), proc_address(fields[2])
            ticks = int(when, 16)
        except (ValueError, OSError, struct.error):
            continue
        left[(*local, *remote)] = ticks / ticks_per_second
    return left


def time_wait_timers(paths: Iterable[Path] = PROC_NET_TCP) -> dict[tuple, float]:
    """How long each TIME_WAIT socket has left, read from Linux's TCP tables (with
    app.core.proc_net's limit); empty elsewhere."""
    if not sys.platform.startswith("linux"):
        return {}
    try:
        ticks_per_second = os.sysconf("SC_CLK_TCK")  # the table counts in USER_HZ ticks
    except (ValueError, OSError):
        return {}
    left: dict[tuple, float] = {}
    for text in read_tcp_tables(paths) or []:
        left.update(parse_time_wait_timers(text, ticks_per_second))
    return left


def _with_time_left(entries: list[SocketEntry]) -> list[SocketEntry]:
    """The entries, TIME_WAIT ones with the seconds they have left where known."""
    if not any(entry.state == "TIME_WAIT" for entry in entries):
        return entries
    timers = time_wait_timers()
    return [
        dataclasses.replace(
            entry,
            time_left=timers.get(
                (entry.local_host, entry.local_port, entry.remote_host, entry.remote_port)
            ),
        )
        if entry.state == "TIME_WAIT"
        else entry
        for entry in entries
    ]


def list_sockets(names: ProcessNames | None = None) -> SocketListing:
    """Every TCP and UDP socket on this machine; only our own where the system says so."""
    names = names or ProcessNames()
    try:
        connections = psutil.net_connections(kind="inet")
    except psutil.AccessDenied:
        return _own_processes_sockets(names)
    entries = _with_time_left([_entry(conn, names) for conn in connections])
    names.forget_except(entry.pid for entry in entries)
    # TIME_WAIT sockets belong to no program; others without a pid are hidden from us.
    hidden = sum(1 for e in entries if e.pid is None and e.state not in OWNERLESS_STATES)
    note = ""
    if hidden and not _is_administrator():
        note = Message(
            N_(
                "diagnostics",
                "{count} socket(s) show no program: they belong to other users' programs. "
                "Run as administrator to see which.",
            ),
            count=hidden,
        )
    return SocketListing(tuple(sorted(entries, key=lambda e: e.sort_key)), note)


def _own_processes_sockets(names: ProcessNames) -> SocketListing:
    """macOS lets only administrators list every socket: list those of each process we may."""
    entries: list[SocketEntry] = []
    for process in psutil.process_iter():
        try:
            getter = getattr(process, "net_connections", None) or process.connections
            entries.extend(_entry(conn, names, process.pid) for conn in getter(kind="inet"))
        except (psutil.Error, OSError):
            continue
    note = Message(
        N_(
            "diagnostics",
            "Showing the sockets of your own programs only: listing every socket on this "
            "system needs administrator rights.",
        )
    )
    return SocketListing(tuple(sorted(entries, key=lambda e: e.sort_key)), note)


def filter_sockets(
    entries: Iterable[SocketEntry],
    text: str = "",
    *,
    state: str = "",
    protocols: Iterable[str] = ("TCP", "UDP"),
) -> list[SocketEntry]:
    """The entries that match.

    `text` is a port number (`5555` matches the local or the remote port), or words
    matched against the state, the program name and the addresses. `state` keeps one
    TCP state only.
    """
    wanted_protocols = set(protocols)
    needle = text.strip().lower().lstrip(":")
    port = int(needle) if needle.isdigit() else None
    matched: list[SocketEntry] = []
    for entry in entries:
        if entry.protocol not in wanted_protocols:
            continue
        if state and entry.state != state:
            continue
        if port is not None:
            if port not in (entry.local_port, entry.remote_port):
                continue
        elif needle and not any(
            needle in field.lower()
            for field in (entry.state, entry.owner, entry.local, entry.remote, entry.protocol)
        ):
            continue
        matched.append(entry)
    return matched


@dataclass(frozen=True, slots=True)
class SocketSnapshot(Event):
    """A fresh listing of this machine's sockets, taken at `taken_at` (time.time())."""

    listing: SocketListing
    taken_at: float
    elapsed_ms: float


class SocketTableEngine(Engine):
    """Takes a snapshot of the sockets each time `refresh()` is called (thread-safe).

    The psutil walk runs on a helper thread; a refresh asked for while one is running is
    folded into one more snapshot afterwards, so slow walks never pile up.
    """

    name = "socket table"

    def __init__(self) -> None:
        super().__init__()
        self._names = ProcessNames()
        self._in_flight = False
        self._again = False
        self._began = 0.0

    def refresh(self) -> None:
        """Ask for a new snapshot; safe from any thread."""
        self.call_soon_threadsafe(self._refresh_now)

    def _refresh_now(self) -> None:
        if self._in_flight:
            self._again = True
            return
        self._in_flight = True
        self._began = time.perf_counter()
        run_blocking(
            self,
            list_sockets,
            self._names,
            on_result=self._on_listing,
            on_error=self._on_failed,
            name="net_connections",
        )

    def _on_listing(self, listing: SocketListing) -> None:
        elapsed_ms = (time.perf_counter() - self._began) * 1000
        self.emit(SocketSnapshot(listing, time.time(), elapsed_ms))
        self._done()

    def _on_failed(self, exc: BaseException) -> None:
        # psutil's (or the system's) own words go in as a value.
        self.error(
            Message(
                N_("diagnostics", "Could not list the sockets: {reason} ({code})."),
                reason=str(exc),
                code=error_code(exc),
            )
        )
        self._done()

    def _done(self) -> None:
        self._in_flight = False
        if self._again:
            self._again = False
            self._refresh_now()
