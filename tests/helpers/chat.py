"""Helpers for chat tests: a raw line client (standing in for nc) and a server starter."""

from __future__ import annotations

import socket
import ssl
import threading
import time

from app.core.chat.conversation_log import HistoryRecorder
from app.core.chat.server import ChatServerEngine, ServerConfig, ServerListening
from app.core.chat.tls import client_context


class RawPeer:
    """A plain blocking TCP client, like `nc` or a course's socket script."""

    def __init__(
        self, port: int, host: str = "127.0.0.1", timeout: float = 5.0, source: str = ""
    ) -> None:
        # `source`: connect from another loopback address (127.0.0.2...), as another machine.
        self.sock = socket.create_connection(
            (host, port), timeout=timeout, source_address=(source, 0) if source else None
        )
        self.buffer = b""
        self.lines: list[str] = []

    def send_line(self, text: str) -> None:
        self.sock.sendall(text.encode() + b"\n")

    def read_until(self, predicate, timeout: float = 5.0) -> list[str]:
        """Read lines until `predicate(lines)` holds; fail after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while not predicate(self.lines):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out; last lines: {self.lines[-5:]!r}")
            self.sock.settimeout(remaining)
            try:
                data = self.sock.recv(65536)
            except TimeoutError:
                continue
            if not data:
                raise ConnectionError(
                    f"server closed the connection; last lines: {self.lines[-5:]!r}"
                )
            self.buffer += data
            *complete, self.buffer = self.buffer.split(b"\n")
            self.lines.extend(part.decode("utf-8", "replace").rstrip("\r") for part in complete)
        return self.lines

    def wait_for_line(self, text: str, timeout: float = 5.0) -> str:
        """Wait for a line containing `text` and return it."""
        lines = self.read_until(lambda ls: any(text in line for line in ls), timeout)
        return next(line for line in lines if text in line)

    def close(self) -> None:
        self.sock.close()


class TlsPeer(RawPeer):
    """A line client over TLS, like `openssl s_client -quiet` or `ncat --ssl`.

    `receive_buffer` sets SO_RCVBUF before the handshake (a slow reader's small window).
    """

    def __init__(
        self,
        port: int,
        host: str = "127.0.0.1",
        timeout: float = 5.0,
        *,
        receive_buffer: int = 0,
    ) -> None:
        plain = socket.create_connection((host, port), timeout=timeout)
        if receive_buffer:
            plain.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
        self.sock: ssl.SSLSocket = client_context().wrap_socket(plain)
        self.buffer = b""
        self.lines: list[str] = []

    def public_key(self) -> bytes:
        """The server's public key (DER SubjectPublicKeyInfo)."""
        from app.core.identity import public_key_of_certificate

        cert = self.sock.getpeercert(binary_form=True)
        assert cert is not None
        return public_key_of_certificate(cert)


def read_client_hello(sock: socket.socket, timeout: float = 5.0) -> bytes:
    """Read the TLS ClientHello a SocketLab client sends first (one whole record), as a
    plain TCP peer (nc -l, a device) receives it before the client goes on in plaintext."""
    sock.settimeout(timeout)
    data = b""
    for _ in range(100):  # bounded
        whole = 5 + int.from_bytes(data[3:5], "big") if len(data) >= 5 else 5
        if len(data) >= whole and len(data) >= 5:
            break
        chunk = sock.recv(whole - len(data))
        if not chunk:
            break
        data += chunk
    assert data[:1] == b"\x16", f"not a TLS handshake record: {data[:20]!r}"
    return data


def decline_tls(listener: socket.socket, timeout: float = 5.0) -> None:
    """Accept one connection, read its ClientHello and close it, as a plaintext-only
    server might: the client then connects again without TLS."""
    listener.settimeout(timeout)
    peer, _ = listener.accept()
    with peer:
        read_client_hello(peer, timeout)


def start_server(run_engine, **options) -> tuple[ChatServerEngine, int, object]:
    """Start a chat server on 127.0.0.1 with an ephemeral port; returns (engine, port, runner)."""
    options.setdefault("host", "127.0.0.1")
    options.setdefault("port", 0)
    engine = ChatServerEngine(ServerConfig(**options))
    runner = run_engine(engine)
    runner.wait_for(lambda events: any(isinstance(e, ServerListening) for e in events))
    return engine, engine.port, runner


def held_recorder_class(release: threading.Event) -> type[HistoryRecorder]:
    """A HistoryRecorder whose writer writes nothing until `release` is set.

    A slow disk the test controls: the writer thread starts with the first messages
    as usual, then waits (at most 10 s, so a test that forgets still ends).
    """

    class HeldRecorder(HistoryRecorder):
        def _write_all(self) -> None:
            release.wait(10.0)
            super()._write_all()

    return HeldRecorder
