"""`socketlab serve`'s console (/kick /ban /unban /who) and the room password options,
as real processes on 127.0.0.1 with raw peers standing in for nc."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys

import pytest

from tests.helpers.chat import RawPeer
from tests.helpers.cli import read_line_matching, run_socketlab
from tests.helpers.cli import start_socketlab as socketlab

SECRET = "swordfish"


def _serve(*args: str, **kwargs) -> tuple[subprocess.Popen, int]:
    process = socketlab(
        "serve", "--host", "127.0.0.1", "--port", "0", "--no-announce", "--no-trace", *args,
        **kwargs,
    )  # fmt: skip
    port = int(read_line_matching(process.stdout, r"Listening on 127\.0\.0\.1:(\d+)").group(1))
    return process, port


def _stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    finally:
        for stream in (process.stdin, process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def _type(process: subprocess.Popen, line: str) -> None:
    process.stdin.write(line + "\n")
    process.stdin.flush()


def test_the_serve_console_kicks_bans_unbans_and_lists() -> None:
    process, port = _serve(stdin=subprocess.PIPE)
    try:
        alice, bob = RawPeer(port), RawPeer(port)
        alice.send_line("/nick alice")
        bob.send_line("/nick bob")
        alice.wait_for_line("-!- bob joined")
        _type(process, "/who")
        read_line_matching(process.stdout, r"^Online \(2\):")
        read_line_matching(process.stdout, r"^  alice +127\.0\.0\.1:\d+ +raw +plaintext$")
        _type(process, "/kick bob flooding")
        assert bob.wait_for_line("removed") == "-!- ! You were removed by the host: flooding."
        alice.wait_for_line("-!- bob left (kicked)")
        _type(process, "/ban alice 5")
        assert alice.wait_for_line("banned").startswith(
            "-!- ! You are banned from this room until "
        )
        read_line_matching(process.stdout, r"^  127\.0\.0\.1 \(alice\) until \d{4}-\d\d-\d\d")
        refused = RawPeer(port)
        assert refused.wait_for_line("banned").startswith("-!- ! You are banned")
        refused.close()
        _type(process, "/unban alice")
        read_line_matching(process.stdout, r"^No bans\.$")
        carol = RawPeer(port)
        carol.send_line("/nick carol")
        carol.wait_for_line("-!- carol joined")
        _type(process, "/ban nobody-here")
        read_line_matching(process.stderr, r"Nobody called nobody-here is online")
        _type(process, "/ban 192.0.2.9 soon")
        read_line_matching(process.stdout, r"^Usage: /ban NICK\|ADDRESS \[MINUTES\]")
        _type(process, "/help")
        read_line_matching(process.stdout, r"^  /unban NICK\|ADDRESS")
        _type(process, "hello?")
        read_line_matching(process.stdout, r"Unknown console command 'hello\?'")
        for peer in (alice, bob, carol):
            peer.close()
    finally:
        _stop(process)
    assert process.returncode == 0


@pytest.mark.skipif(sys.platform != "linux", reason="the accept queue is read from /proc")
def test_pause_leaves_connections_in_the_backlog_until_resume() -> None:
    process, port = _serve("--backlog", "5", "--no-tls", stdin=subprocess.PIPE)
    try:
        _type(process, "/pause")
        read_line_matching(
            process.stdout,
            r"^Accepting paused: connections wait in the listen backlog \(0 of at most 5\)",
        )
        # connect() completes by the kernel alone, into the backlog
        waiting = socket.create_connection(("127.0.0.1", port), timeout=5.0)
        read_line_matching(process.stdout, r"backlog \(1 of at most 5\)")
        _type(process, "/resume")
        read_line_matching(process.stdout, r"^Accepting again \(1 of at most 5 were waiting\)")
        assert waiting.recv(200).startswith(b"SocketLab chat on")
        waiting.close()
        _type(process, "/help")
        read_line_matching(process.stdout, r"^  /resume +call accept\(\) again")
    finally:
        _stop(process)
    assert process.returncode == 0


def test_serve_without_a_stdin_still_serves() -> None:
    process, port = _serve(stdin=subprocess.DEVNULL)
    try:
        peer = RawPeer(port)
        peer.send_line("/nick dave")
        peer.wait_for_line("-!- dave joined")
        peer.close()
    finally:
        _stop(process)
    assert process.returncode == 0


def test_a_password_file_guards_the_room_for_nc_and_socketlab_chat(tmp_path) -> None:
    secret_file = tmp_path / "room.pass"
    secret_file.write_text(SECRET + "\n")
    process, port = _serve(
        "--password-file", str(secret_file), "--allow-plaintext-password",
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        raw = RawPeer(port)
        raw.send_line("hello?")
        assert raw.wait_for_line("password") == (
            "-!- This room needs a password: type /pass PASSWORD"
        )
        raw.send_line("/pass " + SECRET)
        raw.wait_for_line("You are guest-")
        client = socketlab(
            "chat", f"127.0.0.1:{port}", "--nick", "erin", "--allow-plaintext-password",
            stdin=subprocess.PIPE, extra_env={"SOCKETLAB_ROOM_PASSWORD": SECRET},
        )  # fmt: skip
        try:
            raw.wait_for_line("-!- erin joined", timeout=10)
            client.stdin.close()
            assert client.wait(timeout=15) == 0
        finally:
            client.stdout.close()
            client.stderr.close()
        wrong = socketlab(
            "chat", f"127.0.0.1:{port}", "--nick", "mallory", "--allow-plaintext-password",
            stdin=subprocess.PIPE, extra_env={"SOCKETLAB_ROOM_PASSWORD": "guess"},
        )  # fmt: skip
        try:
            # It stops by itself (no reconnecting loop) and says why, with exit status 1.
            assert wrong.wait(timeout=15) == 1
            out, err = wrong.stdout.read(), wrong.stderr.read()
            assert "-!- ! Wrong password." in out
            assert "will not reconnect by itself" in err
            assert "Reconnecting" not in err
        finally:
            wrong.stdin.close()
            wrong.stdout.close()
            wrong.stderr.close()
        raw.close()
    finally:
        _stop(process)


@pytest.mark.parametrize(
    ("content", "said"),
    [("", "the first line is empty"), ("\nsecret\n", "the first line is empty")],
)
def test_an_unusable_password_file_is_a_usage_error(tmp_path, content: str, said: str) -> None:
    path = tmp_path / "pass"
    path.write_text(content)
    for command in ("serve", "chat"):
        args = ("127.0.0.1:1",) if command == "chat" else ()
        result = run_socketlab(command, *args, "--password-file", str(path))
        assert result.returncode == 2, result.stderr
        assert said in result.stderr


def test_a_missing_password_file_and_a_plain_password_option_are_refused(tmp_path) -> None:
    result = run_socketlab("serve", "--password-file", str(tmp_path / "nope"))
    assert result.returncode == 2 and "cannot be read" in result.stderr
    result = run_socketlab("serve", "--password", SECRET)
    assert result.returncode == 2  # no such option: ps would show it to everyone
