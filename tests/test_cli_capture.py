"""`socketlab capture`: live on lo (root or CAP_NET_RAW), --read of a file, and the
no-permission path (SOCKETLAB_CAPTURE_METHODS=none) on any machine."""

from __future__ import annotations

import json
import os
import platform
import signal
import socket
import struct

import pytest

from app.cli import main
from app.core.packets.model import LINKTYPE_ETHERNET, Frame
from app.core.packets.pcapfile import write_pcapng
from tests.helpers.capture import can_capture
from tests.helpers.cli import read_line_matching, run_socketlab, start_socketlab
from tests.helpers.fixtures import free_port

CANNOT_CAPTURE = can_capture()
needs_capture = pytest.mark.skipif(bool(CANNOT_CAPTURE), reason=CANNOT_CAPTURE or "ok")
TIMEOUT = 15
JSON_KEYS = {"number", "time", "src", "dst", "sport", "dport", "proto", "flags", "seq", "ack"}


def _checksum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def udp_frame(sport: int, dport: int, payload: bytes) -> bytes:
    """An Ethernet frame holding 127.0.0.1:sport -> 127.0.0.1:dport UDP `payload`."""
    udp = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload
    header = struct.pack(
        "!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), 1, 0x4000, 64, 17, 0,
        socket.inet_aton("127.0.0.1"), socket.inet_aton("127.0.0.1"),
    )  # fmt: skip
    header = header[:10] + struct.pack("!H", _checksum(header)) + header[12:]
    return bytes(6) + bytes(6) + b"\x08\x00" + header + udp


@pytest.fixture
def udp_file(tmp_path):
    path = tmp_path / "two.pcapng"
    frames = [
        Frame(1_700_000_000.25, udp_frame(40000, 5555, b"hello"), 47, LINKTYPE_ETHERNET, "lo"),
        Frame(1_700_000_000.5, udp_frame(5555, 40000, b"hi"), 44, LINKTYPE_ETHERNET, "lo"),
    ]
    for frame in frames:
        assert len(frame.data) == frame.wire_length
    write_pcapng(path, frames)
    return path


def test_read_prints_one_line_per_packet(udp_file, capsys) -> None:
    assert main(["capture", "--read", str(udp_file)]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 2
    assert "127.0.0.1:40000 -> 127.0.0.1:5555 UDP" in lines[0]
    assert "len=5" in lines[0]
    assert "127.0.0.1:5555 -> 127.0.0.1:40000 UDP" in lines[1]
    assert lines[0][:15].count(":") == 2 and lines[0][8] == "."  # 12:00:00.250000
    assert lines[0][9:15] == "250000"
    assert "2 packets read" in err


def test_read_with_json_port_and_count(udp_file, capsys) -> None:
    args = ["capture", "--read", str(udp_file), "--json", "--port", "5555", "--count", "1"]
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert set(record) >= JSON_KEYS
    assert (record["sport"], record["dport"], record["proto"], record["len"]) == (
        40000,
        5555,
        "UDP",
        5,
    )


def test_read_filter_keeps_what_matches(udp_file, capsys) -> None:
    assert main(["capture", "--read", str(udp_file), "--filter", "dst port 40000"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert "-> 127.0.0.1:40000" in lines[0]


def test_read_of_a_missing_file_fails_in_words(tmp_path, capsys) -> None:
    assert main(["capture", "--read", str(tmp_path / "nothing.pcap")]) == 1
    assert "nothing.pcap" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ["--filter", "port banana and ("],
        ["--port", "70000"],
        ["--port", "http"],
        ["--count", "-1"],
        ["--seconds", "soon"],
    ],
)
def test_bad_arguments_exit_2_with_a_message(args, capsys) -> None:
    assert main(["capture", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("socketlab capture: ")
    assert len(err.strip().splitlines()) == 1


def test_without_permission_it_explains_and_exits_2(monkeypatch, capsys) -> None:
    monkeypatch.setenv("SOCKETLAB_CAPTURE_METHODS", "none")
    assert main(["capture", "--count", "1", "--seconds", "1"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "Cannot capture packets on lo" in err
    if platform.system() == "Linux":
        assert "setcap cap_net_raw,cap_net_admin=eip" in err


@needs_capture
def test_count_port_json_prints_the_handshake() -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(TIMEOUT)
        port = server.getsockname()[1]
        process = start_socketlab("capture", "--count", "3", "--port", str(port), "--json")
        try:
            read_line_matching(process.stderr, r"^Capturing on lo")
            with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT):
                server.accept()[0].close()
            out, err = process.communicate(timeout=TIMEOUT)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert process.returncode == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 3
    assert all(set(record) >= JSON_KEYS for record in records)
    assert [r["number"] for r in records] == [1, 2, 3]
    assert [r["proto"] for r in records] == ["TCP"] * 3
    assert [r["seq"] for r in records] == [0, 0, 1]
    assert records[0]["dport"] == port and records[1]["sport"] == port
    assert "3 packets captured" in err


@needs_capture
def test_write_then_read_gives_the_same_lines(tmp_path) -> None:
    path = tmp_path / "udp.pcapng"
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver:
        receiver.bind(("127.0.0.1", 0))
        port = receiver.getsockname()[1]
        process = start_socketlab(
            "capture", "--count", "2", "--port", str(port), "--write", str(path)
        )
        try:
            read_line_matching(process.stderr, r"^Capturing on lo")
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
                sender.sendto(b"one", ("127.0.0.1", port))
                sender.sendto(b"two", ("127.0.0.1", port))
            out, err = process.communicate(timeout=TIMEOUT)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert process.returncode == 0, err
    assert "saved to" in err
    again = run_socketlab("capture", "--read", str(path), timeout=TIMEOUT)
    assert len(out.splitlines()) == 2
    assert again.stdout.splitlines() == out.splitlines()


@needs_capture
@pytest.mark.skipif(not hasattr(signal, "SIGINT") or os.name == "nt", reason="POSIX signals")
def test_ctrl_c_ends_the_capture_cleanly() -> None:
    process = start_socketlab(
        "capture",
        "--port",
        str(free_port()),
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        read_line_matching(process.stderr, r"^Capturing on lo with an AF_PACKET socket")
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert out == ""
    assert "0 packets captured" in err
    assert "Traceback" not in err
