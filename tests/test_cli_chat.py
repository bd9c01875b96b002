"""`socketlab serve` and `socketlab chat` as real processes, with raw peers standing in for nc."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys

import pytest

from app.core.identity import normalize_code
from tests.helpers.chat import RawPeer
from tests.helpers.cli import read_line_matching, run_socketlab
from tests.helpers.cli import start_socketlab as socketlab
from tests.helpers.fixtures import free_port


@pytest.fixture
def served():
    """A `socketlab serve` process on 127.0.0.1 with an ephemeral port."""
    process = socketlab("serve", "--host", "127.0.0.1", "--port", "0")
    try:
        port = int(read_line_matching(process.stdout, r"Listening on 127\.0\.0\.1:(\d+)").group(1))
        yield process, port
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        finally:
            process.stdout.close()
            process.stderr.close()


def test_two_nc_users_and_a_socketlab_chat_client(served) -> None:
    process, port = served
    alice, bob = RawPeer(port), RawPeer(port)
    alice.send_line("/nick alice")
    bob.send_line("/nick bob")
    alice.wait_for_line("-!- bob joined")
    client = socketlab("chat", f"127.0.0.1:{port}", "--nick", "carol", stdin=subprocess.PIPE)
    try:
        alice.wait_for_line("-!- carol joined", timeout=10)
        alice.send_line("/me waves")
        bob.wait_for_line("* alice waves")
        alice.send_line("/msg bob just for you")
        assert bob.wait_for_line("just for you").endswith("<alice> (private) just for you")
        bob.send_line("/who")
        assert bob.wait_for_line("Online") == "-!- Online (3): alice, bob, carol"
        client.stdin.write("hello from the terminal client\n")
        client.stdin.flush()
        assert alice.wait_for_line("terminal").endswith("<carol> hello from the terminal client")
        bob.send_line("hi carol")
        read_line_matching(client.stdout, r"<bob> hi carol$")
        client.stdin.close()  # end of input: the client delivers, then exits
        assert client.wait(timeout=15) == 0
        assert alice.wait_for_line("carol left") == "-!- carol left (quit)"
    finally:
        if client.poll() is None:
            client.kill()
            client.wait()
        client.stdout.close()
        client.stderr.close()
        alice.close()
        bob.close()
    # the server printed the room and the socket calls
    process.send_signal(signal.SIGTERM)
    out, _ = process.communicate(timeout=10)
    assert process.returncode == 0
    assert "* alice waves" in out and "accept() -> 127.0.0.1:" in out
    assert "close() listening socket -> ok" in out


def test_chat_against_a_plain_tcp_server_is_a_raw_terminal() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        client = socketlab("chat", f"127.0.0.1:{port}", "--no-tls", stdin=subprocess.PIPE)
        peer, _ = listener.accept()
        with peer:
            peer.settimeout(10)
            client.stdin.write("plain line\n")
            client.stdin.flush()
            assert peer.recv(100) == b"plain line\n"
            peer.sendall("hello, terminal 中文\n".encode())
            read_line_matching(client.stdout, "hello, terminal 中文")
            client.stdin.close()
            assert client.wait(timeout=15) == 0
        err = client.stderr.read()
        client.stdout.close()
        client.stderr.close()
    assert "raw TCP terminal" in err


def test_unreachable_server_exits_nonzero_with_one_clear_line() -> None:
    port = free_port()
    result = run_socketlab("chat", f"127.0.0.1:{port}")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("socketlab: error")]
    assert errors == [
        f"socketlab: error: Connection refused by 127.0.0.1:{port}: nothing is listening on "
        "that port. Check the port number and that the server is running."
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["serve", "--port", "70000"], "Port 70000 is out of range 0-65535."),
        (["serve", "--host", "1.2.3.4.5"], "Too many octets in 1.2.3.4.5"),
        (["serve", "--flood-limit", "-1"], "--flood-limit must be a number from 0"),
        (["serve", "--flood-limit", "nan"], "--flood-limit must be a number from 0"),
        (["serve", "--flood-limit", "inf"], "--flood-limit must be a number from 0"),
        (["serve", "--max-per-address", "-1"], "--max-per-address cannot be negative"),
        (["serve", "--history-limit", "0"], "--history-limit must be at least 1"),
        (["serve", "--backlog", "0"], "--backlog must be a whole number from 1 to 65535"),
        (["serve", "--backlog", "70000"], "(connections waiting for accept()); 70000 is not."),
        (["chat", "host:port"], "Port 'port' is not a number"),
        (["chat", ""], "The address is empty"),
    ],
)
def test_bad_arguments_exit_2_with_the_reason(args: list[str], message: str) -> None:
    result = run_socketlab(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_port_in_use_exits_1_with_the_reason() -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = run_socketlab("serve", "--host", "127.0.0.1", "--port", str(port))
    assert result.returncode == 1
    assert f"socketlab: error: Port {port} is already in use on 127.0.0.1" in result.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="Linux holds TIME_WAIT on the server side")
def test_no_reuseaddr_during_time_wait_exits_1_naming_time_wait() -> None:
    """The server side closes first, so its end sits in TIME_WAIT: serve --no-reuseaddr on
    that port fails in words; without the switch it binds (Linux allows it because the old
    listener set SO_REUSEADDR too, as serve does by default)."""
    with socket.socket() as listener:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        client = socket.create_connection(("127.0.0.1", port), timeout=5.0)
        accepted, _ = listener.accept()
        accepted.close()  # the server closes first...
        assert client.recv(10) == b""
        client.close()  # ...and the client's FIN puts the server's end in TIME_WAIT
    result = run_socketlab(
        "serve", "--host", "127.0.0.1", "--port", str(port), "--no-reuseaddr", "--no-announce"
    )
    assert result.returncode == 1
    assert f"Port {port} is still held by connections in TIME_WAIT" in result.stderr
    assert "setsockopt(SOL_SOCKET, SO_REUSEADDR, 0)" in result.stdout
    process = socketlab(
        "serve", "--host", "127.0.0.1", "--port", str(port), "--no-announce", "--no-tls"
    )
    try:
        read_line_matching(process.stdout, rf"Listening on 127\.0\.0\.1:{port}")
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=10)


def test_history_file_survives_a_restart(tmp_path) -> None:
    history = tmp_path / "history.sqlite"
    port = free_port()
    for round_number in range(2):
        process = socketlab(
            "serve", "--host", "127.0.0.1", "--port", str(port), "--history", str(history)
        )
        try:
            read_line_matching(process.stdout, r"Listening on")
            peer = RawPeer(port)
            if round_number == 0:
                peer.send_line("/nick first")
                peer.send_line("remember me")
                peer.wait_for_line("You are first")
                # The server prints the line once it has taken it; SIGTERM before that
                # could stop it with "remember me" still unread in the socket buffer.
                read_line_matching(process.stdout, r"<first> remember me")
            else:
                peer.send_line("/nick second")
                peer.wait_for_line("You are second")
            peer.close()
        finally:
            process.send_signal(signal.SIGTERM)
            process.communicate(timeout=10)
        assert process.returncode == 0
    from app.core.chat.history import RoomHistory

    kept = RoomHistory(path=history)
    texts = [m.text for m in kept.recent if m.kind == "message"]
    ids = [m.id for m in kept.recent]
    kept.close()
    assert texts == ["remember me"]
    assert ids == sorted(ids) and len(ids) == len(set(ids))


def test_chat_prints_no_escape_or_control_characters_a_server_sends() -> None:
    """A hostile server on 127.0.0.1 puts ESC[2J (clear screen), an OSC title, C1 and
    bidi controls in a nick, a text, a notice and a welcome: the terminal gets none."""
    import json

    from app.core.chat.protocol import encode_json, greeting_line

    clear = "\u001b[2J"
    nasty = f"{clear}\u001b]0;pwned\u0007\u009b31m\u202e\u0085"
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        listener.settimeout(10)
        client = socketlab(
            "chat", f"127.0.0.1:{port}", "--nick", "carol", "--no-tls", stdin=subprocess.PIPE
        )
        try:
            peer, _ = listener.accept()
            with peer:
                peer.settimeout(10)
                peer.sendall((greeting_line("127.0.0.1", port, 1) + "\n").encode())
                hello = json.loads(peer.recv(4096).splitlines()[0])
                assert hello["type"] == "hello"
                peer.sendall(
                    encode_json({"type": "welcome", "nick": f"carol{nasty}", "accepted_seq": 0})
                    + encode_json(
                        {"type": "message", "kind": "message", "id": 1, "time": 1.0,
                         "from": f"{nasty}bob", "text": f"hi{nasty} there"}
                    )
                    + encode_json({"type": "system", "text": f"notice{nasty}!"})
                    + encode_json({"type": "error", "code": "x", "text": f"error{nasty}!"})
                    + f"plain{nasty} line\n".encode()
                    + encode_json(
                        {"type": "message", "kind": "message", "id": 2, "time": 1.0,
                         "from": "bob", "text": "the end"}
                    )
                )  # fmt: skip
                printed = []
                while not printed or not printed[-1].endswith("<bob> the end\n"):
                    line = client.stdout.readline()
                    assert line, f"the client ended early; it printed {printed!r}"
                    printed.append(line)
                client.stdin.close()
                assert client.wait(timeout=15) == 0
            out, err = "".join(printed) + client.stdout.read(), client.stderr.read()
        finally:
            if client.poll() is None:
                client.kill()
                client.wait()
            client.stdout.close()
            client.stderr.close()
    for text in (out, err):
        for bad in ("\u001b", "\u0007", "\u009b", "\u202e", "\u0085"):
            assert bad not in text, f"{bad!r} reached the terminal: {text!r}"
    unstamped = [re.sub(r"^\[\d\d:\d\d:\d\d\] ", "", line) for line in out.splitlines()]
    assert unstamped[:4] == ["<bob> hi there", "-!- notice!", "-!- ! error!", "-!- plain line"]
    assert "as carol" in err


def test_chat_shows_a_prompt_sent_without_a_newline() -> None:
    """`printf 'login: ' | nc -l 7123` then `socketlab chat 127.0.0.1:7123`: after the
    greeting timeout (2 s) the terminal is raw and shows the prompt."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(10)
        port = listener.getsockname()[1]
        client = socketlab("chat", f"127.0.0.1:{port}", "--no-tls", stdin=subprocess.PIPE)
        try:
            peer, _ = listener.accept()
            with peer:
                peer.sendall(b"login: ")
                client.stdin.close()  # it stops once it knows what it talks to
                assert client.wait(timeout=15) == 0
                assert client.stdout.read() == "login: "
            assert "raw TCP terminal" in client.stderr.read()
        finally:
            if client.poll() is None:
                client.kill()
                client.wait()
            client.stdout.close()
            client.stderr.close()


# ---------------------------------------------------------------------------- TLS
def test_serve_prints_its_fingerprint_and_chat_checks_it(served) -> None:
    process, port = served
    code = read_line_matching(process.stdout, r"^Fingerprint: (\S+)$").group(1)
    assert normalize_code(code) == code
    watcher = RawPeer(port)
    watcher.send_line("/nick watcher")
    watcher.wait_for_line("You are watcher")
    typed = code.lower().replace("-", "")  # as read aloud and typed
    client = socketlab(
        "chat", f"127.0.0.1:{port}", "--nick", "carol", "--fingerprint", typed,
        stdin=subprocess.PIPE,
    )  # fmt: skip
    try:
        line = read_line_matching(client.stderr, r"^\* Encrypted").string
        assert line.strip() == (
            f"* Encrypted (TLSv1.3), server key {code}: new, remembered for next time. "
            "Compare it with the code the host sees."
        )
        client.stdin.write("sealed hello\n")
        client.stdin.close()
        assert watcher.wait_for_line("<carol>", timeout=10).endswith("<carol> sealed hello")
        assert client.wait(timeout=15) == 0
    finally:
        if client.poll() is None:
            client.kill()
            client.wait()
        client.stdout.close()
        client.stderr.close()
        watcher.close()
    wrong = "0000-0000-0000-0000" if code != "0000-0000-0000-0000" else "1111-1111-1111-1111"
    result = run_socketlab("chat", f"127.0.0.1:{port}", "--fingerprint", wrong)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("socketlab: error")]
    assert errors == [
        f"socketlab: error: 127.0.0.1:{port} shows the key {code}, not {wrong} as you were "
        "told: not connecting. Someone may be pretending to be this server; check the code "
        "with its host."
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["chat", "127.0.0.1", "--fingerprint", "xyz"], "is not a key fingerprint"),
        (
            ["chat", "127.0.0.1", "--no-tls", "--fingerprint", "0000-0000-0000-0000"],
            "--fingerprint needs TLS",
        ),
        (["serve", "--no-tls", "--require-tls"], "--require-tls needs TLS"),
    ],
)
def test_bad_tls_arguments_exit_2_with_the_reason(args: list[str], message: str) -> None:
    result = run_socketlab(*args)
    assert result.returncode == 2
    assert message in result.stderr


def test_serve_no_tls_says_it_is_not_encrypted() -> None:
    process = socketlab("serve", "--host", "127.0.0.1", "--port", "0", "--no-tls", "--no-announce")
    try:
        read_line_matching(process.stdout, r"Listening on 127\.0\.0\.1:")
        read_line_matching(process.stdout, r"^Not encrypted \(--no-tls\)", limit=5)
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=10)
    assert process.returncode == 0


def test_chat_refuses_a_changed_key_until_it_is_given_with_fingerprint() -> None:
    from app.core.identity import CERT_FILE, KEY_FILE
    from app.core.paths import data_folder

    port = free_port()
    codes = []
    for round_number in range(2):
        if round_number == 1:  # the host "reinstalls": a new key on the same address
            for name in (KEY_FILE, CERT_FILE):
                (data_folder() / name).unlink()
        process = socketlab("serve", "--host", "127.0.0.1", "--port", str(port), "--no-announce")
        try:
            codes.append(read_line_matching(process.stdout, r"^Fingerprint: (\S+)$").group(1))
            result = run_socketlab("chat", f"127.0.0.1:{port}")
            if round_number == 0:
                assert result.returncode == 0  # no input: joins (pins the key) and leaves
                continue
            assert result.returncode == 1
            assert f"server key {codes[1]}: CHANGED, it was {codes[0]}." in result.stderr
            assert (
                f"socketlab: error: The key of 127.0.0.1:{port} has CHANGED: it was "
                f"{codes[0]}, now it is {codes[1]}."
            ) in result.stderr
            accepted = run_socketlab("chat", f"127.0.0.1:{port}", "--fingerprint", codes[1])
            assert accepted.returncode == 0
            assert f"server key {codes[1]}: accepted, replacing {codes[0]}." in accepted.stderr
            again = run_socketlab("chat", f"127.0.0.1:{port}")
            assert again.returncode == 0
            assert f"server key {codes[1]}: known" in again.stderr
        finally:
            process.send_signal(signal.SIGTERM)
            process.communicate(timeout=10)


@pytest.mark.skipif(not hasattr(signal, "pthread_kill"), reason="needs pthread_kill (POSIX)")
def test_a_sigterm_delivered_to_another_thread_still_stops_the_engine() -> None:
    """The OS may hand a process's SIGTERM to any thread (`serve` has console threads);
    the engine's select() on the main thread must wake for it, not sleep on."""
    import threading

    from app.cli.chat import _run_until_signal
    from app.core.engine import Engine

    handler_before = signal.getsignal(signal.SIGTERM)
    engine = Engine()
    stopped_by_hand, looping, finished = threading.Event(), threading.Event(), threading.Event()
    engine.call_soon_threadsafe(looping.set)  # runs once the loop does

    def deliver_to_this_thread() -> None:
        assert looping.wait(10)
        signal.pthread_kill(threading.get_ident(), signal.SIGTERM)
        if not finished.wait(5):  # the bug: the loop slept on; stop it so the test ends
            stopped_by_hand.set()
            engine.stop()

    sender = threading.Thread(target=deliver_to_this_thread, daemon=True)
    sender.start()
    _run_until_signal(engine)
    finished.set()
    sender.join(10)
    assert engine.has_finished
    assert not stopped_by_hand.is_set(), "the signal did not wake the engine's loop"
    assert signal.getsignal(signal.SIGTERM) is handler_before  # put back as it was
    assert signal.set_wakeup_fd(-1) == -1
