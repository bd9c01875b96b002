"""Name lookups through the system resolver: forward (A and AAAA) and reverse (PTR).

The system resolver is what every program on this machine uses: `getaddrinfo()` reads
/etc/hosts (or the Windows hosts file) and then asks the DNS servers the system was
given. It has no time limit of its own, so the lookup runs on a helper thread and a
`OneShotEngine` gives up on it after `timeout` seconds.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.address import is_ip_address
from app.core.diagnostics.blocking import OneShotEngine
from app.core.errors import ErrorContext, describe_os_error
from app.core.messages import N_, Message

# The trace result of a forward lookup (the call stays as Python writes it).
ADDRESS_COUNT = N_("trace", "{count} address(es)")

DEFAULT_TIMEOUT = 5.0
RESOLV_CONF = Path("/etc/resolv.conf")
HOSTS_FILE = (
    Path(r"C:\Windows\System32\drivers\etc\hosts")
    if sys.platform == "win32"
    else Path("/etc/hosts")
)
#: The most of the hosts file read, and the longest line looked at (a longer one is skipped).
MAX_HOSTS_BYTES = 1024 * 1024
MAX_HOSTS_LINE = 4096
NSSWITCH_CONF = Path("/etc/nsswitch.conf")


@dataclass(frozen=True)
class ForwardAnswer:
    """The addresses a name resolves to: A (IPv4) records first, then AAAA (IPv6)."""

    name: str
    canonical_name: str
    ipv4: tuple[str, ...]
    ipv6: tuple[str, ...]
    #: The hosts file that gave every address (no DNS packet was sent), or "".
    hosts_file: str = ""

    @property
    def records(self) -> list[tuple[str, str]]:
        """[("A", "127.0.0.1"), ("AAAA", "::1")]."""
        return [("A", a) for a in self.ipv4] + [("AAAA", a) for a in self.ipv6]


@dataclass(frozen=True)
class ReverseAnswer:
    """The name an address belongs to (its PTR record, or the hosts file's entry)."""

    address: str
    name: str
    aliases: tuple[str, ...]


def hosts_file_addresses(name: str, path: Path | None = None) -> set[str]:
    """The addresses the hosts file gives `name` (case-insensitive), read with limits:
    at most MAX_HOSTS_BYTES, and lines longer than MAX_HOSTS_LINE are skipped."""
    path = path or HOSTS_FILE
    wanted = name.rstrip(".").lower()
    if not wanted:
        return set()
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_HOSTS_BYTES)
    except OSError:
        return set()
    found: set[str] = set()
    for raw in data.split(b"\n"):
        if len(raw) > MAX_HOSTS_LINE:
            continue
        fields = raw.decode("utf-8", errors="replace").split("#", 1)[0].split()
        if len(fields) < 2 or wanted not in (alias.lower() for alias in fields[1:]):
            continue
        try:
            found.add(str(ipaddress.ip_address(fields[0].split("%")[0])))
        except ValueError:
            continue
    return found


def _files_before_dns() -> bool:
    """True when the resolver reads the hosts file before asking DNS (nsswitch's
    `hosts: files dns`, the default; always on Windows)."""
    if sys.platform == "win32":
        return True
    try:
        text = NSSWITCH_CONF.read_text(encoding="utf-8", errors="replace")[:MAX_HOSTS_BYTES]
    except OSError:
        return True  # no nsswitch.conf: glibc's default order is files, then dns
    for line in text.splitlines():
        if line.strip().startswith("hosts:"):
            sources = [word.split("[")[0] for word in line.split(":", 1)[1].split("#")[0].split()]
            if "files" not in sources:
                return False
            return "dns" not in sources or sources.index("files") < sources.index("dns")
    return True


def answered_by_hosts_file(answer: ForwardAnswer, path: Path | None = None) -> str:
    """The hosts file's path when it alone gave every address of `answer` (the resolver
    reads it before DNS, and stops there), else ""."""
    path = path or HOSTS_FILE
    if not answer.records or not _files_before_dns():
        return ""
    listed = hosts_file_addresses(answer.name, path)
    shown = {str(ipaddress.ip_address(a.split("%")[0])) for _, a in answer.records}
    return str(path) if listed and shown <= listed else ""


def forward_lookup(name: str, flags: int = 0) -> ForwardAnswer:
    """Resolve `name` with getaddrinfo; raises socket.gaierror when it does not resolve.

    `flags` is passed to getaddrinfo: socket.AI_NUMERICHOST refuses anything that is not
    a numeric address without asking any server (the tests use it). The answer says
    when it came from the hosts file (then no DNS packet was sent).
    """
    results = socket.getaddrinfo(
        name, None, socket.AF_UNSPEC, socket.SOCK_STREAM, 0, flags | socket.AI_CANONNAME
    )
    ipv4: list[str] = []
    ipv6: list[str] = []
    canonical = ""
    for family, _kind, _proto, canon, sockaddr in results:
        canonical = canonical or canon
        address = str(sockaddr[0])
        if family == socket.AF_INET and address not in ipv4:
            ipv4.append(address)
        elif family == socket.AF_INET6 and address not in ipv6:
            ipv6.append(address)
    answer = ForwardAnswer(name, canonical or name, tuple(ipv4), tuple(ipv6))
    if is_ip_address(name):
        return answer
    return dataclasses.replace(answer, hosts_file=answered_by_hosts_file(answer))


def reverse_lookup(address: str) -> ReverseAnswer:
    """The name of `address` (gethostbyaddr); raises socket.herror when it has none."""
    ipaddress.ip_address(address.split("%")[0])  # ValueError for a name: no lookup at all
    name, aliases, _addresses = socket.gethostbyaddr(address)
    return ReverseAnswer(address, name, tuple(aliases))


def describe_lookup_error(exc: BaseException, query: str) -> str:
    """Readable words for a failed lookup of `query` (forward or reverse)."""
    if isinstance(exc, ValueError):
        return Message(
            N_(
                "diagnostics",
                "{query} is not an IP address: a reverse lookup needs one, like 127.0.0.1.",
            ),
            query=query,
        )
    return describe_os_error(exc, ErrorContext("resolve", query))


def timeout_message(query: str, timeout: float) -> str:
    """What to say when the resolver did not answer in time."""
    return Message(
        N_(
            "diagnostics",
            "The lookup of {query} timed out after {seconds:g} s: the DNS server did not "
            "answer. Check the network connection, or the DNS servers this machine uses.",
        ),
        query=query,
        seconds=timeout,
    )


def resolver_description() -> str:
    """Which resolver answers: the hosts file, then the DNS servers this machine uses."""
    if sys.platform == "win32":
        return Message(
            N_(
                "diagnostics",
                "System resolver: the hosts file ({hosts}), then the DNS servers of the "
                "network adapters (see ipconfig /all).",
            ),
            hosts="C:\\Windows\\System32\\drivers\\etc\\hosts",
        )
    servers: list[str] = []
    try:
        for line in RESOLV_CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split()
            if len(parts) >= 2 and parts[0] == "nameserver":
                servers.append(parts[1])
    except OSError:
        pass
    order = ""
    try:
        for line in NSSWITCH_CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip().startswith("hosts:"):
                order = " ".join(line.split(":", 1)[1].split("#")[0].split())
    except OSError:
        pass
    listed = ", ".join(servers)
    if order and servers:
        template = N_(
            "diagnostics",
            "System resolver (order: {order}): /etc/hosts, then DNS server {servers} "
            "(from /etc/resolv.conf).",
        )
    elif servers:
        template = N_(
            "diagnostics",
            "System resolver: /etc/hosts, then DNS server {servers} (from /etc/resolv.conf).",
        )
    elif order:
        template = N_("diagnostics", "System resolver (order: {order}): /etc/hosts, then DNS.")
    else:
        template = N_("diagnostics", "System resolver: /etc/hosts, then DNS.")
    return Message(template, order=order, servers=listed)


def lookup_engine(
    query: str,
    *,
    reverse: bool | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    forward: Callable[[str], ForwardAnswer] | None = None,
    backward: Callable[[str], ReverseAnswer] | None = None,
) -> OneShotEngine:
    """An engine that looks `query` up once and stops.

    `reverse=None` picks by the text: an IP address is looked up in reverse. The result
    arrives as a CallResult holding a ForwardAnswer or a ReverseAnswer.
    """
    query = query.strip()
    forward = forward or forward_lookup
    backward = backward or reverse_lookup
    if reverse is None:
        reverse = is_ip_address(query)
    if reverse:
        return OneShotEngine(
            "reverse lookup",
            lambda: backward(query),
            timeout=timeout,
            trace_call=f"gethostbyaddr({query!r})",
            summarise=lambda answer: repr(answer.name),
            describe_error=lambda exc: describe_lookup_error(exc, query),
            timeout_message=timeout_message(query, timeout),
            error_field="name",
        )
    return OneShotEngine(
        "name lookup",
        lambda: forward(query),
        timeout=timeout,
        trace_call=f"getaddrinfo({query!r}, None, AF_UNSPEC, SOCK_STREAM)",
        summarise=lambda answer: Message(ADDRESS_COUNT, count=len(answer.records)),
        describe_error=lambda exc: describe_lookup_error(exc, query),
        timeout_message=timeout_message(query, timeout),
        error_field="name",
    )
