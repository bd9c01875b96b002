"""The capture engine on lo: a TCP conversation, a refused connect, UDP, ping, files.

Live tests need an AF_PACKET socket (root or CAP_NET_RAW) and skip with the reason
otherwise; the no-permission path is tested everywhere with an injected failure.
Traffic goes to 127.0.0.1 only, and the capture filters on a port picked for the test,
so other programs' loopback traffic does not disturb it.
"""

from __future__ import annotations

import contextlib
import os
import platform
import shutil
import socket
import subprocess
import threading
from collections.abc import Callable, Iterator

import pytest

from app.core.events import ErrorEvent, Event, StateEvent
from app.core.packets.capture import (
    CaptureEngine,
    CaptureStarted,
    CaptureStats,
    PacketsCaptured,
    capture_permission_help,
    list_capture_interfaces,
    methods_from_environment,
    read_packets,
)
from app.core.packets.model import Packet
from tests.helpers.capture import can_capture
from tests.helpers.fixtures import EngineRunner, free_port

CANNOT_CAPTURE = can_capture()
needs_capture = pytest.mark.skipif(bool(CANNOT_CAPTURE), reason=CANNOT_CAPTURE or "ok")

TIMEOUT = 10.0


def packets_of(events: list[Event]) -> list[Packet]:
    return [p for e in events if isinstance(e, PacketsCaptured) for p in e.packets]


def flags_of(packet: Packet) -> frozenset[str]:
    text = packet.flags.upper().replace("|", ",").replace(" ", ",")
    return frozenset(part for part in text.split(",") if part)


def started(events: list[Event]) -> bool:
    return any(isinstance(e, CaptureStarted) for e in events) or any(
        isinstance(e, StateEvent) and e.state == "stopped" for e in events
    )


@contextlib.contextmanager
def capturing(filter_text: str, **options) -> Iterator[EngineRunner]:
    """Run a CaptureEngine on lo until the block ends; yields once it is bound."""
    runner = EngineRunner(CaptureEngine("lo", filter_text, **options)).start()
    try:
        events = runner.wait_for(started, TIMEOUT)
        assert any(isinstance(e, CaptureStarted) for e in events), events
        yield runner
    finally:
        runner.stop(TIMEOUT)


def wait_for_packets(runner: EngineRunner, done: Callable[[list[Packet]], bool]) -> list[Packet]:
    return packets_of(runner.wait_for(lambda events: done(packets_of(events)), TIMEOUT))


def tcp_exchange(port: int, server: socket.socket) -> None:
    """Connect, send b"hello", and close both ends once the server has read it all."""
    client = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
    accepted, _ = server.accept()
    accepted.settimeout(TIMEOUT)
    client.sendall(b"hello")
    received = b""
    while len(received) < 5:
        received += accepted.recv(5 - len(received))
    assert received == b"hello"
    client.close()
    assert accepted.recv(10) == b""  # the client's FIN arrived
    accepted.close()


def teardown_done(port: int) -> Callable[[list[Packet]], bool]:
    """True once the server's FIN and then the client's last ACK were captured."""

    def done(packets: list[Packet]) -> bool:
        fins = [i for i, p in enumerate(packets) if p.sport == port and "FIN" in flags_of(p)]
        return bool(fins) and any(p.dport == port for p in packets[fins[0] + 1 :])

    return done


@needs_capture
def test_a_tcp_conversation_is_captured_in_order_with_relative_numbers() -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(TIMEOUT)
        port = server.getsockname()[1]
        with capturing(f"port {port}") as runner:
            tcp_exchange(port, server)
            packets = wait_for_packets(runner, teardown_done(port))
    assert [p.number for p in packets] == list(range(1, len(packets) + 1))
    assert {p.proto for p in packets} == {"TCP"}
    client_port = packets[0].sport
    assert packets[0].dport == port

    def row(p: Packet) -> tuple:
        side = "C" if p.sport == client_port else "S"
        return side, flags_of(p), p.seq, p.ack if "ACK" in flags_of(p) else None, p.length

    rows = [row(p) for p in packets]
    syn, ack, fin = frozenset({"SYN"}), frozenset({"ACK"}), frozenset({"FIN", "ACK"})
    assert rows[:5] == [
        ("C", syn, 0, None, 0),
        ("S", frozenset({"SYN", "ACK"}), 0, 1, 0),
        ("C", ack, 1, 1, 0),
        ("C", frozenset({"PSH", "ACK"}), 1, 1, 5),
        ("S", ack, 1, 6, 0),
    ]
    teardown = rows[5:]
    assert teardown[0] == ("C", fin, 6, 1, 0)
    assert teardown[-1] == ("C", ack, 7, 2, 0)
    # The server may acknowledge the FIN on its own or with its own FIN.
    assert teardown[1:-1] in (
        [("S", fin, 1, 7, 0)],
        [("S", ack, 1, 7, 0), ("S", fin, 1, 7, 0)],
    )
    assert packets[3].frame.data.endswith(b"hello")
    assert all(p.frame.interface == "lo" for p in packets)
    assert packets == sorted(packets, key=lambda p: p.time)


@needs_capture
def test_a_refused_connect_shows_syn_then_rst_ack() -> None:
    port = free_port()
    with capturing(f"port {port}") as runner:
        with pytest.raises(ConnectionRefusedError), socket.socket() as client:
            client.settimeout(TIMEOUT)
            client.connect(("127.0.0.1", port))
        packets = wait_for_packets(runner, lambda packets: len(packets) >= 2)
    assert [flags_of(p) for p in packets] == [frozenset({"SYN"}), frozenset({"RST", "ACK"})]
    assert (packets[0].dport, packets[1].sport) == (port, port)
    assert packets[1].ack == 1


@needs_capture
def test_a_udp_datagram_shows_the_udp_header_fields() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver:
        receiver.bind(("127.0.0.1", 0))
        receiver.settimeout(TIMEOUT)
        port = receiver.getsockname()[1]
        with capturing(f"udp and port {port}") as runner:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
                sender.bind(("127.0.0.1", 0))
                source = sender.getsockname()[1]
                sender.sendto(b"ping", ("127.0.0.1", port))
            assert receiver.recv(10) == b"ping"
            (packet,) = wait_for_packets(runner, lambda packets: len(packets) >= 1)
    assert (packet.proto, packet.sport, packet.dport, packet.length) == ("UDP", source, port, 4)
    (udp,) = [layer for layer in packet.layers if layer.name == "UDP"]
    assert (udp.offset, udp.length) == (34, 8)  # after 14 bytes of Ethernet, 20 of IPv4
    fields = {(f.offset, f.length): f.value for f in udp.fields}
    assert {(34, 2), (36, 2), (38, 2), (40, 2)} <= set(fields)
    assert str(source) in fields[(34, 2)]
    assert str(port) in fields[(36, 2)]
    assert "12" in fields[(38, 2)]  # 8 bytes of header and 4 of data


def _echo_socket() -> socket.socket | None:
    for kind in (socket.SOCK_DGRAM, socket.SOCK_RAW):
        try:
            return socket.socket(socket.AF_INET, kind, socket.IPPROTO_ICMP)
        except OSError:
            continue
    return None


@needs_capture
def test_ping_shows_the_echo_request_and_its_reply() -> None:
    sock = _echo_socket()
    if sock is None:
        pytest.skip("no ICMP socket is allowed here")
    token = os.urandom(12)
    identifier = int.from_bytes(token[:2], "big")
    header = bytes([8, 0, 0, 0]) + identifier.to_bytes(2, "big") + (1).to_bytes(2, "big")
    message = bytearray(header + token)
    total = sum(int.from_bytes(message[i : i + 2], "big") for i in range(0, len(message), 2))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    message[2:4] = (~total & 0xFFFF).to_bytes(2, "big")

    def ours(packets: list[Packet]) -> list[Packet]:
        return [p for p in packets if token in p.frame.data]

    with sock, capturing("icmp") as runner:
        sock.settimeout(TIMEOUT)
        sock.sendto(bytes(message), ("127.0.0.1", 0))
        sock.recv(1024)
        packets = ours(wait_for_packets(runner, lambda packets: len(ours(packets)) >= 2))
    assert [p.proto for p in packets] == ["ICMP", "ICMP"]
    assert (packets[0].src, packets[0].dst) == ("127.0.0.1", "127.0.0.1")
    request, reply = (p.frame.data[34] for p in packets)  # the ICMP type byte
    assert (request, reply) == (8, 0)


@needs_capture
def test_written_file_reads_back_as_the_same_packets(tmp_path) -> None:
    path = tmp_path / "conversation.pcapng"
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(TIMEOUT)
        port = server.getsockname()[1]
        with capturing(f"port {port}", write_path=path) as runner:
            tcp_exchange(port, server)
            captured = wait_for_packets(runner, teardown_done(port))
            runner.engine.stop()
            runner.thread.join(TIMEOUT)
    again = read_packets(path)

    def key(p: Packet) -> tuple:
        return p.src, p.dst, p.sport, p.dport, p.flags, p.seq, p.ack, p.length, p.frame.data

    assert [key(p) for p in again] == [key(p) for p in captured]
    # The file keeps microseconds.
    assert all(abs(a.time - b.time) <= 1e-6 for a, b in zip(again, captured, strict=True))
    tshark = shutil.which("tshark")
    if tshark is None:
        pytest.skip("tshark is not installed: the file was checked by our reader only")
    listed = subprocess.run(
        [tshark, "-r", str(path)], capture_output=True, text=True, timeout=30, check=True
    )
    assert len(listed.stdout.strip().splitlines()) == len(captured)


@needs_capture
def test_count_ends_the_capture_and_stats_add_up() -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(TIMEOUT)
        port = server.getsockname()[1]
        runner = EngineRunner(CaptureEngine("lo", f"port {port}", count=3)).start()
        try:
            runner.wait_for(started, TIMEOUT)
            tcp_exchange(port, server)
            events = runner.wait_for(
                lambda evs: any(isinstance(e, StateEvent) and e.state == "stopped" for e in evs),
                TIMEOUT,
            )
        finally:
            runner.stop(TIMEOUT)
    assert len(packets_of(events)) == 3
    stats = [e for e in events if isinstance(e, CaptureStats)][-1]
    assert (stats.packets, stats.method) == (3, "af_packet")
    assert stats.frames >= 3


@needs_capture
def test_seconds_ends_an_idle_capture() -> None:
    port = free_port()
    runner = EngineRunner(CaptureEngine("lo", f"port {port}", seconds=0.2)).start()
    try:
        events = runner.wait_for(
            lambda evs: any(isinstance(e, StateEvent) and e.state == "stopped" for e in evs),
            TIMEOUT,
        )
    finally:
        runner.stop(TIMEOUT)
    assert not packets_of(events)
    assert not [e for e in events if isinstance(e, ErrorEvent)]


@needs_capture
def test_a_flood_arrives_as_batches_and_frames_beyond_the_limit_count_as_dropped() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver:
        receiver.bind(("127.0.0.1", 0))
        port = receiver.getsockname()[1]
        engine = CaptureEngine("lo", f"udp and port {port}", batch_limit=50)
        runner = EngineRunner(engine).start()
        try:
            runner.wait_for(started, TIMEOUT)
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
                for _ in range(2000):  # bounded; the receiver's buffer holds them
                    sender.sendto(b"x" * 16, ("127.0.0.1", port))
            events = runner.wait_for(
                lambda evs: len(packets_of(evs)) + engine.dropped >= 2000,
                TIMEOUT,
            )
        finally:
            runner.stop(TIMEOUT)
    # After stop every batch has come (engine.dropped above may run ahead of them).
    batches = [e for e in runner.events if isinstance(e, PacketsCaptured)]
    assert events and batches
    assert all(len(b.packets) <= 50 for b in batches)
    assert batches[-1].total == sum(len(b.packets) for b in batches)
    stats = [e for e in runner.events if isinstance(e, CaptureStats)][-1]
    assert stats.packets + stats.dropped + stats.kernel_dropped >= 2000


# ------------------------------------------------------------------ no permission
def fatal_errors(events: list[Event]) -> list[ErrorEvent]:
    return [e for e in events if isinstance(e, ErrorEvent) and e.fatal]


def test_no_permission_is_a_fatal_error_that_says_how_to_allow_capture() -> None:
    engine = CaptureEngine("lo", "", methods=("af_packet",))
    calls: list[str] = []

    def refuse(interface: str) -> socket.socket:
        calls.append(interface)
        raise PermissionError(1, "Operation not permitted")

    engine.open_af_packet = refuse  # type: ignore[method-assign]
    runner = EngineRunner(engine).start()
    try:
        events = runner.wait_for(
            lambda evs: any(isinstance(e, StateEvent) and e.state == "stopped" for e in evs),
            TIMEOUT,
        )
    finally:
        runner.stop(TIMEOUT)
    (error,) = fatal_errors(events)
    assert not packets_of(events)
    assert capture_permission_help(platform.system()) in error.message
    if hasattr(socket, "AF_PACKET"):
        assert calls == ["lo"]
        assert "CAP_NET_RAW" in error.message
    if platform.system() == "Linux":
        assert "setcap cap_net_raw,cap_net_admin=eip" in error.message


def test_no_method_at_all_says_capture_was_turned_off() -> None:
    runner = EngineRunner(CaptureEngine("lo", "", methods=())).start()
    try:
        events = runner.wait_for(
            lambda evs: any(isinstance(e, StateEvent) and e.state == "stopped" for e in evs),
            TIMEOUT,
        )
    finally:
        runner.stop(TIMEOUT)
    (error,) = fatal_errors(events)
    assert "SOCKETLAB_CAPTURE_METHODS" in error.message


@pytest.mark.parametrize(
    ("system", "words"),
    [
        ("Linux", ["setcap cap_net_raw,cap_net_admin=eip $(which dumpcap)", "wireshark", "root"]),
        ("Windows", ["Npcap", "Wireshark"]),
        ("Darwin", ["ChmodBPF", "Wireshark"]),
        ("Plan9", ["root", "dumpcap"]),
    ],
)
def test_permission_help_for_each_system(system: str, words: list[str]) -> None:
    text = capture_permission_help(system)
    for word in words:
        assert word in text
    assert text.template.context == "packets"


def test_methods_from_the_environment() -> None:
    assert methods_from_environment({}) == ("af_packet", "dumpcap")
    assert methods_from_environment({"SOCKETLAB_CAPTURE_METHODS": "none"}) == ()
    assert methods_from_environment({"SOCKETLAB_CAPTURE_METHODS": " Dumpcap "}) == ("dumpcap",)


def test_a_bad_filter_is_refused_when_the_engine_is_made() -> None:
    with pytest.raises(ValueError):
        CaptureEngine("lo", "port banana and (")


def test_interfaces_include_loopback() -> None:
    names = list_capture_interfaces()
    if platform.system() == "Linux":
        assert "lo" in names


def test_a_missing_interface_is_named_in_the_error() -> None:
    if CANNOT_CAPTURE:
        pytest.skip(CANNOT_CAPTURE)
    runner = EngineRunner(CaptureEngine("nosuchif0", "", methods=("af_packet",))).start()
    try:
        events = runner.wait_for(
            lambda evs: any(isinstance(e, StateEvent) and e.state == "stopped" for e in evs),
            TIMEOUT,
        )
    finally:
        runner.stop(TIMEOUT)
    (error,) = fatal_errors(events)
    assert "nosuchif0" in error.message
    assert "lo" in error.message


def test_stop_from_another_thread_ends_a_capture_promptly() -> None:
    if CANNOT_CAPTURE:
        pytest.skip(CANNOT_CAPTURE)
    done = threading.Event()
    engine = CaptureEngine("lo", f"port {free_port()}")
    engine.add_listener(
        lambda batch: done.set() if any(isinstance(e, CaptureStarted) for e in batch) else None
    )
    runner = EngineRunner(engine).start()
    assert done.wait(TIMEOUT)
    runner.stop(TIMEOUT)
    assert engine.has_finished


# ------------------------------------------------------------------ dumpcap (a stand-in)
FAKE_DUMPCAP = """#!{python}
import pathlib, sys
pathlib.Path({args!r}).write_text("\\n".join(sys.argv[1:]))
if {refuse!r}:
    sys.stderr.write("dumpcap: You don't have permission to capture on that device\\n")
    sys.exit(1)
data = pathlib.Path({capture!r}).read_bytes()
half = len(data) // 2
sys.stdout.buffer.write(data[:half])
sys.stdout.buffer.flush()
sys.stdout.buffer.write(data[half:])
sys.stdout.buffer.flush()
"""


def fake_dumpcap(tmp_path, monkeypatch, *, refuse: bool = False):
    """Put a `dumpcap` on the PATH that prints a two-packet pcapng stream (or refuses)."""
    import sys

    from app.core.packets.model import LINKTYPE_ETHERNET, Frame
    from app.core.packets.pcapfile import write_pcapng
    from tests.test_cli_capture import udp_frame

    capture = tmp_path / "stream.pcapng"
    frames = [
        Frame(1_700_000_000.0 + i, udp_frame(40000, 5555, b"x" * (i + 1)), 43 + i,
              LINKTYPE_ETHERNET, "lo")
        for i in range(3)
    ]  # fmt: skip
    write_pcapng(capture, frames)
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "dumpcap"
    args = tmp_path / "args.txt"
    script.write_text(
        FAKE_DUMPCAP.format(
            python=sys.executable, args=str(args), refuse=refuse, capture=str(capture)
        )
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    return args


def run_to_the_end(engine: CaptureEngine) -> list[Event]:
    runner = EngineRunner(engine).start()
    try:
        return runner.wait_for(
            lambda evs: any(isinstance(e, StateEvent) and e.state == "stopped" for e in evs),
            TIMEOUT,
        )
    finally:
        runner.stop(TIMEOUT)


@pytest.mark.skipif(os.name == "nt", reason="the stand-in dumpcap is a script")
def test_dumpcap_output_is_read_as_a_stream(tmp_path, monkeypatch) -> None:
    args = fake_dumpcap(tmp_path, monkeypatch)
    engine = CaptureEngine("lo", "udp and dst port 5555", methods=("dumpcap",), snap_length=1000)
    events = run_to_the_end(engine)
    assert not fatal_errors(events)
    packets = packets_of(events)
    assert [p.length for p in packets] == [1, 2, 3]
    assert [p.number for p in packets] == [1, 2, 3]
    assert {(p.proto, p.dport) for p in packets} == {("UDP", 5555)}
    (started_event,) = [e for e in events if isinstance(e, CaptureStarted)]
    assert started_event.method == "dumpcap"
    argv = args.read_text().splitlines()
    assert argv[:5] == ["-i", "lo", "-w", "-", "-q"]
    assert argv[argv.index("-s") + 1] == "1000"
    assert "5555" in argv[argv.index("-f") + 1]


@pytest.mark.skipif(os.name == "nt", reason="the stand-in dumpcap is a script")
def test_dumpcap_without_permission_is_explained(tmp_path, monkeypatch) -> None:
    fake_dumpcap(tmp_path, monkeypatch, refuse=True)
    events = run_to_the_end(CaptureEngine("lo", "", methods=("dumpcap",)))
    (error,) = fatal_errors(events)
    assert "permission" in error.message
    assert capture_permission_help(platform.system()) in error.message
