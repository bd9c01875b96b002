"""Grab the Chat tab during a file transfer, from both sides, for the README and docs/chat.md.

    uv run python scripts/transfer_screenshots.py            # docs/screenshots/transfer-*.png
    uv run python scripts/transfer_screenshots.py --language ru --out /tmp/shots

Two Chat tabs in one offscreen application with fresh settings (scripts/screenshots.py's
`_fresh_application`): alice hosts a room on 127.0.0.1, bob joins. Alice sends bob a
small file (accepted, done), a big one that is fetched through a loopback proxy slowed to
a LAN's pace (so it is caught in the middle, with its speed and time left), and offers a
third to the room (bob is asked). Nothing leaves 127.0.0.1; the files are made in a
scratch folder and deleted with it.
"""

from __future__ import annotations

import argparse
import os
import selectors
import socket
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import (  # noqa: E402  (the script's own folder is on the path above)
    DEFAULT_OUT,
    _free_port,
    _fresh_application,
    _settle,
    _suffix,
    _wait_until,
)

from app.core.engine import Engine  # noqa: E402

SIZE = (1024, 600)
SLOW_RATE = 6 * 1024 * 1024  # bytes a second through the proxy: a busy 100 Mbit/s LAN
TICK = 0.05


class SlowProxy(Engine):
    """Forwards 127.0.0.1:port to 127.0.0.1:target_port, the sender's bytes at `rate`."""

    name = "slow proxy"

    def __init__(self, target_port: int, rate: int) -> None:
        super().__init__()
        self.target_port, self.rate, self.port = target_port, rate, 0
        self._budget = 0
        self._pairs: dict[socket.socket, socket.socket] = {}
        self._pending: dict[socket.socket, bytearray] = {}
        self._starved: set[socket.socket] = set()
        self._upstream: set[socket.socket] = set()  # connections to the sender
        self._listener: socket.socket | None = None

    def on_start(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.setblocking(False)
        self.port = self._listener.getsockname()[1]
        self.add_reader(self._listener, self._accept)
        self.call_later(TICK, self._refill)

    def on_stop(self) -> None:
        for sock in list(self._pairs):
            self.remove(sock)
            sock.close()
        if self._listener is not None:
            self.remove(self._listener)
            self._listener.close()

    def _accept(self, _mask: int) -> None:
        assert self._listener is not None
        client, _ = self._listener.accept()
        upstream = socket.create_connection(("127.0.0.1", self.target_port))
        for sock in (client, upstream):
            sock.setblocking(False)
            self._pending[sock] = bytearray()
        self._pairs[client], self._pairs[upstream] = upstream, client
        self._upstream.add(upstream)
        for sock in (client, upstream):
            self.add_reader(sock, lambda mask, s=sock: self._pump(s, mask))

    def _refill(self) -> None:
        self._budget = int(self.rate * TICK)
        for sock in list(self._starved):
            if sock in self._pairs:
                self._watch(sock)
        self._starved.clear()
        self.call_later(TICK, self._refill)

    def _watch(self, sock: socket.socket) -> None:
        events = selectors.EVENT_READ | (selectors.EVENT_WRITE if self._pending[sock] else 0)
        self.set_interest(sock, events, lambda mask, s=sock: self._pump(s, mask))

    def _pump(self, sock: socket.socket, mask: int) -> None:
        peer = self._pairs.get(sock)
        if peer is None:
            return
        if mask & selectors.EVENT_WRITE:
            self._flush(sock)
        if not mask & selectors.EVENT_READ:
            return
        from_sender = sock in self._upstream
        limit = 65536
        if from_sender:
            if self._budget <= 0:  # wait for the next tick
                self.remove(sock)
                self._starved.add(sock)
                return
            limit = min(limit, self._budget)
        try:
            data = sock.recv(limit)
        except OSError:
            data = b""
        if not data:
            self._close(sock)
            return
        if from_sender:
            self._budget -= len(data)
        self._pending[peer] += data
        self._flush(peer)

    def _flush(self, sock: socket.socket) -> None:
        buffer = self._pending.get(sock)
        if buffer is None:
            return
        try:
            sent = sock.send(buffer)
        except BlockingIOError:
            sent = 0
        except OSError:
            self._close(sock)
            return
        del buffer[:sent]
        if sock not in self._starved:
            self._watch(sock)

    def _close(self, sock: socket.socket) -> None:
        peer = self._pairs.pop(sock, None)
        for each in (sock, peer):
            if each is not None:
                self._pairs.pop(each, None)
                self._pending.pop(each, None)
                self._starved.discard(each)
                self._upstream.discard(each)
                self.remove(each)
                each.close()


def _make_file(path: Path, size: int) -> Path:
    """`size` bytes that do not compress (written a MiB at a time)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    block = os.urandom(1024 * 1024)
    with open(path, "wb") as handle:
        left = size
        while left > 0:
            handle.write(block[: min(left, len(block))])
            left -= len(block)
    return path


def take(out: Path, theme_name: str, language: str) -> list[Path]:
    """The two pictures: transfer-sender.png and transfer-receiver.png."""
    out.mkdir(parents=True, exist_ok=True)
    suffix = _suffix(theme_name, language)
    with _fresh_application(theme_name, language) as scratch:
        from app.ui.chat.tab import ChatTab
        from app.ui.chat.transfers import DONE, OFFERED, RUNNING, SETTINGS_FOLDER
        from app.ui.settings import write_settings
        from app.workers import EngineWorker

        write_settings({SETTINGS_FOLDER: str(scratch / "Downloads")})
        alice, bob = ChatTab(), ChatTab()
        for tab, nick in ((alice, "alice"), (bob, "bob")):
            tab.resize(*SIZE)
            tab.identity.nick_edit.setText(nick)
            tab.show()
        alice.host_panel.bind_combo.set_address("127.0.0.1")
        alice.host_panel.port_edit.setText(str(_free_port()))
        alice.host_panel.announce_check.setChecked(False)
        alice.start_hosting()
        if not _wait_until(lambda: alice.connection_state() == "connected"):
            raise SystemExit("the demo chat did not start on 127.0.0.1")
        bob.connect_to(f"127.0.0.1:{alice.current_port()}")
        if not _wait_until(lambda: {"alice", "bob"} <= set(alice.people.nicks())):
            raise SystemExit("bob did not join the demo chat")
        for tab, text in ((alice, "Here are the captures from today's lab"), (bob, "thanks!")):
            tab.input.setPlainText(text)
            tab.send_button.click()
            _settle(150)

        files = scratch / "lab"
        notes = _make_file(files / "lab-notes.pdf", 2_400_000)
        captures = _make_file(files / "lab-captures.pcapng", 150 * 1024 * 1024)
        slides = _make_file(files / "slides.odp", 5_300_000)

        sender = alice.session.transfers
        receiver = bob.session.transfers
        proxy = SlowProxy(sender.port, SLOW_RATE)
        proxy_worker = EngineWorker(proxy)
        proxy_worker.start()
        _wait_until(lambda: proxy.port != 0)
        original = receiver.signal_received

        def slow_for_captures(nick: str, address: str, body: dict) -> None:
            if body.get("op") == "offer" and body.get("name") == captures.name:
                body = {**body, "port": proxy.port}
            original(nick, address, body)

        receiver.signal_received = slow_for_captures

        first = alice.offer_files_to("bob", [str(notes)])
        _wait_until(lambda: first in bob.transfers.items)
        bob.transfers.trigger(first, "accept")
        _wait_until(lambda: bob.transfers.items[first].state == DONE)
        second = alice.offer_files_to("bob", [str(captures)])
        _wait_until(lambda: second in bob.transfers.items, 10)
        bob.transfers.trigger(second, "accept")
        third = alice.offer_files([str(slides)])
        _wait_until(lambda: third in bob.transfers.items, 10)
        _wait_until(
            lambda: (
                bob.transfers.items[second].state == RUNNING
                and bob.transfers.items[second].done > 40 * 1024 * 1024
            ),
            30,
        )
        if alice.transfers.items[third].state != OFFERED:
            raise SystemExit("the room offer was not made")
        saved = []
        for tab, name in ((alice, "transfer-sender"), (bob, "transfer-receiver")):
            tab.conversation.scroll_to_newest()
            _settle(300)
            path = out / f"{name}{suffix}.png"
            if not tab.grab().save(str(path)):
                raise SystemExit(f"could not write {path}")
            saved.append(path)
        for tab in (bob, alice):
            tab.shutdown()
            tab.deleteLater()
        proxy_worker.stop()
        _settle(0)
    return saved


def main(argv: list[str] | None = None) -> int:
    from app.translations import LANGUAGES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the PNGs")
    parser.add_argument("--theme", choices=("system", "light", "dark"), default="light")
    parser.add_argument("--language", choices=list(LANGUAGES), default="en")
    args = parser.parse_args(argv)
    for path in take(args.out, args.theme, args.language):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
