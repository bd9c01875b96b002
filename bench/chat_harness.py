"""A client harness for chat-server benchmarks: many raw TCP clients on one selectors loop.

Every payload line is 64 bytes and holds one '#', so delivered lines are counted by
counting '#' in what each client receives (servers add prefixes like `<user5> ` or
`[12:00:00] <c05> `, which carry none). Traffic goes to 127.0.0.1 only, and every run
is bounded in lines and in seconds. With `tls=True` every client speaks TLS 1.3 (the
same client code for both servers, so its cost is the same on both sides).
"""

from __future__ import annotations

import os
import selectors
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
LINE_BYTES = 64


def payload_line(client: int, number: int) -> bytes:
    """One 64-byte line: `#c05 n01234 xxxx...\\n`."""
    head = f"#c{client:02d} n{number:05d} ".encode()
    return head + b"x" * (LINE_BYTES - len(head) - 1) + b"\n"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 15.0) -> None:
    """Wait until the server listens on 127.0.0.1:port, without connecting to it.

    (A probe connection that closes at once makes ncat 7.93 quit: its getpeername()
    fails on the closed socket.)
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited early with code {process.returncode}")
        for conn in psutil.net_connections(kind="tcp4"):
            if conn.status == psutil.CONN_LISTEN and conn.laddr and conn.laddr.port == port:
                return
        time.sleep(0.05)  # nothing to wait on until the port opens: poll, bounded
    raise SystemExit(f"nothing listened on 127.0.0.1:{port} within {timeout} s")


# The server key `socketlab serve` makes goes here, not into the user's data folder.
_DATA_HOME = tempfile.mkdtemp(prefix="socketlab-bench-")


def start_server(
    kind: str, port: int, extra: list[str] | None = None, *, tls: bool = False
) -> subprocess.Popen:
    """Start `ncat --chat` (`--ssl` for TLS) or `socketlab serve` on 127.0.0.1:port."""
    if kind == "ncat":
        command = ["ncat", "--chat", "-l", "127.0.0.1", str(port), "--max-conns", "200"]
        if tls:
            command.insert(1, "--ssl")
    else:
        command = [
            sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port),
            "--quiet", "--max-clients", "200", "--max-per-address", "0", *(extra or []),
        ]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env=dict(os.environ, XDG_DATA_HOME=_DATA_HOME),
    )  # fmt: skip
    wait_for_port(port, process)
    return process


def stop_server(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@dataclass(eq=False)
class BenchClient:
    """One raw client: what it must send, and what it has received."""

    index: int
    sock: socket.socket
    outgoing: bytearray = field(default_factory=bytearray)
    received: int = 0  # payload lines ('#') received
    text: bytearray = field(default_factory=bytearray)  # handshake bytes, until ready
    ready: bool = False
    closed: bool = False  # the server closed this client's connection


class Harness:
    """Connects N clients to a server and pumps bytes both ways on one loop."""

    def __init__(self, kind: str, port: int, clients: int, *, tls: bool = False) -> None:
        self.kind = kind
        self.port = port
        self.tls: ssl.SSLContext | None = None
        if tls:
            self.tls = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            self.tls.minimum_version = ssl.TLSVersion.TLSv1_3
            self.tls.check_hostname = False
            self.tls.verify_mode = ssl.CERT_NONE  # a benchmark: no key to check
        self.selector = selectors.DefaultSelector()
        self.clients: list[BenchClient] = []
        self.count = clients

    def connect_all(self, timeout: float = 30.0) -> None:
        """Connect one by one, each joined before the next, so all see every line."""
        deadline = time.monotonic() + timeout
        for index in range(self.count):
            sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
            if self.tls is not None:
                sock = self.tls.wrap_socket(sock)  # the handshake, within the 5 s timeout
            sock.setblocking(False)
            client = BenchClient(index, sock)
            self.clients.append(client)
            self.selector.register(sock, selectors.EVENT_READ, client)
            if self.kind == "socketlab":
                client.outgoing += f"/nick c{index:02d}\n".encode()
                self._pump_until(lambda c=client: b"You are" in c.text, deadline)
            elif index > 0:  # ncat announces each newcomer to the ones already there
                first = self.clients[0]
                self._pump_until(
                    lambda n=index, f=first: f.text.count(b"is connected as") >= n, deadline
                )
        for client in self.clients:
            client.ready = True
            client.text.clear()

    def queue_lines(self, client: BenchClient, lines: bytes) -> None:
        client.outgoing += lines

    def _pump_until(self, done, deadline: float) -> bool:
        while not done():
            if time.monotonic() > deadline:
                return False
            self.pump(min(0.05, max(0.0, deadline - time.monotonic())))
        return True

    def pump(self, timeout: float) -> None:
        """One loop turn: send what is queued, read what arrived."""
        for client in self.clients:
            if client.outgoing and not client.closed:
                try:
                    sent = client.sock.send(client.outgoing[: 1 << 20])
                    del client.outgoing[:sent]
                except (BlockingIOError, ssl.SSLWantWriteError, ssl.SSLWantReadError):
                    pass
        for key, _ in self.selector.select(timeout):
            client = key.data
            data = self._receive(client.sock)
            if data is None:
                continue
            if not data:
                if not client.ready:
                    raise SystemExit(f"the server closed client {client.index} while joining")
                client.closed = True  # its missing lines count as lost
                self.selector.unregister(client.sock)
                continue
            client.received += data.count(b"#")
            if not client.ready:
                client.text += data

    @staticmethod
    def _receive(sock: socket.socket) -> bytes | None:
        """What the socket has (TLS: every decrypted record ready); None for nothing."""
        chunks: list[bytes] = []
        for _ in range(64):  # bounded; TLS records already read leave no readiness event
            try:
                data = sock.recv(1 << 20)
            except (BlockingIOError, ssl.SSLWantReadError, ssl.SSLWantWriteError):
                break
            if not data:
                return b"".join(chunks) if chunks else b""
            chunks.append(data)
            if not isinstance(sock, ssl.SSLSocket) or not sock.pending():
                break
        return b"".join(chunks) if chunks else None

    def run_until(self, done, seconds: float) -> float:
        """Pump until `done()` or `seconds` pass; returns the elapsed seconds."""
        began = time.monotonic()
        self._pump_until(done, began + seconds)
        return time.monotonic() - began

    def close(self) -> None:
        for client in self.clients:
            if not client.closed:
                self.selector.unregister(client.sock)
            client.sock.close()
        self.selector.close()
