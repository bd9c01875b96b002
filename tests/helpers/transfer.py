"""Two people in one real room on 127.0.0.1, each with a TransferEngine linked to their chat."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.chat.client import ChatClientEngine
from app.core.chat.session import UsersUpdated
from app.core.transfer.engine import TransferEngine
from app.core.transfer.link import link_chat
from tests.helpers.chat import start_server
from tests.helpers.fixtures import EngineRunner


@dataclass
class Side:
    """One person: their chat client, their transfer engine and its runner."""

    nick: str
    chat: ChatClientEngine
    engine: TransferEngine
    runner: EngineRunner
    chat_runner: EngineRunner
    state: Path


def start_side(run_engine, port: int, nick: str, state: Path, **options) -> Side:
    """A chat client (plaintext, quick reconnects) and a transfer engine on `state`."""
    chat = ChatClientEngine("127.0.0.1", port, nick, tls=False, reconnect_delays=(0.05, 0.1, 0.2))
    options.setdefault("resend_every", 0.2)
    options.setdefault("retry_max", 0.2)
    engine = TransferEngine(state, **options)
    link_chat(chat, engine)
    runner = run_engine(engine)
    chat_runner = run_engine(chat)
    return Side(nick, chat, engine, runner, chat_runner, state)


def wait_present(side: Side, *nicks: str, timeout: float = 5.0) -> None:
    """Until `side`'s user list names every one of `nicks`."""

    def present(events) -> bool:
        lists = [e for e in events if isinstance(e, UsersUpdated)]
        return bool(lists) and all(any(u.nick == n for u in lists[-1].users) for n in nicks)

    side.chat_runner.wait_for(present, timeout)


def room_with(run_engine, tmp_path: Path, **options) -> tuple[object, int, Side, Side]:
    """A server, alice (sender) and bob (receiver), both present."""
    server, port, _ = start_server(run_engine, tls=False)
    alice = start_side(run_engine, port, "alice", tmp_path / "alice-state", **options)
    bob = start_side(run_engine, port, "bob", tmp_path / "bob-state", **options)
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
