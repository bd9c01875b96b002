"""Drive a sans-IO `Room` without sockets: connections are names, time is a number."""

from __future__ import annotations

import json
from typing import Any

from app.core.chat.history import RoomHistory
from app.core.chat.room import Peer, Room, ServerConfig


class RoomDriver:
    """Connects named peers to a Room, feeds their bytes, collects what they would read."""

    def __init__(self, history: RoomHistory | None = None, **options: Any) -> None:
        options.setdefault("announce", False)
        options.setdefault("join_grace", 0.5)
        self.config = ServerConfig(**options)
        self.now = 1000.0
        self.room = Room(self.config, history, wall_clock=lambda: self.now)
        self.peers: dict[str, Peer] = {}
        self.received: dict[str, bytearray] = {}
        self.closed: dict[str, str] = {}
        self.refused: dict[str, bytes] = {}
        self.events: list[Any] = []

    def connect(self, name: str, ip: str = "127.0.0.1", *, secure: bool = False) -> Peer | None:
        """A new connection; `secure`: as if it spoke TLS (greeted through begin())."""
        outcome = self.room.connect(
            name, f"{ip}:{len(self.peers) + 1000}", ip, "127.0.0.1", 5555, self.now, deferred=secure
        )
        self.received[name] = bytearray()
        if isinstance(outcome, bytes):
            self.refused[name] = outcome
            return None
        self.peers[name] = outcome
        if secure:
            self.room.begin(outcome, self.now, secure=True)
        self.pump()
        return outcome

    def send(self, name: str, data: bytes | str) -> None:
        if isinstance(data, str):
            data = data.encode()
        self.room.receive(self.peers[name], data, self.now)
        self.pump()

    def line(self, name: str, text: str) -> None:
        self.send(name, text.encode() + b"\n")

    def json(self, name: str, obj: dict[str, Any]) -> None:
        self.line(name, json.dumps(obj))

    def hello(
        self, name: str, nick: str, client_id: str = "", resume: str = "", **extra: Any
    ) -> None:
        obj: dict[str, Any] = {"type": "hello", "protocol": 1, "nick": nick, **extra}
        if client_id:
            obj["client_id"] = client_id
        if resume:
            obj["resume"] = resume
        self.json(name, obj)

    def advance(self, seconds: float) -> None:
        """Let time pass, running every deadline on the way."""
        target = self.now + seconds
        while True:
            deadline = self.room.next_deadline()
            if deadline is None or deadline > target:
                break
            self.now = max(self.now, deadline)
            self.room.tick(self.now)
            self.pump()
        self.now = target
        self.room.tick(self.now)
        self.pump()

    def pump(self) -> None:
        """What the engine does once per loop turn, with a perfect network."""
        room = self.room
        for _ in range(16):
            room.flush()
            for peer, reason in room.take_closed():
                self.received[peer.handle] += b"".join(peer.pending)
                peer.pending = []
                self.closed[peer.handle] = reason
            for peer in room.take_writes():
                self.received[peer.handle] += b"".join(peer.pending)
                peer.pending = []
            room.take_interest_changes()
            self.events.extend(room.take_events())
            if not room.has_output:
                break

    def lines(self, name: str) -> list[str]:
        return self.received[name].decode("utf-8", "replace").splitlines()

    def objects(self, name: str) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.lines(name) if line.startswith("{")]

    def of_type(self, name: str, kind: str) -> list[dict[str, Any]]:
        return [obj for obj in self.objects(name) if obj.get("type") == kind]

    def clear(self, name: str) -> None:
        self.received[name].clear()

    def join_raw(self, name: str, nick: str, ip: str = "127.0.0.1") -> None:
        self.connect(name, ip)
        self.line(name, f"/nick {nick}")

    def join_app(
        self, name: str, nick: str, client_id: str = "", *, ip: str = "127.0.0.1", **extra: Any
    ) -> dict[str, Any]:
        self.connect(name, ip)
        self.hello(name, nick, client_id or f"id-{name}", **extra)
        return self.of_type(name, "welcome")[-1]
