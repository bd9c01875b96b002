"""`socketlab capture`: the Packets tab's capture engine, headless, tcpdump-style.

One line per packet on stdout (or, with --json, one JSON object per line), the status
on stderr. `--read FILE` prints a pcap/pcapng file instead of capturing, which needs no
permission. Capturing needs root or CAP_NET_RAW on Linux, or Wireshark's dumpcap with
permission to capture; without them it prints how to get it and exits with code 2.

The environment variable SOCKETLAB_CAPTURE_METHODS chooses the capture methods, in
order ("af_packet,dumpcap" by default); "none" turns capture off, so the no-permission
path can be seen (and tested) on any machine.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from typing import Any

from app.core.address import AddressError, parse_port
from app.core.events import ErrorEvent, Event
from app.core.messages import message_of
from app.core.packets.capture import (
    CaptureEngine,
    CaptureStarted,
    CaptureStats,
    PacketsCaptured,
    loopback_interface,
    methods_from_environment,
    read_packets,
)
from app.core.packets.filter import parse_filter
from app.core.packets.model import Packet
from app.core.packets.pcapfile import CaptureFileError
from app.core.trace import format_address


def register(subparsers: Any) -> None:
    """Add `capture`."""
    capture = subparsers.add_parser(
        "capture",
        help="capture packets on an interface and explain them (like tcpdump)",
        description=(
            "Capture packets on an interface (the loopback one by default) and print one "
            "line per packet. Needs root or CAP_NET_RAW on Linux, or Wireshark's dumpcap "
            "with permission to capture. --read prints a pcap/pcapng file instead."
        ),
        epilog=(
            "Environment: SOCKETLAB_CAPTURE_METHODS chooses how to capture, in order "
            "(default 'af_packet,dumpcap'); 'none' turns capturing off, to see what "
            "happens without permission. Exit codes: 0 done, 1 capture or file failed, "
            "2 bad argument or no permission to capture."
        ),
    )
    capture.add_argument(
        "--interface", "-i", default="", help="interface to capture on; default loopback"
    )
    capture.add_argument("--port", default="", help="only packets to or from this port")
    capture.add_argument(
        "--filter", default="", metavar="EXPR", help="filter, e.g. 'tcp and host 127.0.0.1'"
    )
    capture.add_argument("--count", default="0", help="stop after N packets; 0 = never")
    capture.add_argument("--seconds", default="0", help="stop after S seconds; 0 = never")
    capture.add_argument(
        "--write", default="", metavar="FILE", help="also save the packets as pcapng"
    )
    capture.add_argument("--read", default="", metavar="FILE", help="print a pcap/pcapng file")
    capture.add_argument(
        "--json", action="store_true", help="one JSON object per line: time, src, dst, flags..."
    )
    capture.set_defaults(handler=run_capture)


class UsageError(ValueError):
    """A bad argument; the message is printed on one line and the exit code is 2."""


def _number(text: str, name: str, *, integer: bool = True) -> Any:
    try:
        value = int(text) if integer else float(text)
    except ValueError:
        kind = "a whole number" if integer else "a number"
        raise UsageError(f"--{name} {text!r} is not {kind}.") from None
    if value < 0:
        raise UsageError(f"--{name} must be at least 0, not {text}.")
    return value


def filter_expression(port: str, expression: str) -> str:
    """The filter --port and --filter ask for together (`port N and (EXPR)`)."""
    parts = []
    if port.strip():
        parts.append(f"port {parse_port(port.strip())}")
    if expression.strip():
        parts.append(f"({expression.strip()})" if parts else expression.strip())
    return " and ".join(parts)


def clock(when: float) -> str:
    """`12:00:00.123456`: the local time of day with microseconds."""
    seconds, micro = divmod(round(when * 1_000_000), 1_000_000)  # as pcapng files keep it
    return time.strftime("%H:%M:%S", time.localtime(seconds)) + f".{micro:06d}"


def _endpoint(host: str, port: int | None) -> str:
    if port is None:
        return host or "?"
    return format_address((host, port))


def packet_line(packet: Packet) -> str:
    """One line for a packet: time, endpoints, protocol, TCP numbers, length, summary."""
    parts = [
        clock(packet.time),
        _endpoint(packet.src, packet.sport),
        "->",
        _endpoint(packet.dst, packet.dport),
        packet.proto,
    ]
    if packet.flags:
        parts.append(packet.flags)
    if packet.seq is not None:
        parts.append(f"seq={packet.seq}")
    if packet.ack is not None and "ACK" in packet.flags.upper():
        parts.append(f"ack={packet.ack}")
    if packet.win is not None:
        parts.append(f"win={packet.win}")
    if packet.proto in ("TCP", "UDP") or packet.sport is not None:
        parts.append(f"len={packet.length}")
    line = " ".join(parts)
    if packet.summary:
        line += f"  {packet.summary}"
    if packet.problem:
        line += f"  [{packet.problem}]"
    return line


def _output(packets: list[Packet], as_json: bool) -> bool:
    """Print packets; False when stdout was closed (a pipe to `head`)."""
    if as_json:
        text = "\n".join(json.dumps(p.as_json(), ensure_ascii=False) for p in packets)
    else:
        text = "\n".join(packet_line(p) for p in packets)
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        return False
    return True


def _read(args: argparse.Namespace, packet_filter, count: int) -> int:
    try:
        packets = read_packets(args.read, packet_filter)
    except (OSError, CaptureFileError) as exc:
        print(f"socketlab capture: cannot read {args.read}: {message_of(exc)}", file=sys.stderr)
        return 1
    if count:
        packets = packets[:count]
    if packets:
        _output(packets, args.json)
    print(f"{len(packets):,} packets read from {args.read}.", file=sys.stderr)
    return 0


def _capture(args: argparse.Namespace) -> int:
    count = _number(args.count, "count")
    seconds = _number(args.seconds, "seconds", integer=False)
    expression = filter_expression(args.port, args.filter)
    try:
        packet_filter = parse_filter(expression) if expression else None
    except ValueError as exc:
        raise UsageError(f"bad filter {expression!r}: {message_of(exc)}") from None
    if args.read:
        return _read(args, packet_filter, count)
    engine = CaptureEngine(
        args.interface.strip() or loopback_interface(),
        expression,
        count=count,
        seconds=seconds,
        write_path=args.write or None,
        methods=methods_from_environment(),
    )
    state: dict[str, Any] = {"fatal": "", "stats": None, "printed": 0}

    def on_events(batch: list[Event]) -> None:
        packets: list[Packet] = []
        for event in batch:
            if isinstance(event, PacketsCaptured):
                packets.extend(event.packets)
            elif isinstance(event, CaptureStarted):
                how = "an AF_PACKET socket" if event.method == "af_packet" else "dumpcap"
                shown = f", filter: {event.filter_text}" if event.filter_text else ""
                print(
                    f"Capturing on {event.interface} with {how}{shown}. Ctrl-C stops.",
                    file=sys.stderr,
                    flush=True,
                )
            elif isinstance(event, CaptureStats):
                state["stats"] = event
            elif isinstance(event, ErrorEvent):
                if event.fatal:
                    state["fatal"] = event.message
                print(f"error: {event.message}", file=sys.stderr, flush=True)
        if packets:
            if not _output(packets, args.json):
                engine.stop()
            state["printed"] += len(packets)

    engine.add_listener(on_events)
    with contextlib.suppress(KeyboardInterrupt):
        engine.run()
    stats: CaptureStats | None = state["stats"]
    if state["fatal"]:
        return 2 if engine.method == "" else 1
    if stats is not None:
        dropped = stats.dropped + stats.kernel_dropped
        note = f", {dropped:,} frames dropped (the capture could not keep up)" if dropped else ""
        saved = f", saved to {args.write}" if args.write else ""
        print(
            f"{stats.packets:,} packets captured in {stats.seconds:.1f} s{note}{saved}.",
            file=sys.stderr,
        )
    return 0


def run_capture(args: argparse.Namespace) -> int:
    """The `capture` command; a bad argument exits with code 2 and one line."""
    try:
        return _capture(args)
    except (UsageError, AddressError) as exc:
        print(f"socketlab capture: {exc}", file=sys.stderr)
        return 2
