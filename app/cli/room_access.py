"""Who may enter a room, from the terminal: the room password's options and the console
of `socketlab serve` (`/kick`, `/ban`, `/unban`, `/who`, `/bans`, `/help` typed into it).

The password never comes from a plain `--password` option: `ps` would show it to
everyone on the machine. It comes from a file (`--password-file`) or from the
environment (`SOCKETLAB_ROOM_PASSWORD`).
"""

from __future__ import annotations

import argparse
import math
import os
import threading
import time
from collections.abc import Callable, Iterable
from typing import TextIO

from app.core.chat.entry import BanInfo
from app.core.chat.protocol import nick_key
from app.core.chat.room import DEFAULT_KICK_REASON, Room
from app.core.chat.server import ChatServerEngine

PASSWORD_ENV = "SOCKETLAB_ROOM_PASSWORD"
# A password file longer than this is not a password (a key file, a log chosen by mistake).
MAX_PASSWORD_FILE = 4096

CONSOLE_HELP = (
    "Console commands (type them here, in the terminal running serve):",
    "  /kick NICK [REASON]          disconnect someone",
    "  /ban NICK|ADDRESS [MINUTES]  ban an address (a nick's) until the server stops, or",
    "                               for MINUTES; everyone from it is disconnected",
    "  /unban NICK|ADDRESS          lift a ban",
    "  /who                         who is connected: nick, address, app or raw, TLS",
    "  /bans                        the bans in force",
    "  /pause                       stop calling accept(): new connections wait in the",
    "                               listen backlog (see --backlog)",
    "  /resume                      call accept() again: the waiting connections join",
    "  /help                        this list",
)


def add_password_options(parser: argparse.ArgumentParser, *, serving: bool) -> None:
    """`--password-file` and `--allow-plaintext-password` for serve and chat."""
    whose = "the room's password" if serving else "the room's password, if it has one"
    parser.add_argument(
        "--password-file",
        metavar="FILE",
        help=f"read {whose} from the first line of FILE (or set {PASSWORD_ENV}); "
        "there is no --password option, since ps shows options to everyone",
    )
    parser.add_argument(
        "--allow-plaintext-password",
        action="store_true",
        help="accept the password over an unencrypted connection too"
        if serving
        else "send the password over an unencrypted connection too",
    )


def read_room_password(args: argparse.Namespace) -> str:
    """The password from --password-file, else from SOCKETLAB_ROOM_PASSWORD, else "".
    Raises ValueError with a sentence when the file cannot be used."""
    path = getattr(args, "password_file", None)
    if not path:
        return os.environ.get(PASSWORD_ENV, "")
    try:
        with open(path, encoding="utf-8") as file:
            text = file.read(MAX_PASSWORD_FILE + 1)
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ValueError(f"--password-file {path}: cannot be read ({reason}).") from exc
    if len(text) > MAX_PASSWORD_FILE:
        raise ValueError(
            f"--password-file {path}: longer than {MAX_PASSWORD_FILE} characters; "
            "is it the right file?"
        )
    password = text.split("\n", 1)[0].removesuffix("\r")
    if not password:
        raise ValueError(f"--password-file {path}: the first line is empty.")
    return password


def ban_lines(bans: Iterable[BanInfo]) -> list[str]:
    """The bans in force, one line each, as serve prints them."""
    lines = []
    for ban in bans:
        who = f" ({ban.nick})" if ban.nick else ""
        if ban.until is None:
            until = "until the server stops"
        else:
            until = "until " + time.strftime("%Y-%m-%d %H:%M", time.localtime(ban.until))
        lines.append(f"  {ban.address}{who} {until}")
    return ["Bans:", *lines] if lines else ["No bans."]


def who_lines(room: Room) -> list[str]:
    """Everyone connected, as `/who` in the console shows them (loop thread only)."""
    peers = [peer for peer in room.peers() if not peer.closed]
    joined = sorted((p for p in peers if p.joined), key=lambda p: nick_key(p.nick))
    lines = [f"Online ({len(joined)}):"]
    for peer in joined:
        kind = "app" if peer.app else "raw"
        secure = "TLS" if peer.secure else "plaintext"
        lines.append(f"  {peer.nick:<20} {peer.address:<28} {kind:<4} {secure}")
    waiting = len(peers) - len(joined)
    if waiting:
        lines.append(f"  and {waiting} not in the room yet (greeting or password)")
    return lines


class ServeConsole:
    """Reads commands typed into the terminal running `socketlab serve` and calls the
    server engine's thread-safe API. Without a stdin (CI, a service) it simply ends."""

    def __init__(self, engine: ChatServerEngine, write: Callable[[list[str]], None]) -> None:
        self.engine = engine
        self.write = write

    def start(self, stream: TextIO | None) -> threading.Thread | None:
        """Read `stream` on a daemon thread; None when there is nothing to read."""
        if stream is None or getattr(stream, "closed", False):
            return None
        thread = threading.Thread(
            target=self.read, args=(stream,), name="serve console", daemon=True
        )
        thread.start()
        return thread

    def read(self, stream: TextIO) -> None:
        try:
            for line in stream:
                self.handle(line.strip())
        except (OSError, ValueError):  # stdin closed under us: the console just ends
            return

    def handle(self, line: str) -> None:
        """One typed line."""
        if not line:
            return
        command, _, rest = line.partition(" ")
        rest = rest.strip()
        try:
            self._run(command.lower(), rest)
        except RuntimeError:  # the engine has stopped
            self.write(["The server has stopped."])

    def _run(self, command: str, rest: str) -> None:
        if command == "/kick":
            nick, _, reason = rest.partition(" ")
            if not nick:
                self.write(["Usage: /kick NICK [REASON]"])
                return
            reason = reason.strip()
            self.engine.kick(
                nick, f"{DEFAULT_KICK_REASON}: {reason}" if reason else DEFAULT_KICK_REASON
            )
        elif command == "/ban":
            target, _, minutes_text = rest.partition(" ")
            minutes = _minutes(minutes_text.strip())
            if not target or minutes is False:
                self.write(["Usage: /ban NICK|ADDRESS [MINUTES] (MINUTES above 0)"])
                return
            self.engine.ban(target, minutes)  # type: ignore[arg-type]
        elif command == "/unban":
            if not rest:
                self.write(["Usage: /unban NICK|ADDRESS"])
                return
            self.engine.unban(rest)
        elif command == "/who":
            self.engine.call_soon_threadsafe(lambda: self.write(who_lines(self.engine.room)))
        elif command == "/bans":
            self.engine.call_soon_threadsafe(lambda: self.write(ban_lines(self.engine.room.bans())))
        elif command in ("/pause", "/resume"):
            self.engine.pause_accepting(command == "/pause")
        elif command == "/help":
            self.write(list(CONSOLE_HELP))
        else:
            self.write([f"Unknown console command {command[:40]!r}: type /help."])


def _minutes(text: str) -> float | bool | None:
    """None for no text (until the server stops), the minutes, or False when invalid."""
    if not text:
        return None
    try:
        minutes = float(text)
    except ValueError:
        return False
    return minutes if math.isfinite(minutes) and minutes > 0 else False
