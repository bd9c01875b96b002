"""Turn OSError and friends into sentences a person can act on.

One place maps errno values to words, so every engine, the command line and the
window say the same thing about the same failure.
"""

from __future__ import annotations

import errno
import socket
from dataclasses import dataclass

#: Ports below this need administrator (root) rights to bind on most systems.
PRIVILEGED_PORT_LIMIT = 1024


@dataclass(frozen=True)
class ErrorContext:
    """What was being attempted when the error happened, to make the message specific."""

    action: str = ""  # "bind", "connect", "send", "recv", "resolve", ...
    host: str = ""
    port: int | None = None

    @property
    def endpoint(self) -> str:
        """`host:port` (or `[v6]:port`) for messages, or an empty string."""
        if not self.host and self.port is None:
            return ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}" if self.port is not None else host


def _port_in_use(ctx: ErrorContext) -> str:
    where = f"Port {ctx.port}" if ctx.port is not None else "The address"
    addr = f" on {ctx.host}" if ctx.host else ""
    return (
        f"{where} is already in use{addr}: another program (or another SocketLab) is "
        "listening there. Choose another port, or stop that program. If you just closed a "
        "server, its old connections may still be in TIME_WAIT for up to a minute; "
        "SO_REUSEADDR lets a new server bind anyway."
    )


def _permission(ctx: ErrorContext) -> str:
    if ctx.action == "bind" and ctx.port is not None and 0 < ctx.port < PRIVILEGED_PORT_LIMIT:
        return (
            f"Port {ctx.port} is privileged: run as administrator or choose a port from "
            f"{PRIVILEGED_PORT_LIMIT} to 65535."
        )
    if ctx.action == "send":
        return (
            "Permission denied by the operating system: sending to a broadcast address "
            "needs the broadcast option (SO_BROADCAST), or a firewall blocked the packet."
        )
    return "Permission denied by the operating system (a firewall or missing rights)."


def _refused(ctx: ErrorContext) -> str:
    target = ctx.endpoint or "the other side"
    return (
        f"Connection refused by {target}: nothing is listening on that port. "
        "Check the port number and that the server is running."
    )


def _timed_out(ctx: ErrorContext) -> str:
    target = f" to {ctx.endpoint}" if ctx.endpoint else ""
    return (
        f"Timed out{target}: no answer came back. The host may be down, or a firewall "
        "may be silently dropping the packets."
    )


def _not_available(ctx: ErrorContext) -> str:
    host = ctx.host or "that address"
    return (
        f"Address {host} is not available on this machine: a server can only bind to one "
        "of this machine's own addresses (or 0.0.0.0 for all of them)."
    )


def _net_unreachable(ctx: ErrorContext) -> str:
    target = ctx.endpoint or "that address"
    return (
        f"Network unreachable: this machine has no route to {target}. "
        "Check the cable or Wi-Fi and the address."
    )


def _host_unreachable(ctx: ErrorContext) -> str:
    target = ctx.host or "the host"
    return f"Host unreachable: {target} did not answer on the local network (is it switched on?)."


def _reset(ctx: ErrorContext) -> str:
    return "Connection reset by the peer: the other side closed the connection abruptly."


def _broken_pipe(ctx: ErrorContext) -> str:
    return "The peer closed the connection while we were still sending (broken pipe)."


def _too_long(ctx: ErrorContext) -> str:
    return (
        "Message too long: the datagram is bigger than the network allows "
        "(at most 65,507 bytes of UDP payload over IPv4, less on some links)."
    )


def _family(ctx: ErrorContext) -> str:
    return (
        "Address family not supported: an IPv6 address was used where only IPv4 works, "
        "or IPv6 is switched off on this machine."
    )


def _no_buffers(ctx: ErrorContext) -> str:
    return "The operating system ran out of socket buffer space; slow down and try again."


_MESSAGES = {
    errno.EADDRINUSE: _port_in_use,
    errno.EACCES: _permission,
    errno.EPERM: _permission,
    errno.ECONNREFUSED: _refused,
    errno.ETIMEDOUT: _timed_out,
    errno.EADDRNOTAVAIL: _not_available,
    errno.ENETUNREACH: _net_unreachable,
    errno.EHOSTUNREACH: _host_unreachable,
    errno.ECONNRESET: _reset,
    errno.EPIPE: _broken_pipe,
    errno.EMSGSIZE: _too_long,
    errno.EAFNOSUPPORT: _family,
    errno.ENOBUFS: _no_buffers,
}


def _resolve_error(exc: socket.gaierror, ctx: ErrorContext) -> str:
    host = ctx.host or "the name"
    if exc.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", -9999)):
        return f"Host not found: {host} does not resolve to an address. Check the spelling."
    if exc.errno == socket.EAI_AGAIN:
        return (
            f"Could not look up {host} right now: the DNS server did not answer. "
            "Check the network connection and try again."
        )
    if exc.errno == socket.EAI_FAMILY:
        return f"{host} has no address of the requested kind (IPv4 or IPv6)."
    return f"Could not resolve {host}: {exc.strerror or exc}."


def describe_os_error(exc: BaseException, context: ErrorContext | None = None) -> str:
    """Return a sentence that says what failed and what to do about it."""
    ctx = context or ErrorContext()
    if isinstance(exc, socket.gaierror):
        return _resolve_error(exc, ctx)
    if isinstance(exc, socket.herror):
        # A reverse lookup failed; its errno is an h_errno, not an errno (1 is not EPERM).
        address = ctx.host or "the address"
        return (
            f"No name found for {address}: it has no reverse (PTR) record and is not "
            "in the hosts file."
        )
    if isinstance(exc, TimeoutError | socket.timeout):
        return _timed_out(ctx)
    if isinstance(exc, OSError) and exc.errno in _MESSAGES:
        return _MESSAGES[exc.errno](ctx)
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        code = errno.errorcode.get(exc.errno, "") if exc.errno else ""
        suffix = f" ({code})" if code else ""
        action = f"{ctx.action} failed" if ctx.action else "The operation failed"
        return f"{action.capitalize()}: {reason}{suffix}."
    return str(exc) or type(exc).__name__
