"""File transfer benchmark: one 1 GiB file over loopback, SocketLab against `ncat` and
against Python's own `socket.sendfile` (the limit: no hashing, no protocol).

SocketLab runs as people run it: `socketlab serve`, `socketlab chat --accept-files DIR`
(bob) and `socketlab send ... --to bob` (alice), each its own process; in plaintext
(`--no-tls`: sendfile) for the comparison, and once more in a TLS room (the transfer is
then TLS 1.3 too). It is timed from
alice's "Offered" line to her "Done" line: bob's accept, the bytes, bob's SHA-256 check,
the rename into place and his confirmation; the time from the start of `socketlab send`
to its exit (Python start-up, joining the room, hashing before the offer) is printed
too. Peak RSS is the larger of the two processes' (memory stays flat: no whole-file
reads). Then, as root, the same across a veth pair between two network namespaces
(tests/helpers/netns.py: room and receiver on A, sender on B, against ncat across the
same link); skipped with a reason otherwise. The last line is the ratio SocketLab/ncat
over loopback (goal >= 0.8x).

All traffic is on 127.0.0.1 or inside the namespaces the benchmark makes and deletes;
each run is bounded (`--size`, 1 GiB by default, 4 GiB at most; 120 s a transfer).
Files go to /dev/shm when it has room, so the disk's speed does not decide.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LIMIT_SECONDS = 120.0


def make_file(path: Path, size: int) -> None:
    """`size` bytes of data that does not compress, written 1 MiB at a time."""
    block = os.urandom(1 << 20)
    with open(path, "wb") as handle:
        left = size
        while left > 0:
            handle.write(block[: min(left, len(block))])
            left -= len(block)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _Direct:
    """Runs a command on this machine (the loopback rounds); a Host runs it in a namespace."""

    @staticmethod
    def command(*args: str) -> list[str]:
        return list(args)

    @staticmethod
    def start_app(*args: str, stdin: bool = False):
        from tests.helpers.netns import LineProcess

        return LineProcess([sys.executable, "-m", "app", *args], stdin=stdin)


def time_socketlab(
    receiving, sending, address: str, source: Path, inbox: Path, *, tls: bool = False
) -> tuple[float, float, int]:
    """`socketlab chat --accept-files` on `receiving`, `socketlab send` on `sending`, a room
    already serving on `receiving`'s 127.0.0.1:5555. Returns (seconds from the offer to the
    confirmed SHA-256, seconds from the start to the exit, peak RSS of either in KiB)."""
    plain = [] if tls else ["--no-tls"]
    bob = receiving.start_app(
        "chat", "127.0.0.1:5555", "--nick", "bob", *plain,
        "--accept-files", str(inbox), stdin=True,
    )  # fmt: skip
    try:
        bob.wait_for(r"bob joined")
        started = time.perf_counter()
        alice = sending.start_app(
            "send", f"{address}:5555", str(source), "--to", "bob", "--nick", "alice", *plain
        )
        try:
            alice.wait_for(r"^Offered ", timeout=LIMIT_SECONDS)
            offered = time.perf_counter()
            alice.wait_for(r"^Done: ", timeout=LIMIT_SECONDS)
            done = time.perf_counter()
            alice.process.wait(LIMIT_SECONDS)
            finished = time.perf_counter()
        finally:
            alice.close()
        receiver_peak = _peak_rss(bob.process.pid)
    finally:
        bob.close()
    sender_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return done - offered, finished - started, max(receiver_peak, sender_peak)


def _peak_rss(pid: int) -> int:
    """A running process's peak resident set (KiB), from /proc; 0 where there is none."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def time_ncat(source: Path, target: Path) -> float:
    """ncat -l > file, ncat < file: seconds until the receiving ncat has it all."""
    port = free_port()
    with open(target, "wb") as out:
        listener = subprocess.Popen(["ncat", "-l", "127.0.0.1", str(port)], stdout=out)
        try:
            _wait_listening(port)
            started = time.perf_counter()
            with open(source, "rb") as data:
                subprocess.run(
                    ["ncat", "--send-only", "127.0.0.1", str(port)],
                    stdin=data, timeout=LIMIT_SECONDS, check=True,
                )  # fmt: skip
            listener.wait(LIMIT_SECONDS)
            return time.perf_counter() - started
        finally:
            if listener.poll() is None:
                listener.kill()
                listener.wait()


def _wait_listening(port: int, prefix: list[str] | None = None) -> None:
    """Until something listens on TCP `port` (read from /proc/net/tcp: a probe connection
    would be the one connection `ncat -l` serves)."""
    deadline = time.monotonic() + 10
    wanted = f":{port:04X} "
    while time.monotonic() < deadline:
        table = subprocess.run(
            [*(prefix or []), "cat", "/proc/net/tcp"], capture_output=True, text=True
        ).stdout
        if any(wanted in line and line.split()[3] == "0A" for line in table.splitlines()[1:]):
            return
        time.sleep(0.01)  # a bounded poll: there is no event for "a process listens"
    raise RuntimeError("ncat did not listen")


def time_sendfile(source: Path, target: Path) -> float:
    """socket.sendfile to a receiver that writes what it reads: the limit."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def receive() -> None:
        conn, _ = listener.accept()
        buffer = bytearray(1 << 20)
        with conn, open(target, "wb", buffering=0) as out:
            while count := conn.recv_into(buffer):
                out.write(memoryview(buffer)[:count])

    thread = threading.Thread(target=receive)
    thread.start()
    started = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port)) as sock, open(source, "rb") as data:
        sock.sendfile(data)
    thread.join(LIMIT_SECONDS)
    listener.close()
    return time.perf_counter() - started


def across_namespaces(source: Path, size: int, rounds: int) -> float | None:
    """The same across a veth pair; the ratio socketlab/ncat, or None when skipped."""
    try:
        from tests.helpers.netns import netns_unavailable, two_hosts
    except ImportError as exc:
        print(f"across a veth pair: skipped ({exc})")
        return None
    reason = netns_unavailable()
    if reason:
        print(f"across a veth pair: skipped ({reason})")
        return None
    if not shutil.which("ncat"):
        print("across a veth pair: skipped (ncat not found)")
        return None
    import pytest

    try:
        with two_hosts() as hosts:
            return _across(hosts, source, size, rounds)
    except pytest.skip.Exception as exc:
        print(f"across a veth pair: skipped ({exc})")
        return None


def _across(hosts, source: Path, size: int, rounds: int) -> float:
    a, b = hosts.a, hosts.b
    work = Path(tempfile.mkdtemp(prefix="socketlab-bench-netns-", dir=source.parent))
    server = a.start_app("serve", "--port", "5555", "--no-tls", "--no-announce", "--no-trace")
    server.wait_for(r"Listening on 0\.0\.0\.0:5555")
    ours: list[float] = []
    whole: list[float] = []
    theirs: list[float] = []
    try:
        for round_ in range(rounds):
            inbox = work / f"inbox{round_}"
            seconds, total, _ = time_socketlab(a, b, a.address, source, inbox)
            ours.append(seconds)
            whole.append(total)
            shutil.rmtree(inbox, ignore_errors=True)
            target = work / "ncat.bin"
            port = 9000 + round_
            with open(target, "wb") as out:
                listener = subprocess.Popen(a.command("ncat", "-l", str(port)), stdout=out)
                _wait_listening(port, a.command())
                started = time.perf_counter()
                with open(source, "rb") as data:
                    subprocess.run(
                        b.command("ncat", "--send-only", a.address, str(port)),
                        stdin=data, timeout=LIMIT_SECONDS, check=True,
                    )  # fmt: skip
                listener.wait(LIMIT_SECONDS)
                theirs.append(time.perf_counter() - started)
            target.unlink()
    finally:
        server.close()
        shutil.rmtree(work, ignore_errors=True)
    mine, reference = statistics.median(ours), statistics.median(theirs)
    print(
        f"veth pair: socketlab, offer to confirmed SHA-256: {mine:.2f} s, "
        f"{size / mine / 1e6:,.0f} MB/s ({statistics.median(whole):.2f} s from the start of "
        "`socketlab send` to its exit: start-up, joining the room, hashing before the offer)"
    )
    print(f"veth pair: ncat: {reference:.2f} s, {size / reference / 1e6:,.0f} MB/s")
    return reference / mine


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1024**3, help="bytes (default 1 GiB)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs; medians kept")
    parser.add_argument("--no-netns", action="store_true", help="skip the veth pair")
    parser.add_argument(
        "--dir",
        default="",
        help="where the files go (default: /dev/shm when it has room, so the disk's speed "
        "does not decide; else the temporary folder)",
    )
    args = parser.parse_args()
    if not 0 < args.size <= 4 * 1024**3:
        parser.error("--size must be from 1 byte to 4 GiB")
    have_ncat = shutil.which("ncat") is not None
    base = args.dir or None
    shm = Path("/dev/shm")
    if base is None and shm.is_dir() and shutil.disk_usage(shm).free > 3 * args.size:
        base = str(shm)
    work = Path(tempfile.mkdtemp(prefix="socketlab-bench-", dir=base))
    try:
        source = work / "source.bin"
        make_file(source, args.size)
        print(
            f"{args.size:,} bytes over 127.0.0.1, {args.rounds} rounds, medians; files in "
            f"{work.parent}"
        )
        ours, whole, rss, theirs, limit, secure = [], [], [], [], [], []
        os.environ["XDG_DATA_HOME"] = str(work / "data")  # the receiver's resume state
        server = _Direct.start_app(
            "serve", "--host", "127.0.0.1", "--port", "5555", "--no-announce", "--no-trace",
        )  # fmt: skip
        try:
            server.wait_for(r"Listening on 127\.0\.0\.1:5555")
            for round_ in range(args.rounds):
                inbox = work / f"inbox{round_}"
                seconds, total, peak = time_socketlab(_Direct, _Direct, "127.0.0.1", source, inbox)
                ours.append(seconds)
                whole.append(total)
                rss.append(peak)
                shutil.rmtree(inbox)
                if have_ncat:
                    theirs.append(time_ncat(source, work / "ncat.bin"))
                    (work / "ncat.bin").unlink()
                limit.append(time_sendfile(source, work / "sendfile.bin"))
                (work / "sendfile.bin").unlink()
                inbox = work / f"tls{round_}"
                secure.append(
                    time_socketlab(_Direct, _Direct, "127.0.0.1", source, inbox, tls=True)[0]
                )
                shutil.rmtree(inbox)
        finally:
            server.close()
        mine = statistics.median(ours)
        print(
            f"socketlab: {mine:.2f} s, {args.size / mine / 1e6:,.0f} MB/s (offer to confirmed "
            f"SHA-256; {statistics.median(whole):.2f} s from the start of `socketlab send` to "
            f"its exit), peak RSS {max(rss) / 1024:,.0f} MiB"
        )
        encrypted = statistics.median(secure)
        print(
            f"socketlab in a TLS room (TLS 1.3 transfer, no sendfile): {encrypted:.2f} s, "
            f"{args.size / encrypted / 1e6:,.0f} MB/s"
        )
        fastest = statistics.median(limit)
        print(
            f"socket.sendfile (the limit, no hashing): {fastest:.2f} s, "
            f"{args.size / fastest / 1e6:,.0f} MB/s; socketlab at {fastest / mine:.2f}x of it"
        )
        ratio = None
        if have_ncat:
            reference = statistics.median(theirs)
            print(f"ncat: {reference:.2f} s, {args.size / reference / 1e6:,.0f} MB/s")
            ratio = reference / mine
        else:
            print("ncat not found (Debian: apt-get install ncat): no reference, no ratio")
        veth = None if args.no_netns else across_namespaces(source, args.size, args.rounds)
        if veth is not None:
            print(f"ratio socketlab/ncat across a veth pair: {veth:.2f}x (goal >= 0.8x)")
        if ratio is not None:
            print(f"ratio socketlab/ncat over loopback: {ratio:.2f}x (goal >= 0.8x)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
