"""Two hosts on one link, made of Linux network namespaces, for tests across a real link.

`two_hosts()` creates namespaces A and B (unique names per test run), a veth pair
between them with documentation addresses 198.51.100.1/24 (A) and 198.51.100.2/24 (B),
and deletes everything afterwards. Nothing is created in, or sent from, the host's own
network namespace: the veth pair is made inside A, its peer moved straight into B.
Processes are started inside a namespace with `ip netns exec`; their output is read
line by line on a helper thread, so a test waits for a line with a timeout instead of
sleeping.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NETWORK = "198.51.100.0/24"  # TEST-NET-2 (RFC 5737): documentation only
BROADCAST = "198.51.100.255"
_names = itertools.count(1)


def netns_unavailable() -> str:
    """Empty string when this test run may create network namespaces, else why not."""
    if not sys.platform.startswith("linux"):
        return "network namespaces exist on Linux only"
    if os.geteuid() != 0:
        return "creating network namespaces needs root (CI runs these tests as root)"
    if not shutil.which("ip"):
        return "iproute2's `ip` command is missing"
    return ""


class LineProcess:
    """A process whose stdout (with stderr) is read line by line on a helper thread."""

    def __init__(self, command: list[str], *, stdin: bool = False, label: str = "") -> None:
        self.label = label or " ".join(command[-3:])
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            bufsize=1,
        )
        self._reader = threading.Thread(target=self._read, name=f"reader {self.label}")
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def wait_for(self, pattern: str, timeout: float = 10.0) -> re.Match[str]:
        """The first new line matching `pattern` (a regex); fails after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        compiled = re.compile(pattern)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(self._report(f"no line matched {pattern!r} in {timeout} s"))
            try:
                line = self._queue.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                self._queue.put(None)  # stay at end of output for later waits
                raise AssertionError(self._report(f"exited before a line matched {pattern!r}"))
            self.lines.append(line)
            match = compiled.search(line)
            if match:
                return match

    def send(self, line: str) -> None:
        """Write one line to the process's stdin."""
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def kill(self, sig: int = signal.SIGKILL) -> None:
        """Send a signal (SIGKILL by default) if it still runs, and reap it."""
        if self.process.poll() is None:
            self.process.send_signal(sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=10)

    def close(self) -> None:
        """Kill it if needed, close its pipes and end the reader thread."""
        self.kill()
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()
        self._reader.join(10)
        if self.process.stdout is not None:
            self.process.stdout.close()

    def _report(self, problem: str) -> str:
        while True:  # include whatever arrived meanwhile
            try:
                line = self._queue.get_nowait()
            except queue.Empty:
                break
            if line is None:
                self._queue.put(None)
                break
            self.lines.append(line)
        tail = "\n".join(self.lines[-25:])
        return f"{self.label}: {problem}; last lines:\n{tail}"


@dataclass
class Host:
    """One namespace with one veth interface and one address on 198.51.100.0/24."""

    namespace: str
    interface: str
    address: str
    processes: list[LineProcess] = field(default_factory=list)
    has_ipv6: bool = True

    def command(self, *args: str) -> list[str]:
        """`args` run inside this host's namespace."""
        return ["ip", "netns", "exec", self.namespace, *args]

    def start_app(self, *args: str, stdin: bool = False) -> LineProcess:
        """`python -m app ARGS` (the socketlab command) inside this host."""
        return self.start_python("-m", "app", *args, stdin=stdin)

    def start_python(self, *args: str, stdin: bool = False) -> LineProcess:
        """`python ARGS` inside this host, output read line by line."""
        process = LineProcess(
            self.command(sys.executable, *args),
            stdin=stdin,
            label=f"{self.namespace}: {' '.join(args)}",
        )
        self.processes.append(process)
        return process

    def run_app(self, *args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
        """Run `python -m app ARGS` inside this host to the end."""
        return subprocess.run(
            self.command(sys.executable, "-m", "app", *args),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )

    def set_link(self, up: bool) -> None:
        """`ip link set IFACE up|down` inside this host (the host's own links are untouched)."""
        _ip("-n", self.namespace, "link", "set", self.interface, "up" if up else "down")


@dataclass
class TwoHosts:
    """Hosts A (198.51.100.1) and B (198.51.100.2), joined by a veth pair."""

    a: Host
    b: Host
    broadcast: str = BROADCAST


def _ip(*args: str) -> None:
    result = subprocess.run(["ip", *args], capture_output=True, text=True, timeout=20)
    if result.returncode != 0:
        raise OSError(f"ip {' '.join(args)}: {result.stderr.strip()}")


def _link_ready(host: Host) -> bool:
    link = subprocess.run(
        ["ip", "-n", host.namespace, "-o", "link", "show", "dev", host.interface],
        capture_output=True, text=True, timeout=10,
    ).stdout  # fmt: skip
    if "LOWER_UP" not in link or "state UP" not in link:
        return False
    if not host.has_ipv6:
        return True
    link_local = subprocess.run(
        ["ip", "-n", host.namespace, "-o", "-6", "addr", "show", "dev", host.interface,
         "scope", "link"],
        capture_output=True, text=True, timeout=10,
    ).stdout  # fmt: skip
    return "fe80:" in link_local and "tentative" not in link_local


def _wait_until_running(host: Host, timeout: float = 10.0) -> None:
    """Wait until the link has carrier ("running") and its IPv6 link-local address.

    The kernel reports carrier a moment after `ip link set up` (its link watch runs
    later), and discovery skips interfaces that are not running. There is no event to
    wait on here without racing the subscription, so this polls, with a deadline.
    """
    deadline = time.monotonic() + timeout
    while not _link_ready(host):
        if time.monotonic() > deadline:
            raise AssertionError(f"{host.interface} in {host.namespace} did not come up")
        time.sleep(0.02)  # a bounded poll (see above), not a synchronising sleep


@contextlib.contextmanager
def two_hosts() -> Iterator[TwoHosts]:
    """Create the two hosts; skip the test when namespaces cannot be made here."""
    reason = netns_unavailable()
    if reason:
        pytest.skip(reason)
    suffix = f"{os.getpid()}-{next(_names)}"
    a = Host(f"socketlab-a-{suffix}", "lan-a", "198.51.100.1")
    b = Host(f"socketlab-b-{suffix}", "lan-b", "198.51.100.2")
    made: list[str] = []
    try:
        for host in (a, b):
            try:
                _ip("netns", "add", host.namespace)
            except OSError as exc:
                pytest.skip(f"cannot create a network namespace here: {exc}")
            made.append(host.namespace)
            _ip("-n", host.namespace, "link", "set", "lo", "up")
            # IPv6 link-local addresses usable at once (no duplicate address detection
            # wait); these sysctls belong to the namespace, not to the host.
            for scope in ("all", "default"):
                try:
                    _ip(
                        "netns", "exec", host.namespace, "sh", "-c",
                        f"echo 0 > /proc/sys/net/ipv6/conf/{scope}/accept_dad",
                    )  # fmt: skip
                except OSError:  # IPv6 is switched off here: the IPv4 tests still run
                    host.has_ipv6 = False
        # Made inside A; the peer goes straight into B. The host namespace never sees it.
        try:
            _ip(
                "-n", a.namespace, "link", "add", a.interface, "type", "veth",
                "peer", "name", b.interface, "netns", b.namespace,
            )  # fmt: skip
        except OSError as exc:
            pytest.skip(f"cannot create a veth pair here: {exc}")
        for host in (a, b):
            _ip(
                "-n", host.namespace, "addr", "add", f"{host.address}/24",
                "brd", "+", "dev", host.interface,
            )  # fmt: skip
            host.set_link(True)
        for host in (a, b):
            _wait_until_running(host)
        yield TwoHosts(a, b)
    finally:
        for host in (a, b):
            for process in host.processes:
                process.close()
        for namespace in made:  # deleting A also deletes the veth pair
            with contextlib.suppress(OSError):
                _ip("netns", "del", namespace)
