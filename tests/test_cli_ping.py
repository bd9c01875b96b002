"""`socketlab ping`: loopback only; exit codes and errors."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from tests.helpers.diagnostics import refuse_names_locally

ROOT = Path(__file__).resolve().parent.parent
SOCKETLAB = [sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())"]


def ping_or_skip(capsys, argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    if "Cannot ping" in err:
        pytest.skip(err.strip())
    return code, out, err


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_ping_loopback_prints_replies_and_summary(capsys, host: str) -> None:
    code, out, err = ping_or_skip(capsys, ["ping", host, "-c", "2", "-i", "0.2"])
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(f"PING {host}: 56 data bytes, ")
    assert f"64 bytes from {host}: icmp_seq=1 " in out
    assert f"64 bytes from {host}: icmp_seq=2 " in out
    assert f"--- {host} ping statistics ---" in out
    assert "2 packets transmitted, 2 received, 0% packet loss" in out
    assert lines[-1].startswith("rtt min/avg/max = ")


def test_ping_localhost_names_the_address(capsys) -> None:
    code, out, _ = ping_or_skip(capsys, ["ping", "localhost", "-c", "1", "-4"])
    assert code == 0
    assert out.startswith("PING localhost (127.0.0.1): ")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-c", "x"], "socketlab ping: -c 'x' is not a whole number."),
        (["-c", "2000000"], "socketlab ping: -c 2000000 is out of range 0-1,000,000."),
        (["-i", "0.01"], "socketlab ping: -i 0.01 is out of range 0.2-3600."),
        (["-s", "70000"], "socketlab ping: -s 70000 is out of range 0-65,499."),
    ],
)
def test_bad_arguments_exit_2_with_one_line(capsys, argv: list[str], message: str) -> None:
    assert main(["ping", "127.0.0.1", *argv]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == message + "\n"


def test_bad_host_exits_2(capsys) -> None:
    assert main(["ping", "1.2.3.400"]) == 2
    assert capsys.readouterr().err == (
        "socketlab ping: Octet 400 in 1.2.3.400 is out of range 0-255.\n"
    )


def test_unknown_host_exits_2(capsys, monkeypatch) -> None:
    refuse_names_locally(monkeypatch)
    assert main(["ping", "no-such-host", "-c", "1"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "socketlab ping: Host not found: no-such-host does not resolve to an address. "
        "Check the spelling.\n"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is POSIX")
def test_ctrl_c_stops_an_endless_ping_and_prints_the_summary() -> None:
    process = subprocess.Popen(
        [*SOCKETLAB, "ping", "127.0.0.1", "-c", "0", "-i", "0.2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        first = process.stdout.readline()
        if not first.startswith("PING"):
            process.kill()
            pytest.skip(f"cannot ping here: {first}{process.stderr.read()}")
        process.stdout.readline()  # the note on the method
        reply = process.stdout.readline()
        assert "bytes from 127.0.0.1: icmp_seq=1" in reply
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert "--- 127.0.0.1 ping statistics ---" in out
    assert "0% packet loss" in out
