"""`socketlab send`: offer files to someone in a chat room and exit when they have them,
and the `--accept-files` receiver of `socketlab chat`."""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TextIO

from app.core.address import AddressError, parse_endpoint
from app.core.chat.client import ChatClientEngine, ConnectionState, ServerNotice
from app.core.chat.protocol import DEFAULT_PORT
from app.core.engine import Engine
from app.core.events import ErrorEvent, Event
from app.core.transfer.engine import TransferEngine, listen_host_for
from app.core.transfer.events import (
    FileVerified,
    OfferSent,
    TransferCancelled,
    TransferDeclined,
    TransferDone,
    TransferFailed,
    TransferPaused,
    TransferProgress,
    TransferResumed,
)
from app.core.transfer.files import OfferPathError, list_files
from app.core.transfer.link import link_chat

# Exit codes of `socketlab send` (documented in its --help and docs/PROTOCOL.md).
EXIT_OK = 0  # the receiver confirmed every file's SHA-256
EXIT_FAILED = 1  # the transfer stopped for another reason (said on stderr)
EXIT_USAGE = 2
EXIT_BAD_PATH = 3  # a path does not exist or cannot be read
EXIT_UNREACHABLE = 4  # the room cannot be reached, or nobody of that nick is in it
EXIT_DECLINED = 5
EXIT_CANCELLED = 6  # cancelled by the receiver (or Ctrl-C here)

EPILOG = """exit codes:
  0  the receiver has every file and confirmed its SHA-256
  1  the transfer failed (the reason is printed)
  2  wrong arguments
  3  a path does not exist or cannot be read
  4  the room cannot be reached, or NICK is not in it
  5  the receiver declined
  6  cancelled (by the receiver, or Ctrl-C)
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `send` to the socketlab command."""
    send = subparsers.add_parser(
        "send",
        help="send files and folders to someone in a chat room",
        description="Join the room, offer PATH... to NICK, and exit once they have every "
        "file with a matching SHA-256. A cut link resumes where it stopped. Progress on "
        "stderr.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    send.add_argument("address", metavar="HOST[:PORT]", help="the room (default port 5555)")
    send.add_argument("paths", metavar="PATH", nargs="+", help="files or folders to send")
    send.add_argument("--to", required=True, metavar="NICK", help="who receives them")
    send.add_argument("--nick", default="", help="your nickname")
    send.add_argument(
        "--fingerprint", metavar="CODE", default="", help="the room's key fingerprint"
    )
    send.add_argument("--no-tls", action="store_true", help="join the room in plaintext")
    send.set_defaults(handler=run_send)


def run_send(args: argparse.Namespace) -> int:
    """Send files headless; the exit code says how it ended (see EPILOG)."""
    from app.cli.chat import _chat_tls_options, _run_until_signal

    try:
        endpoint = parse_endpoint(args.address, DEFAULT_PORT)
    except AddressError as exc:
        print(f"socketlab: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    tls_options = _chat_tls_options(args)
    if isinstance(tls_options, str):
        print(f"socketlab: error: {tls_options}", file=sys.stderr)
        return EXIT_USAGE
    try:
        files = list_files(args.paths)
    except OfferPathError as exc:
        print(f"socketlab: error: {exc}", file=sys.stderr)
        return EXIT_BAD_PATH
    if not files:
        print("socketlab: error: nothing to send: the folders hold no files.", file=sys.stderr)
        return EXIT_BAD_PATH
    chat = ChatClientEngine(endpoint.host, endpoint.port, args.nick, **tls_options)
    # A send does not outlive the command: its state is a temporary folder.
    with tempfile.TemporaryDirectory(prefix="socketlab-send-") as state:
        transfers = TransferEngine(Path(state), listen_host=listen_host_for(endpoint.host))
        link_chat(chat, transfers)
        sender = _Sender(chat, transfers, args.paths, args.to, sys.stderr)
        chat.add_listener(sender.on_chat)
        transfers.add_listener(sender.on_transfer)
        thread = threading.Thread(target=transfers.run, name="file transfer", daemon=True)
        thread.start()
        try:
            _run_until_signal(chat)
        finally:
            transfers.stop()
            thread.join(10)
    if sender.code is None:
        print("socketlab: stopped before the transfer ended.", file=sys.stderr)
        return EXIT_CANCELLED
    return sender.code


class _Sender:
    """Offers once the room is joined; turns the engines' events into an exit code."""

    def __init__(
        self,
        chat: ChatClientEngine,
        transfers: TransferEngine,
        paths: list[str],
        to: str,
        err: TextIO,
    ) -> None:
        self.chat, self.transfers = chat, transfers
        self.paths, self.to, self.err = paths, to, err
        self.code: int | None = None
        self.transfer_id = ""
        self.connected_once = False
        self._last_progress = 0.0

    def _finish(self, code: int, line: str = "") -> None:
        if line:
            print(line, file=self.err, flush=True)
        if self.code is None:
            self.code = code
        self.chat.stop()

    def on_chat(self, batch: list[Event]) -> None:
        for event in batch:
            if isinstance(event, ConnectionState):
                if event.state == "connected" and not self.connected_once:
                    self.connected_once = True
                    self.transfer_id = self.transfers.offer(self.paths, self.to)
                elif event.state == "raw":
                    self._finish(EXIT_UNREACHABLE, "socketlab: error: that is not a chat room.")
                elif event.state in ("offline", "reconnecting") and not self.connected_once:
                    detail = event.detail or "the room cannot be reached"
                    self._finish(EXIT_UNREACHABLE, f"socketlab: error: {detail}")
            elif isinstance(event, ServerNotice) and event.code == "no_such_nick":
                self._finish(EXIT_UNREACHABLE, f"socketlab: error: {event.text}")
            elif isinstance(event, ErrorEvent) and event.fatal:
                self._finish(EXIT_UNREACHABLE, f"socketlab: error: {event.message}")

    def on_transfer(self, batch: list[Event]) -> None:
        for event in batch:
            if isinstance(event, OfferSent):
                print(
                    f"Offered {event.count} file(s), {event.size:,} bytes, to {event.to}; "
                    "waiting for them to accept.",
                    file=self.err,
                    flush=True,
                )
            elif isinstance(event, TransferProgress):
                now = time.monotonic()
                if now - self._last_progress >= 1.0:
                    self._last_progress = now
                    for item in event.items:
                        print(
                            f"  {item.done:,} of {item.total:,} bytes, {item.rate / 1e6:,.1f} MB/s",
                            file=self.err,
                            flush=True,
                        )
            elif isinstance(event, FileVerified):
                print(f"Confirmed {event.path} sha256 {event.sha256}", file=self.err, flush=True)
            elif isinstance(event, TransferPaused):
                who = "the receiver" if event.by == "peer" else "you"
                print(f"Paused by {who}.", file=self.err, flush=True)
            elif isinstance(event, TransferResumed):
                print("Resumed.", file=self.err, flush=True)
            elif isinstance(event, TransferDone):
                self._finish(EXIT_OK, "Done: the receiver confirmed every file's SHA-256.")
            elif isinstance(event, TransferDeclined):
                self._finish(EXIT_DECLINED, f"socketlab: {event.message}")
            elif isinstance(event, TransferCancelled):
                self._finish(EXIT_CANCELLED, "socketlab: the transfer was cancelled.")
            elif isinstance(event, TransferFailed):
                if event.final:
                    self._finish(EXIT_FAILED, f"socketlab: error: {event.message}")
                else:
                    print(f"socketlab: {event.message}", file=self.err, flush=True)


def start_receiver(
    chat: ChatClientEngine,
    host: str,
    folder: str,
    out: TextIO,
    err: TextIO,
    *,
    size_limit: int | None = None,
) -> tuple[TransferEngine, threading.Thread]:
    """`socketlab chat --accept-files DIR`: accept every offer into DIR; one line per
    finished file on `out` (path and SHA-256), the rest on `err`."""
    from app.core.transfer.state import transfer_folder

    transfers = TransferEngine(
        transfer_folder(), listen_host=listen_host_for(host), size_limit=size_limit
    )
    link_chat(chat, transfers)
    transfers.set_auto_accept(["*"], folder)

    def show(batch: list[Event]) -> None:
        for event in batch:
            if isinstance(event, FileVerified):
                print(f"received {event.path} sha256 {event.sha256}", file=out, flush=True)
            elif isinstance(event, TransferFailed | TransferDeclined):
                print(f"socketlab: {event.message}", file=err, flush=True)
            elif isinstance(event, TransferCancelled):
                print("socketlab: a transfer was cancelled.", file=err, flush=True)

    transfers.add_listener(show)
    thread = threading.Thread(target=transfers.run, name="file transfer", daemon=True)
    thread.start()
    return transfers, thread


def stop_receiver(engine: Engine, thread: threading.Thread) -> None:
    """Stop the `--accept-files` engine; its state stays for the next run."""
    engine.stop()
    thread.join(10)
