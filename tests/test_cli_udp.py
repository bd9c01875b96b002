"""`socketlab udp send` and `socketlab udp listen` against plain loopback sockets."""

from __future__ import annotations

import json
import os
import select
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from tests.helpers.fixtures import free_port

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def udp_receiver() -> Iterator[socket.socket]:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(5)
        yield sock


def port_of(sock: socket.socket) -> int:
    return sock.getsockname()[1]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["hello"], b"hello"),
        (["48 69 00 ff", "--hex"], b"Hi\x00\xff"),
        (["a\\r\\n\\x01", "--escapes"], b"a\r\n\x01"),
        (["你好", "--encoding", "GBK"], "你好".encode("gbk")),
        (["hi", "--encoding", "utf-16"], "hi".encode("utf-16")),
        (["Привет", "--encoding", "CP1251"], "Привет".encode("cp1251")),
        (["Привет", "--encoding", "windows-1251"], "Привет".encode("cp1251")),
        (["Привет", "--encoding", "koi8-r"], "Привет".encode("koi8-r")),
        (["Привет", "--encoding", "cp866"], "Привет".encode("cp866")),
        (["臺灣", "--encoding", "big5"], "臺灣".encode("big5")),
        (["你好", "--encoding", "GB18030"], "你好".encode("gb18030")),
    ],
)
def test_send_text_hex_escapes_and_encodings(udp_receiver, capsys, args, expected) -> None:
    target = f"127.0.0.1:{port_of(udp_receiver)}"
    assert main(["udp", "send", target, *args]) == 0
    assert udp_receiver.recv(100) == expected
    assert capsys.readouterr().err.startswith("Sent 1 datagram (")


def test_send_repeats_with_sequence_header_to_ipv6() -> None:
    with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as receiver:
        receiver.bind(("::1", 0))
        receiver.settimeout(5)
        port = receiver.getsockname()[1]
        code = main(
            ["udp", "send", f"[::1]:{port}", "x", "--count", "3", "--interval", "1", "--seq"]
        )
        assert code == 0
        datagrams = [receiver.recv(100) for _ in range(3)]
    assert [d[:4] for d in datagrams] == [b"SLSQ"] * 3
    assert [int.from_bytes(d[8:12], "big") for d in datagrams] == [0, 1, 2]
    assert {d[12:] for d in datagrams} == {b"x"}


def test_send_from_a_fixed_port_prints_the_reply(udp_receiver, capsys) -> None:
    local = free_port(kind=socket.SOCK_DGRAM)
    target = f"127.0.0.1:{port_of(udp_receiver)}"
    # The reply is queued before the command runs: a datagram to a port nobody has bound
    # yet would be lost, so the test answers from a second socket once the request lands.

    def answer() -> None:
        data, address = udp_receiver.recvfrom(100)
        udp_receiver.sendto(b"pong:" + data, address)

    responder = threading.Thread(target=answer)
    responder.start()
    code = main(["udp", "send", target, "ping", "--bind", str(local), "--wait", "1"])
    responder.join(5)
    assert code == 0
    out = capsys.readouterr().out
    assert f"reply from 127.0.0.1:{port_of(udp_receiver)}  9 bytes  pong:ping" in out


def test_send_reports_port_unreachable_with_wait(capsys) -> None:
    closed = free_port(kind=socket.SOCK_DGRAM)
    assert main(["udp", "send", f"127.0.0.1:{closed}", "x", "--wait", "2"]) == 1
    err = capsys.readouterr().err
    assert f"error: Nobody is listening on 127.0.0.1:{closed}" in err


def test_broadcast_flag_on_loopback(capsys) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver:
        receiver.bind(("127.255.255.255", 0))
        receiver.settimeout(5)
        target = f"127.255.255.255:{receiver.getsockname()[1]}"
        assert main(["udp", "send", target, "no flag"]) == 1
        assert "broadcast option (SO_BROADCAST)" in capsys.readouterr().err
        assert main(["udp", "send", target, "with flag", "--broadcast"]) == 0
        assert receiver.recv(100) == b"with flag"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["127.0.0.1:9", "zz", "--hex"], "'z' at position 1 is not a hex digit"),
        (["127.0.0.1", "x"], "127.0.0.1 has no port: write 127.0.0.1:PORT."),
        (["127.0.0.1:9", "x", "--count", "many"], "--count 'many' is not a whole number."),
        (["127.0.0.1:9", "x", "--interval", "-5"], "--interval must be at least 0"),
        (["127.0.0.1:9", "x", "--encoding", "EBCDIC"], "Unknown encoding 'EBCDIC'"),
        (["127.0.0.1:9", "x" * 65_508], "UDP over IPv4 carries at most 65,507 bytes"),
        (["127.0.0.1:9", "x", "--ttl", "300"], "--ttl must be 0-255, not 300."),
    ],
)
def test_bad_send_arguments_exit_2_with_one_line(capsys, args, message) -> None:
    assert main(["udp", "send", *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("socketlab udp send: ")
    assert message in err


def test_largest_datagram_is_sent_whole(udp_receiver) -> None:
    udp_receiver.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
    assert main(["udp", "send", f"127.0.0.1:{port_of(udp_receiver)}", "y" * 65_507]) == 0
    assert udp_receiver.recv(70_000) == b"y" * 65_507


def _listen(*args: str) -> subprocess.Popen:
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    return subprocess.Popen(
        [sys.executable, "-m", "app", "udp", "listen", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_listening(process: subprocess.Popen) -> str:
    assert process.stderr is not None
    line = process.stderr.readline()
    assert line.startswith("Listening on "), line + process.stderr.read()
    return line


def test_listen_json_prints_one_object_per_datagram_and_stops_after_count() -> None:
    port = free_port(kind=socket.SOCK_DGRAM)
    process = _listen("--host", "127.0.0.1", str(port), "--count", "2", "--json")
    try:
        assert _wait_listening(process) == (f"Listening on 127.0.0.1:{port} (UDP). Ctrl-C stops.\n")
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as client:
            client.bind(("127.0.0.1", 0))
            client.sendto(b"first\n", ("127.0.0.1", port))
            client.sendto(b"\xffsecond", ("127.0.0.1", port))
            client.sendto(b"third is not printed", ("127.0.0.1", port))
            source = f"127.0.0.1:{client.getsockname()[1]}"
        out, _err = process.communicate(timeout=20)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["source"], r["size"], r["text"], r["hex"]) for r in records] == [
        (source, 6, "first\n", "66697273740a"),
        (source, 7, "\ufffdsecond", "ff7365636f6e64"),
    ]
    assert all("T" in r["time"] for r in records)


def test_listen_text_lines_and_echo_on_ipv6() -> None:
    port = free_port("::1", kind=socket.SOCK_DGRAM)
    process = _listen("--host", "::1", str(port), "--count", "1", "--echo")
    try:
        _wait_listening(process)
        with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as client:
            client.settimeout(10)
            client.sendto(b"tab\there", ("::1", port))
            assert client.recv(100) == b"tab\there"
        out, _err = process.communicate(timeout=20)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0
    assert out.rstrip().endswith("8 bytes  tab\\there")
    assert "[::1]:" in out


def test_listen_on_a_port_in_use_fails_in_words() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as holder:
        holder.bind(("127.0.0.1", 0))
        port = holder.getsockname()[1]
        process = _listen("--host", "127.0.0.1", str(port))
        _out, err = process.communicate(timeout=20)
    assert process.returncode == 1
    assert f"error: Port {port} is already in use" in err


def test_bad_listen_arguments_exit_2(capsys) -> None:
    assert main(["udp", "listen", "70000"]) == 2
    assert capsys.readouterr().err == "socketlab udp listen: Port 70000 is out of range 0-65535.\n"
    assert main(["udp", "listen", "5000", "--host", "1.2.3"]) == 2
    assert "Too few octets in 1.2.3" in capsys.readouterr().err


def test_listen_shows_text_in_a_russian_code_page(capsys) -> None:
    assert main(["udp", "listen", "0", "--host", "127.0.0.1", "--encoding", "KOI8"]) == 2
    assert "Unknown encoding 'KOI8': choose one of UTF-8" in capsys.readouterr().err
    port = free_port(kind=socket.SOCK_DGRAM)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("DISPLAY", None)
    command = ["udp", "listen", "--host", "127.0.0.1", str(port), "--count", "1", "--json"]
    process = subprocess.Popen(
        [sys.executable, "-m", "app", *command, "--encoding", "windows-1251"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        encoding="utf-8",
    )
    try:
        _wait_listening(process)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as client:
            client.sendto("Привет".encode("cp1251"), ("127.0.0.1", port))
        out, _err = process.communicate(timeout=20)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0
    assert json.loads(out)["text"] == "Привет"


def _first_line_while_sending(process: subprocess.Popen, send) -> bytes:
    """Send until the tool prints (it gives no sign when it has bound); bounded tries."""
    assert process.stdout is not None
    for _ in range(50):
        send()
        readable, _, _ = select.select([process.stdout], [], [], 0.1)
        if readable:
            return process.stdout.readline()
    raise AssertionError("the tool printed nothing after 50 datagrams")


@pytest.mark.skipif(shutil.which("socat") is None, reason="socat is not installed here")
def test_socat_both_directions() -> None:
    port = free_port(kind=socket.SOCK_DGRAM)
    process = _listen("--host", "127.0.0.1", str(port), "--count", "1")
    try:
        _wait_listening(process)
        subprocess.run(
            ["socat", "-u", "STDIN", f"UDP4-SENDTO:127.0.0.1:{port}"],
            input=b"from socat",
            timeout=10,
            check=True,
        )
        out, _ = process.communicate(timeout=20)
    finally:
        process.kill()
        process.wait()
    assert out.rstrip().endswith("from socat")
    listen_port = free_port(kind=socket.SOCK_DGRAM)
    socat = subprocess.Popen(
        ["socat", "-u", f"UDP4-RECV:{listen_port},bind=127.0.0.1", "STDOUT"],
        stdout=subprocess.PIPE,
    )
    try:
        line = _first_line_while_sending(
            socat,
            lambda: main(["udp", "send", f"127.0.0.1:{listen_port}", "to socat\\n", "--escapes"]),
        )
    finally:
        socat.kill()
        socat.wait()
    assert line == b"to socat\n"


@pytest.mark.skipif(shutil.which("nc") is None, reason="nc (netcat) is not installed here")
def test_netcat_both_directions() -> None:
    port = free_port(kind=socket.SOCK_DGRAM)
    process = _listen("--host", "127.0.0.1", str(port), "--count", "1")
    try:
        _wait_listening(process)
        subprocess.run(
            ["nc", "-u", "-w", "1", "127.0.0.1", str(port)],
            input=b"from nc",
            timeout=10,
            check=True,
        )
        out, _ = process.communicate(timeout=20)
    finally:
        process.kill()
        process.wait()
    assert out.rstrip().endswith("from nc")
    nc_port = free_port(kind=socket.SOCK_DGRAM)
    nc = subprocess.Popen(["nc", "-u", "-l", "127.0.0.1", str(nc_port)], stdout=subprocess.PIPE)
    try:
        line = _first_line_while_sending(
            nc, lambda: main(["udp", "send", f"127.0.0.1:{nc_port}", "to nc\\n", "--escapes"])
        )
    finally:
        nc.kill()
        nc.wait()
    assert line == b"to nc\n"


def test_send_reads_the_payload_from_stdin(udp_receiver) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "udp", "send", f"127.0.0.1:{port_of(udp_receiver)}", "-"],
        input=b"raw\x00bytes\xff",
        capture_output=True,
        cwd=ROOT,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert udp_receiver.recv(100) == b"raw\x00bytes\xff"


def test_listen_joins_a_group_and_send_reaches_it_on_loopback() -> None:
    group = "239.255.42.97"
    port = free_port(kind=socket.SOCK_DGRAM)
    process = _listen(str(port), "--group", group, "--interface", "127.0.0.1", "--count", "1")
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        if not line.startswith("Listening on "):
            pytest.skip(f"this OS refuses multicast on loopback: {line}{process.stderr.read()}")
        assert line == f"Listening on 0.0.0.0:{port}, group {group} (UDP). Ctrl-C stops.\n"
        target = f"{group}:{port}"
        options = ["--interface", "127.0.0.1", "--ttl", "0"]
        assert main(["udp", "send", target, "to the group", *options]) == 0
        out, _ = process.communicate(timeout=20)
    finally:
        process.kill()
        process.wait()
    assert out.rstrip().endswith("12 bytes  to the group")
