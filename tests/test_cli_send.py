"""`socketlab send` and `socketlab chat --accept-files` as real processes on 127.0.0.1."""

from __future__ import annotations

import hashlib
import signal
import subprocess

import pytest

from app.cli.send import (
    EXIT_BAD_PATH,
    EXIT_CANCELLED,
    EXIT_DECLINED,
    EXIT_OK,
    EXIT_UNREACHABLE,
)
from app.core.transfer.events import OfferReceived
from tests.helpers.cli import read_line_matching, run_socketlab
from tests.helpers.cli import start_socketlab as socketlab
from tests.helpers.fixtures import free_port
from tests.helpers.transfer import of_type, start_side, wait_present, write_file


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    finally:
        process.stdout.close()
        process.stderr.close()
        if process.stdin:
            process.stdin.close()


@pytest.fixture
def room():
    """`socketlab serve` on 127.0.0.1 (TLS on, as by default)."""
    process = socketlab("serve", "--host", "127.0.0.1", "--port", "0", "--no-announce")
    try:
        yield int(read_line_matching(process.stdout, r"Listening on 127\.0\.0\.1:(\d+)").group(1))
    finally:
        _stop(process)


def receiver(port: int, folder, *extra: str) -> subprocess.Popen:
    process = socketlab(
        "chat",
        f"127.0.0.1:{port}",
        "--nick",
        "bob",
        "--accept-files",
        str(folder),
        *extra,
        stdin=subprocess.PIPE,
    )
    read_line_matching(process.stdout, r"bob joined")
    return process


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_send_files_and_a_folder_to_an_accepting_chat(room, tmp_path):
    inbox = tmp_path / "inbox"
    bob = receiver(room, inbox)
    try:
        one = write_file(tmp_path / "out" / "one.bin", 2_500_000)
        deep = write_file(tmp_path / "out" / "dir" / "sub" / "two.txt", 100, seed=5)
        result = run_socketlab(
            "send",
            f"127.0.0.1:{room}",
            str(one),
            str(tmp_path / "out" / "dir"),
            "--to",
            "bob",
            "--nick",
            "alice",
            timeout=60,
        )
        assert result.returncode == EXIT_OK, result.stderr
        assert "Done: the receiver confirmed every file's SHA-256." in result.stderr
        lines = {read_line_matching(bob.stdout, r"^received ").string.strip() for _ in range(2)}
        assert lines == {
            f"received {inbox / 'one.bin'} sha256 {sha(one)}",
            f"received {inbox / 'dir' / 'sub' / 'two.txt'} sha256 {sha(deep)}",
        }
        assert sha(inbox / "dir" / "sub" / "two.txt") == sha(deep)
    finally:
        _stop(bob)


def test_send_exit_codes_bad_path_and_unreachable(tmp_path):
    result = run_socketlab("send", "127.0.0.1:1", str(tmp_path / "missing"), "--to", "bob")
    assert result.returncode == EXIT_BAD_PATH
    assert "does not exist" in result.stderr
    source = write_file(tmp_path / "x", 10)
    port = free_port()
    result = run_socketlab("send", f"127.0.0.1:{port}", str(source), "--to", "bob", "--no-tls")
    assert result.returncode == EXIT_UNREACHABLE, result.stderr
    result = run_socketlab("send", "127.0.0.1:99999", str(source), "--to", "bob")
    assert result.returncode == 2


def test_send_to_nobody_in_the_room(room, tmp_path):
    source = write_file(tmp_path / "x", 10)
    result = run_socketlab("send", f"127.0.0.1:{room}", str(source), "--to", "nobody")
    assert result.returncode == EXIT_UNREACHABLE
    assert "nobody" in result.stderr


def test_send_declined_by_the_size_limit(room, tmp_path):
    bob = receiver(room, tmp_path / "inbox", "--max-size", "100")
    try:
        source = write_file(tmp_path / "x", 1000)
        result = run_socketlab("send", f"127.0.0.1:{room}", str(source), "--to", "bob")
        assert result.returncode == EXIT_DECLINED, result.stderr
        assert "declined" in result.stderr
        assert (
            "1000 bytes, more than the 100 bytes"
            in read_line_matching(bob.stderr, "more than").string
        )
    finally:
        _stop(bob)


def test_send_cancelled_by_the_receiver(room, tmp_path, run_engine):
    bob = start_side(run_engine, room, "bob", tmp_path / "bob")
    wait_present(bob, "bob")
    source = write_file(tmp_path / "x", 1000)
    process = socketlab("send", f"127.0.0.1:{room}", str(source), "--to", "bob")
    try:
        events = bob.runner.wait_for(lambda ev: of_type(ev, OfferReceived), timeout=20)
        bob.engine.cancel(of_type(events, OfferReceived)[0].transfer_id)
        assert process.wait(timeout=20) == EXIT_CANCELLED
        assert "cancelled" in process.stderr.read()
    finally:
        _stop(process)


@pytest.mark.parametrize("no_relay", [False, True])
def test_serve_says_where_the_transfer_relay_listens_or_runs_none(no_relay):
    extra = ("--no-relay",) if no_relay else ()
    process = socketlab("serve", "--host", "127.0.0.1", "--port", "0", "--no-announce", *extra)
    try:
        lines: list[str] = []
        for _ in range(100):  # the greeting is a handful of lines, ending with Ctrl-C's
            line = process.stdout.readline()
            assert line, "serve ended early: " + process.stderr.read()
            lines.append(line)
            if line.startswith("Press Ctrl-C"):
                break
        relayed = [entry for entry in lines if "relayed on port" in entry]
        assert not relayed if no_relay else len(relayed) == 1
    finally:
        _stop(process)
