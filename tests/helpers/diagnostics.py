"""Helpers for the Diagnostics tests: a port that never answers, a private network namespace.

Everything here stays on loopback: the stalled listener is on 127.0.0.1, and the
namespace is a fresh, empty network namespace whose only interface is its own `lo`.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@contextlib.contextmanager
def stalled_ports(count: int = 1) -> Iterator[list[int]]:
    """Ports on 127.0.0.1 where a connect() gets no answer at all: "filtered".

    Each is a listener with a full accept queue (backlog 0, filled by connections it
    never accepts). Linux drops a SYN to such a listener, so the next connect() waits
    for its timeout, exactly like a port behind a firewall that drops packets.
    Skips the test where the system answers anyway (some kernels reset instead).
    """
    held: list[socket.socket] = []
    ports: list[int] = []
    try:
        for _ in range(count):
            listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            held.append(listener)
            listener.bind(("127.0.0.1", 0))
            listener.listen(0)
            port = listener.getsockname()[1]
            for _attempt in range(64):  # fill the queue until a connect stalls
                probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                probe.setblocking(False)
                probe.connect_ex(("127.0.0.1", port))
                _, writable, _ = select.select([], [probe], [], 0.3)
                if not writable:
                    probe.close()
                    break
                if probe.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) != 0:
                    probe.close()
                    pytest.skip("this system refuses connections to a full listener")
                held.append(probe)
            else:
                pytest.skip("could not fill a listener's accept queue on this system")
            ports.append(port)
        yield ports
    finally:
        for sock in held:
            sock.close()


def private_netns_available() -> str:
    """Empty string when tests may create a network namespace, else why not."""
    if not sys.platform.startswith("linux"):
        return "network namespaces exist on Linux only"
    if os.geteuid() != 0:
        return "creating a network namespace needs root"
    if not shutil.which("unshare") or not shutil.which("ip"):
        return "unshare or ip is missing"
    return ""


def run_in_private_netns(python_code: str, sysctls: dict[str, str], timeout: float = 30) -> str:
    """Run `python_code` in a new, empty network namespace and return its stdout.

    The namespace has only its own loopback interface, brought up here; `sysctls` (paths
    under /proc/sys) are set inside it only, never on the host. The namespace disappears
    when the process exits.
    """
    reason = private_netns_available()
    if reason:
        pytest.skip(reason)
    settings = " && ".join(f"echo '{value}' > /proc/sys/{path}" for path, value in sysctls.items())
    shell = "ip link set lo up" + (f" && {settings}" if settings else "") + ' && exec "$0" -c "$1"'
    result = subprocess.run(
        ["unshare", "--net", "sh", "-c", shell, sys.executable, python_code],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )
    if result.returncode != 0 and "unshare failed" in result.stderr:
        pytest.skip(f"cannot create a network namespace here: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    return result.stdout


def refuse_names_locally(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every diagnostics resolver refuse non-numeric names without a DNS query.

    getaddrinfo with AI_NUMERICHOST fails with EAI_NONAME ("no such host") for a name,
    locally: this is how the tests reach the "unknown host" paths safely.
    """
    import app.core.diagnostics.dns as dns
    import app.core.diagnostics.ping as ping
    import app.core.diagnostics.portcheck as portcheck

    def numeric(host: str, family: int = socket.AF_UNSPEC) -> tuple:
        flags = socket.AI_NUMERICHOST
        return socket.getaddrinfo(host, None, family, socket.SOCK_STREAM, 0, flags)[0]

    def ping_resolver(host: str, family: int) -> tuple[int, str]:
        info = numeric(host, family)
        return info[0], info[4][0]

    def connect_resolver(host: str) -> tuple[int, tuple]:
        info = numeric(host)
        return info[0], info[4]

    original_forward = dns.forward_lookup

    def forward(name: str, flags: int = 0) -> dns.ForwardAnswer:
        return original_forward(name, flags | socket.AI_NUMERICHOST)

    monkeypatch.setattr(ping, "resolve_for_ping", ping_resolver)
    monkeypatch.setattr(portcheck, "resolve_for_connect", connect_resolver)
    monkeypatch.setattr(dns, "forward_lookup", forward)
