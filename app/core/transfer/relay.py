"""The room's transfer relay: splices a receiver's and a sender's TCP connections.

When a receiver cannot reach the sender's transfer port (NAT, a firewall), both dial the
room's server instead. Each side opens with one line, `SLRELAY/1 ROLE ID PROOF\\n`
(ROLE `send` or `receive`, ID the transfer id, PROOF `relay_proof(id, token)`: it shows
the token is known without putting it on the wire), and the relay pairs the two lines
with the same ID and PROOF, then copies bytes both ways untouched. The transfer protocol,
TLS with the sender's pinned key included, runs end to end through it: the relay never
sees the plaintext of a TLS room's transfer.

The relay runs on its host engine's loop (the chat server's), so the room can tell it
which transfers it may pair (`expect()`, from the `relay` file frame the room carried
between two members) without locks. Everything a stranger could make it hold is bounded:
see the constants below and docs/PROTOCOL.md ("Through the room's relay").
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import selectors
import socket
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.engine import Engine, Timer
from app.core.messages import N_, Message

log = logging.getLogger("socketlab.transfer.relay")

MAGIC = "SLRELAY/1"
MAX_HELLO = 160  # bytes of the opening line, newline included
HELLO_TIMEOUT = 10.0  # a connection that has not said its line by then is closed
PAIR_TIMEOUT = 30.0  # a connection whose partner has not come by then is closed
STALL_TIMEOUT = 30.0  # a paired side owed bytes that takes none for this long ends its pair
EXPECT_FOR = 60.0  # how long a relay request from the room stays good
# A line may come before the room's word on it (the chat frame and the relay connection
# race): it waits this long for it, then is closed.
CONFIRM_WAIT = 5.0
MAX_EXPECTED = 1024  # relay requests remembered (the oldest is forgotten)
MAX_WAITING = 256  # connections not yet paired, from everyone
MAX_PAIRS = 64  # spliced pairs at once
MAX_PER_ADDRESS = 16  # connections from one address at once (paired or not)
BUFFER = 256 * 1024  # bytes held for one direction; the other side is not read meanwhile
EARLY_LIMIT = 64 * 1024  # bytes a side may send before its partner comes
_HELLO = re.compile(r"SLRELAY/1 (send|receive) ([0-9a-f]{32}) ([0-9a-f]{64})")

Tap = Callable[[str, bytes], None]

RELAY_LISTENING = N_("transfer", "ok, relaying file transfers that cannot go direct")


def relay_proof(transfer_id: str, token: str) -> str:
    """What a side shows the relay for a transfer: a hash of its token, never the token."""
    return hashlib.sha256(f"socketlab relay\0{transfer_id}\0{token}".encode()).hexdigest()


def relay_hello(role: str, transfer_id: str, token: str) -> bytes:
    """The line a side opens its relay connection with (`role`: send or receive)."""
    return f"{MAGIC} {role} {transfer_id} {relay_proof(transfer_id, token)}\n".encode()


@dataclass(eq=False)
class _Side:
    """One TCP connection to the relay."""

    sock: socket.socket
    host: str
    opened: float = field(default_factory=time.monotonic)
    line: bytearray = field(default_factory=bytearray)
    role: str = ""
    key: tuple[str, str] | None = None  # (transfer id, proof) once the line was said
    out: bytearray = field(default_factory=bytearray)  # bytes to write to this side
    partner: _Side | None = None
    finishing: bool = False  # no more reading: close once `out` is written
    closed: bool = False
    timer: Timer | None = None
    ready: Callable[[int], None] | None = None  # its selector callback, made once
    confirmed: bool = False  # the room asked to relay its transfer, from its address


class TransferRelay:
    """Listens on one port and splices pairs of transfer connections (loop thread only,
    but for `port`). Start it from the host engine's `on_start`, stop it in `on_stop`."""

    def __init__(self, engine: Engine, host: str, port: int = 0, *, tap: Tap | None = None) -> None:
        self.engine = engine
        self.host = host
        self.port = port
        self.tap = tap  # sees every forwarded chunk ("send" or "receive": who sent it)
        self.hello_timeout = HELLO_TIMEOUT
        self.pair_timeout = PAIR_TIMEOUT
        self.stall_timeout = STALL_TIMEOUT
        self.confirm_wait = CONFIRM_WAIT
        self.max_waiting = MAX_WAITING
        self.max_pairs = MAX_PAIRS
        self.max_per_address = MAX_PER_ADDRESS
        self.faults = 0
        self.paired = 0  # pairs made since start (tests and the log read it)
        self._listener: socket.socket | None = None
        self._expected: OrderedDict[str, tuple[frozenset[str], float]] = OrderedDict()
        self._sides: set[_Side] = set()
        self._waiting: dict[tuple[str, str, str], _Side] = {}  # (id, proof, role)
        self._pairs = 0

    # ------------------------------------------------------------ lifecycle
    def start(self) -> None:
        """Open the listening port (an OSError says why it could not)."""
        if ":" in self.host:  # "::" takes IPv4 clients too, as the chat's port does
            listener = socket.create_server(
                (self.host, self.port),
                family=socket.AF_INET6,
                backlog=64,
                dualstack_ipv6=self.host == "::" and socket.has_dualstack_ipv6(),
            )
        else:
            listener = socket.create_server((self.host, self.port), backlog=64)
        listener.setblocking(False)
        self._listener = listener
        self.port = listener.getsockname()[1]
        self.engine.add_reader(listener, self._on_acceptable)
        self.engine.trace.call(f"listen({self.host}:{self.port})", Message(RELAY_LISTENING))

    def stop(self) -> None:
        """Close every connection and the port."""
        self.close_all()
        if self._listener is not None:
            self.engine.remove(self._listener)
            self._listener.close()
            self._listener = None

    def close_all(self) -> None:
        """Drop every relayed connection (the receivers reconnect and resume)."""
        for side in list(self._sides):
            self._close(side)

    @property
    def held_bytes(self) -> int:
        """Bytes read from one side and not yet written to the other, over all pairs."""
        return sum(len(side.out) + len(side.line) for side in self._sides)

    @property
    def connections(self) -> int:
        """Connections held now (paired or waiting)."""
        return len(self._sides)

    @property
    def waiting(self) -> int:
        """Connections that said their line and wait for their partner or the room."""
        return len(self._waiting)

    @property
    def pairs(self) -> int:
        """Pairs spliced now."""
        return self._pairs

    def expect(self, transfer_id: str, hosts: tuple[str, ...]) -> None:
        """The room carried a relay request for `transfer_id` between members at `hosts`:
        connections from those addresses may be paired for it for a while."""
        self._expected.pop(transfer_id, None)
        self._expected[transfer_id] = (frozenset(hosts), time.monotonic() + EXPECT_FOR)
        while len(self._expected) > MAX_EXPECTED:
            self._expected.popitem(last=False)
        early = [s for key, s in self._waiting.items() if key[0] == transfer_id]
        for side in early:
            if not side.closed and not side.confirmed:
                self._check(side)

    def _check(self, side: _Side) -> None:
        """Pair `side` if the room asked for its transfer from its address and its
        partner waits; close it if the room asked, but not from there."""
        assert side.key is not None
        transfer_id, proof = side.key
        expected = self._expected.get(transfer_id)
        if expected is None or expected[1] < time.monotonic():
            return  # not yet: it waits CONFIRM_WAIT for the room's word
        if side.host not in expected[0]:
            log.info("transfer relay: %s is not one of the two members", side.host)
            self._close(side)
            return
        side.confirmed = True
        if side.timer is not None:
            side.timer.cancel()
        side.timer = self.engine.call_later(self.pair_timeout, self._timed_out, side)
        other = "send" if side.role == "receive" else "receive"
        partner = self._waiting.get((transfer_id, proof, other))
        if partner is None or not partner.confirmed:
            return
        if self._pairs >= self.max_pairs:
            self._close(partner)
            self._close(side)
            return
        del self._waiting[(transfer_id, proof, other)]
        del self._waiting[(transfer_id, proof, side.role)]
        self._pair(side, partner)

    # ------------------------------------------------------------ connections
    def _on_acceptable(self, _mask: int) -> None:
        assert self._listener is not None
        for _ in range(64):
            try:
                sock, address = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                log.info("relay accept() failed: %s", exc)
                return
            host = address[0]
            if host.startswith("::ffff:") and "." in host:
                host = host[7:]  # an IPv4 client of a dual-stack socket, as the room sees it
            waiting = len(self._sides) - 2 * self._pairs
            same = sum(1 for s in self._sides if s.host == host)
            if waiting >= self.max_waiting or same >= self.max_per_address:
                sock.close()
                continue
            sock.setblocking(False)
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            side = _Side(sock, host)
            side.ready = lambda mask, s=side: self._ready(s, mask)
            self._sides.add(side)
            side.timer = self.engine.call_later(self.hello_timeout, self._timed_out, side)
            self._watch(side)

    def _watch(self, side: _Side) -> None:
        """Read while there is room for what is read; write while there is something."""
        partner = side.partner
        events = 0
        if not side.finishing and (partner is None or len(partner.out) < BUFFER):
            events |= selectors.EVENT_READ
        if side.out:
            events |= selectors.EVENT_WRITE
        if events and side.ready is not None:
            # The same callback each time: the selector is touched only when `events` change.
            self.engine.set_interest(side.sock, events, side.ready)
        else:
            self.engine.remove(side.sock)

    def _ready(self, side: _Side, mask: int) -> None:
        try:
            if mask & selectors.EVENT_WRITE:
                self._write(side)
            if not side.closed and mask & selectors.EVENT_READ:
                self._read(side)
        except Exception:  # the fault barrier: this pair only
            self.faults += 1
            log.exception("transfer relay: a connection from %s failed", side.host)
            self._close(side)

    def _read(self, side: _Side) -> None:
        try:
            data = side.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:
            self._ended(side)
            return
        if side.key is None:
            data = self._hello(side, data)
            if side.closed or not data:
                return
        partner = side.partner
        if partner is None:
            side.line += data  # early bytes, held until the partner comes
            if len(side.line) > EARLY_LIMIT:
                self._close(side)
            return
        if self.tap is not None:
            self.tap(side.role, data)
        partner.out += data
        self._write(partner)
        if not side.closed:
            self._watch(side)

    def _hello(self, side: _Side, data: bytes) -> bytes:
        """Collect the opening line; returns the bytes after it. Pairs when it can."""
        side.line += data
        end = side.line.find(b"\n")
        if end < 0:
            if len(side.line) >= MAX_HELLO:
                self._close(side)
            return b""
        line, rest = bytes(side.line[:end]), bytes(side.line[end + 1 :])
        side.line.clear()
        match = _HELLO.fullmatch(line.decode("ascii", "replace"))
        if match is None:
            self._close(side)
            return b""
        role, transfer_id, proof = match.groups()
        side.role, side.key = role, (transfer_id, proof)
        older = self._waiting.get((transfer_id, proof, role))
        if older is not None:  # the same side dialled again: the newer one wins
            self._close(older)
        self._waiting[(transfer_id, proof, role)] = side
        if side.timer is not None:
            side.timer.cancel()
        side.timer = self.engine.call_later(self.confirm_wait, self._timed_out, side)
        side.line += rest  # early bytes: to the partner first, once paired
        self._check(side)
        if not side.closed and side.partner is None and len(side.line) > EARLY_LIMIT:
            self._close(side)
        return b""

    def _pair(self, side: _Side, partner: _Side) -> None:
        for one in (side, partner):
            if one.timer is not None:
                one.timer.cancel()
                one.timer = None
        side.partner, partner.partner = partner, side
        self._pairs += 1
        self.paired += 1
        # What each said while it waited goes to the other first.
        for one, other in ((partner, side), (side, partner)):
            if one.line:
                early, one.line = bytes(one.line), bytearray()
                if self.tap is not None:
                    self.tap(one.role, early)
                other.out += early
        log.info("transfer relay: paired %s and %s", side.host, partner.host)
        self._watch(side)
        self._watch(partner)

    def _write(self, side: _Side) -> None:
        if side.out:
            try:
                sent = side.sock.send(side.out)
            except (BlockingIOError, InterruptedError):
                sent = 0
            except OSError:
                self._close(side)
                return
            del side.out[:sent]
            self._note_progress(side, sent)
        partner = side.partner
        if not side.out and side.finishing:
            self._close(side)  # everything the other said has been passed on
            return
        self._watch(side)
        if partner is not None and not partner.closed:
            self._watch(partner)  # room again for what the partner sends

    def _note_progress(self, side: _Side, sent: int) -> None:
        """A side owed bytes that takes none for `stall_timeout` ends its pair: a peer
        that never reads would otherwise hold its slot and buffer for ever (and its
        partner, no longer read meanwhile, could not even be seen closing)."""
        if not side.out:
            if side.timer is not None:
                side.timer.cancel()
                side.timer = None
        elif sent or side.timer is None:
            if side.timer is not None:
                side.timer.cancel()
            side.timer = self.engine.call_later(self.stall_timeout, self._stalled, side)

    def _stalled(self, side: _Side) -> None:
        partner = side.partner
        log.info("transfer relay: %s took nothing for %.0f s: pair closed", side.host,
                 self.stall_timeout)  # fmt: skip
        self._close(side)
        if partner is not None:
            self._close(partner)

    def _ended(self, side: _Side) -> None:
        """This side stopped sending (or broke): the pair ends once what each side is
        owed has been written to it."""
        partner = side.partner
        self._finish(side)
        if partner is not None:
            self._finish(partner)

    def _finish(self, side: _Side) -> None:
        if side.closed:
            return
        side.finishing = True
        if side.out:
            self._watch(side)
        else:
            self._close(side)

    def _timed_out(self, side: _Side) -> None:
        if not side.closed and side.partner is None:
            self._close(side)

    def _close(self, side: _Side) -> None:
        if side.closed:
            return
        side.closed = True
        self._sides.discard(side)
        if side.timer is not None:
            side.timer.cancel()
        if side.key is not None:
            slot = (*side.key, side.role)
            if self._waiting.get(slot) is side:
                del self._waiting[slot]
        self.engine.remove(side.sock)
        with contextlib.suppress(OSError):
            side.sock.close()
        partner = side.partner
        if partner is not None:
            self._pairs -= 1
            partner.partner = None
            side.partner = None
            self._finish(partner)  # it gets what it is owed, then closes
