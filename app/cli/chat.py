"""`socketlab serve` and `socketlab chat`: the chat engines without a window."""

from __future__ import annotations

import argparse
import codecs
import contextlib
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from app.cli.console import BackgroundConsole
from app.cli.room_access import (
    ServeConsole,
    add_password_options,
    ban_lines,
    read_room_password,
)
from app.core.address import AddressError, parse_endpoint, parse_port, validate_host
from app.core.chat.client import (
    ChannelSecured,
    ChatClientEngine,
    ConnectionState,
    MessageDelivered,
    MessagePending,
    MessagesReceived,
    RawReceived,
    ServerNotice,
)
from app.core.chat.listen_queue import BACKLOG_HIGH, BACKLOG_LOW
from app.core.chat.protocol import (
    DEFAULT_MAX_LINE,
    DEFAULT_PORT,
    ERROR_MARK,
    NOTICE_MARK,
    sanitize_text,
)
from app.core.chat.server import (
    AcceptQueue,
    BansChanged,
    ChatServerEngine,
    PeerFault,
    RoomEvent,
    ServerConfig,
    ServerListening,
)
from app.core.chat.session import SessionMode
from app.core.discovery import DISCOVERY_PORT, AnnouncerStarted
from app.core.engine import Engine
from app.core.events import ErrorEvent, Event, TraceEvent
from app.core.identity import normalize_code

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `serve` and `chat` to the socketlab command."""
    serve = subparsers.add_parser(
        "serve",
        help="host a chat server (nc/telnet users and SocketLab clients can join)",
        description="Run a SocketLab chat server until Ctrl-C. Prints the socket calls, "
        "the room's events, and the addresses others on your LAN can join.",
    )
    serve.add_argument("--host", default="0.0.0.0", help="address to bind (default: all IPv4)")
    serve.add_argument("--port", default=str(DEFAULT_PORT), help="TCP port (default: 5555)")
    serve.add_argument(
        "--history", metavar="FILE", help="keep the room history in this SQLite file"
    )
    serve.add_argument(
        "--history-limit",
        type=int,
        default=ServerConfig.history_limit,
        metavar="N",
        help="messages the history file keeps; older ones are pruned (default: %(default)s)",
    )
    serve.add_argument(
        "--history-max-mb",
        type=int,
        default=ServerConfig.history_max_bytes // (1024 * 1024),
        metavar="MB",
        help="largest size of the history file (default: %(default)s)",
    )
    serve.add_argument("--max-clients", type=int, default=256, metavar="N")
    serve.add_argument(
        "--max-per-address",
        type=int,
        default=ServerConfig.max_per_address,
        metavar="N",
        help="connections from one IP address at most (0: no limit; default: %(default)s)",
    )
    serve.add_argument(
        "--flood-limit",
        type=float,
        default=50.0,
        metavar="LINES_PER_S",
        help="lines a second one client may send (0: no limit)",
    )
    serve.add_argument("--max-line", type=int, default=DEFAULT_MAX_LINE, metavar="BYTES")
    serve.add_argument(
        "--name", default="", help="the name `socketlab find` shows (default: host name)"
    )
    serve.add_argument(
        "--no-announce",
        action="store_true",
        help="do not announce this server on the LAN (others type its address)",
    )
    serve.add_argument(
        "--discovery-port",
        default=str(DISCOVERY_PORT),
        metavar="PORT",
        help=f"UDP port for discovery (default {DISCOVERY_PORT})",
    )
    serve.add_argument(
        "--no-relay",
        action="store_true",
        help="do not relay file transfers for members who cannot reach each other "
        "(transfers then go direct only)",
    )
    serve.add_argument(
        "--relay-port",
        type=int,
        default=0,
        metavar="PORT",
        help="TCP port of the file-transfer relay (default: one the system chooses)",
    )
    serve.add_argument(
        "--backlog",
        type=int,
        default=ServerConfig.backlog,
        metavar="N",
        help="listen() backlog: connections the kernel completes and queues while the "
        "server has not accept()ed them yet (1-65535; Linux caps it at "
        "net.core.somaxconn; default: %(default)s). Type /pause to watch it fill",
    )
    serve.add_argument(
        "--no-reuseaddr",
        action="store_true",
        help="do not set SO_REUSEADDR: right after a restart the port is 'already in use' "
        "while the old connections sit in TIME_WAIT (about 60 s on Linux)",
    )
    serve.add_argument("--no-trace", action="store_true", help="do not print socket calls")
    serve.add_argument("--quiet", action="store_true", help="print only errors")
    _add_serve_tls_options(serve)
    add_password_options(serve, serving=True)
    serve.set_defaults(handler=run_serve)

    chat = subparsers.add_parser(
        "chat",
        help="join a chat server from the terminal (or talk to any TCP server)",
        description="Join a SocketLab chat server: lines you type are sent, the room is "
        "printed. Against a plain TCP server (nc -l, a device) it becomes a raw terminal.",
    )
    chat.add_argument("address", metavar="HOST[:PORT]", help="server address (default port 5555)")
    chat.add_argument("--nick", default="", help="your nickname")
    chat.add_argument("--trace", action="store_true", help="print socket calls to stderr")
    chat.add_argument(
        "--accept-files",
        metavar="DIR",
        default="",
        help="accept every file offered to you into DIR and print one line per finished "
        "file with its SHA-256; keeps running at the end of input (Ctrl-C stops)",
    )
    chat.add_argument(
        "--max-size",
        type=int,
        default=None,
        metavar="BYTES",
        help="with --accept-files: decline offers bigger than this",
    )
    _add_chat_tls_options(chat)
    add_password_options(chat, serving=False)
    chat.set_defaults(handler=run_chat)


def _add_serve_tls_options(serve: argparse.ArgumentParser) -> None:
    serve.add_argument(
        "--require-tls",
        action="store_true",
        help="refuse plaintext connections (nc, telnet) with one line saying how to join encrypted",
    )
    serve.add_argument(
        "--no-tls",
        action="store_true",
        help="plaintext only: do not offer TLS on the port (no key, no fingerprint)",
    )


def _add_chat_tls_options(chat: argparse.ArgumentParser) -> None:
    chat.add_argument(
        "--fingerprint",
        metavar="CODE",
        default="",
        help="the server's key fingerprint as its host reads it (socketlab serve prints "
        "it): any other key is refused; a changed key is accepted only this way",
    )
    chat.add_argument(
        "--no-tls",
        action="store_true",
        help="plaintext only: do not try TLS (the chat can be read on the LAN)",
    )


def _fail_usage(message: str) -> int:
    print(f"socketlab: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _run_until_signal(engine: Engine) -> None:
    """Run the engine on this thread; Ctrl-C and SIGTERM stop it cleanly."""
    previous: dict[int, object] = {}

    def stop(_signum: int, _frame: object) -> None:
        engine.stop()

    previous_wakeup: int | None = None
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(ValueError):  # not the main thread: no handlers there
            previous[signum] = signal.signal(signum, stop)
    if previous:
        previous_wakeup = signal.set_wakeup_fd(engine.signal_wakeup_fd(), warn_on_full_buffer=False)
    try:
        engine.run()
    finally:
        if previous_wakeup is not None:
            signal.set_wakeup_fd(previous_wakeup)
        for signum, handler in previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- serve
def run_serve(args: argparse.Namespace) -> int:
    """Run the chat server headless."""
    try:
        host = args.host if args.host in ("0.0.0.0", "::") else validate_host(args.host)
        port = parse_port(args.port, allow_zero=True)
        discovery_port = parse_port(args.discovery_port)
    except AddressError as exc:
        return _fail_usage(str(exc))
    if args.max_clients < 1:
        return _fail_usage("--max-clients must be at least 1.")
    if not 0 <= args.flood_limit <= 1e6:  # also refuses nan: it would switch the limit off
        return _fail_usage("--flood-limit must be a number from 0 (no limit) to 1000000.")
    if args.max_line < 80:
        return _fail_usage("--max-line must be at least 80 bytes.")
    if args.max_per_address < 0:
        return _fail_usage("--max-per-address cannot be negative (0 switches it off).")
    if args.history_limit < 1:
        return _fail_usage("--history-limit must be at least 1.")
    if args.history_max_mb < 1:
        return _fail_usage("--history-max-mb must be at least 1.")
    if not BACKLOG_LOW <= args.backlog <= BACKLOG_HIGH:
        return _fail_usage(
            f"--backlog must be a whole number from {BACKLOG_LOW} to {BACKLOG_HIGH} "
            f"(connections waiting for accept()); {args.backlog} is not."
        )
    tls_options = _serve_tls_config(args)
    if isinstance(tls_options, str):
        return _fail_usage(tls_options)
    try:
        password = read_room_password(args)
    except ValueError as exc:
        return _fail_usage(str(exc))
    try:
        config = ServerConfig(
            host=host,
            port=port,
            history_path=args.history,
            history_limit=args.history_limit,
            history_max_bytes=args.history_max_mb * 1024 * 1024,
            max_clients=args.max_clients,
            max_per_address=args.max_per_address,
            flood_limit=args.flood_limit,
            max_line=args.max_line,
            announce=not args.no_announce,
            server_name=args.name,
            discovery_port=discovery_port,
            **tls_options,
            password=password,
            allow_plaintext_password=args.allow_plaintext_password,
            backlog=args.backlog,
            reuse_address=not args.no_reuseaddr,
            relay=not args.no_relay,
            relay_port=args.relay_port,
        )
    except ValueError as exc:
        return _fail_usage(str(exc))
    engine = ChatServerEngine(config)
    failed = threading.Event()
    out, errors = BackgroundConsole(sys.stdout), BackgroundConsole(sys.stderr)
    engine.add_listener(_serve_printer(args, failed, out, errors))
    if password:
        out.write_lines(
            [
                "The room has a password: SocketLab clients send it, nc users type "
                "/pass PASSWORD"
                + (
                    "; it is accepted over plaintext too (--allow-plaintext-password)."
                    if args.allow_plaintext_password
                    else "; it is accepted over TLS only."
                )
            ]
        )
    ServeConsole(engine, out.write_lines).start(sys.stdin)
    try:
        _run_until_signal(engine)
    finally:
        out.close()
        errors.close()
    return EXIT_FAILED if failed.is_set() else EXIT_OK


def _serve_printer(
    args: argparse.Namespace,
    failed: threading.Event,
    out: BackgroundConsole,
    errors: BackgroundConsole,
) -> Callable[[list[Event]], None]:
    """Turn the server's events into console lines; runs on the loop thread, so it only
    queues them (a full pipe or a paused pager must not stop the room)."""
    show_trace = not (args.no_trace or args.quiet)

    def print_batch(batch: list[Event]) -> None:
        lines: list[str] = []
        for event in batch:
            if isinstance(event, ErrorEvent):
                if event.fatal:
                    failed.set()
                errors.write_lines([f"socketlab: error: {event.message}"])
            elif isinstance(event, PeerFault):
                errors.write_lines(
                    [
                        f"socketlab: {event.address} sent something that could not be "
                        f"handled ({event.error}); it was disconnected "
                        f"({event.total:,} so far). The room goes on."
                    ]
                )
            elif args.quiet:
                continue
            elif isinstance(event, TraceEvent):
                if show_trace or event.error:
                    lines.append(f"  {event}")
            elif isinstance(event, ServerListening):
                lines.append(f"Listening on {_join_host_port(event.host, event.port)}")
                lines.extend(_fingerprint_lines(event))
                for address in event.lan:
                    lines.append(f"On your LAN: {_join_host_port(address, event.port)}")
                if not event.lan:
                    lines.append("No LAN address found: others cannot reach this machine yet.")
                if event.relay_port:
                    lines.append(
                        f"File transfers that cannot go direct are relayed on port "
                        f"{event.relay_port} (--no-relay switches it off)."
                    )
                lines.append("Press Ctrl-C to stop; type /help here for /kick, /ban, /who.")
            elif isinstance(event, RoomEvent):
                lines.append(event.message.render())
            elif isinstance(event, BansChanged):
                lines.extend(ban_lines(event.bans))
            elif isinstance(event, AcceptQueue):
                lines.append(_accept_queue_line(event))
            elif isinstance(event, AnnouncerStarted):
                lines.append(
                    f"Announcing {event.name!r} on the LAN (UDP port {event.port}): others "
                    "can find it with `socketlab find`; --no-announce switches this off."
                )
        if lines:
            out.write_lines(lines)

    return print_batch


def _accept_queue_line(event: AcceptQueue) -> str:
    """/pause and /resume, and the accept queue while paused, as one console line."""
    if event.waiting is None:
        count = "cannot be measured on this system"
    else:
        count = f"{event.waiting:,} of at most {event.backlog:,}"
    if event.paused:
        return (
            f"Accepting paused: connections wait in the listen backlog ({count}). "
            "Type /resume to accept them."
        )
    return f"Accepting again ({count} were waiting)."


def _serve_tls_config(args: argparse.Namespace) -> dict[str, bool] | str:
    """ServerConfig's TLS fields from --no-tls and --require-tls (or a usage error)."""
    if args.no_tls and args.require_tls:
        return "--require-tls needs TLS: it cannot be used with --no-tls."
    return {"tls": not args.no_tls, "require_tls": args.require_tls}


def _fingerprint_lines(event: ServerListening) -> list[str]:
    if not event.fingerprint:
        return ["Not encrypted (--no-tls): anyone on the LAN can read this chat."]
    return [
        f"Fingerprint: {event.fingerprint}",
        "  (people joining can compare it with what their SocketLab shows, or pass it "
        "with socketlab chat --fingerprint)",
    ]


def _join_host_port(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


# ---------------------------------------------------------------------------- chat
def run_chat(args: argparse.Namespace) -> int:
    """A terminal chat client; stdin lines are sent, the room is printed."""
    try:
        endpoint = parse_endpoint(args.address, DEFAULT_PORT)
    except AddressError as exc:
        return _fail_usage(str(exc))
    tls_options = _chat_tls_options(args)
    if isinstance(tls_options, str):
        return _fail_usage(tls_options)
    try:
        password = read_room_password(args)
    except ValueError as exc:
        return _fail_usage(str(exc))
    engine = ChatClientEngine(
        endpoint.host,
        endpoint.port,
        args.nick,
        password=password,
        allow_plaintext_password=args.allow_plaintext_password,
        **tls_options,
    )
    session = _TerminalChat(engine, sys.stdout, sys.stderr, show_trace=args.trace)
    engine.add_listener(session.on_events)
    receiver = None
    if args.accept_files:
        from app.cli.send import start_receiver

        folder = Path(args.accept_files)
        if folder.exists() and not folder.is_dir():
            return _fail_usage(f"--accept-files {args.accept_files}: not a folder.")
        session.keep_running = True
        receiver = start_receiver(
            engine, endpoint.host, str(folder), sys.stdout, sys.stderr, size_limit=args.max_size
        )
    reader = threading.Thread(target=session.read_stdin, args=(sys.stdin,), daemon=True)
    reader.start()
    try:
        _run_until_signal(engine)
    finally:
        if receiver is not None:
            from app.cli.send import stop_receiver

            stop_receiver(*receiver)
    return EXIT_FAILED if session.failed else EXIT_OK


class _TerminalChat:
    """Prints a client engine's events and feeds it the lines typed on stdin."""

    def __init__(self, engine: ChatClientEngine, out: TextIO, err: TextIO, *, show_trace: bool):
        self.engine = engine
        self.out, self.err = out, err
        self.show_trace = show_trace
        self.failed = False
        self.keep_running = False  # --accept-files: the end of input does not stop it
        self._settled = False  # connected, raw, or failed: input can be judged
        self._pending: set[int] = set()
        self._lock = threading.Lock()
        self._all_delivered = threading.Condition(self._lock)
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def on_events(self, batch: list[Event]) -> None:
        # What a server sends is printed only through _printable(): no escape sequence
        # or control character from it reaches the terminal (it could clear the screen,
        # move the cursor, retitle the window or reverse the text). Raw mode is a raw
        # terminal on purpose and prints the bytes as they came.
        out: list[str] = []
        for event in batch:
            if isinstance(event, MessagesReceived):
                for message in event.messages:
                    own = message.sender == self.engine.nick and message.kind in (
                        "message",
                        "action",
                    )
                    if event.from_history or not own:
                        out.append(_printable(message.render(self.engine.nick)))
            elif isinstance(event, ServerNotice):
                text = _printable(event.text)
                out.append((ERROR_MARK if event.is_error else NOTICE_MARK) + text)
            elif isinstance(event, RawReceived):
                self.out.write(self._decoder.decode(event.data))
            elif isinstance(event, ChannelSecured):
                print(f"* {_channel_line(event)}", file=self.err, flush=True)
            elif isinstance(event, ConnectionState):
                if event.state != "offline" or event.detail != "Disconnected.":
                    print(f"* {_printable(event.detail)}", file=self.err, flush=True)
                if event.state in ("connected", "raw", "offline"):
                    self.failed = self.failed or bool(event.refused)  # kicked, a password
                    self._settle()
            elif isinstance(event, ErrorEvent):
                self.failed = self.failed or event.fatal
                print(f"socketlab: error: {_printable(event.message)}", file=self.err, flush=True)
                if event.fatal:
                    self._settle()
            elif isinstance(event, MessagePending | MessageDelivered):
                with self._lock:
                    if isinstance(event, MessagePending):
                        self._pending.add(event.seq)
                    else:
                        self._pending.discard(event.seq)
                    self._all_delivered.notify_all()
            elif isinstance(event, TraceEvent) and self.show_trace:
                print(f"  {_printable(str(event))}", file=self.err, flush=True)
        if out:
            self.out.write("\n".join(out) + "\n")
        self.out.flush()

    def _settle(self) -> None:
        with self._lock:
            self._settled = True
            self._all_delivered.notify_all()

    def read_stdin(self, stream: TextIO) -> None:
        """Send each typed line; at end of input, wait for delivery (up to 10 s), then stop."""
        sent = 0
        for line in stream:
            text = line.rstrip("\r\n")
            if text:
                try:
                    self.engine.send_text(text)
                except RuntimeError:  # the engine has stopped
                    return
                sent += 1
        with self._lock:
            # Every line becomes pending before it is delivered; wait for both.
            self._all_delivered.wait_for(
                lambda: (
                    self._settled
                    and (
                        self.engine.mode is SessionMode.RAW
                        or (not self._pending and self._seen(sent))
                    )
                ),
                timeout=10,
            )
        if not self.keep_running:
            self.engine.stop()

    def _seen(self, sent: int) -> bool:
        return self.engine.outbox.last_seq >= sent or self.engine.mode is SessionMode.RAW


def _chat_tls_options(args: argparse.Namespace) -> dict[str, object] | str:
    """ChatClientEngine's TLS arguments from --no-tls and --fingerprint (or a usage error)."""
    code = ""
    if args.fingerprint:
        code = normalize_code(args.fingerprint) or ""
        if not code:
            return (
                f"--fingerprint {args.fingerprint!r} is not a key fingerprint: it has 16 "
                "letters and digits, like 7QK4-M2PX-9F3A-BC8D (socketlab serve prints it)."
            )
        if args.no_tls:
            return "--fingerprint needs TLS: it cannot be used with --no-tls."
    return {"tls": not args.no_tls, "expected_code": code}


def _channel_line(event: ChannelSecured) -> str:
    """The connection's encryption in words (the window shows the same as an icon)."""
    if not event.encrypted:
        return "Not encrypted: anyone on the LAN can read this chat."
    head = f"Encrypted ({event.version or 'TLS'}), server key {event.code}"
    if event.status == "new":
        return f"{head}: new, remembered for next time. Compare it with the code the host sees."
    if event.status == "known" and event.previous:
        return f"{head}: accepted, replacing {event.previous}."
    if event.status == "known":
        return f"{head}: known, the same key as last time."
    return f"{head}: CHANGED, it was {event.previous}."


def _printable(text: str) -> str:
    """Text from a server, safe for a terminal: each line without ANSI escapes, C0/C1
    control characters or bidi overrides (as the server does for raw clients)."""
    if text.isascii() and text.isprintable():
        return text
    return "\n".join(sanitize_text(line) for line in text.split("\n"))
