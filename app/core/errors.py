"""Turn OSError and friends into sentences a person can act on.

One place maps errno values to words, so every engine, the command line and the
window say the same thing about the same failure.
"""

from __future__ import annotations

import errno
import socket
from dataclasses import dataclass

from app.core.messages import N_, Message, Template, message_of

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


def _with_or_without(
    value: str, with_value: Template, without: Template, **values: object
) -> Message:
    """The sentence that names `value` (as {target}), or a whole other sentence when
    there is nothing to name: never a stand-in word pasted into a sentence."""
    if value:
        return Message(with_value, target=value, **values)
    return Message(without, **values)


def _port_in_use(ctx: ErrorContext) -> Message:
    if ctx.port is not None and ctx.host:
        return Message(
            N_("errors", "Port {port} is already in use on {host}: {why}"),
            port=ctx.port,
            host=ctx.host,
            why=Message(_IN_USE_WHY),
        )
    if ctx.port is not None:
        return Message(
            N_("errors", "Port {port} is already in use: {why}"),
            port=ctx.port,
            why=Message(_IN_USE_WHY),
        )
    return Message(N_("errors", "The address is already in use: {why}"), why=Message(_IN_USE_WHY))


_IN_USE_WHY = N_(
    "errors",
    "another program (or another SocketLab) is listening there. Choose another port, or "
    "stop that program. If you just closed a server, its old connections may still be in "
    "TIME_WAIT for up to a minute; SO_REUSEADDR lets a new server bind anyway.",
)


def _permission(ctx: ErrorContext) -> Message:
    if ctx.action == "bind" and ctx.port is not None and 0 < ctx.port < PRIVILEGED_PORT_LIMIT:
        return Message(
            N_(
                "errors",
                "Port {port} is privileged: run as administrator or choose a port from "
                "{first} to 65535.",
            ),
            port=ctx.port,
            first=PRIVILEGED_PORT_LIMIT,
        )
    if ctx.action == "send":
        return Message(
            N_(
                "errors",
                "Permission denied by the operating system: sending to a broadcast address "
                "needs the broadcast option (SO_BROADCAST), or a firewall blocked the packet.",
            )
        )
    return Message(
        N_("errors", "Permission denied by the operating system (a firewall or missing rights).")
    )


def _refused(ctx: ErrorContext) -> Message:
    return _with_or_without(
        ctx.endpoint,
        N_(
            "errors",
            "Connection refused by {target}: nothing is listening on that port. "
            "Check the port number and that the server is running.",
        ),
        N_(
            "errors",
            "Connection refused: nothing is listening on that port. "
            "Check the port number and that the server is running.",
        ),
    )


def _timed_out(ctx: ErrorContext) -> Message:
    why = N_(
        "errors",
        "no answer came back. The host may be down, or a firewall may be silently "
        "dropping the packets.",
    )
    if ctx.endpoint:
        return Message(
            N_("errors", "Timed out to {target}: {why}"), target=ctx.endpoint, why=Message(why)
        )
    return Message(N_("errors", "Timed out: {why}"), why=Message(why))


def _not_available(ctx: ErrorContext) -> Message:
    return _with_or_without(
        ctx.host,
        N_(
            "errors",
            "Address {target} is not available on this machine: a server can only bind to "
            "one of this machine's own addresses (or 0.0.0.0 for all of them).",
        ),
        N_(
            "errors",
            "The address is not available on this machine: a server can only bind to "
            "one of this machine's own addresses (or 0.0.0.0 for all of them).",
        ),
    )


def _net_unreachable(ctx: ErrorContext) -> Message:
    return _with_or_without(
        ctx.endpoint,
        N_(
            "errors",
            "Network unreachable: this machine has no route to {target}. "
            "Check the cable or Wi-Fi and the address.",
        ),
        N_(
            "errors",
            "Network unreachable: this machine has no route to that network. "
            "Check the cable or Wi-Fi and the address.",
        ),
    )


def _host_unreachable(ctx: ErrorContext) -> Message:
    return _with_or_without(
        ctx.host,
        N_(
            "errors",
            "Host unreachable: {target} did not answer on the local network (is it switched on?).",
        ),
        N_(
            "errors",
            "Host unreachable: it did not answer on the local network (is it switched on?).",
        ),
    )


def _reset(ctx: ErrorContext) -> Message:
    return Message(
        N_(
            "errors",
            "Connection reset by the peer: the other side closed the connection abruptly.",
        )
    )


def _broken_pipe(ctx: ErrorContext) -> Message:
    return Message(
        N_(
            "errors",
            "The peer closed the connection while we were still sending (broken pipe).",
        )
    )


def _too_long(ctx: ErrorContext) -> Message:
    return Message(
        N_(
            "errors",
            "Message too long: the datagram is bigger than the network allows "
            "(at most 65,507 bytes of UDP payload over IPv4, less on some links).",
        )
    )


def _family(ctx: ErrorContext) -> Message:
    return Message(
        N_(
            "errors",
            "Address family not supported: an IPv6 address was used where only IPv4 works, "
            "or IPv6 is switched off on this machine.",
        )
    )


def _no_buffers(ctx: ErrorContext) -> Message:
    return Message(
        N_(
            "errors",
            "The operating system ran out of socket buffer space; slow down and try again.",
        )
    )


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


def _resolve_error(exc: socket.gaierror, ctx: ErrorContext) -> Message:
    if exc.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", -9999)):
        return _with_or_without(
            ctx.host,
            N_(
                "errors",
                "Host not found: {target} does not resolve to an address. Check the spelling.",
            ),
            N_(
                "errors",
                "Host not found: the name does not resolve to an address. Check the spelling.",
            ),
        )
    if exc.errno == socket.EAI_AGAIN:
        return _with_or_without(
            ctx.host,
            N_(
                "errors",
                "Could not look up {target} right now: the DNS server did not answer. "
                "Check the network connection and try again.",
            ),
            N_(
                "errors",
                "Could not look up the name right now: the DNS server did not answer. "
                "Check the network connection and try again.",
            ),
        )
    if exc.errno == socket.EAI_FAMILY:
        return _with_or_without(
            ctx.host,
            N_("errors", "{target} has no address of the requested kind (IPv4 or IPv6)."),
            N_("errors", "The name has no address of the requested kind (IPv4 or IPv6)."),
        )
    return _with_or_without(
        ctx.host,
        N_("errors", "Could not resolve {target}: {reason}."),
        N_("errors", "Could not resolve the name: {reason}."),
        reason=exc.strerror or str(exc),
    )


def describe_os_error(exc: BaseException, context: ErrorContext | None = None) -> str:
    """Return a sentence that says what failed and what to do about it.

    The sentence is a `Message`: English text that the window can translate.
    """
    ctx = context or ErrorContext()
    if isinstance(exc, socket.gaierror):
        return _resolve_error(exc, ctx)
    if isinstance(exc, socket.herror):
        # A reverse lookup failed; its errno is an h_errno, not an errno (1 is not EPERM).
        return _with_or_without(
            ctx.host,
            N_(
                "errors",
                "No name found for {target}: it has no reverse (PTR) record and is not "
                "in the hosts file.",
            ),
            N_(
                "errors",
                "No name found for the address: it has no reverse (PTR) record and is not "
                "in the hosts file.",
            ),
        )
    if isinstance(exc, TimeoutError | socket.timeout):
        return _timed_out(ctx)
    if isinstance(exc, OSError) and exc.errno in _MESSAGES:
        return _MESSAGES[exc.errno](ctx)
    if isinstance(exc, OSError):
        # The operating system's own words (strerror) are not ours to translate.
        reason = exc.strerror or str(exc)
        code = errno.errorcode.get(exc.errno, "") if exc.errno else ""
        suffix = f" ({code})" if code else ""
        if ctx.action:
            return Message(
                N_("errors", "{action} failed: {reason}."),
                action=ctx.action.capitalize(),
                reason=reason + suffix,
            )
        return Message(N_("errors", "The operation failed: {reason}."), reason=reason + suffix)
    return message_of(exc) or type(exc).__name__
