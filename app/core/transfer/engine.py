"""The file-transfer engine: offers through the chat, pieces over connections of their own.

One selectors loop runs every transfer, both directions. The sender listens on one
port; a receiver that accepted connects there, names the transfer with its secret
token, reads the manifest and asks for the pieces it lacks; the sender streams them
with `os.sendfile` (zero-copy, no whole-file reads). The receiver verifies each piece's
SHA-256 as it completes, writes `<name>.part`, keeps the verified pieces in a small
state file and renames the file when the whole file's SHA-256 matches. A cut link is
retried by the receiver; an app restart reloads the state files and goes on without
asking again. Each connection has a fault barrier: a bad peer closes its connection
only. See docs/PROTOCOL.md ("File transfer") and docs/transfer-api.md.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import ipaddress
import logging
import os
import re
import secrets
import selectors
import shutil
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.chat.tls import TlsError, TlsLayer, client_context, looks_like_tls, server_context
from app.core.engine import Engine
from app.core.identity import IdentityError, ServerIdentity, key_digest
from app.core.messages import N_, Message
from app.core.transfer import wire
from app.core.transfer.events import (
    FileVerified,
    OfferReceived,
    OfferSent,
    ProgressItem,
    TransferCancelled,
    TransferDeclined,
    TransferDone,
    TransferFailed,
    TransferPaused,
    TransferProgress,
    TransferResumed,
    TransferStarted,
)
from app.core.transfer.files import (
    MAX_FILES,
    BackgroundHash,
    LocalFile,
    OfferPathError,
    hash_file,
    list_files,
    piece_count,
    root_of,
)
from app.core.transfer.names import free_name, safe_part, safe_relative
from app.core.transfer.relay import PAIR_TIMEOUT, relay_hello
from app.core.transfer.state import StateStore, from_ranges, incoming_key, to_ranges

log = logging.getLogger("socketlab.transfer")

Signaller = Callable[[str, dict[str, Any]], None]

RECV_BUFFER = 1024 * 1024
SEND_SLICE = 64 * 1024 * 1024  # bytes one connection may send per loop turn (fairness)
PROGRESS_EVERY = 0.25
TLS_CHUNK = 256 * 1024  # file bytes read and encrypted at a time when the link is TLS
TLS_BACKLOG = 1024 * 1024  # encrypted bytes waiting before more of the file is read
SAVE_EVERY = 1.0  # seconds between writes of a receiver's verified pieces
MAX_REPAIR_ROUNDS = 3
MAX_OFFERS_KEPT = 256  # offers received and not answered: the oldest is forgotten
MAX_SEND_CONNECTIONS = 64  # receivers connected to us at once; more are closed at once
# Connections from one address at once: a newer one closes that address's oldest, so
# one machine cannot hold every slot (an idle hog only pushes out its own).
MAX_PER_ADDRESS = 16
HELLO_TIMEOUT = 10.0  # a connection that has not named its transfer by then is closed
# Through the room's relay (docs/PROTOCOL.md, "Through the room's relay"): direct
# attempts that fail (nothing heard) before the receiver asks for the relay, relay
# attempts that fail before it tries direct again, and how long a direct connect waits.
DIRECT_TRIES = 2
RELAY_TRIES = 3
CONNECT_TIMEOUT = 5.0
MAX_RELAY_DIALS = 4  # relay connections of one transfer waiting for their partner
# Relay connections waiting for their partner, over every transfer: requests from the
# room cannot take the slots of receivers that connect directly.
MAX_RELAY_WAITING = 16
_ID = re.compile(r"[0-9a-f]{32}")
#: The IPv6 address a transfer port also listens on, beside its IPv4 one.
IPV6_COMPANION = {"127.0.0.1": "::1", "0.0.0.0": "::"}


def listen_host_for(chat_host: str) -> str:
    """Where the transfer port listens for a room at `chat_host`: loopback for a room on
    loopback (nobody else could reach it), else every address, so people in the room can
    connect to fetch what we offer. IPv6 is added beside it (`_listen_ipv6_too`)."""
    try:
        loopback = ipaddress.ip_address(chat_host.strip("[]")).is_loopback
    except ValueError:
        loopback = chat_host.lower() == "localhost"
    return "127.0.0.1" if loopback else "0.0.0.0"


LISTENING = N_("transfer", "ok, for file transfers")
CANNOT_READ = N_("transfer", "Cannot read {path}: {reason}")
CHANGED = N_("transfer", "{path} changed since it was offered; offer it again.")
TOO_BIG = N_("transfer", "The offer is {size} bytes, more than the {limit} bytes you accept.")
NO_SPACE = N_(
    "transfer",
    "Not enough free space in {folder}: {need} bytes needed, {free} bytes free.",
)
DISK_FULL = N_(
    "transfer",
    "The disk holding {folder} is full: free some space, then resume the transfer.",
)
WRITE_FAILED = N_("transfer", "Cannot write {path}: {reason}")
LINK_LOST = N_("transfer", "The connection to {peer} was lost; trying again.")
DAMAGED = N_(
    "transfer",
    "Pieces of {name} failed their SHA-256 check ({count}); fetching them again.",
)
WHOLE_MISMATCH = N_(
    "transfer",
    "{name} does not match its SHA-256 after every piece was checked; fetching it again.",
)
GAVE_UP = N_("transfer", "{name} kept arriving damaged; the transfer stopped.")
PEER_ERROR = N_("transfer", "{peer} stopped the transfer: {reason}")
#: What the sender's refusal codes mean, in our own words (its `text` is only logged: it
#: is in the sender's language, and anyone could write anything there).
PEER_STOPPED = {
    "cancelled": N_("transfer", "{peer} cancelled the transfer."),
    "unknown": N_("transfer", "{peer} no longer offers this transfer."),
    "changed": N_(
        "transfer", "{peer}'s file changed since it was offered; ask them to offer it again."
    ),
    "unreadable": N_("transfer", "{peer} cannot read the file they offered."),
    "needs_tls": N_("transfer", "{peer}'s transfer is encrypted, and this connection was not."),
}
UNKNOWN = N_("transfer", "There is no transfer {transfer_id}.")
DECLINED = N_("transfer", "{peer} declined.")
DECLINED_BY_YOU = N_("transfer", "You declined.")
BAD_DESTINATION = N_("transfer", "{name} would be written outside {folder}; refused.")
KEY_MISMATCH = N_(
    "transfer",
    "{peer}'s transfer connection showed another key than the one offered through the "
    "room; refused.",
)
NO_KEY = N_("transfer", "Cannot encrypt the transfer: {reason}")
RELAY_DIALLED = N_(
    "transfer", "the room's relay, for a file transfer the receiver cannot fetch directly"
)
MISMATCHED_OFFER = N_("transfer", "The files sent do not match the offer; refused.")


@dataclass(eq=False)
class _Outgoing:
    """An offer we made."""

    transfer_id: str
    to: str
    token: str
    files: list[LocalFile]
    name: str
    tls: bool = False  # the offer names our key: only TLS connections may fetch it
    offered: bool = False  # hashed and sent at least once
    confirmed: set[int] = field(default_factory=set)
    paused_me: bool = False
    paused_peer: bool = False
    done: bool = False
    connections: set[_SendConnection] = field(default_factory=set)
    sent: int = 0  # bytes the receiver has, as far as this side knows (progress)
    last_offer: float = 0.0
    rate: float = 0.0
    rate_mark: tuple[float, int] = (0.0, 0)

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)


@dataclass(eq=False)
class _Incoming:
    """An offer someone made to us."""

    transfer_id: str
    sender: str
    address: str
    port: int
    token: str
    name: str
    count: int
    size: int
    sender_key: str = ""  # the sender's key digest from the offer: TLS, and check it
    status: str = "offered"  # offered, accepted, done
    folder: str = ""
    save_as: str = ""
    manifest: list[dict[str, Any]] | None = None
    targets: list[str] = field(default_factory=list)  # final path of each file
    verified: dict[int, set[int]] = field(default_factory=dict)  # checked on disk
    received: dict[int, set[int]] = field(default_factory=dict)  # written, not yet checked
    finished: set[int] = field(default_factory=set)
    paused_me: bool = False
    paused_peer: bool = False
    connection: _ReceiveConnection | None = None
    retry: Any = None
    retry_delay: float = 0.0
    announced_loss: bool = False
    repairs: int = 0
    dirty: bool = False
    rate: float = 0.0
    rate_mark: tuple[float, int] = (0.0, 0)
    in_flight: int = 0
    relay: tuple[str, int] | None = None  # the room's relay, as the last frame told
    via_relay: bool = False  # direct failed: connect through the relay
    direct_failures: int = 0
    relay_failures: int = 0

    @property
    def key(self) -> str:
        return incoming_key(self.sender, self.transfer_id)

    def done_bytes(self) -> int:
        if self.manifest is None:
            return 0
        total = 0
        for index, item in enumerate(self.manifest):
            if index in self.finished:
                total += item["size"]
            else:
                pieces = len(self.verified.get(index, ())) + len(self.received.get(index, ()))
                total += min(item["size"], pieces * item["piece"])
        return total + self.in_flight


@dataclass(eq=False)
class _SendConnection:
    """A receiver connected to us."""

    sock: socket.socket
    peer: str
    host: str = ""
    opened: float = field(default_factory=time.monotonic)
    reader: wire.FrameReader = field(
        default_factory=lambda: wire.FrameReader(wire.SENDER_LIMITS, data_allowed=False)
    )
    transfer: _Outgoing | None = None
    out: bytearray = field(default_factory=bytearray)
    # What to send after `out`: bytes, or (fd, offset, length) to sendfile.
    queue: list[Any] = field(default_factory=list)
    fd: int = -1
    closed: bool = False
    base: int = 0  # bytes the receiver had when it asked for the current file
    tls: TlsLayer | None = None
    sniffed: bool = False  # the first bytes said whether it is TLS
    relay_for: tuple[str, str] | None = None  # (transfer id, receiver) we dialled the relay for


@dataclass(eq=False)
class _ReceiveConnection:
    """Our connection to a sender, fetching one transfer."""

    sock: socket.socket
    transfer: _Incoming
    reader: wire.FrameReader = field(
        default_factory=lambda: wire.FrameReader(wire.RECEIVER_LIMITS, data_allowed=True)
    )
    out: bytearray = field(default_factory=bytearray)
    connected: bool = False
    tls: TlsLayer | None = None
    key_checked: bool = False
    last_heard: float = field(default_factory=time.monotonic)
    file: int = -1  # the file asked for
    fd: int = -1
    digests: tuple[bytes, ...] = ()
    expected: list[tuple[int, int]] = field(default_factory=list)  # byte runs to come
    piece_filled: int = 0  # bytes of the piece being received
    checking: bool = False  # a helper thread is reading the file back from disk
    end_pending: bool = False  # `E` came while it was
    whole: Any = None
    whole_at: int = 0
    bad: set[int] = field(default_factory=set)
    manifest_seen: bool = False  # one M per connection, before anything else but X
    closed: bool = False
    relayed: bool = False  # through the room's relay
    heard: bool = False  # a byte came back (so the path works)
    opened: float = field(default_factory=time.monotonic)


class TransferEngine(Engine):
    """Sends and receives files for one chat identity (see docs/transfer-api.md)."""

    name = "file transfer"
    trace_role = "transfer"

    def __init__(
        self,
        state_dir: Path,
        *,
        listen_host: str = "127.0.0.1",
        size_limit: int | None = None,
        resend_every: float = 2.0,
        retry_max: float = 2.0,
        stall_timeout: float = 20.0,
        free_space: Callable[[str], int] | None = None,
        batch_interval: float = 1 / 60,
    ) -> None:
        super().__init__(batch_interval=batch_interval)
        self.state_dir = Path(state_dir)
        self.listen_host = listen_host
        self.size_limit = size_limit
        self.resend_every = resend_every
        self.retry_max = retry_max
        self.stall_timeout = stall_timeout
        self.free_space = free_space or (lambda folder: shutil.disk_usage(folder).free)
        self.port = 0
        self._signal: Signaller | None = None
        self._secure: Callable[[], bool] = lambda: False
        self._identity: ServerIdentity | None = None
        self._listener: socket.socket | None = None
        self._listener6: socket.socket | None = None  # the same port on IPv6, if it can
        self._out_store = StateStore(self.state_dir, "out")
        self._in_store = StateStore(self.state_dir, "in")
        self._outgoing: dict[str, _Outgoing] = {}
        self._incoming: dict[str, _Incoming] = {}  # by transfer id (and sender below)
        self._auto_nicks: frozenset[str] = frozenset()
        self._auto_folder = ""
        self._buffer = bytearray(RECV_BUFFER)
        self._send_connections: set[_SendConnection] = set()
        self._progress_timer: Any = None
        self.faults = 0

    # ------------------------------------------------------------ thread-safe API
    def set_signaller(self, signaller: Signaller, secure: Callable[[], bool] | None = None) -> None:
        """How to say something to a nick through the chat (`""`: the room), and whether
        the chat is encrypted now (then offers are fetched over TLS). Set before run."""
        self._signal = signaller
        if secure is not None:
            self._secure = secure

    def offer(self, paths: Iterable[str], to: str = "") -> str:
        """Offer files and folders to `to` (a nick, or the room); returns the transfer id."""
        transfer_id = secrets.token_hex(16)
        self.call_soon_threadsafe(self._offer, transfer_id, [str(p) for p in paths], to)
        return transfer_id

    def accept(self, transfer_id: str, folder: str | os.PathLike[str]) -> None:
        """Accept an offer into `folder`."""
        self.call_soon_threadsafe(self._accept, transfer_id, str(folder), "")

    def accept_as(self, transfer_id: str, path: str | os.PathLike[str]) -> None:
        """Accept an offer; its top-level file or folder is saved as `path`."""
        target = Path(path)
        self.call_soon_threadsafe(self._accept, transfer_id, str(target.parent), target.name)

    def decline(self, transfer_id: str) -> None:
        """Decline an offer."""
        self.call_soon_threadsafe(self._decline, transfer_id)

    def pause(self, transfer_id: str) -> None:
        """Pause a transfer (either direction)."""
        self.call_soon_threadsafe(self._pause, transfer_id, True)

    def resume(self, transfer_id: str) -> None:
        """Let a paused transfer go on."""
        self.call_soon_threadsafe(self._pause, transfer_id, False)

    def cancel(self, transfer_id: str) -> None:
        """Cancel a transfer (either direction); partial files are removed."""
        self.call_soon_threadsafe(self._cancel, transfer_id, "me")

    def set_auto_accept(self, nicks: Iterable[str], folder: str | os.PathLike[str]) -> None:
        """Accept offers from `nicks` (`"*"`: anyone) into `folder` without asking."""
        chosen = frozenset(n.casefold() for n in nicks)
        self.call_soon_threadsafe(self._set_auto, chosen, str(folder))

    def set_size_limit(self, limit: int | None) -> None:
        """Decline offers bigger than `limit` bytes (None: any size)."""
        self.call_soon_threadsafe(setattr, self, "size_limit", limit)

    def signal_received(
        self,
        sender: str,
        address: str,
        body: dict[str, Any],
        relay: tuple[str, int] | None = None,
    ) -> None:
        """A chat `file` frame from `sender`, whose address the room saw as `address`;
        `relay`: where the room's transfer relay listens, when it runs one."""
        self.call_soon_threadsafe(self._guard_signal, sender, address, body, relay)

    # ------------------------------------------------------------ lifecycle
    def on_start(self) -> None:
        listener = socket.create_server((self.listen_host, 0), backlog=64)
        listener.setblocking(False)
        self._listener = listener
        self.port = listener.getsockname()[1]
        self.add_reader(listener, lambda _mask: self._accept_connection(listener))
        self.trace.call(f"listen({self.listen_host}:{self.port})", Message(LISTENING))
        self._listen_ipv6_too()
        self._load_state()

    def on_stop(self) -> None:
        for incoming in self._incoming.values():
            if incoming.connection is not None:
                self._close_receive(incoming.connection, retry=False)
            self._save_incoming(incoming)
        for connection in list(self._send_connections):
            self._close_send(connection)
        for listener in (self._listener, self._listener6):
            if listener is not None:
                self.remove(listener)
                listener.close()

    def _listen_ipv6_too(self) -> None:
        """The same port on IPv6 (`::1` beside 127.0.0.1, `::` beside 0.0.0.0): the
        receiver dials the address the room saw for us, an IPv6 one in an IPv6 room.
        Skipped, with a log line, where the system has no IPv6 or the port is taken."""
        host6 = IPV6_COMPANION.get(self.listen_host)
        if host6 is None or not socket.has_ipv6:
            return
        try:
            listener = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        except OSError as exc:
            log.info("no IPv6 listener for file transfers: %s", exc)
            return
        try:
            listener.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            if os.name == "posix":
                listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind((host6, self.port))
            listener.listen(64)
        except OSError as exc:
            listener.close()
            log.info("no IPv6 listener for file transfers on port %s: %s", self.port, exc)
            return
        listener.setblocking(False)
        self._listener6 = listener
        self.add_reader(listener, lambda _mask: self._accept_connection(listener))
        self.trace.call(f"listen([{host6}]:{self.port})", Message(LISTENING))

    def _load_state(self) -> None:
        for record in self._out_store.load_all():
            with contextlib.suppress(KeyError, TypeError, ValueError):
                outgoing = _outgoing_from_record(record)
                if outgoing.tls:
                    try:
                        self._load_identity()
                    except IdentityError:
                        continue
                self._outgoing[outgoing.transfer_id] = outgoing
                self._send_offer(outgoing)
        for record in self._in_store.load_all():
            with contextlib.suppress(KeyError, TypeError, ValueError):
                incoming = _incoming_from_record(record)
                if incoming.status == "done":
                    continue
                self._incoming[incoming.transfer_id] = incoming
                if incoming.status == "offered":
                    self.emit(
                        OfferReceived(
                            incoming.transfer_id,
                            incoming.sender,
                            incoming.name,
                            incoming.count,
                            incoming.size,
                        )
                    )
                elif not (incoming.paused_me or incoming.paused_peer):
                    self._connect(incoming)
        if self._outgoing or self._incoming:
            self._schedule_progress()
        self.call_later(self.resend_every, self._resend_offers)
        self.call_later(1.0, self._watch_stalls)

    # ------------------------------------------------------------ sending side
    def _offer(self, transfer_id: str, paths: list[str], to: str) -> None:
        def work() -> list[LocalFile]:
            files = list_files(paths)
            for item in files:
                hash_file(item)
            return files

        def done(files: list[LocalFile] | None, exc: BaseException | None) -> None:
            if exc is not None or files is None:
                if isinstance(exc, OfferPathError) and isinstance(exc.args[0], Message):
                    message = exc.args[0]
                else:
                    message = Message(CANNOT_READ, path=", ".join(paths), reason=str(exc))
                self.emit(TransferFailed(transfer_id, message, True))
                return
            name = Path(paths[0]).name if paths else ""
            outgoing = _Outgoing(transfer_id, to, secrets.token_hex(16), files, name)
            if self._secure():
                try:
                    self._load_identity()
                except IdentityError as exc:
                    reason = str(exc.args[0]) if exc.args else str(exc)
                    self.emit(TransferFailed(transfer_id, Message(NO_KEY, reason=reason), True))
                    return
                outgoing.tls = True
            self._outgoing[transfer_id] = outgoing
            self._save_outgoing(outgoing)
            self._send_offer(outgoing)
            self.emit(OfferSent(transfer_id, to, name, len(files), outgoing.size))

        self.run_blocking(work, done, name="hashing")

    def _load_identity(self) -> ServerIdentity:
        """This SocketLab's transfer key (made once, kept with the transfer state)."""
        if self._identity is None:
            self._identity = ServerIdentity.load_or_create(self.state_dir / "key")
        return self._identity

    def _send_offer(self, outgoing: _Outgoing) -> None:
        outgoing.offered = True
        outgoing.last_offer = time.monotonic()
        body = {
            "op": "offer",
            "v": 1,
            "id": outgoing.transfer_id,
            "token": outgoing.token,
            "port": self.port,
            "name": outgoing.name,
            "count": len(outgoing.files),
            "size": outgoing.size,
        }
        if outgoing.tls:
            body["key"] = self._load_identity().digest
        self._say(outgoing.to, body)

    def _resend_offers(self) -> None:
        """Offers to one person are said again until they connect, decline or cancel:
        chat frames are not kept while the chat is reconnecting."""
        now = time.monotonic()
        for outgoing in list(self._outgoing.values()):
            if (
                outgoing.to
                and not outgoing.done
                and not outgoing.connections
                and not outgoing.paused_me
                and now - outgoing.last_offer >= self.resend_every * 0.9
            ):
                self._send_offer(outgoing)
        self.call_later(self.resend_every, self._resend_offers)

    def _watch_stalls(self) -> None:
        """A link that went silent mid-transfer (a pulled cable, a sleeping laptop: no
        reset arrives) is closed and tried again after `stall_timeout` seconds."""
        now = time.monotonic()
        for incoming in list(self._incoming.values()):
            connection = incoming.connection
            if connection is None:
                continue
            if now - connection.last_heard > self.stall_timeout:
                log.info("file transfer from %s: silent, reconnecting", incoming.sender)
                self._close_receive(connection, retry=True)
            elif (
                not connection.connected
                and not connection.relayed
                and now - connection.opened > CONNECT_TIMEOUT
            ):
                # A firewall that drops packets answers nothing: count it as a failure.
                log.info("file transfer from %s: no answer, trying again", incoming.sender)
                self._close_receive(connection, retry=True)
        self.call_later(1.0, self._watch_stalls)

    def _accept_connection(self, listener: socket.socket) -> None:
        for _ in range(64):
            try:
                sock, address = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                log.info("accept() failed: %s", exc)
                return
            same = [c for c in self._send_connections if c.host == address[0]]
            if len(same) >= MAX_PER_ADDRESS:
                self._close_send(min(same, key=lambda c: c.opened))
            if len(self._send_connections) >= MAX_SEND_CONNECTIONS:
                sock.close()
                continue
            sock.setblocking(False)
            _tune(sock)
            connection = _SendConnection(sock, f"{address[0]}:{address[1]}", address[0])
            self._send_connections.add(connection)
            self.call_later(HELLO_TIMEOUT, self._hello_timed_out, connection)
            self.add_reader(sock, lambda mask, c=connection: self._send_ready(c, mask))

    def _dial_relay(self, outgoing: _Outgoing, receiver: str, relay: tuple[str, int]) -> None:
        """The receiver cannot reach us and asked to meet at the room's relay: dial it
        and serve that connection as if the receiver had connected here."""
        if outgoing.to and not _same(outgoing.to, receiver):
            return
        if outgoing.done or outgoing.paused_me or not outgoing.offered:
            return
        if len(self._send_connections) >= MAX_SEND_CONNECTIONS:
            return
        slot = (outgoing.transfer_id, receiver.casefold())
        waiting = [c for c in self._send_connections if c.relay_for == slot and c.transfer is None]
        if len(waiting) >= MAX_RELAY_DIALS:  # a receiver asking again and again
            self._close_send(min(waiting, key=lambda c: c.opened))
        unnamed = [
            c for c in self._send_connections if c.relay_for is not None and c.transfer is None
        ]
        if len(unnamed) >= MAX_RELAY_WAITING:
            return
        host, port = relay
        try:
            infos = socket.getaddrinfo(
                host, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST
            )
            sock = socket.socket(infos[0][0], socket.SOCK_STREAM)
        except OSError as exc:
            log.info("file transfer: cannot reach the relay at %s:%s: %s", host, port, exc)
            return
        sock.setblocking(False)
        _tune(sock)
        connection = _SendConnection(sock, f"relay {host}:{port}", "", relay_for=slot)
        connection.out += relay_hello("send", outgoing.transfer_id, outgoing.token)
        self._send_connections.add(connection)
        try:
            sock.connect(infos[0][4])
        except (BlockingIOError, InterruptedError):
            pass
        except OSError as exc:
            log.info("file transfer: cannot reach the relay at %s:%s: %s", host, port, exc)
            self._close_send(connection)
            return
        self.trace.call(f"connect({host}:{port})", Message(RELAY_DIALLED))
        self.call_later(PAIR_TIMEOUT + HELLO_TIMEOUT, self._hello_timed_out, connection)
        self.set_interest(
            sock,
            selectors.EVENT_READ | selectors.EVENT_WRITE,
            lambda mask, c=connection: self._send_ready(c, mask),
        )

    def _hello_timed_out(self, connection: _SendConnection) -> None:
        if connection.transfer is None and not connection.closed:
            self._close_send(connection)

    def _send_ready(self, connection: _SendConnection, mask: int) -> None:
        try:
            if mask & selectors.EVENT_READ:
                self._send_read(connection)
            if not connection.closed and mask & selectors.EVENT_WRITE:
                self._send_pump(connection)
        except wire.TransferProtocolError as exc:
            self._refuse(connection, "protocol", str(exc))
        except Exception:  # the fault barrier: this connection only
            self.faults += 1
            log.exception("file transfer: a receiver's connection failed")
            self._close_send(connection)

    def _send_read(self, connection: _SendConnection) -> None:
        try:
            data = connection.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:
            self._close_send(connection)
            return
        if not connection.sniffed:
            connection.sniffed = True
            if looks_like_tls(data[:2]):
                if self._identity is None:
                    self._close_send(connection)  # we offered nothing over TLS
                    return
                connection.tls = TlsLayer(server_context(self._identity), server_side=True)
        if connection.tls is not None:
            try:
                data = connection.tls.receive(data)
            except TlsError as exc:
                log.info("file transfer: TLS with %s failed: %s", connection.peer, exc)
                self._close_send(connection)
                return
            connection.out += connection.tls.data_to_send()
            self._send_pump(connection)
            if connection.closed or not data:
                return
        for event in connection.reader.receive(data):
            if connection.closed:
                return
            if isinstance(event, wire.Control):
                self._send_control(connection, event.kind, event.body)

    def _send_control(self, connection: _SendConnection, kind: str, body: dict[str, Any]) -> None:
        outgoing = connection.transfer
        if kind == "H":
            if outgoing is not None:  # each hello would queue the whole manifest again
                raise wire.TransferProtocolError("a second hello on one connection")
            transfer_id, token = body.get("id"), body.get("token")
            candidate = self._outgoing.get(transfer_id) if isinstance(transfer_id, str) else None
            if (
                candidate is None
                or not isinstance(token, str)
                or not _ID.fullmatch(token)  # compare_digest raises on non-ASCII text
                or not secrets.compare_digest(token, candidate.token)
            ):
                self._refuse(connection, "unknown", "no such transfer")
                return
            if candidate.paused_me:
                self._refuse(connection, "paused", "paused by the sender")
                return
            if candidate.tls and connection.tls is None:
                self._refuse(connection, "needs_tls", "this transfer is encrypted: use TLS")
                return
            connection.transfer = candidate
            candidate.connections.add(connection)
            manifest = [
                {
                    "name": f.name,
                    "size": f.size,
                    "piece": f.piece,
                    "sha256": f.sha256,
                    "root": f.root,
                }
                for f in candidate.files
            ]
            self._put(connection, wire.control_frame(b"M", {"files": manifest}))
            relayed = connection.relay_for is not None
            self.emit(
                TransferStarted(
                    candidate.transfer_id, "send", candidate.name, candidate.size, relayed
                )
            )
            self._schedule_progress()
            self._send_pump(connection)
            return
        if outgoing is None:
            raise wire.TransferProtocolError("the first frame must be H")
        if kind == "W":
            self._want(connection, outgoing, body)
        elif kind == "F":
            index = body.get("file")
            if not isinstance(index, int) or not 0 <= index < len(outgoing.files):
                raise wire.TransferProtocolError("a confirmation of no such file")
            item = outgoing.files[index]
            if body.get("sha256") != item.sha256:
                raise wire.TransferProtocolError("a confirmation with another hash")
            if index not in outgoing.confirmed:
                outgoing.confirmed.add(index)
                self.emit(FileVerified(outgoing.transfer_id, item.path, item.size, item.sha256))
                self._save_outgoing(outgoing)
        elif kind == "B":
            if len(outgoing.confirmed) == len(outgoing.files):
                self._outgoing_done(outgoing)
            self._close_send(connection)
        elif kind == "X":
            self._close_send(connection)

    def _want(self, connection: _SendConnection, outgoing: _Outgoing, body: dict[str, Any]) -> None:
        index, ranges = body.get("file"), body.get("ranges")
        if not isinstance(index, int) or not 0 <= index < len(outgoing.files):
            raise wire.TransferProtocolError("a request for no such file")
        if not isinstance(ranges, list) or len(ranges) > 4096:
            raise wire.TransferProtocolError("a malformed list of pieces")
        if connection.queue:
            # One request at a time (the receiver waits for E): requests piled up unread
            # would grow this queue without bound.
            raise wire.TransferProtocolError("a request before the last one ended")
        item = outgoing.files[index]
        pieces = piece_count(item.size, item.piece)
        runs: list[tuple[int, int]] = []
        after = 0  # ranges go up and do not overlap: each piece is sent once per request
        for entry in ranges:
            if not (
                isinstance(entry, list)
                and len(entry) == 2
                and all(isinstance(v, int) and not isinstance(v, bool) for v in entry)
                and after <= entry[0] < entry[1] <= pieces
            ):
                raise wire.TransferProtocolError("a piece range out of the file or out of order")
            after = entry[1]
            start = entry[0] * item.piece
            runs.append((start, min(item.size, entry[1] * item.piece) - start))
        if connection.fd >= 0:
            os.close(connection.fd)
            connection.fd = -1
        try:
            fd = os.open(item.path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            info = os.fstat(fd)
        except OSError as exc:
            message = Message(CANNOT_READ, path=item.path, reason=exc.strerror or str(exc))
            self._refuse(connection, "unreadable", message)
            self.emit(TransferFailed(outgoing.transfer_id, message, True))
            return
        if info.st_size < item.size or info.st_mtime_ns != item.mtime_ns:
            os.close(fd)
            message = Message(CHANGED, path=item.path)
            self._refuse(connection, "changed", message)
            self.emit(TransferFailed(outgoing.transfer_id, message, True))
            return
        connection.fd = fd
        asked = sum(length for _, length in runs)
        others = sum(f.size for i, f in enumerate(outgoing.files) if i != index and i < index)
        connection.base = others + item.size - asked
        outgoing.sent = connection.base
        self._put(connection, wire.hashes_frame(index, list(item.digests)))
        for start, length in runs:
            connection.queue.append(wire.data_header(index, start, length))
            connection.queue.append((fd, start, length))
        connection.queue.append(wire.control_frame(b"E", {"file": index}))
        self._send_pump(connection)

    def _send_pump(self, connection: _SendConnection) -> None:
        """Write what is queued: control bytes with send(), file bytes with sendfile()."""
        sock = connection.sock
        budget = SEND_SLICE
        outgoing = connection.transfer
        while budget > 0:
            if connection.out:
                try:
                    sent = sock.send(connection.out)
                except (BlockingIOError, InterruptedError):
                    break
                except OSError:
                    self._close_send(connection)
                    return
                del connection.out[:sent]
                continue
            if not connection.queue:
                break
            item = connection.queue[0]
            if isinstance(item, bytes):
                self._put(connection, item)
                connection.queue.pop(0)
                continue
            fd, offset, length = item
            if length == 0:
                connection.queue.pop(0)
                continue
            try:
                if connection.tls is None:  # zero-copy: the kernel sends from the file
                    sent = os.sendfile(sock.fileno(), fd, offset, min(length, budget))
                else:  # TLS: read, encrypt, send; at most TLS_BACKLOG waits encrypted
                    chunk = os.pread(fd, min(length, TLS_CHUNK), offset)
                    sent = len(chunk)
                    if sent:
                        self._put(connection, chunk)
            except (BlockingIOError, InterruptedError):
                break
            except (OSError, TlsError):
                self._close_send(connection)
                return
            if sent == 0:  # the file shrank under us
                self._refuse(connection, "changed", "the file changed")
                return
            budget -= sent
            if outgoing is not None:
                connection.base += sent
                outgoing.sent = max(outgoing.sent, connection.base)
            connection.queue[0] = (fd, offset + sent, length - sent)
        waiting = bool(connection.out or connection.queue)
        events = selectors.EVENT_READ | (selectors.EVENT_WRITE if waiting else 0)
        self.set_interest(sock, events, lambda mask, c=connection: self._send_ready(c, mask))
        if waiting and budget <= 0:
            # Let the other connections have a turn; come back at once.
            self.call_soon(self._send_pump_again, connection)

    def _put(self, connection: _SendConnection, data: bytes) -> None:
        """Queue protocol bytes for the socket, encrypted when the connection is TLS."""
        if connection.tls is None:
            connection.out += data
        else:
            connection.tls.send(data)
            connection.out += connection.tls.data_to_send()

    def _send_pump_again(self, connection: _SendConnection) -> None:
        if not connection.closed:
            self._send_ready(connection, selectors.EVENT_WRITE)

    def _refuse(self, connection: _SendConnection, code: str, text: str) -> None:
        with contextlib.suppress(OSError, TlsError):
            connection.out.clear()
            connection.queue.clear()
            self._put(
                connection, wire.control_frame(b"X", {"code": code, "text": str(text)[:1000]})
            )
            connection.sock.send(connection.out)
        self._close_send(connection)

    def _close_send(self, connection: _SendConnection) -> None:
        if connection.closed:
            return
        connection.closed = True
        self._send_connections.discard(connection)
        if connection.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(connection.fd)
            connection.fd = -1
        self.remove(connection.sock)
        connection.sock.close()
        if connection.transfer is not None:
            connection.transfer.connections.discard(connection)

    def _outgoing_done(self, outgoing: _Outgoing) -> None:
        if outgoing.done:
            return
        outgoing.done = True
        self._out_store.delete(outgoing.transfer_id)
        self.emit(TransferDone(outgoing.transfer_id, "send"))
        if not outgoing.to:
            return
        self._outgoing.pop(outgoing.transfer_id, None)

    def _save_outgoing(self, outgoing: _Outgoing) -> None:
        if outgoing.done:
            return
        with contextlib.suppress(OSError):
            self._out_store.save(outgoing.transfer_id, _outgoing_record(outgoing))

    # ------------------------------------------------------------ signals
    def _say(self, to: str, body: dict[str, Any]) -> None:
        if self._signal is not None:
            try:
                self._signal(to, body)
            except Exception:  # a stopped chat engine: the offer is said again later
                log.info("file transfer: the chat could not carry %s", body.get("op"))

    def _guard_signal(
        self,
        sender: str,
        address: str,
        body: dict[str, Any],
        relay: tuple[str, int] | None = None,
    ) -> None:
        try:
            self._on_signal(sender, address, body, relay)
        except Exception:  # the fault barrier for chat frames
            self.faults += 1
            log.exception("file transfer: a chat frame from %s could not be handled", sender)

    def _on_signal(
        self,
        sender: str,
        address: str,
        body: dict[str, Any],
        relay: tuple[str, int] | None = None,
    ) -> None:
        op, transfer_id = body.get("op"), body.get("id")
        if not isinstance(transfer_id, str) or not _ID.fullmatch(transfer_id):
            return
        if relay is not None and not (relay[0] and _whole(relay[1], 1, 65535)):
            relay = None
        if op == "offer":
            if transfer_id not in self._outgoing:  # our own id: one row, one meaning
                self._offer_received(sender, address, transfer_id, body)
                known = self._incoming.get(transfer_id)
                if known is not None and _same(known.sender, sender):
                    known.relay = relay
            return
        outgoing = self._outgoing.get(transfer_id)
        if op == "relay":
            if outgoing is not None and relay is not None:
                self._dial_relay(outgoing, sender, relay)
            return
        if outgoing is not None and not outgoing.to:
            # A room offer's id is seen by everyone in the room: an answer speaks for
            # its sender alone and cannot cancel, pause or finish it for the others.
            if op == "decline":
                self.emit(TransferDeclined(transfer_id, "peer", Message(DECLINED, peer=sender)))
            return
        if outgoing is not None and _same(outgoing.to, sender):
            if op == "decline":
                self._drop_outgoing(outgoing)
                self.emit(TransferDeclined(transfer_id, "peer", Message(DECLINED, peer=sender)))
            elif op == "cancel":
                self._drop_outgoing(outgoing)
                self.emit(TransferCancelled(transfer_id, "peer"))
            elif op in {"pause", "resume"}:
                paused = op == "pause"
                if outgoing.paused_peer != paused:
                    outgoing.paused_peer = paused
                    self.emit(
                        TransferPaused(transfer_id, "peer")
                        if paused
                        else TransferResumed(transfer_id)
                    )
            elif op == "done":
                outgoing.confirmed = set(range(len(outgoing.files)))
                self._outgoing_done(outgoing)
            return
        incoming = self._incoming.get(transfer_id)
        if incoming is None or not _same(incoming.sender, sender):
            return
        if op == "cancel":
            self._drop_incoming(incoming)
            self.emit(TransferCancelled(transfer_id, "peer"))
        elif op in {"pause", "resume"}:
            paused = op == "pause"
            if incoming.paused_peer != paused:
                incoming.paused_peer = paused
                self.emit(
                    TransferPaused(transfer_id, "peer") if paused else TransferResumed(transfer_id)
                )
                if paused and incoming.connection is not None:
                    self._close_receive(incoming.connection, retry=False)
                elif not paused:
                    self._connect(incoming)

    def _offer_received(
        self, sender: str, address: str, transfer_id: str, body: dict[str, Any]
    ) -> None:
        token, port, key = body.get("token"), body.get("port"), body.get("key", "")
        count, size, name = body.get("count"), body.get("size"), body.get("name")
        if not (
            isinstance(token, str)
            and _ID.fullmatch(token)
            and _whole(port, 1, 65535)
            and _whole(count, 0, MAX_FILES)
            and _whole(size, 0, 2**53)
            and isinstance(name, str)
            and isinstance(key, str)
            and (key == "" or re.fullmatch(r"[0-9a-f]{64}", key))
        ):
            return
        host = address
        known = self._incoming.get(transfer_id)
        if known is not None:
            if not _same(known.sender, sender):
                return
            known.address, known.port = host, port  # a restarted sender listens elsewhere
            known.sender_key = known.sender_key or key  # a later offer cannot drop TLS
            if known.status == "done":
                self._say(sender, {"op": "done", "id": transfer_id})
            elif known.status == "accepted" and known.connection is None:
                self._connect(known, now=True)
            return
        if self.size_limit is not None and size > self.size_limit:
            # Declined before anything is stored: an offer too big must not push out an
            # offer someone is still deciding on.
            message = Message(TOO_BIG, size=size, limit=self.size_limit)
            self._say(sender, {"op": "decline", "id": transfer_id, "reason": "too_big"})
            self.emit(TransferDeclined(transfer_id, "me", message))
            return
        if len(self._incoming) >= MAX_OFFERS_KEPT:
            # Forget the oldest finished one, else the oldest unanswered offer; transfers
            # under way are kept (a flood of offers cannot push them out).
            oldest = next((i for i in self._incoming.values() if i.status == "done"), None)
            oldest = oldest or next(
                (i for i in self._incoming.values() if i.status == "offered"), None
            )
            if oldest is None:
                return
            self._incoming.pop(oldest.transfer_id)
            self._in_store.delete(oldest.key)
        shown = safe_relative(name)[-1]
        incoming = _Incoming(
            transfer_id, sender, host, port, token, shown, count, size, sender_key=key
        )
        self._incoming[transfer_id] = incoming
        self.emit(OfferReceived(transfer_id, sender, shown, count, size))
        if self._auto_folder and ("*" in self._auto_nicks or sender.casefold() in self._auto_nicks):
            self._accept(transfer_id, self._auto_folder, "")
        else:
            self._save_incoming(incoming)

    def _set_auto(self, nicks: frozenset[str], folder: str) -> None:
        self._auto_nicks, self._auto_folder = nicks, folder if nicks else ""

    # ------------------------------------------------------------ receiving side
    def _accept(self, transfer_id: str, folder: str, save_as: str) -> None:
        incoming = self._incoming.get(transfer_id)
        if incoming is None:
            self.emit(TransferFailed(transfer_id, Message(UNKNOWN, transfer_id=transfer_id), True))
            return
        if incoming.status != "offered":
            return
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
            free = self.free_space(folder)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.emit(
                TransferFailed(transfer_id, Message(WRITE_FAILED, path=folder, reason=reason), True)
            )
            return
        if free < incoming.size:
            message = Message(NO_SPACE, folder=folder, need=incoming.size, free=free)
            self.emit(TransferFailed(transfer_id, message, True))
            return
        incoming.status, incoming.folder = "accepted", folder
        incoming.save_as = safe_part(save_as) if save_as else ""
        self._save_incoming(incoming)
        self._connect(incoming, now=True)

    def _decline(self, transfer_id: str) -> None:
        incoming = self._incoming.get(transfer_id)
        if incoming is None:
            self.emit(TransferFailed(transfer_id, Message(UNKNOWN, transfer_id=transfer_id), True))
            return
        self._say(incoming.sender, {"op": "decline", "id": transfer_id})
        self._drop_incoming(incoming)
        self.emit(TransferDeclined(transfer_id, "me", Message(DECLINED_BY_YOU)))

    def _pause(self, transfer_id: str, paused: bool) -> None:
        op = "pause" if paused else "resume"
        outgoing = self._outgoing.get(transfer_id)
        incoming = self._incoming.get(transfer_id)
        if outgoing is not None and outgoing.paused_me != paused:
            outgoing.paused_me = paused
            if paused:
                for connection in list(outgoing.connections):
                    self._refuse(connection, "paused", "paused by the sender")
            self._say(outgoing.to, {"op": op, "id": transfer_id})
        elif incoming is not None and incoming.paused_me != paused:
            incoming.paused_me = paused
            if paused and incoming.connection is not None:
                self._close_receive(incoming.connection, retry=False)
            self._say(incoming.sender, {"op": op, "id": transfer_id})
            self._save_incoming(incoming)
            if not paused:
                incoming.retry_delay = 0.0
                self._connect(incoming, now=True)
        elif outgoing is None and incoming is None:
            self.emit(TransferFailed(transfer_id, Message(UNKNOWN, transfer_id=transfer_id), True))
            return
        else:
            return
        self.emit(TransferPaused(transfer_id, "me") if paused else TransferResumed(transfer_id))

    def _cancel(self, transfer_id: str, by: str) -> None:
        outgoing = self._outgoing.get(transfer_id)
        incoming = self._incoming.get(transfer_id)
        if outgoing is not None:
            self._drop_outgoing(outgoing)
            self._say(outgoing.to, {"op": "cancel", "id": transfer_id})
        elif incoming is not None:
            self._drop_incoming(incoming)  # the partial files go first
            self._say(incoming.sender, {"op": "cancel", "id": transfer_id})
        else:
            self.emit(TransferFailed(transfer_id, Message(UNKNOWN, transfer_id=transfer_id), True))
            return
        self.emit(TransferCancelled(transfer_id, by))

    def _drop_outgoing(self, outgoing: _Outgoing) -> None:
        for connection in list(outgoing.connections):
            self._refuse(connection, "cancelled", "cancelled")
        self._outgoing.pop(outgoing.transfer_id, None)
        self._out_store.delete(outgoing.transfer_id)

    def _drop_incoming(self, incoming: _Incoming) -> None:
        if incoming.connection is not None:
            self._close_receive(incoming.connection, retry=False)
        if incoming.retry is not None:
            incoming.retry.cancel()
        for index, target in enumerate(incoming.targets):
            if index not in incoming.finished:
                with contextlib.suppress(OSError):
                    os.unlink(target + ".part")
        self._incoming.pop(incoming.transfer_id, None)
        self._in_store.delete(incoming.key)

    def _connect(self, incoming: _Incoming, *, now: bool = False) -> None:
        if incoming.retry is not None:
            incoming.retry.cancel()
            incoming.retry = None
        if (
            incoming.connection is not None
            or incoming.status != "accepted"
            or incoming.paused_me
            or incoming.paused_peer
        ):
            return
        if not now and incoming.retry_delay:
            incoming.retry = self.call_later(incoming.retry_delay, self._retry, incoming)
            return
        relayed = incoming.via_relay and incoming.relay is not None
        host, port = (
            incoming.relay if relayed and incoming.relay else (incoming.address, incoming.port)
        )
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            sock = socket.socket(infos[0][0], socket.SOCK_STREAM)
        except OSError:
            self._connection_lost(incoming)
            return
        sock.setblocking(False)
        _tune(sock)
        connection = _ReceiveConnection(sock, incoming, relayed=relayed)
        incoming.connection = connection
        if relayed:
            # Ask the sender to meet us at the relay (the room lets the relay pair us),
            # and open with the line that names the transfer to the relay.
            self._say(incoming.sender, {"op": "relay", "id": incoming.transfer_id})
            connection.out += relay_hello("receive", incoming.transfer_id, incoming.token)
        try:
            sock.connect(infos[0][4])
        except (BlockingIOError, InterruptedError):
            pass
        except OSError:
            self._close_receive(connection, retry=True)
            return
        if incoming.sender_key:
            connection.tls = TlsLayer(client_context(), server_side=False)
            connection.tls.start()
            connection.out += connection.tls.data_to_send()
        hello = {"v": 1, "id": incoming.transfer_id, "token": incoming.token}
        self._put_r(connection, wire.control_frame(b"H", hello))
        self.set_interest(
            sock,
            selectors.EVENT_READ | selectors.EVENT_WRITE,
            lambda mask, c=connection: self._receive_ready(c, mask),
        )

    def _put_r(self, connection: _ReceiveConnection, data: bytes) -> None:
        """Queue protocol bytes for the sender, encrypted when the connection is TLS."""
        if connection.tls is None:
            connection.out += data
        else:
            connection.tls.send(data)  # held inside the layer until the handshake ends
            connection.out += connection.tls.data_to_send()

    def _retry(self, incoming: _Incoming) -> None:
        incoming.retry = None
        self._connect(incoming, now=True)

    def _receive_ready(self, connection: _ReceiveConnection, mask: int) -> None:
        self._guard_receive(connection, self._receive_io, connection, mask)

    def _receive_io(self, connection: _ReceiveConnection, mask: int) -> None:
        if mask & selectors.EVENT_WRITE:
            self._receive_flush(connection)
        if not connection.closed and mask & selectors.EVENT_READ:
            self._receive_read(connection)

    def _guard_receive(
        self, connection: _ReceiveConnection, function: Callable[..., None], *args: Any
    ) -> None:
        """The fault barrier of one receiving connection: whatever `function` raises ends
        this connection (retried, or stopped in words), never the engine."""
        incoming = connection.transfer
        try:
            function(*args)
        except (wire.TransferProtocolError, TlsError) as exc:
            log.info("file transfer from %s: %s", incoming.sender, exc)
            self._close_receive(connection, retry=True)
        except _StopTransfer as stop:
            self._close_receive(connection, retry=False)
            self._stop_incoming(incoming, stop.message)
        except Exception:  # the fault barrier: this transfer only
            self.faults += 1
            log.exception("file transfer: receiving from %s failed", incoming.sender)
            self._close_receive(connection, retry=True)

    def _receive_flush(self, connection: _ReceiveConnection) -> None:
        if connection.out:
            try:
                sent = connection.sock.send(connection.out)
            except (BlockingIOError, InterruptedError):
                sent = 0
            except OSError:
                self._close_receive(connection, retry=True)
                return
            del connection.out[:sent]
            connection.connected = True
        events = selectors.EVENT_READ | (selectors.EVENT_WRITE if connection.out else 0)
        self.set_interest(
            connection.sock, events, lambda mask, c=connection: self._receive_ready(c, mask)
        )

    def _receive_read(self, connection: _ReceiveConnection) -> None:
        buffer = self._buffer
        for _ in range(16):  # drain, but let other connections have their turn
            try:
                count = connection.sock.recv_into(buffer)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                count = 0
            if not count:
                self._close_receive(connection, retry=True)
                return
            connection.connected = True
            connection.last_heard = time.monotonic()
            if not connection.heard:
                connection.heard = True  # this path works: keep to it
                incoming = connection.transfer
                incoming.direct_failures = incoming.relay_failures = 0
            view: bytes | memoryview = memoryview(buffer)[:count]
            if connection.tls is not None:
                view = self._decrypt(connection, view)
                if connection.closed:
                    return
            for event in connection.reader.receive(view):
                if connection.closed:
                    return
                is_manifest = isinstance(event, wire.Control) and event.kind == "M"
                if is_manifest == connection.manifest_seen and not (
                    isinstance(event, wire.Control) and event.kind == "X"
                ):
                    raise wire.TransferProtocolError("a frame out of order around the manifest")
                connection.manifest_seen = connection.manifest_seen or is_manifest
                if isinstance(event, wire.Data):
                    self._on_data(connection, event)
                elif isinstance(event, wire.Hashes):
                    self._on_hashes(connection, event)
                elif isinstance(event, wire.Control):
                    self._receive_control(connection, event.kind, event.body)
            if count < len(buffer):
                return

    def _decrypt(self, connection: _ReceiveConnection, data: memoryview) -> bytes:
        """TLS bytes in, plaintext out; the sender's key is checked against the offer's
        as soon as the handshake ends, before anything is sent or believed."""
        tls = connection.tls
        assert tls is not None
        plain = tls.receive(bytes(data))
        if tls.handshake_done and not connection.key_checked:
            incoming = connection.transfer
            if key_digest(tls.peer_public_key()) != incoming.sender_key:
                raise _StopTransfer(Message(KEY_MISMATCH, peer=incoming.sender))
            connection.key_checked = True
        connection.out += tls.data_to_send()
        if connection.out:
            self._receive_flush(connection)
        return plain

    def _receive_control(
        self, connection: _ReceiveConnection, kind: str, body: dict[str, Any]
    ) -> None:
        incoming = connection.transfer
        if kind == "M":
            self._on_manifest(connection, body)
        elif kind == "E":
            if body.get("file") != connection.file or connection.expected:
                raise wire.TransferProtocolError("an end before every piece came")
            self._file_round_done(connection)
        elif kind == "X":
            code, text = body.get("code"), body.get("text")
            reason = text if isinstance(text, str) else "refused"
            if code == "paused":
                incoming.paused_peer = True
                self._close_receive(connection, retry=False)
                self.emit(TransferPaused(incoming.transfer_id, "peer"))
            elif isinstance(code, str) and code in PEER_STOPPED:
                self._close_receive(connection, retry=False)
                log.info("%s stopped the transfer (%s): %s", incoming.sender, code, reason[:200])
                self._stop_incoming(incoming, Message(PEER_STOPPED[code], peer=incoming.sender))
            else:
                self._close_receive(connection, retry=True)

    def _on_manifest(self, connection: _ReceiveConnection, body: dict[str, Any]) -> None:
        incoming = connection.transfer
        files = body.get("files")
        if not isinstance(files, list) or len(files) > MAX_FILES:
            raise wire.TransferProtocolError("a malformed manifest")
        manifest: list[dict[str, Any]] = []
        for item in files:
            if not isinstance(item, dict):
                raise wire.TransferProtocolError("a malformed manifest entry")
            name, size, piece = item.get("name"), item.get("size"), item.get("piece")
            sha, root = item.get("sha256"), item.get("root")
            if not (
                isinstance(name, str)
                and _whole(size, 0, 2**53)
                and _whole(piece, 4096, 2**31)
                and isinstance(sha, str)
                and re.fullmatch(r"[0-9a-f]{64}", sha)
                and isinstance(root, str)
                and re.fullmatch(r"[0-9a-f]{64}", root)
                and piece_count(size, piece) <= 65536
            ):
                raise wire.TransferProtocolError("a manifest entry out of its limits")
            manifest.append(
                {"name": name, "size": size, "piece": piece, "sha256": sha, "root": root}
            )
        if len(manifest) != incoming.count or sum(m["size"] for m in manifest) != incoming.size:
            raise _StopTransfer(Message(MISMATCHED_OFFER))
        if incoming.manifest is None:
            incoming.manifest = manifest
            incoming.targets = self._place(incoming, manifest)
            self._save_incoming(incoming)
        elif [m["sha256"] for m in incoming.manifest] != [m["sha256"] for m in manifest]:
            raise _StopTransfer(Message(MISMATCHED_OFFER))
        # The retry delay and the "lost" notice are reset by pieces arriving (_on_data),
        # not here: a sender that breaks every link after its manifest is retried ever
        # more slowly, and said once.
        self.emit(
            TransferStarted(
                incoming.transfer_id, "receive", incoming.name, incoming.size, connection.relayed
            )
        )
        self._schedule_progress()
        self._ask_next(connection)

    def _place(self, incoming: _Incoming, manifest: list[dict[str, Any]]) -> list[str]:
        """Where each file goes: sanitised names under the folder, free names at the top."""
        folder = Path(incoming.folder)
        real_folder = os.path.realpath(folder)
        tops: dict[str, str] = {}
        taken: set[str] = set()
        targets: list[str] = []
        for item in manifest:
            parts = list(safe_relative(item["name"]))
            top = parts[0]
            if top not in tops:
                wanted = incoming.save_as if incoming.save_as and not tops else top
                tops[top] = free_name(folder, wanted, {t.casefold() for t in tops.values()})
            parts[0] = tops[top]
            relative = "/".join(parts)
            if relative.casefold() in taken:
                parent = folder.joinpath(*parts[:-1])
                parts[-1] = free_name(
                    parent,
                    parts[-1],
                    {
                        t.rsplit("/", 1)[-1]
                        for t in taken
                        if t.startswith("/".join(parts[:-1]).casefold())
                    },
                )
                relative = "/".join(parts)
            taken.add(relative.casefold())
            target = folder.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            if not Path(os.path.realpath(target.parent)).is_relative_to(real_folder):
                raise _StopTransfer(
                    Message(BAD_DESTINATION, name=item["name"][:200], folder=str(folder))
                )
            targets.append(str(target))
        return targets

    def _ask_next(self, connection: _ReceiveConnection) -> None:
        incoming = connection.transfer
        assert incoming.manifest is not None
        for index, item in enumerate(incoming.manifest):
            if index in incoming.finished:
                continue
            pieces = piece_count(item["size"], item["piece"])
            have = incoming.verified.get(index, set()) | incoming.received.get(index, set())
            missing = to_ranges(set(range(pieces)) - have)
            self._open_part(connection, index)
            connection.file = index
            connection.digests = ()
            connection.bad = set()
            connection.end_pending = False
            connection.expected = [
                (a * item["piece"], min(item["size"], b * item["piece"])) for a, b in missing
            ]
            connection.piece_filled = 0
            connection.whole = _drop_hash(connection.whole)  # its thread ends
            if not have:
                connection.whole, connection.whole_at = BackgroundHash(), 0
            want = {"file": index, "ranges": missing[:4096]}
            self._put_r(connection, wire.control_frame(b"W", want))
            self._receive_flush(connection)
            return
        self._put_r(connection, wire.control_frame(b"B", {}))
        self._receive_flush(connection)
        self._incoming_done(incoming)

    def _open_part(self, connection: _ReceiveConnection, index: int) -> None:
        incoming = connection.transfer
        if connection.fd >= 0:
            os.close(connection.fd)
            connection.fd = -1
        part = incoming.targets[index] + ".part"
        try:
            # O_NOFOLLOW: a link planted under the .part's name is refused, not followed.
            flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
            connection.fd = os.open(part, flags | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except OSError as exc:
            raise _StopTransfer(self._write_error(incoming, part, exc)) from exc

    def _on_hashes(self, connection: _ReceiveConnection, event: wire.Hashes) -> None:
        incoming = connection.transfer
        assert incoming.manifest is not None
        item = incoming.manifest[connection.file] if connection.file >= 0 else None
        if item is None or event.file != connection.file:
            raise wire.TransferProtocolError("hashes for a file not asked for")
        if (
            len(event.digests) != piece_count(item["size"], item["piece"])
            or root_of(event.digests) != item["root"]
        ):
            raise wire.TransferProtocolError("piece hashes that do not match the manifest")
        connection.digests = event.digests
        # Pieces written by an earlier connection (cut, or an app restart) are checked
        # now, from disk, on a helper thread (the loop goes on receiving), before they
        # count: the bad ones are fetched again.
        unchecked = set(incoming.received.get(event.file, ()))
        if not unchecked:
            return
        index, digests = event.file, event.digests
        fd = os.dup(connection.fd)

        def work() -> set[int]:
            try:
                return _verified_on_disk(fd, item, digests, unchecked)
            finally:
                os.close(fd)

        def done(good: set[int] | None, exc: BaseException | None) -> None:
            connection.checking = False
            good = good if exc is None and good is not None else set()
            received = incoming.received.setdefault(index, set())
            received -= unchecked
            incoming.verified.setdefault(index, set()).update(good)
            connection.bad |= unchecked - good
            incoming.dirty = True
            if connection.end_pending and not connection.closed:
                connection.end_pending = False
                self._guard_receive(connection, self._file_round_done, connection)

        connection.checking = True
        self.run_blocking(work, done, name="checking pieces")

    def _on_data(self, connection: _ReceiveConnection, event: wire.Data) -> None:
        incoming = connection.transfer
        assert incoming.manifest is not None
        data = event.data
        if (
            event.file != connection.file
            or not connection.digests
            or not connection.expected
            or event.offset != connection.expected[0][0]
            or event.offset + len(data) > connection.expected[0][1]
        ):
            raise wire.TransferProtocolError("bytes that were not asked for")
        end = connection.expected[0][1]
        if event.offset + len(data) == end:
            connection.expected.pop(0)
        else:
            connection.expected[0] = (event.offset + len(data), end)
        try:
            written = 0
            while written < len(data):
                written += os.pwrite(connection.fd, data[written:], event.offset + written)
        except OSError as exc:
            raise _StopTransfer(
                self._write_error(incoming, incoming.targets[event.file] + ".part", exc)
            ) from exc
        if connection.whole is not None and connection.whole_at == event.offset:
            connection.whole.update(data)
            connection.whole_at += len(data)
        else:
            connection.whole = _drop_hash(connection.whole)
        # Whole pieces count as received; their SHA-256 is checked with the whole
        # file's at the end, or from disk if this connection breaks first.
        item = incoming.manifest[event.file]
        piece = item["piece"]
        stop = event.offset + len(data)
        # Runs start on piece boundaries and come in order, so the pieces that end
        # within (offset, stop] are complete now.
        first = event.offset // piece
        end = piece_count(item["size"], piece) if stop == item["size"] else stop // piece
        if end > first:
            incoming.received.setdefault(event.file, set()).update(range(first, end))
            incoming.dirty = True
            incoming.retry_delay, incoming.announced_loss = 0.0, False  # the link works
        connection.piece_filled = 0 if stop == item["size"] else stop % piece
        incoming.in_flight = connection.piece_filled

    def _file_round_done(self, connection: _ReceiveConnection) -> None:
        """`E`: every piece asked for came. Fetch what is missing or damaged again, or
        check the whole file's SHA-256 and put it in place."""
        if connection.checking:
            connection.end_pending = True  # finished when the check is
            return
        incoming = connection.transfer
        assert incoming.manifest is not None
        index = connection.file
        item = incoming.manifest[index]
        pieces = piece_count(item["size"], item["piece"])
        have = incoming.verified.get(index, set()) | incoming.received.get(index, set())
        name = Path(incoming.targets[index]).name
        if connection.bad or len(have) < pieces:
            count = len(connection.bad) or pieces - len(have)
            self._repair(connection, Message(DAMAGED, count=count, name=name))
            return
        digest = ""
        if connection.whole is not None and connection.whole_at == item["size"]:
            digest = connection.whole.hexdigest()
            connection.whole = None
            if digest == item["sha256"]:
                self._finish_file(connection, digest)
                return
        # Resumed (the file is read back) or damaged (each piece is read back): on a
        # helper thread, so other transfers go on meanwhile.
        fd, digests = os.dup(connection.fd), connection.digests

        def work() -> tuple[str, set[int] | None]:
            try:
                whole = digest or _hash_fd(fd)
                if whole == item["sha256"]:
                    return whole, None
                return whole, _verified_on_disk(fd, item, digests, set(range(pieces)))
            finally:
                os.close(fd)

        def done(result: tuple[str, set[int] | None] | None, exc: BaseException | None) -> None:
            connection.checking = False
            if not connection.closed:
                self._guard_receive(connection, self._file_checked, connection, result, exc)

        connection.checking = True
        self.run_blocking(work, done, name="checking a file")

    def _file_checked(
        self,
        connection: _ReceiveConnection,
        result: tuple[str, set[int] | None] | None,
        exc: BaseException | None,
    ) -> None:
        incoming = connection.transfer
        assert incoming.manifest is not None
        index = connection.file
        if exc is not None or result is None:
            error = exc if isinstance(exc, OSError) else OSError(str(exc))
            raise _StopTransfer(self._write_error(incoming, incoming.targets[index], error))
        digest, good = result
        if good is None:
            self._finish_file(connection, digest)
            return
        # Every piece was checked on disk against its SHA-256: fetch the bad ones again.
        log.info("file transfer: %s failed its SHA-256", incoming.targets[index])
        item = incoming.manifest[index]
        pieces = piece_count(item["size"], item["piece"])
        name = Path(incoming.targets[index]).name
        incoming.received.pop(index, None)
        incoming.verified[index] = good if len(good) < pieces else set()
        count = pieces - len(good)
        message = (
            Message(DAMAGED, count=count, name=name)
            if count
            else Message(WHOLE_MISMATCH, name=name)
        )
        self._repair(connection, message)

    def _finish_file(self, connection: _ReceiveConnection, digest: str) -> None:
        """The file matched its SHA-256: in place under a free name, said, confirmed."""
        incoming = connection.transfer
        assert incoming.manifest is not None
        index = connection.file
        item = incoming.manifest[index]
        os.ftruncate(connection.fd, item["size"])
        os.close(connection.fd)
        connection.fd = -1
        target = Path(incoming.targets[index])
        final = target
        if os.path.lexists(final):
            final = target.parent / free_name(target.parent, target.name)
        try:
            os.replace(str(target) + ".part", final)
        except OSError as exc:
            raise _StopTransfer(self._write_error(incoming, str(final), exc)) from exc
        incoming.targets[index] = str(final)
        incoming.finished.add(index)
        incoming.verified.pop(index, None)
        incoming.received.pop(index, None)
        incoming.repairs = 0
        self._save_incoming(incoming)
        self.emit(FileVerified(incoming.transfer_id, str(final), item["size"], digest))
        self._put_r(connection, wire.control_frame(b"F", {"file": index, "sha256": digest}))
        self._ask_next(connection)

    def _repair(self, connection: _ReceiveConnection, message: Message) -> None:
        incoming = connection.transfer
        incoming.repairs += 1
        if incoming.repairs > MAX_REPAIR_ROUNDS:
            name = Path(incoming.targets[connection.file]).name
            raise _StopTransfer(Message(GAVE_UP, name=name))
        self.emit(TransferFailed(incoming.transfer_id, message, False))
        self._save_incoming(incoming)
        self._ask_next(connection)

    def _incoming_done(self, incoming: _Incoming) -> None:
        incoming.status = "done"
        self._say(incoming.sender, {"op": "done", "id": incoming.transfer_id})
        self._in_store.delete(incoming.key)
        self.emit(TransferDone(incoming.transfer_id, "receive"))

    def _stop_incoming(self, incoming: _Incoming, message: Message) -> None:
        """A failure retrying cannot mend (disk full, a refusal): paused, kept, reported."""
        incoming.paused_me = True
        self._save_incoming(incoming)
        self.emit(TransferFailed(incoming.transfer_id, message, True))

    def _write_error(self, incoming: _Incoming, path: str, exc: OSError) -> Message:
        if exc.errno in {errno.ENOSPC, getattr(errno, "EDQUOT", -1)}:
            return Message(DISK_FULL, folder=incoming.folder)
        return Message(WRITE_FAILED, path=path, reason=exc.strerror or str(exc))

    def _close_receive(self, connection: _ReceiveConnection, *, retry: bool) -> None:
        if connection.closed:
            return
        connection.closed = True
        connection.whole = _drop_hash(connection.whole)
        incoming = connection.transfer
        if connection.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(connection.fd)
            connection.fd = -1
        self.remove(connection.sock)
        with contextlib.suppress(OSError):
            connection.sock.close()
        if incoming.connection is connection:
            incoming.connection = None
        incoming.in_flight = 0
        self._save_incoming(incoming)
        if retry and not connection.heard:
            self._path_failed(incoming, connection.relayed)
        if retry and incoming.status == "accepted":
            self._connection_lost(incoming)

    def _path_failed(self, incoming: _Incoming, relayed: bool) -> None:
        """A connection ended before a byte came back: after DIRECT_TRIES such direct
        ones, go through the room's relay; after RELAY_TRIES relayed ones, try direct
        again (the sender may be reachable now, or its room runs no relay any more)."""
        if relayed:
            incoming.relay_failures += 1
            if incoming.relay_failures >= RELAY_TRIES:
                incoming.via_relay, incoming.direct_failures = False, 0
        else:
            incoming.direct_failures += 1
            if incoming.direct_failures >= DIRECT_TRIES and incoming.relay is not None:
                log.info("file transfer from %s: direct fails; through the relay", incoming.sender)
                incoming.via_relay, incoming.relay_failures = True, 0
                incoming.retry_delay = 0.0

    def _connection_lost(self, incoming: _Incoming) -> None:
        if incoming.transfer_id not in self._incoming:
            return
        if not incoming.announced_loss:
            incoming.announced_loss = True
            message = Message(LINK_LOST, peer=incoming.sender)
            self.emit(TransferFailed(incoming.transfer_id, message, False))
        incoming.retry_delay = min(self.retry_max, max(0.05, incoming.retry_delay * 2))
        self._connect(incoming)

    def _save_incoming(self, incoming: _Incoming) -> None:
        if incoming.status == "done" or incoming.transfer_id not in self._incoming:
            return
        incoming.dirty = False
        try:
            self._in_store.save(incoming.key, _incoming_record(incoming))
        except OSError as exc:
            log.info("file transfer: cannot save state: %s", exc)

    # ------------------------------------------------------------ progress
    def _schedule_progress(self) -> None:
        if self._progress_timer is None:
            self._progress_timer = self.call_later(PROGRESS_EVERY, self._progress)

    def _progress(self) -> None:
        self._progress_timer = None
        now = time.monotonic()
        items: list[ProgressItem] = []
        for outgoing in self._outgoing.values():
            if outgoing.connections:
                done = outgoing.sent
                outgoing.rate = _rate(outgoing.rate_mark, now, done, outgoing.rate)
                outgoing.rate_mark = (now, done)
                items.append(
                    ProgressItem(
                        outgoing.transfer_id,
                        "send",
                        min(done, outgoing.size),
                        outgoing.size,
                        outgoing.rate,
                    )
                )
        for incoming in self._incoming.values():
            if incoming.connection is not None and incoming.manifest is not None:
                done = incoming.done_bytes()
                incoming.rate = _rate(incoming.rate_mark, now, done, incoming.rate)
                incoming.rate_mark = (now, done)
                items.append(
                    ProgressItem(
                        incoming.transfer_id, "receive", done, incoming.size, incoming.rate
                    )
                )
                if incoming.dirty:
                    self._save_incoming(incoming)
        if items:
            self.emit(TransferProgress(tuple(items)))
            self._schedule_progress()


def _drop_hash(whole: BackgroundHash | None) -> None:
    if whole is not None:
        whole.close()
    return None


class _StopTransfer(Exception):
    """A failure that stops one transfer until the user resumes it (disk full...)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


def _tune(sock: socket.socket) -> None:
    """Keep-alive probes and a send timeout, so a vanished peer is noticed (Linux)."""
    with contextlib.suppress(OSError, AttributeError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 15)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 5)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT, 3)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT, 30_000)


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _rate(mark: tuple[float, int], now: float, done: int, previous: float) -> float:
    then, before = mark
    if then <= 0 or now <= then:
        return previous
    current = max(0.0, (done - before) / (now - then))
    return current if previous <= 0 else 0.5 * previous + 0.5 * current


def _hash_fd(fd: int) -> str:
    whole = hashlib.sha256()
    offset = 0
    while True:
        chunk = os.pread(fd, 1024 * 1024, offset)
        if not chunk:
            return whole.hexdigest()
        whole.update(chunk)
        offset += len(chunk)


def _verified_on_disk(
    fd: int, item: dict[str, Any], digests: tuple[bytes, ...], pieces: set[int]
) -> set[int]:
    """Which of `pieces` of the file open as `fd` match their SHA-256."""
    good: set[int] = set()
    piece = item["piece"]
    for index in sorted(pieces):
        if not 0 <= index < len(digests):
            continue
        length = min(piece, item["size"] - index * piece)
        data = os.pread(fd, length, index * piece)
        if len(data) == length and hashlib.sha256(data).digest() == digests[index]:
            good.add(index)
    return good


def _outgoing_record(outgoing: _Outgoing) -> dict[str, Any]:
    return {
        "id": outgoing.transfer_id,
        "to": outgoing.to,
        "token": outgoing.token,
        "name": outgoing.name,
        "paused": outgoing.paused_me,
        "tls": outgoing.tls,
        "confirmed": sorted(outgoing.confirmed),
        "files": [
            {
                "path": f.path,
                "name": f.name,
                "size": f.size,
                "mtime_ns": f.mtime_ns,
                "piece": f.piece,
                "sha256": f.sha256,
                "root": f.root,
                "digests": b"".join(f.digests).hex(),
            }
            for f in outgoing.files
        ],
    }


def _outgoing_from_record(record: dict[str, Any]) -> _Outgoing:
    files = []
    for entry in record["files"]:
        raw = bytes.fromhex(entry["digests"])
        digests = tuple(raw[i : i + 32] for i in range(0, len(raw), 32))
        files.append(
            LocalFile(
                str(entry["path"]),
                str(entry["name"]),
                int(entry["size"]),
                int(entry["mtime_ns"]),
                int(entry["piece"]),
                str(entry["sha256"]),
                str(entry["root"]),
                digests,
            )
        )
    outgoing = _Outgoing(
        str(record["id"]), str(record["to"]), str(record["token"]), files, str(record["name"])
    )
    outgoing.paused_me = bool(record.get("paused"))
    outgoing.tls = bool(record.get("tls"))
    outgoing.confirmed = {int(i) for i in record.get("confirmed", [])}
    return outgoing


def _incoming_record(incoming: _Incoming) -> dict[str, Any]:
    return {
        "id": incoming.transfer_id,
        "sender": incoming.sender,
        "address": incoming.address,
        "port": incoming.port,
        "token": incoming.token,
        "key": incoming.sender_key,
        "name": incoming.name,
        "count": incoming.count,
        "size": incoming.size,
        "status": incoming.status,
        "folder": incoming.folder,
        "save_as": incoming.save_as,
        "paused": incoming.paused_me,
        "manifest": incoming.manifest,
        "targets": incoming.targets,
        "finished": sorted(incoming.finished),
        "verified": {str(k): to_ranges(v) for k, v in incoming.verified.items()},
        "received": {str(k): to_ranges(v) for k, v in incoming.received.items()},
    }


def _incoming_from_record(record: dict[str, Any]) -> _Incoming:
    incoming = _Incoming(
        str(record["id"]),
        str(record["sender"]),
        str(record["address"]),
        int(record["port"]),
        str(record["token"]),
        str(record["name"]),
        int(record["count"]),
        int(record["size"]),
        status=str(record["status"]),
        folder=str(record["folder"]),
        save_as=str(record["save_as"]),
        sender_key=str(record.get("key", "")),
    )
    incoming.paused_me = bool(record.get("paused"))
    manifest = record.get("manifest")
    if isinstance(manifest, list):
        incoming.manifest = manifest
        incoming.targets = [str(t) for t in record.get("targets", [])]
        incoming.finished = {int(i) for i in record.get("finished", [])}
        for name, table in (("verified", incoming.verified), ("received", incoming.received)):
            for key, ranges in dict(record.get(name, {})).items():
                index = int(key)
                if 0 <= index < len(manifest):
                    item = manifest[index]
                    limit = piece_count(int(item["size"]), int(item["piece"]))
                    table[index] = from_ranges(ranges, limit)
    return incoming
