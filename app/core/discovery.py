"""LAN discovery: chat servers announce themselves, finders ask who is there.

A running chat server broadcasts a small JSON datagram on UDP port 5556 to every IPv4
interface that has a broadcast address, and multicasts it to the IPv6 link-local group
ff02::736c on every IPv6 interface, a few times a minute and whenever a finder asks.
A finder broadcasts a query the same way and lists the servers that answer, with the
round-trip time, and forgets a server that stops announcing. docs/PROTOCOL.md
("Discovery") describes the datagrams.

Anything else that arrives on the discovery port (another program's datagrams,
garbage, a malformed SocketLab datagram) is ignored and counted; nothing a datagram
contains can stop an engine.

A server with a key (TLS on, the default) signs its announcements and goodbyes with
it, over their content and the time: the finder checks the signature, computes the
fingerprint code from the key itself, refuses stale or replayed datagrams, and binds a
room's id to the first key that signed for it, so nobody else on the LAN can pose as
that room or say goodbye in its name. Unsigned announcements (older versions, TLS off)
are still listed, marked unverified, after the verified ones.

`DiscoveryAnnouncer` is not an engine of its own: it runs inside its host engine's
loop (the chat server's), so it always reports the current number of users without
any cross-thread call, and says goodbye when the server stops.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import ipaddress
import json
import os
import random
import socket
import struct
import sys
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from app.core.address import AddressError
from app.core.chat.protocol import PROTOCOL_VERSION, sanitize_text
from app.core.diagnostics.interfaces import NetworkInterface, list_interfaces
from app.core.engine import Engine, Timer
from app.core.errors import ErrorContext
from app.core.events import Event
from app.core.identity import KnownServers, ServerIdentity, fingerprint_code, verify_signature
from app.core.messages import N_, Message, message_of
from app.core.safejson import WireError
from app.core.safejson import loads as safe_loads
from app.core.trace import OK, SocketTrace, byte_count, format_address, format_sockaddr_arg

# Trace results, in the reader's language (the calls themselves stay as Python writes them).
FILE_DESCRIPTOR = N_("trace", "fd {fd}")
DATAGRAM_IGNORED = N_(
    "trace", "{count:,} bytes from {source}: ignored, {problem} ({total:,} ignored so far)"
)
NOTHING_TO_ANNOUNCE = N_("trace", "no interface reaches {host}: nothing to announce")
ANNOUNCING_EVERY = N_("trace", "every {seconds:g} s on UDP port {port}")
LISTENING_FOR_QUERIES = N_("trace", "ok: listening for discovery queries")
QUERY_OUTSIDE = N_("trace", "query from {source}: not answered, outside this server's network")
QUERY_FROM = N_("trace", "query from {source}")
ANSWERS_COME_HERE = N_("trace", "ok, port {port}: answers come back here")
LISTENING_FOR_ANNOUNCEMENTS = N_("trace", "ok: listening for announcements")
SIGNED_GOODBYE = N_("trace", "goodbye from {source}, signed by {code}: server stopped")
GOODBYE_IGNORED = N_(
    "trace", "goodbye for {name} from {source}: ignored, it announced from {sources}"
)
GOODBYE = N_("trace", "goodbye from {source}: server stopped")
HEARD_ANNOUNCEMENT = N_(
    "trace", "announcement from {source}: {name}, chat port {port}, {users} online{signed}"
)
HEARD_ANSWER = N_(
    "trace",
    "answer in {ms:.2f} ms from {source}: {name}, chat port {port}, {users} online{signed}",
)
SIGNED_BY = N_("trace", ", signed by {code}")
UNSIGNED = N_("trace", ", unsigned")
TOO_MANY_SERVERS = N_("trace", "{sender} announces more than {count} servers")
ID_SIGNED_BY = N_("trace", "its id is signed by {code}")
ID_SIGNED_BY_PINNED = N_("trace", "its id is signed by {code}, a key you pinned")
# Why a datagram on the discovery port was ignored (the trace says it after "ignored, ").
NOT_DISCOVERY = N_("trace", "not a SocketLab discovery datagram")
TOO_LONG = N_("trace", "{count:,} bytes, longer than a discovery datagram ({limit:,})")
NO_VERSION = N_("trace", "no valid version number")
NEEDS_NAME = N_("trace", "an announcement needs a name")
IPV6_FLAG = N_("trace", "{key} must be true or false")
UNKNOWN_TYPE = N_("trace", "unknown type {kind}")
SEAL_INCOMPLETE = N_("trace", "a signed datagram needs key, ts and sig together")
NOT_BASE64 = N_("trace", "{key} must be base64 of at most {limit} bytes")
NOT_IDENTIFIER = N_("trace", "{key} must be 1-64 letters, digits, - or _")
NOT_WHOLE_NUMBER = N_("trace", "{key} must be a whole number from {low} to {high}")
NOT_NUMBER = N_("trace", "{key} must be a number from {low:g} to {high:g}")
FORGED = N_("trace", "its signature does not match its key and content (forged or altered)")
CLOCK_AHEAD = N_(
    "trace",
    "signed {seconds:,.0f} s ahead of this machine's clock (at most {window:g} s): a replay, "
    "or a clock is wrong",
)
CLOCK_BEHIND = N_(
    "trace",
    "signed {seconds:,.0f} s behind this machine's clock (at most {window:g} s): a replay, "
    "or a clock is wrong",
)
UNSIGNED_FOR_SIGNED_ROOM = N_("trace", "unsigned, for a room signed by {code}")
ID_TAKEN = N_("trace", "signed by {code}, but this room id belongs to {owner}")
REPLAYED = N_("trace", "signed earlier than one already heard from this room (a replay)")
GOODBYE_UNSIGNED = N_("trace", "a goodbye unsigned for a room signed by {owner}")
GOODBYE_OTHER_KEY = N_(
    "trace", "a goodbye signed by another key ({code}) for a room signed by {owner}"
)
GOODBYE_OLDER = N_("trace", "a goodbye older than the room's last announcement")
SILENT_FOR = N_(
    "trace",
    "silent for {seconds:.1f} s (it announces every {interval:g} s, taken as {taken:g} s)",
)

#: UDP port of discovery queries and announcements (the chat itself is on TCP 5555).
DISCOVERY_PORT = 5556
#: IPv6 link-local multicast group ("sl" in hex: 0x73 0x6c).
DISCOVERY_GROUP = "ff02::736c"
DISCOVERY_MAGIC = "SLDISC"
DISCOVERY_VERSION = 1
#: Longer datagrams are not SocketLab discovery datagrams (ours are about 250 bytes).
MAX_DATAGRAM = 1024
#: Seconds between announcements: three a minute.
ANNOUNCE_INTERVAL = 20.0
#: A server is forgotten after this many announcement intervals of silence.
EXPIRY_FACTOR = 2.5
MAX_NAME = 64
#: Answers a server sends per second at most, whoever asks (a query cannot make it flood).
ANSWERS_PER_SECOND = 20
#: A finder keeps at most this many servers (a flood of fake ones cannot fill memory).
MAX_SERVERS = 256
#: A finder keeps at most this many servers announced from one address; a sender that
#: announces more replaces its own least recently heard (one machine may run a few).
MAX_SERVERS_PER_SENDER = 4
#: A finder keeps at most this many addresses per server (IPv4, loopback, IPv6 links).
MAX_SOURCES_PER_SERVER = 8
#: The `every` a finder believes is clamped to this range, so an announcement claiming
#: an hour cannot keep an entry for 2.5 hours: it is forgotten after at most 300 s.
MIN_EVERY = 1.0
MAX_EVERY = 120.0
#: Seconds after a change in users before the server announces it (changes coalesce).
USERS_ANNOUNCE_DELAY = 2.0

# A signed datagram's time may differ from the finder's clock by this many seconds at
# most (either way): older ones are replays, and clocks on a LAN rarely differ more.
SIGNATURE_WINDOW = 300.0
# Longest public key (DER SubjectPublicKeyInfo) a datagram may carry: a P-256 key is 91
# bytes, so 160 leaves room without letting a datagram carry anything big.
MAX_KEY_BYTES = 160
# Longest signature: DER ECDSA over P-256 is at most 72 bytes.
MAX_SIGNATURE_BYTES = 80
# Latest time a datagram may carry (the year 2100): a number the finder can compare.
MAX_TIMESTAMP = 4_102_444_800.0
# A finder remembers this many room ids with the key that signed for them (4 x
# MAX_SERVERS), longer than their entries, so a room that went quiet keeps its key.
MAX_BINDINGS = 1024

#: What commonly stops discovery, for the finder's "nothing answered" message.
NOTHING_ANSWERED_HINTS = (
    Message(
        N_(
            "DiscoveryHints",
            "A firewall on either machine: allow SocketLab (or UDP port 5556 and TCP port 5555) "
            "on private networks, on the server's machine and on yours.",
        )
    ),
    Message(
        N_(
            "DiscoveryHints",
            "Client isolation on Wi-Fi: guest, hotel, campus and some office networks stop "
            "devices from seeing each other. Try a home network or a phone's hotspot.",
        )
    ),
    Message(
        N_(
            "DiscoveryHints",
            "Different subnets: broadcasts do not cross routers. Compare both machines' "
            "addresses and masks (Diagnostics, Interfaces); 192.168.1.x/24 and 192.168.0.x/24 "
            "are different networks.",
        )
    ),
    Message(
        N_(
            "DiscoveryHints",
            "The server was started with announcements off (socketlab serve --no-announce).",
        )
    ),
)
NOTHING_ANSWERED_FALLBACK = Message(
    N_(
        "DiscoveryHints",
        "You can still join by typing the server's address: the server shows it "
        '("On your LAN: 192.168.1.23:5555").',
    )
)

_ID_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_")


# ---------------------------------------------------------------------------- datagrams
@dataclass(frozen=True, slots=True)
class Seal:
    """The signature on an announcement or goodbye: whose key, when, over which bytes.

    Decoding only reads it; `valid()` checks the signature (the finder does, the
    announcer has no need to). `code` is computed from the key, never taken from the
    datagram.
    """

    public_der: bytes  # DER SubjectPublicKeyInfo of the server's key
    timestamp: float  # the sender's wall clock (time.time()) when it signed
    signature: bytes  # DER ECDSA P-256 over `signed_bytes`
    signed_bytes: bytes  # canonical_bytes() of the datagram without its "sig"

    @property
    def code(self) -> str:
        """The fingerprint code of the key (`3KCS-6KJY-XNTN-K11Y`)."""
        return fingerprint_code(self.public_der)

    def valid(self) -> bool:
        """True when the signature is the key's over the datagram's content and time."""
        return verify_signature(self.public_der, self.signature, self.signed_bytes)


@dataclass(frozen=True, slots=True)
class Query:
    """`Who is there?` A finder's question; `query_id` comes back in each answer."""

    query_id: str


@dataclass(frozen=True, slots=True)
class Announcement:
    """A server says who it is: sent periodically, and as the answer to a query."""

    server_id: str
    name: str
    port: int  # the chat's TCP port
    users: int
    chat_version: int  # SLCHAT protocol version
    interval: float  # seconds until the next announcement
    ipv6: bool  # True when the chat port also accepts IPv6 connections
    reply_to: str = ""  # the query id this answers, "" for a periodic announcement
    seal: Seal | None = field(default=None, compare=False)  # None: unsigned


@dataclass(frozen=True, slots=True)
class Goodbye:
    """A server is stopping: finders forget it at once."""

    server_id: str
    seal: Seal | None = field(default=None, compare=False)  # None: unsigned


Datagram = Query | Announcement | Goodbye


class IgnoredDatagram(ValueError):
    """A datagram that is not a valid SocketLab discovery datagram; str() says why.

    `foreign` is True when it is not ours at all (another program, random bytes),
    False when it claims to be ours but is malformed.
    """

    def __init__(self, reason: str, *, foreign: bool) -> None:
        super().__init__(reason)
        self.foreign = foreign


def canonical_bytes(message: dict[str, Any]) -> bytes:
    """What a signature covers: the datagram's JSON object without its "sig" field,
    keys sorted, no spaces, non-ASCII as \\u escapes (docs/PROTOCOL.md spells it out).

    The finder rebuilds these bytes from the object it parsed, so the datagram itself
    may be spaced or ordered in any way; every field, known or not, is covered.
    """
    unsigned = {key: value for key, value in message.items() if key != "sig"}
    return json.dumps(unsigned, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _encode(
    kind: str,
    fields: dict[str, Any],
    identity: ServerIdentity | None = None,
    timestamp: float | None = None,
) -> bytes:
    message = {"magic": DISCOVERY_MAGIC, "v": DISCOVERY_VERSION, "type": kind, **fields}
    if identity is not None:
        message["key"] = base64.b64encode(identity.public_der).decode("ascii")
        when = time.time() if timestamp is None else timestamp
        message["ts"] = round(when, 3)
        signature = identity.sign(canonical_bytes(message))
        message["sig"] = base64.b64encode(signature).decode("ascii")
    return json.dumps(message, separators=(",", ":"), ensure_ascii=False).encode()


def encode_query(query_id: str) -> bytes:
    """The bytes of a query datagram."""
    return _encode("query", {"id": query_id})


def encode_announcement(
    announcement: Announcement,
    identity: ServerIdentity | None = None,
    *,
    timestamp: float | None = None,
) -> bytes:
    """The bytes of an announcement (or, with `reply_to`, an answer); signed with
    `identity`'s key at `timestamp` (default: now) when there is one."""
    fields: dict[str, Any] = {
        "server": announcement.server_id,
        "name": announcement.name,
        "port": announcement.port,
        "users": announcement.users,
        "chat": announcement.chat_version,
        "every": announcement.interval,
        "ipv6": announcement.ipv6,
    }
    if announcement.reply_to:
        fields["reply_to"] = announcement.reply_to
    return _encode("announce", fields, identity, timestamp)


def encode_goodbye(
    server_id: str, identity: ServerIdentity | None = None, *, timestamp: float | None = None
) -> bytes:
    """The bytes of a goodbye datagram, signed like an announcement when `identity`."""
    return _encode("bye", {"server": server_id}, identity, timestamp)


def default_server_name() -> str:
    """This machine's host name (no domain, no DNS query): what finders list by default."""
    return clean_server_name(socket.gethostname().split(".")[0]) or "SocketLab chat"


def clean_server_name(name: str) -> str:
    """A server name as it travels: control characters removed, at most 64 characters."""
    return " ".join(sanitize_text(name).split())[:MAX_NAME]


def decode_datagram(data: bytes) -> Datagram:
    """Parse a datagram from the discovery port; raises IgnoredDatagram saying why not."""
    if len(data) > MAX_DATAGRAM:
        raise IgnoredDatagram(
            Message(TOO_LONG, count=len(data), limit=MAX_DATAGRAM),
            foreign=DISCOVERY_MAGIC.encode() not in data[:64],
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise IgnoredDatagram(Message(NOT_DISCOVERY), foreign=True) from None
    try:
        message = safe_loads(text)
    except WireError as problem:
        # Deep nesting, NaN, 1e999 or broken JSON: ours (malformed) if it has our magic.
        if DISCOVERY_MAGIC in text[:64]:
            raise IgnoredDatagram(str(problem)[:80], foreign=False) from None
        raise IgnoredDatagram(Message(NOT_DISCOVERY), foreign=True) from None
    if not isinstance(message, dict) or message.get("magic") != DISCOVERY_MAGIC:
        raise IgnoredDatagram(Message(NOT_DISCOVERY), foreign=True)
    version = message.get("v")
    if not _is_int(version) or version < 1:
        raise IgnoredDatagram(Message(NO_VERSION), foreign=False)
    kind = message.get("type")
    if kind == "query":
        return Query(_identifier(message, "id"))
    if kind == "bye":
        return Goodbye(_identifier(message, "server"), seal=_seal(message))
    if kind == "announce":
        name = message.get("name")
        if not isinstance(name, str):
            raise IgnoredDatagram(Message(NEEDS_NAME), foreign=False)
        ipv6 = message.get("ipv6", False)
        if not isinstance(ipv6, bool):
            raise IgnoredDatagram(Message(IPV6_FLAG, key="ipv6"), foreign=False)
        reply_to = message.get("reply_to", "")
        return Announcement(
            server_id=_identifier(message, "server"),
            name=clean_server_name(name) or "(no name)",
            port=_integer(message, "port", 1, 65535),
            users=_integer(message, "users", 0, 1_000_000),
            chat_version=_integer(message, "chat", 1, 1_000),
            interval=float(_number(message, "every", 0.05, 3600.0)),
            ipv6=ipv6,
            reply_to=_identifier(message, "reply_to") if reply_to else "",
            seal=_seal(message),
        )
    raise IgnoredDatagram(Message(UNKNOWN_TYPE, kind=repr(str(kind)[:20])), foreign=False)


def _seal(message: dict[str, Any]) -> Seal | None:
    """The datagram's key, time and signature; None when it carries none of them."""
    present = [name for name in ("key", "ts", "sig") if name in message]
    if not present:
        return None
    if len(present) != 3:
        raise IgnoredDatagram(Message(SEAL_INCOMPLETE), foreign=False)
    timestamp = _number(message, "ts", 0.0, MAX_TIMESTAMP)
    return Seal(
        public_der=_base64(message, "key", MAX_KEY_BYTES),
        timestamp=timestamp,
        signature=_base64(message, "sig", MAX_SIGNATURE_BYTES),
        signed_bytes=canonical_bytes(message),
    )


def _base64(message: dict[str, Any], key: str, limit: int) -> bytes:
    value = message.get(key)
    if isinstance(value, str) and len(value) <= (limit + 2) // 3 * 4:
        try:
            data = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            data = b""
        if 0 < len(data) <= limit:
            return data
    raise IgnoredDatagram(Message(NOT_BASE64, key=key, limit=limit), foreign=False)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _identifier(message: dict[str, Any], key: str) -> str:
    value = message.get(key)
    if not isinstance(value, str) or not 1 <= len(value) <= 64 or not _ID_CHARS.issuperset(value):
        raise IgnoredDatagram(Message(NOT_IDENTIFIER, key=key), foreign=False)
    return value


def _integer(message: dict[str, Any], key: str, low: int, high: int) -> int:
    value = message.get(key)
    if not _is_int(value) or not low <= value <= high:
        raise IgnoredDatagram(Message(NOT_WHOLE_NUMBER, key=key, low=low, high=high), foreign=False)
    return value


def _number(message: dict[str, Any], key: str, low: float, high: float) -> float:
    value = message.get(key)
    if not (_is_int(value) or isinstance(value, float)) or not low <= value <= high:
        raise IgnoredDatagram(Message(NOT_NUMBER, key=key, low=low, high=high), foreign=False)
    return float(value)


# ---------------------------------------------------------------------------- where to send
@dataclass(frozen=True, slots=True)
class DiscoveryTarget:
    """One place a discovery datagram is sent: a broadcast address or the group on a link."""

    family: int
    address: tuple[Any, ...]  # the sendto() address
    interface: str = ""

    @property
    def label(self) -> str:
        """`198.51.100.255 (eth0)`, `ff02::736c%eth0`."""
        host = self.address[0]
        if self.family == socket.AF_INET6:
            return f"{host}%{self.interface}" if self.interface else host
        return f"{host} ({self.interface})" if self.interface else host


@dataclass(frozen=True)
class DiscoveryScope:
    """Where a server bound to one address can be reached, so it announces only there.

    `networks` is None for a server bound to every address (it answers any query);
    otherwise only queries from those networks are answered.
    """

    targets: tuple[DiscoveryTarget, ...]
    networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] | None = None

    def allows(self, source: str) -> bool:
        """True when a query from `source` may be answered."""
        if self.networks is None:
            return True
        try:
            address = ipaddress.ip_address(source.split("%")[0])
        except ValueError:
            return False
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        return any(address.version == n.version and address in n for n in self.networks)

    @property
    def has_ipv4(self) -> bool:
        """True when some target is an IPv4 broadcast address."""
        return any(t.family == socket.AF_INET for t in self.targets)

    @property
    def has_ipv6(self) -> bool:
        """True when some target is the IPv6 group on a link."""
        return any(t.family == socket.AF_INET6 for t in self.targets)


def read_interfaces() -> tuple[NetworkInterface, ...]:
    """This machine's interfaces, from the Diagnostics interface reader (psutil)."""
    return list_interfaces().interfaces


_WILDCARD_HOSTS = ("", "0.0.0.0", "::")
#: Loopback broadcast works on Linux; other systems do not broadcast on loopback.
_LOOPBACK_BROADCAST = sys.platform.startswith("linux")


def discovery_scope(host: str, port: int, interfaces: Iterable[NetworkInterface]) -> DiscoveryScope:
    """Where a server bound to `host` announces, and whose queries it answers.

    A server on every address (0.0.0.0 or ::) announces on every interface; one bound
    to 127.0.0.1 only on loopback; one bound to 192.168.1.23 only on that address's
    network: nobody is told about a server they could not reach.
    """
    plain = host.split("%")[0]
    wildcard = plain in _WILDCARD_HOSTS
    bound = None if wildcard else ipaddress.ip_address(plain)
    targets: list[DiscoveryTarget] = []
    networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
    seen: set[tuple[Any, ...]] = set()
    for interface in interfaces:
        if not interface.is_up:
            continue
        for entry in interface.addresses:
            try:
                address = ipaddress.ip_address(entry.address.split("%")[0])
            except ValueError:
                continue
            prefix = (
                entry.prefix_length if entry.prefix_length is not None else address.max_prefixlen
            )
            network = ipaddress.ip_interface(f"{address}/{prefix}").network
            if bound is not None and (bound.version != address.version or bound not in network):
                continue
            if bound is not None:
                networks.append(network)
            if address.version == 4:
                broadcast = entry.broadcast
                if interface.is_loopback and _LOOPBACK_BROADCAST:
                    broadcast = str(network.broadcast_address)
                if not broadcast or broadcast == "0.0.0.0":
                    continue
                target = DiscoveryTarget(socket.AF_INET, (broadcast, port), interface.name)
            else:
                if interface.is_loopback:
                    continue  # loopback does not multicast
                try:
                    index = socket.if_nametoindex(interface.name)
                except OSError:
                    continue
                target = DiscoveryTarget(
                    socket.AF_INET6, (DISCOVERY_GROUP, port, 0, index), interface.name
                )
            if target.address not in seen:
                seen.add(target.address)
                targets.append(target)
    return DiscoveryScope(tuple(targets), None if wildcard else tuple(networks))


def parse_target(text: str, port: int) -> DiscoveryTarget:
    """A target typed by the user: a numeric IPv4 (broadcast) address, or IPv6 with %zone.

    Only numbers: discovery never resolves names, so asking cannot leak a DNS query.
    """
    value = text.strip()
    try:
        info = socket.getaddrinfo(value, port, type=socket.SOCK_DGRAM, flags=socket.AI_NUMERICHOST)[
            0
        ]
    except (socket.gaierror, UnicodeError):
        raise AddressError(
            Message(
                N_(
                    "discovery",
                    "{value} is not a numeric address: give a broadcast address such as "
                    "192.168.1.255, or ff02::736c%eth0.",
                ),
                value=repr(value),
            )
        ) from None
    family, address = info[0], info[4]
    interface = ""
    if family == socket.AF_INET6 and len(address) >= 4 and address[3]:
        with contextlib.suppress(OSError):
            interface = socket.if_indextoname(address[3])
    return DiscoveryTarget(family, tuple(address), interface)


# ---------------------------------------------------------------------------- shared bits
@dataclass(frozen=True, slots=True)
class DatagramsIgnored(Event):
    """Running totals of datagrams on the discovery port that were ignored."""

    foreign: int  # not SocketLab discovery datagrams at all
    malformed: int  # claimed to be ours but were not valid
    last_reason: str = ""
    last_source: str = ""

    @property
    def total(self) -> int:
        """Every ignored datagram so far."""
        return self.foreign + self.malformed


class _IgnoredCounter:
    """Counts ignored datagrams and reports the totals at most every 0.25 s."""

    report_every = 0.25

    def __init__(self, engine: Engine, trace: SocketTrace) -> None:
        self._engine = engine
        self._trace = trace
        self.foreign = 0
        self.malformed = 0
        self._last = ("", "")
        self._timer: Timer | None = None

    def count(self, problem: IgnoredDatagram, source: str, size: int, call: str) -> None:
        if problem.foreign:
            self.foreign += 1
        else:
            self.malformed += 1
        self._last = (str(problem), source)
        total = self.foreign + self.malformed
        self._trace.call(
            call,
            Message(
                DATAGRAM_IGNORED,
                count=size,
                source=source,
                problem=message_of(problem),
                total=total,
            ),
        )
        if self._timer is None:
            self._timer = self._engine.call_later(self.report_every, self._report)

    def _report(self) -> None:
        self._timer = None
        self._engine.emit(DatagramsIgnored(self.foreign, self.malformed, *self._last))

    def flush(self) -> None:
        """Report now (at stop), if anything is waiting."""
        if self._timer is not None:
            self._timer.cancel()
            self._report()


def _reuse_port(sock: socket.socket) -> None:
    """Let several programs on one machine share the discovery port (two servers, a finder).

    Broadcast and multicast datagrams reach every socket bound to the port this way.
    """
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if hasattr(socket, "SO_REUSEPORT"):  # BSD and macOS need it to share a UDP port
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)


def _join_group(sock: socket.socket, target: DiscoveryTarget, trace, joined: set[int]) -> None:
    index = target.address[3]
    if index in joined:
        return
    request = socket.inet_pton(socket.AF_INET6, DISCOVERY_GROUP) + struct.pack("@I", index)
    call = f"setsockopt(IPPROTO_IPV6, IPV6_JOIN_GROUP, {DISCOVERY_GROUP}%{target.interface})"
    try:
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, request)
    except OSError as exc:
        trace.failed(call, exc, ErrorContext("join"))
        return
    joined.add(index)
    trace.call(call, OK)


def _is_group_on_link(target: DiscoveryTarget) -> bool:
    """True for the discovery group with an interface index (a user may give a unicast)."""
    address = target.address
    return len(address) == 4 and address[0] == DISCOVERY_GROUP and bool(address[3])


def _source_text(address: tuple[Any, ...]) -> str:
    host = str(address[0])
    if host.startswith("::ffff:") and "." in host:
        host = host[7:]
    if len(address) >= 4 and address[3] and host.startswith("fe80"):
        with contextlib.suppress(OSError):
            host = f"{host}%{socket.if_indextoname(address[3])}"
    return host


def _drain(sock: socket.socket, handle: Callable[[bytes, tuple[Any, ...]], None]) -> None:
    """Read every datagram waiting (up to 64 per turn, so a flood cannot starve the loop)."""
    for _ in range(64):
        try:
            data, address = sock.recvfrom(MAX_DATAGRAM + 1)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            # An ICMP error from an earlier sendto() (e.g. port unreachable) surfaces here
            # on some systems; it concerns that datagram only.
            continue
        handle(data, address)


# ---------------------------------------------------------------------------- announcer
@dataclass(frozen=True, slots=True)
class AnnouncerStarted(Event):
    """The server announces itself: under this name, on this port, to these places."""

    name: str
    port: int
    targets: tuple[str, ...]
    server_id: str


class DiscoveryAnnouncer:
    """Announces one chat server on the LAN, from its host engine's loop.

    Every method runs on the host engine's loop thread. `start()` opens the sockets
    (an OSError means discovery is unavailable, the chat itself is not affected),
    `stop()` says goodbye and closes them. With an `identity` (the server's key), every
    announcement, answer and goodbye is signed with it.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        name: str,
        chat_host: str,
        chat_port: int,
        users: Callable[[], int],
        port: int = DISCOVERY_PORT,
        interval: float = ANNOUNCE_INTERVAL,
        interfaces: Callable[[], Iterable[NetworkInterface]] = read_interfaces,
        identity: ServerIdentity | None = None,
    ) -> None:
        self.engine = engine
        # Its own trace: the host's Events pane hides discovery lines unless asked.
        self.trace = SocketTrace(engine.emit, role=engine.trace_role, kind="discovery")
        self.identity = identity
        self.name = clean_server_name(name) or "SocketLab chat"
        self.chat_host = chat_host
        self.chat_port = chat_port
        self.users = users
        self.port = port
        self.interval = interval
        self.read_interfaces = interfaces
        self.server_id = uuid.uuid4().hex[:16]
        self.ipv6 = ":" in chat_host  # "::" listens dual-stack; "0.0.0.0" IPv4 only
        self.scope = DiscoveryScope(())
        self.announcements_sent = 0
        self.answers_sent = 0
        self.ignored = _IgnoredCounter(engine, self.trace)
        self._sock4: socket.socket | None = None
        self._sock6: socket.socket | None = None
        self._joined: set[int] = set()
        self._periodic: Timer | None = None
        self._soon: Timer | None = None
        self._last_sent = 0.0
        self._tokens = float(ANSWERS_PER_SECOND)
        self._refilled = time.monotonic()

    # ------------------------------------------------------------ start and stop
    def start(self) -> None:
        """Open the discovery sockets and announce; raises OSError if none can be opened."""
        trace = self.trace
        self.scope = self._read_scope()
        if not self.scope.targets:
            trace.call("announce", Message(NOTHING_TO_ANNOUNCE, host=self.chat_host))
            return
        failure: OSError | None = None
        for family, wanted in (
            (socket.AF_INET, self.scope.has_ipv4),
            (socket.AF_INET6, self.scope.has_ipv6),
        ):
            if not wanted:
                continue
            try:
                sock = self._open(family)
            except OSError as exc:
                failure = failure or exc
                continue
            if family == socket.AF_INET:
                self._sock4 = sock
            else:
                self._sock6 = sock
        if self._sock4 is None and self._sock6 is None:
            assert failure is not None
            raise failure
        trace.call(
            f"announcing {self.name!r} (chat port {self.chat_port})",
            Message(ANNOUNCING_EVERY, seconds=self.interval, port=self.port),
        )
        self.engine.emit(
            AnnouncerStarted(
                self.name, self.port, tuple(t.label for t in self.scope.targets), self.server_id
            )
        )
        self._announce_periodically()

    def _read_scope(self) -> DiscoveryScope:
        try:
            interfaces = list(self.read_interfaces())
        except OSError as exc:
            self.trace.failed("read the network interfaces", exc)
            interfaces = []
        return discovery_scope(self.chat_host, self.port, interfaces)

    def _open(self, family: int) -> socket.socket:
        trace = self.trace
        family_name = "AF_INET6" if family == socket.AF_INET6 else "AF_INET"
        sock = socket.socket(family, socket.SOCK_DGRAM)
        trace.call(f"socket({family_name}, SOCK_DGRAM)", Message(FILE_DESCRIPTOR, fd=sock.fileno()))
        try:
            _reuse_port(sock)
            if family == socket.AF_INET:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
                trace.call("setsockopt(SOL_SOCKET, SO_BROADCAST, 1)", OK)
                bind_host = "0.0.0.0"
            else:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                bind_host = "::"
            call = f"bind(({bind_host!r}, {self.port}))"
            try:
                sock.bind((bind_host, self.port))
            except OSError as exc:
                trace.failed(call, exc, ErrorContext("bind", bind_host, self.port))
                raise
            trace.call(call, Message(LISTENING_FOR_QUERIES))
            sock.setblocking(False)
            if family == socket.AF_INET6:
                for target in self.scope.targets:
                    if target.family == socket.AF_INET6:
                        _join_group(sock, target, trace, self._joined)
        except OSError:
            sock.close()
            raise
        self.engine.add_reader(sock, lambda _mask: _drain(sock, self._on_datagram))
        return sock

    def stop(self) -> None:
        """Say goodbye on every target and close the sockets."""
        for timer in (self._periodic, self._soon):
            if timer is not None:
                timer.cancel()
        self._periodic = self._soon = None
        if self._sock4 is not None or self._sock6 is not None:
            self._send_everywhere(encode_goodbye(self.server_id, self.identity), "goodbye")
        for sock in (self._sock4, self._sock6):
            if sock is not None:
                self.engine.remove(sock)
                sock.close()
        self._sock4 = self._sock6 = None
        self.trace.finish()  # how many announcer calls the throttle skipped
        self.ignored.flush()

    # ------------------------------------------------------------ announcing
    def announcement(self, reply_to: str = "") -> Announcement:
        """What this server says about itself now."""
        return Announcement(
            server_id=self.server_id,
            name=self.name,
            port=self.chat_port,
            users=self.users(),
            chat_version=PROTOCOL_VERSION,
            interval=self.interval,
            ipv6=self.ipv6,
            reply_to=reply_to,
        )

    def announce_now(self) -> None:
        """Announce at once (the host asked), and restart the periodic timer."""
        if self._periodic is not None:
            self._periodic.cancel()
        self._announce_periodically()

    def users_changed(self) -> None:
        """Someone joined or left: announce the new count soon (changes coalesce)."""
        if self._soon is not None or (self._sock4 is None and self._sock6 is None):
            return
        delay = max(0.0, self._last_sent + USERS_ANNOUNCE_DELAY - time.monotonic())
        self._soon = self.engine.call_later(delay, self._announce_soon)

    def _announce_soon(self) -> None:
        self._soon = None
        self._announce()

    def _announce_periodically(self) -> None:
        # Interfaces come and go (Wi-Fi joins, a cable is plugged in): look again each time.
        self.scope = self._read_scope()
        if self._sock6 is not None:
            for target in self.scope.targets:
                if target.family == socket.AF_INET6:
                    _join_group(self._sock6, target, self.trace, self._joined)
        self._announce()
        # A little jitter, so servers started together do not announce in lockstep.
        delay = self.interval * random.uniform(0.9, 1.0)
        self._periodic = self.engine.call_later(delay, self._announce_periodically)

    def _announce(self) -> None:
        self._last_sent = time.monotonic()
        self.announcements_sent += 1
        data = encode_announcement(self.announcement(), self.identity)
        self._send_everywhere(data, "announcement")

    def _send_everywhere(self, data: bytes, what: str) -> None:
        for target in self.scope.targets:
            sock = self._sock6 if target.family == socket.AF_INET6 else self._sock4
            if sock is not None:
                _send(self.trace, sock, data, target.address, what, target.interface)

    # ------------------------------------------------------------ queries
    def _on_datagram(self, data: bytes, address: tuple[Any, ...]) -> None:
        source = _source_text(address)
        try:
            datagram = decode_datagram(data)
        except IgnoredDatagram as problem:
            self.ignored.count(problem, source, len(data), "recvfrom()")
            return
        if not isinstance(datagram, Query):
            return  # announcements (ours, coming back, or another server's) and goodbyes
        if not self.scope.allows(source):
            self.trace.call("recvfrom()", Message(QUERY_OUTSIDE, source=source))
            return
        if not self._take_token():
            return
        self.trace.call("recvfrom()", Message(QUERY_FROM, source=format_address(address)))
        answer = encode_announcement(self.announcement(reply_to=datagram.query_id), self.identity)
        sock = self._sock6 if len(address) == 4 else self._sock4
        if sock is not None and _send(self.trace, sock, answer, address, "answer"):
            self.answers_sent += 1

    def _take_token(self) -> bool:
        now = time.monotonic()
        self._tokens = min(
            float(ANSWERS_PER_SECOND), self._tokens + (now - self._refilled) * ANSWERS_PER_SECOND
        )
        self._refilled = now
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True


def _send(
    trace: SocketTrace, sock: socket.socket, data: bytes, address: tuple, what: str, via: str = ""
) -> bool:
    """sendto() with the call in the trace; a failure is traced, never raised."""
    call = f"sendto({what}, {format_sockaddr_arg(address)})" + (f" on {via}" if via else "")
    started = trace.now()
    try:
        sent = sock.sendto(data, address)
    except OSError as exc:
        trace.failed(call, exc, ErrorContext("send", str(address[0]), address[1]), at=started)
        return False
    trace.call(call, byte_count(sent), at=started)
    return True


# ---------------------------------------------------------------------------- finder
@dataclass(frozen=True, slots=True)
class FoundServer:
    """A chat server that answered or announced itself."""

    server_id: str
    name: str
    host: str  # what to connect to from here; "" when no reachable address is known
    port: int
    users: int
    rtt_ms: float | None  # round-trip time of the last answer to our query
    chat_version: int
    heard_from: tuple[str, ...]  # every source address it was heard from
    last_seen: float  # time.time()
    code: str = ""  # fingerprint code of the key that signed it, computed here; "" unsigned
    verified: bool = False  # signed, fresh, and by the key its id is bound to
    known: bool = False  # verified with a key this user has pinned (joined before)
    public_der: bytes = b""  # the key that signed it (DER), for a join to insist on

    @property
    def trust_rank(self) -> int:
        """0 known, 1 verified, 2 unverified: lists and advice put lower ranks first."""
        return 0 if self.known else 1 if self.verified else 2

    @property
    def joinable(self) -> bool:
        """False when it was heard only over IPv6 and its chat port takes IPv4 only."""
        return bool(self.host)

    @property
    def address(self) -> str:
        """`198.51.100.1:5555`, `[fe80::1%eth0]:5555`, or "" when not joinable."""
        if not self.host:
            return ""
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"

    def to_json(self) -> dict[str, Any]:
        """A plain dict for `socketlab find --json`."""
        return {
            "name": self.name,
            "host": self.host,
            "port": self.port,
            "address": self.address,
            "users": self.users,
            "rtt_ms": None if self.rtt_ms is None else round(self.rtt_ms, 3),
            "chat_version": self.chat_version,
            "server_id": self.server_id,
            "heard_from": list(self.heard_from),
            "code": self.code,
            "verified": self.verified,
            "known": self.known,
        }


@dataclass(frozen=True, slots=True)
class ServersChanged(Event):
    """The servers known now (one appeared, changed or vanished), sorted by name."""

    servers: tuple[FoundServer, ...]


@dataclass(frozen=True, slots=True)
class SearchStarted(Event):
    """A query went out to these targets."""

    round: int
    targets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SearchDone(Event):
    """The answer window of a query round has passed; `found` servers are known."""

    round: int
    found: int
    elapsed: float


@dataclass(eq=False)
class _Known:
    """What a finder remembers about one server."""

    announcement: Announcement
    sender: str  # the address that first announced it: its slot counts against this one
    sources: dict[str, float] = field(default_factory=dict)  # address -> monotonic time
    rtt_ms: float | None = None
    rtt_round: int = 0
    last_heard: float = 0.0
    last_seen_wall: float = 0.0
    interval: float = ANNOUNCE_INTERVAL  # the announced `every`, clamped
    key: bytes = b""  # the key that signed it, b"" when unsigned
    code: str = ""

    @property
    def verified(self) -> bool:
        return bool(self.key)

    def expires_at(self) -> float:
        return self.last_heard + self.interval * EXPIRY_FACTOR


@dataclass(eq=False)
class _Binding:
    """The key a room id belongs to (the first that signed for it), and its newest time."""

    key: bytes
    code: str
    newest: float = -1.0  # the newest signed time heard for this id: older ones are replays
    closed: float = -1.0  # the time of its signed goodbye: announcements up to it are replays


class _PinnedKeys:
    """Which keys this user has pinned (KnownServers), read again when the file changes.

    The finder asks for every signed datagram; reading the file each time would let a
    flood of announcements turn into a flood of file reads.
    """

    def __init__(self, known_servers: KnownServers) -> None:
        self._known_servers = known_servers
        self._stamp: tuple[int, int, int] | None = None
        self._answers: dict[bytes, bool] = {}

    def knows(self, public_der: bytes) -> bool:
        stamp = self._file_stamp()
        if stamp != self._stamp:
            self._stamp = stamp
            self._answers.clear()
        answer = self._answers.get(public_der)
        if answer is None:
            if len(self._answers) >= MAX_BINDINGS:
                self._answers.clear()
            try:
                answer = self._known_servers.knows_key(public_der)
            except OSError:  # unreadable pins: nothing is known
                answer = False
            self._answers[public_der] = answer
        return answer

    def _file_stamp(self) -> tuple[int, int, int] | None:
        try:
            info = os.stat(self._known_servers.path)
        except OSError:
            return None
        return (info.st_mtime_ns, info.st_size, info.st_ino)


def _preferred_host(known: _Known) -> str:
    """The address to join: IPv4 on the LAN first, then loopback, then IPv6 if accepted."""

    def rank(source: str) -> tuple[int, str]:
        address = ipaddress.ip_address(source.split("%")[0])
        if address.version == 4:
            return (1 if address.is_loopback else 0, source)
        return (2 if not address.is_link_local else 3, source)

    usable = [s for s in known.sources if ":" not in s or known.announcement.ipv6]
    return min(usable, key=rank) if usable else ""


class ServerFinderEngine(Engine):
    """Asks the LAN for chat servers and keeps the list current.

    It broadcasts a query (repeated twice, in case one is lost), listens for answers
    on its own port and for periodic announcements on the discovery port, and drops
    a server that has been silent for 2.5 of its announcement intervals (clamped to
    `min_every`..`max_every`), or said goodbye from an address it was heard from. Any
    address keeps at most MAX_SERVERS_PER_SENDER entries. Thread-safe: `query()`, `stop()`.

    Signed datagrams count only when the signature matches, the time is within
    `signature_window` of this clock and not older than the newest heard for that room
    id, and the key is the one the id is bound to (the first that signed for it; a pinned
    key may take an id back from one that is not pinned). A signed room's goodbye counts
    only when signed by its key. Unsigned announcements are listed as unverified, never
    under a signed room's id.
    """

    name = "server finder"
    trace_role = "discovery"

    #: Seconds after the first query of a round when it is sent again.
    REPEATS = (0.25, 0.75)

    def __init__(
        self,
        *,
        port: int = DISCOVERY_PORT,
        targets: Iterable[DiscoveryTarget] | None = None,
        answer_wait: float = 2.0,
        query_interval: float = 0.0,
        listen: bool = True,
        run_once: bool = False,
        interfaces: Callable[[], Iterable[NetworkInterface]] = read_interfaces,
        min_every: float = MIN_EVERY,
        max_every: float = MAX_EVERY,
        known_servers: KnownServers | None = None,
        signature_window: float = SIGNATURE_WINDOW,
    ) -> None:
        """`targets` overrides the interfaces' broadcast addresses; `query_interval` > 0
        asks again that often; `run_once` stops after the first round's answer window;
        an announced `every` is clamped to `min_every`..`max_every`. `known_servers`
        (default: this user's pins) marks rooms signed with a pinned key as known; a
        signed datagram more than `signature_window` seconds off this clock is refused."""
        super().__init__()
        self.pins = _PinnedKeys(known_servers if known_servers is not None else KnownServers())
        self.signature_window = signature_window
        self._bindings: dict[str, _Binding] = {}  # room id -> its key, least recent first
        self.min_every = min_every
        self.max_every = max_every
        self.port = port
        self.fixed_targets = tuple(targets) if targets is not None else None
        self.answer_wait = answer_wait
        self.query_interval = query_interval
        self.listen = listen
        self.run_once = run_once
        self.read_interfaces = interfaces
        self.ignored = _IgnoredCounter(self, self.trace)
        self.targets: tuple[DiscoveryTarget, ...] = ()
        self._known: dict[str, _Known] = {}
        self._queries: dict[str, tuple[float, int]] = {}  # query id -> (sent at, round)
        self._round = 0
        self._round_started = 0.0
        self._sockets: list[socket.socket] = []
        self._query4: socket.socket | None = None
        self._query6: socket.socket | None = None
        self._joined: set[int] = set()
        self._expiry_timer: Timer | None = None
        self._round_timers: list[Timer] = []
        self._changed = False

    # ------------------------------------------------------------ thread-safe API
    def query(self) -> None:
        """Ask the LAN again (from any thread)."""
        self.call_soon_threadsafe(self._start_round)

    def servers(self) -> list[FoundServer]:
        """The servers known now (loop thread; others use ServersChanged events)."""
        return self._snapshot()

    # ------------------------------------------------------------ start and stop
    def on_start(self) -> None:
        self.targets = self._pick_targets()
        if not self.targets:
            self.error(
                Message(
                    N_(
                        "discovery",
                        "No network interface can send a discovery query: connect to a "
                        "network (Wi-Fi or cable), then search again.",
                    )
                ),
                field="network",
                fatal=self.run_once,
            )
            if self.run_once:
                self.stop()
                return
        families = {t.family for t in self.targets}
        if socket.AF_INET in families:
            self._query4 = self._open_query_socket(socket.AF_INET)
        if socket.AF_INET6 in families:
            with contextlib.suppress(OSError):  # IPv6 may be off: IPv4 alone still works
                self._query6 = self._open_query_socket(socket.AF_INET6)
        if self.listen:
            self._open_listeners(families)
        self._start_round()

    def on_stop(self) -> None:
        self.ignored.flush()
        for sock in self._sockets:
            self.remove(sock)
            sock.close()
        self._sockets.clear()
        self._query4 = self._query6 = None

    def _pick_targets(self) -> tuple[DiscoveryTarget, ...]:
        if self.fixed_targets is not None:
            return self.fixed_targets
        try:
            interfaces = list(self.read_interfaces())
        except OSError as exc:
            self.trace.failed("read the network interfaces", exc)
            return ()
        return discovery_scope("::", self.port, interfaces).targets

    def _open_query_socket(self, family: int) -> socket.socket:
        family_name = "AF_INET6" if family == socket.AF_INET6 else "AF_INET"
        sock = socket.socket(family, socket.SOCK_DGRAM)
        self.trace.call(
            f"socket({family_name}, SOCK_DGRAM)", Message(FILE_DESCRIPTOR, fd=sock.fileno())
        )
        try:
            if family == socket.AF_INET:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
                self.trace.call("setsockopt(SOL_SOCKET, SO_BROADCAST, 1)", OK)
                bind_address: tuple[Any, ...] = ("0.0.0.0", 0)
            else:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                bind_address = ("::", 0)
            sock.bind(bind_address)
            self.trace.call(
                f"bind(({bind_address[0]!r}, 0))",
                Message(ANSWERS_COME_HERE, port=sock.getsockname()[1]),
            )
            sock.setblocking(False)
        except OSError as exc:
            self.trace.failed(f"{family_name} query socket", exc, ErrorContext("bind"))
            sock.close()
            raise
        self._sockets.append(sock)
        self.add_reader(sock, lambda _mask: _drain(sock, self._on_datagram))
        return sock

    def _open_listeners(self, families: set[int]) -> None:
        """Listen for announcements on the discovery port; optional (queries work anyway)."""
        for family in (socket.AF_INET, socket.AF_INET6):
            if family not in families:
                continue
            bind_host = "0.0.0.0" if family == socket.AF_INET else "::"
            sock = socket.socket(family, socket.SOCK_DGRAM)
            call = f"bind(({bind_host!r}, {self.port}))"
            try:
                _reuse_port(sock)
                if family == socket.AF_INET6:
                    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                sock.bind((bind_host, self.port))
                sock.setblocking(False)
            except OSError as exc:
                self.trace.failed(call, exc, ErrorContext("bind", bind_host, self.port))
                sock.close()
                continue
            self.trace.call(call, Message(LISTENING_FOR_ANNOUNCEMENTS))
            if family == socket.AF_INET6:
                for target in self.targets:
                    if target.family == socket.AF_INET6 and _is_group_on_link(target):
                        _join_group(sock, target, self.trace, self._joined)
            self._sockets.append(sock)
            self.add_reader(sock, lambda _mask, s=sock: _drain(s, self._on_datagram))

    # ------------------------------------------------------------ asking
    def _start_round(self) -> None:
        for timer in self._round_timers:
            timer.cancel()
        self._round += 1
        self._round_started = time.monotonic()
        self.emit(SearchStarted(self._round, tuple(t.label for t in self.targets)))
        if not self._send_query() and self.targets:
            self.error(
                Message(
                    N_(
                        "discovery",
                        "The discovery query could not be sent on any interface (see the "
                        "events). Check that this machine is connected to a network.",
                    )
                ),
                field="network",
            )
        self._round_timers = [
            self.call_later(delay, self._send_query)
            for delay in self.REPEATS
            if delay < self.answer_wait
        ]
        self._round_timers.append(self.call_later(self.answer_wait, self._end_round, self._round))
        if self.query_interval > 0:
            self._round_timers.append(self.call_later(self.query_interval, self._start_round))

    def _send_query(self) -> bool:
        query_id = uuid.uuid4().hex[:12]
        now = time.monotonic()
        self._queries[query_id] = (now, self._round)
        if len(self._queries) > 64:  # only recent queries can still be answered
            for old in list(self._queries)[:-64]:
                del self._queries[old]
        data = encode_query(query_id)
        sent = False
        for target in self.targets:
            sock = self._query6 if target.family == socket.AF_INET6 else self._query4
            if sock is not None:
                via = target.interface
                sent = _send(self.trace, sock, data, target.address, "query", via) or sent
        return sent

    def _end_round(self, round_number: int) -> None:
        elapsed = time.monotonic() - self._round_started
        self.emit(SearchDone(round_number, len(self._known), elapsed))
        if self.run_once:
            self.stop()

    # ------------------------------------------------------------ hearing
    def _on_datagram(self, data: bytes, address: tuple[Any, ...]) -> None:
        source = _source_text(address)
        try:
            datagram = decode_datagram(data)
        except IgnoredDatagram as problem:
            self.ignored.count(problem, source, len(data), "recvfrom()")
            return
        if isinstance(datagram, Query):
            return  # ours coming back, or another finder's: a finder does not answer
        if datagram.seal is not None and not self._seal_holds(datagram.seal, source, len(data)):
            return
        if isinstance(datagram, Announcement):
            self._heard(datagram, source, len(data))
        else:
            self._goodbye(datagram, source, len(data))

    def _seal_holds(self, seal: Seal, source: str, size: int) -> bool:
        """True when the signature matches and its time is near this machine's clock."""
        if not seal.valid():
            reason = Message(FORGED)
        else:
            skew = seal.timestamp - time.time()
            if abs(skew) <= self.signature_window:
                return True
            reason = Message(
                CLOCK_AHEAD if skew > 0 else CLOCK_BEHIND,
                seconds=abs(skew),
                window=self.signature_window,
            )
        self._refuse(reason, source, size)
        return False

    def _refuse(self, reason: str, source: str, size: int) -> None:
        """Count a datagram that claims to be ours but cannot be believed."""
        self.ignored.count(IgnoredDatagram(reason, foreign=False), source, size, "recvfrom()")

    def _goodbye(self, goodbye: Goodbye, source: str, size: int) -> None:
        """Forget a server: a signed room on a goodbye signed by its key (from anywhere),
        an unsigned one on a goodbye from an address it announced from."""
        server_id = goodbye.server_id
        known = self._known.get(server_id)
        binding = self._bindings.get(server_id)
        if binding is not None:
            seal = goodbye.seal
            if seal is None or seal.public_der != binding.key:
                if seal is None:
                    reason = Message(GOODBYE_UNSIGNED, owner=binding.code)
                else:
                    reason = Message(GOODBYE_OTHER_KEY, code=seal.code, owner=binding.code)
                self._refuse(reason, source, size)
                return
            if seal.timestamp < binding.newest:
                self._refuse(Message(GOODBYE_OLDER), source, size)
                return
            binding.newest = binding.closed = seal.timestamp
            if known is not None:
                del self._known[server_id]
                self.trace.call(
                    "recvfrom()", Message(SIGNED_GOODBYE, source=source, code=binding.code)
                )
                self._mark_changed()
            return
        if known is None:
            return
        if source not in known.sources:  # anyone can send a bye: only its own counts
            self.trace.call(
                "recvfrom()",
                Message(
                    GOODBYE_IGNORED,
                    name=repr(known.announcement.name),
                    source=source,
                    sources=", ".join(sorted(known.sources)),
                ),
            )
            return
        del self._known[server_id]
        self.trace.call("recvfrom()", Message(GOODBYE, source=source))
        self._mark_changed()

    def _admit(self, announcement: Announcement, source: str, size: int) -> bool | None:
        """Whether a room id may take this announcement: None when not (counted), False
        when it is a copy of the newest one heard (another path, or a replay of it),
        True when it is news."""
        server_id = announcement.server_id
        binding = self._bindings.get(server_id)
        seal = announcement.seal
        if seal is None:
            if binding is None:
                return True
            self._refuse(Message(UNSIGNED_FOR_SIGNED_ROOM, code=binding.code), source, size)
            return None
        if binding is not None and binding.key != seal.public_der:
            if self.pins.knows(binding.key) or not self.pins.knows(seal.public_der):
                self._refuse(Message(ID_TAKEN, code=seal.code, owner=binding.code), source, size)
                return None
            # A pinned key takes its id back from a key that claimed it first.
            self._forget(server_id, Message(ID_SIGNED_BY_PINNED, code=seal.code))
            del self._bindings[server_id]
            binding = None
        if binding is None:
            binding = self._bind(server_id, seal.public_der)
        elif seal.timestamp < binding.newest or seal.timestamp <= binding.closed:
            self._refuse(Message(REPLAYED), source, size)
            return None
        else:
            self._bindings[server_id] = self._bindings.pop(server_id)  # most recent last
        fresh = seal.timestamp > binding.newest
        binding.newest = max(binding.newest, seal.timestamp)
        known = self._known.get(server_id)
        if known is not None and not known.verified:
            self._forget(server_id, Message(ID_SIGNED_BY, code=seal.code))
        return fresh

    def _bind(self, server_id: str, key: bytes) -> _Binding:
        """Bind a room id to the first key that signed for it (a bounded table)."""
        binding = self._bindings[server_id] = _Binding(key, fingerprint_code(key))
        if len(self._bindings) > MAX_BINDINGS:
            idle = [sid for sid in self._bindings if sid not in self._known]
            unpinned = [sid for sid in idle if not self.pins.knows(self._bindings[sid].key)]
            del self._bindings[(unpinned or idle)[0]]
        return binding

    def _forget(self, server_id: str, why: str) -> None:
        known = self._known.pop(server_id, None)
        if known is not None:
            self.trace.call(f"forget {known.announcement.name!r}", why)
            self._mark_changed()

    def _heard(self, announcement: Announcement, source: str, size: int) -> None:
        admitted = self._admit(announcement, source, size)
        if admitted is None:
            return
        now = time.monotonic()
        known = self._known.get(announcement.server_id)
        if not admitted:
            # The newest announcement again: the same datagram by another path (IPv4
            # and IPv6), or a replay. It adds an address, it does not keep a room alive.
            if known is not None and source not in known.sources:
                known.sources[source] = now
                while len(known.sources) > MAX_SOURCES_PER_SERVER:
                    del known.sources[next(iter(known.sources))]
                self._mark_changed()
            return
        if known is None:
            if not self._make_room(source):
                return
            known = self._known[announcement.server_id] = _Known(announcement, source)
        if announcement.seal is not None:
            known.key = announcement.seal.public_der
            known.code = announcement.seal.code
        known.announcement = announcement
        known.interval = min(max(announcement.interval, self.min_every), self.max_every)
        known.sources.pop(source, None)  # re-inserted last: the dict runs oldest first
        known.sources[source] = now
        # Forget addresses not heard for a while (a server that changed networks).
        stale = now - known.interval * EXPIRY_FACTOR
        for old in [s for s, t in known.sources.items() if t < stale]:
            del known.sources[old]
        while len(known.sources) > MAX_SOURCES_PER_SERVER:
            del known.sources[next(iter(known.sources))]
        known.last_heard = now
        known.last_seen_wall = time.time()
        sent = self._queries.get(announcement.reply_to)
        heard = Message(
            HEARD_ANNOUNCEMENT,
            source=source,
            name=repr(announcement.name),
            port=announcement.port,
            users=announcement.users,
            signed=Message(SIGNED_BY, code=known.code) if known.verified else Message(UNSIGNED),
        )
        if sent is not None:
            rtt = (now - sent[0]) * 1000
            if known.rtt_round != sent[1] or known.rtt_ms is None or rtt < known.rtt_ms:
                known.rtt_ms, known.rtt_round = rtt, sent[1]
            heard = Message(HEARD_ANSWER, ms=rtt, **heard.values)
        self.trace.call("recvfrom()", heard)
        self._mark_changed()

    def _make_room(self, sender: str) -> bool:
        """Room for one more server from `sender`: False when the table is full.

        A sender at its own limit gives up its least recently heard entry, so a flood
        of forged announcements from one address only ever replaces its own.
        """
        own = [k for k in self._known.items() if k[1].sender == sender]
        if len(own) >= MAX_SERVERS_PER_SENDER:
            server_id, oldest = min(own, key=lambda item: item[1].last_heard)
            del self._known[server_id]
            self.trace.call(
                f"forget {oldest.announcement.name!r}",
                Message(TOO_MANY_SERVERS, sender=sender, count=MAX_SERVERS_PER_SENDER),
            )
            self._mark_changed()
            return True
        return len(self._known) < MAX_SERVERS

    def _mark_changed(self) -> None:
        if not self._changed:
            self._changed = True
            self.call_soon(self._report)

    def _report(self) -> None:
        self._changed = False
        self.emit(ServersChanged(tuple(self._snapshot())))
        self._schedule_expiry()

    def _snapshot(self) -> list[FoundServer]:
        found = [
            FoundServer(
                server_id=server_id,
                name=known.announcement.name,
                host=_preferred_host(known),
                port=known.announcement.port,
                users=known.announcement.users,
                rtt_ms=known.rtt_ms,
                chat_version=known.announcement.chat_version,
                heard_from=tuple(sorted(known.sources)),
                last_seen=known.last_seen_wall,
                code=known.code,
                verified=known.verified,
                known=known.verified and self.pins.knows(known.key),
                public_der=known.key,
            )
            for server_id, known in self._known.items()
        ]
        # Known rooms first, then verified ones, unverified last: never advised over them.
        return sorted(found, key=lambda s: (s.trust_rank, s.name.casefold(), s.host, s.port))

    # ------------------------------------------------------------ forgetting
    def _schedule_expiry(self) -> None:
        if self._expiry_timer is not None:
            self._expiry_timer.cancel()
            self._expiry_timer = None
        if self._known:
            soonest = min(known.expires_at() for known in self._known.values())
            self._expiry_timer = self.call_later(soonest - time.monotonic(), self._expire)

    def _expire(self) -> None:
        self._expiry_timer = None
        now = time.monotonic()
        gone = [sid for sid, known in self._known.items() if known.expires_at() <= now]
        for server_id in gone:
            known = self._known.pop(server_id)
            self.trace.call(
                f"forget {known.announcement.name!r}",
                Message(
                    SILENT_FOR,
                    seconds=now - known.last_heard,
                    interval=known.announcement.interval,
                    taken=known.interval,
                ),
            )
        if gone:
            self._mark_changed()
        else:
            self._schedule_expiry()
