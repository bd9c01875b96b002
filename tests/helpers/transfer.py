"""Two people in one real room on 127.0.0.1, each with a TransferEngine linked to their chat."""

from __future__ import annotations

import selectors
import socket
import threading
from dataclasses import dataclass
from pathlib import Path

from app.core.chat.client import ChatClientEngine
from app.core.chat.session import UsersUpdated
from app.core.transfer.engine import TransferEngine
from app.core.transfer.link import link_chat
from tests.helpers.chat import start_server
from tests.helpers.fixtures import EngineRunner
from tests.helpers.proxy import CuttableProxy


@dataclass
class Side:
    """One person: their chat client, their transfer engine and its runner."""

    nick: str
    chat: ChatClientEngine
    engine: TransferEngine
    runner: EngineRunner
    chat_runner: EngineRunner
    state: Path
    route: list[int]  # [port]: offers are taken as if the sender listened there (a proxy)


def start_side(
    run_engine,
    port: int,
    nick: str,
    state: Path,
    *,
    tls: bool = False,
    host: str = "127.0.0.1",
    **options,
) -> Side:
    """A chat client (quick reconnects; TLS when `tls`) and a transfer engine on `state`."""
    chat = ChatClientEngine(host, port, nick, tls=tls, reconnect_delays=(0.05, 0.1, 0.2))
    options.setdefault("resend_every", 0.2)
    options.setdefault("retry_max", 0.2)
    engine = TransferEngine(state, **options)
    route: list[int] = []
    original = engine.signal_received

    def routed(sender: str, address: str, body: dict, relay=None) -> None:
        if route and body.get("op") == "offer":
            body = {**body, "port": route[0]}
        original(sender, address, body, relay)

    engine.signal_received = routed  # type: ignore[method-assign]
    link_chat(chat, engine)
    runner = run_engine(engine)
    chat_runner = run_engine(chat)
    return Side(nick, chat, engine, runner, chat_runner, state, route)


def route_through(side: Side, port: int) -> None:
    """`side` reaches every sender through the proxy on `port`."""
    side.route[:] = [port]


def wait_present(side: Side, *nicks: str, timeout: float = 5.0) -> None:
    """Until `side`'s user list names every one of `nicks`."""

    def present(events) -> bool:
        lists = [e for e in events if isinstance(e, UsersUpdated)]
        return bool(lists) and all(any(u.nick == n for u in lists[-1].users) for n in nicks)

    side.chat_runner.wait_for(present, timeout)


def room_with(
    run_engine,
    tmp_path: Path,
    *,
    tls: bool = False,
    host: str = "127.0.0.1",
    relay: bool = True,
    **options,
) -> tuple[object, int, Side, Side]:
    """A server on `host` (with its transfer relay unless not `relay`), alice (sender) and
    bob (receiver), both present; the chat is TLS when `tls` (then so are the transfers)."""
    server, port, _ = start_server(run_engine, tls=tls, host=host, relay=relay)
    alice = start_side(
        run_engine, port, "alice", tmp_path / "alice-state", tls=tls, host=host, **options
    )
    bob = start_side(run_engine, port, "bob", tmp_path / "bob-state", tls=tls, host=host, **options)
    wait_present(alice, "alice", "bob")
    wait_present(bob, "alice", "bob")
    return server, port, alice, bob


def write_file(path: Path, size: int, seed: int = 1) -> Path:
    """A file of `size` pseudo-random bytes (written in slices, never whole in memory)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    block = bytes((seed * 31 + i * 7) % 251 for i in range(65536))
    with open(path, "wb") as handle:
        left = size
        while left > 0:
            handle.write(block[: min(left, len(block))])
            left -= len(block)
    return path


def of_type(events, kind):
    """The events of one type."""
    return [e for e in events if isinstance(e, kind)]


class HoldingProxy(CuttableProxy):
    """A CuttableProxy that stops forwarding towards the receiver once `hold_at` bytes
    (counted over every link) have gone through, and says so with `held`: the test then
    cuts, restarts a server or an app, and sets the next `hold_at` (None: no hold)."""

    def __init__(self, target_port: int, hold_at: int | None) -> None:
        super().__init__(target_port)
        self.hold_at = hold_at
        self.forwarded = 0
        self.held = threading.Event()
        self.first_bytes: list[bytes] = []  # what each link's receiver said first
        self._spoke: set[socket.socket] = set()

    def release(self, next_hold: int | None) -> None:
        """Cut every link (a pulled cable) and forward again up to `next_hold` bytes."""

        self.held.clear()
        self.call_soon_threadsafe(self._release, next_hold)

    def _release(self, next_hold: int | None) -> None:
        # On the loop, in this order: a limit raised before the cut would let the old
        # link forward the new allowance to a connection about to be cut, and the next
        # link would then find nothing left to forward.
        self._cut()
        self.held.clear()
        self.hold_at = next_hold

    def _pump(self, sock: socket.socket, mask: int) -> None:
        peer = self._pairs.get(sock)
        if peer is None:
            return
        if mask & selectors.EVENT_WRITE:
            self._send_pending(sock)
        if not mask & selectors.EVENT_READ or sock not in self._pairs:
            return
        try:
            downstream = sock.getpeername()[1] == self.target_port
        except OSError:  # reset by the other end
            self._close_pair(sock)
            return
        limit = 65536
        if downstream and self.hold_at is not None:
            limit = self.hold_at - self.forwarded
            if limit <= 0:
                self.held.set()
                self.remove(sock)  # read nothing more from the sender until released
                return
            limit = min(limit, 65536)
        try:
            data = sock.recv(limit)
        except OSError:
            data = b""
        if not data:
            self._close_pair(sock)
            return
        if downstream:
            self.forwarded += len(data)
        elif sock not in self._spoke:
            self._spoke.add(sock)
            self.first_bytes.append(data[:1])
        self._outgoing[peer] += data
        self._send_pending(peer)
