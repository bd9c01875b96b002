"""`socketlab udp send` and `socketlab udp listen`: the UDP tab's engines, headless.

Both run the same engines as the window, on the main thread. `listen` writes one line
(or, with --json, one JSON object) per datagram to stdout and its status to stderr, so
its output can be piped; both work against `nc -u` and `socat`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections.abc import Callable
from typing import Any

from app.core.address import AddressError, parse_endpoint, parse_port, validate_host
from app.core.events import ErrorEvent, Event
from app.core.trace import format_address
from app.core.udp.events import (
    DatagramBatch,
    ReceiverBound,
    RepliesReceived,
    SendProgress,
)
from app.core.udp.export import iso_time
from app.core.udp.payload import (
    ENCODINGS,
    PayloadError,
    PayloadFormat,
    build_payload,
    check_size,
    decode_text,
    encoding_label,
)
from app.core.udp.receiver import UdpReceiverEngine
from app.core.udp.sender import SendJob, UdpSenderEngine
from app.core.udp.sequence import preview_datagram

ENCODING_CHOICES = ", ".join(ENCODINGS)


def register(subparsers: Any) -> None:
    """Add `udp send` and `udp listen`."""
    udp = subparsers.add_parser(
        "udp",
        help="send and receive UDP datagrams",
        description="Send and receive UDP datagrams (unicast, broadcast, multicast).",
    )
    commands = udp.add_subparsers(dest="udp_command", metavar="{send,listen}")
    commands.required = True

    send = commands.add_parser(
        "send",
        help="send a datagram, once or repeatedly",
        description="Send PAYLOAD to HOST:PORT ([v6]:port for IPv6). PAYLOAD '-' reads stdin.",
    )
    send.add_argument("target", metavar="HOST:PORT")
    send.add_argument("payload", metavar="PAYLOAD")
    kind = send.add_mutually_exclusive_group()
    kind.add_argument("--hex", action="store_true", help="PAYLOAD is hex: '48 65 6c 6c 6f'")
    kind.add_argument(
        "--escapes", action="store_true", help=r"PAYLOAD has escapes: \n \r \t \0 \\ \xNN"
    )
    send.add_argument(
        "--encoding", default="UTF-8", help=f"text encoding ({ENCODING_CHOICES}); default UTF-8"
    )
    send.add_argument("--count", default="1", help="datagrams to send; 0 = until Ctrl-C")
    send.add_argument(
        "--interval", default="0", metavar="MS", help="milliseconds between datagrams"
    )
    send.add_argument(
        "--broadcast", action="store_true", help="set SO_BROADCAST (needed for broadcasts)"
    )
    send.add_argument(
        "--seq", action="store_true", help="prefix the 12-byte sequence header (loss counting)"
    )
    send.add_argument("--bind", default="0", metavar="PORT", help="local port to send from")
    send.add_argument("--ttl", default="1", help="multicast TTL (hops); default 1")
    send.add_argument(
        "--interface", default="", help="multicast interface (IPv4 address or IPv6 name)"
    )
    send.add_argument(
        "--no-loop", action="store_true", help="do not loop multicast back to this host"
    )
    send.add_argument(
        "--wait", default="0", metavar="SECONDS", help="keep listening for replies afterwards"
    )
    send.set_defaults(handler=run_send)

    listen = commands.add_parser(
        "listen",
        help="print the datagrams that arrive on a port",
        description="Bind PORT (0 picks one) and print each datagram that arrives.",
    )
    listen.add_argument("port", metavar="PORT")
    listen.add_argument("--host", default="0.0.0.0", help="address to bind; default 0.0.0.0")
    listen.add_argument("--count", default="0", help="stop after N datagrams; 0 = never")
    listen.add_argument(
        "--json", action="store_true", help="one JSON object per line: time, source, size..."
    )
    listen.add_argument("--group", default="", help="join this multicast group")
    listen.add_argument("--interface", default="", help="interface for the group join")
    listen.add_argument("--echo", action="store_true", help="send every datagram back")
    listen.add_argument(
        "--encoding", default="UTF-8", help=f"how to show text ({ENCODING_CHOICES})"
    )
    listen.set_defaults(handler=run_listen)


class UsageError(ValueError):
    """A bad argument; the message is printed on one line and the exit code is 2."""


def _number(text: str, name: str, *, minimum: float = 0, integer: bool = True) -> Any:
    try:
        value = int(text) if integer else float(text)
    except ValueError:
        kind = "a whole number" if integer else "a number"
        raise UsageError(f"--{name} {text!r} is not {kind}.") from None
    if value < minimum:
        raise UsageError(f"--{name} must be at least {minimum}, not {text}.")
    return value


def _usage_guard(command: str, body: Callable[[argparse.Namespace], int]):
    def run(args: argparse.Namespace) -> int:
        try:
            return body(args)
        except (UsageError, AddressError, PayloadError) as exc:
            print(f"socketlab udp {command}: {exc}", file=sys.stderr)
            return 2

    return run


def _build_job(args: argparse.Namespace) -> SendJob:
    endpoint = parse_endpoint(args.target)
    args.encoding = encoding_label(args.encoding)  # "cp1251", "windows-1251" -> "CP1251"
    payload_format = (
        PayloadFormat.HEX if args.hex else PayloadFormat.ESCAPES if args.escapes else "text"
    )
    if args.payload == "-":
        raw = sys.stdin.buffer.read()
        payload = (
            raw
            if payload_format == "text"
            else build_payload(raw.decode(), payload_format, args.encoding)
        )
    else:
        payload = build_payload(args.payload, payload_format, args.encoding)
    check_size(len(payload), ipv6=endpoint.is_ipv6, header=12 if args.seq else 0)
    ttl = _number(args.ttl, "ttl")
    if ttl > 255:
        raise UsageError(f"--ttl must be 0-255, not {ttl}.")
    bind_port = parse_port(args.bind, allow_zero=True)
    return SendJob(
        host=endpoint.host,
        port=endpoint.port,
        payload=payload,
        count=_number(args.count, "count"),
        interval=_number(args.interval, "interval", integer=False) / 1000,
        sequence_header=args.seq,
        broadcast=args.broadcast,
        bind_port=bind_port,
        multicast_ttl=ttl,
        multicast_loop=not args.no_loop,
        multicast_interface=args.interface,
    )


def _send(args: argparse.Namespace) -> int:
    job = _build_job(args)
    wait = _number(args.wait, "wait", integer=False)
    engine = UdpSenderEngine()
    outcome: dict[str, Any] = {"progress": None, "errors": 0}
    target = format_address((job.host, job.port))

    def on_events(batch: list[Event]) -> None:
        for event in batch:
            if isinstance(event, ErrorEvent):
                outcome["errors"] += 1
                print(f"error: {event.message}", file=sys.stderr)
            elif isinstance(event, RepliesReceived):
                for data, address in event.datagrams:
                    print(
                        f"{_clock(event.time)}  reply from {format_address(address)}  "
                        f"{len(data):,} bytes  {preview_datagram(data, args.encoding)}",
                        flush=True,
                    )
            elif isinstance(event, SendProgress) and event.finished:
                outcome["progress"] = event
                if wait > 0 and event.reason == "done":
                    engine.call_later(wait, engine.stop)
                else:
                    engine.stop()

    engine.add_listener(on_events)
    engine.submit(job)
    with contextlib.suppress(KeyboardInterrupt):  # run() cleaned up; the job says "stopped"
        engine.run()
    progress: SendProgress | None = outcome["progress"]
    if progress is None:
        return 130
    if progress.sent or progress.reason != "error":
        seconds = ""
        if progress.sent > 1 and progress.datagrams_per_second:
            seconds = f" in {progress.sent / progress.datagrams_per_second:.2f} s"
        failed = f", {progress.failed:,} failed" if progress.failed else ""
        print(
            f"Sent {progress.sent:,} datagram{'s' if progress.sent != 1 else ''} "
            f"({progress.bytes_sent:,} bytes) to {target}{seconds}{failed}.",
            file=sys.stderr,
        )
    if progress.reason == "stopped" and job.count:
        return 130
    return 1 if progress.reason == "error" or outcome["errors"] else 0


def _clock(when: float) -> str:
    return time.strftime("%H:%M:%S", time.localtime(when)) + f".{int(when * 1000) % 1000:03d}"


def _listen(args: argparse.Namespace) -> int:
    port = parse_port(args.port, allow_zero=True)
    host = validate_host(args.host)
    count = _number(args.count, "count")
    encoding = encoding_label(args.encoding)
    engine = UdpReceiverEngine(
        host, port, group=args.group, interface=args.interface, echo=args.echo
    )
    state = {"printed": 0, "fatal": False}

    def line_for(when: float, address: tuple, data: bytes) -> str:
        if args.json:
            record = {
                "time": iso_time(when),
                "source": format_address(address),
                "size": len(data),
                "text": decode_text(data, encoding),
                "hex": data.hex(),
            }
            return json.dumps(record, ensure_ascii=False)
        return (
            f"{_clock(when)}  {format_address(address)}  {len(data):,} bytes  "
            f"{preview_datagram(data, encoding, limit=200)}"
        )

    def on_events(batch: list[Event]) -> None:
        lines: list[str] = []
        for event in batch:
            if isinstance(event, DatagramBatch):
                datagrams = event.datagrams
                if count:
                    datagrams = datagrams[: count - state["printed"] - len(lines)]
                lines.extend(line_for(event.time, address, data) for data, address in datagrams)
            elif isinstance(event, ReceiverBound):
                where = format_address((event.host, event.port))
                group = f", group {event.group}" if event.group else ""
                print(f"Listening on {where}{group} (UDP). Ctrl-C stops.", file=sys.stderr)
            elif isinstance(event, ErrorEvent):
                state["fatal"] = state["fatal"] or event.fatal
                print(f"error: {event.message}", file=sys.stderr)
        if lines:
            try:
                sys.stdout.write("\n".join(lines) + "\n")
                sys.stdout.flush()
            except BrokenPipeError:
                engine.stop()
                return
            state["printed"] += len(lines)
        if count and state["printed"] >= count:
            engine.stop()

    engine.add_listener(on_events)
    with contextlib.suppress(KeyboardInterrupt):
        engine.run()
    return 1 if state["fatal"] else 0


run_send = _usage_guard("send", _send)
run_listen = _usage_guard("listen", _listen)
