"""File transfer benchmark: one 1 GiB file over loopback, SocketLab against `ncat` and
against Python's own `socket.sendfile` (the limit: no hashing, no protocol).

SocketLab runs as it does for people: two TransferEngines (sender and receiver), the
offer handed over directly (the chat's part is a few small frames), the receiver
verifying every piece's and the whole file's SHA-256 and renaming `.part` into place.
Timed from the receiver's accept to its verified file; the sender's hashing before the
offer is printed apart. Peak RSS is the SocketLab child process's (memory stays flat:
no whole-file reads). Then, as root, the same across a veth pair between two network
namespaces (`socketlab serve` + `socketlab chat --accept-files` on A, `socketlab send`
on B, timed from start to exit, against ncat across the same link); skipped with a
reason otherwise. The last line is the ratio SocketLab/ncat (goal >= 0.8x).

All traffic is on 127.0.0.1 or inside the namespaces the benchmark makes and deletes;
each run is bounded (`--size`, 1 GiB by default; 120 s at most).
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


def run_socketlab_child(source: Path, inbox: Path) -> None:
    """In a child process: send `source` to `inbox` with two engines; prints the times."""
    from app.core.transfer.engine import TransferEngine
    from app.core.transfer.events import OfferReceived, OfferSent, TransferDone

    state = Path(tempfile.mkdtemp(prefix="socketlab-bench-"))
    sender = TransferEngine(state / "a")
    receiver = TransferEngine(state / "b")
    sender.set_signaller(lambda to, body: receiver.signal_received("alice", "127.0.0.1", body))
    receiver.set_signaller(lambda to, body: sender.signal_received("bob", "127.0.0.1", body))
    marks: dict[str, float] = {}
    finished = threading.Event()

    def on_receiver(batch) -> None:
        for event in batch:
            if isinstance(event, OfferReceived):
                marks["accept"] = time.perf_counter()
                receiver.accept(event.transfer_id, inbox)
            elif isinstance(event, TransferDone):
                marks["done"] = time.perf_counter()
                finished.set()

    def on_sender(batch) -> None:
        for event in batch:
            if isinstance(event, OfferSent):
                marks["offered"] = time.perf_counter()

    receiver.add_listener(on_receiver)
    sender.add_listener(on_sender)
    threads = [threading.Thread(target=e.run, daemon=True) for e in (sender, receiver)]
    for thread in threads:
        thread.start()
    while not (sender.port and receiver.port):
        time.sleep(0.01)  # a bounded start-up wait in a benchmark, not a test
    started = time.perf_counter()
    sender.offer([source], to="bob")
    ok = finished.wait(LIMIT_SECONDS)
    for engine in (sender, receiver):
        engine.stop()
    for thread in threads:
        thread.join(10)
    shutil.rmtree(state, ignore_errors=True)
    if not ok:
        print("timeout")
        return
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(f"{marks['done'] - marks['accept']:.4f} {marks['offered'] - started:.4f} {rss}")


def time_socketlab(source: Path, inbox: Path) -> tuple[float, float, int]:
    """(seconds from accept to verified, seconds hashing before the offer, peak RSS KiB)."""
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(source), str(inbox)],
        capture_output=True, text=True, timeout=LIMIT_SECONDS + 30, cwd=ROOT,
    )  # fmt: skip
    fields = result.stdout.split()
    if len(fields) != 3:
        raise RuntimeError(f"the SocketLab run failed: {result.stdout}{result.stderr}")
    return float(fields[0]), float(fields[1]), int(fields[2])


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
    work = Path(tempfile.mkdtemp(prefix="socketlab-bench-netns-"))
    env_home = {"XDG_DATA_HOME": str(work / "data"), "XDG_CONFIG_HOME": str(work / "config")}
    os.environ.update(env_home)
    server = a.start_app("serve", "--port", "5555", "--no-tls", "--no-announce", "--no-trace")
    server.wait_for(r"Listening on 0\.0\.0\.0:5555")
    ours: list[float] = []
    theirs: list[float] = []
    try:
        for round_ in range(rounds):
            inbox = work / f"inbox{round_}"
            bob = a.start_app(
                "chat", "127.0.0.1:5555", "--nick", "bob", "--no-tls",
                "--accept-files", str(inbox), stdin=True,
            )  # fmt: skip
            bob.wait_for(r"bob joined")
            started = time.perf_counter()
            result = subprocess.run(
                b.command(sys.executable, "-m", "app", "send", f"{a.address}:5555",
                          str(source), "--to", "bob", "--nick", "alice", "--no-tls"),
                cwd=ROOT, capture_output=True, text=True, timeout=LIMIT_SECONDS,
            )  # fmt: skip
            ours.append(time.perf_counter() - started)
            if result.returncode != 0:
                raise RuntimeError(f"socketlab send failed: {result.stderr}")
            bob.close()
            shutil.rmtree(inbox, ignore_errors=True)
            target = work / "ncat.bin"
            with open(target, "wb") as out:
                listener = subprocess.Popen(a.command("ncat", "-l", str(9000 + round_)), stdout=out)
                _wait_listening(9000 + round_, a.command())
                started = time.perf_counter()
                with open(source, "rb") as data:
                    subprocess.run(
                        b.command("ncat", "--send-only", a.address, str(9000 + round_)),
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
        f"veth pair: socketlab send (join, hash, offer, send, verify, exit): {mine:.2f} s, "
        f"{size / mine / 1e6:,.0f} MB/s"
    )
    print(f"veth pair: ncat: {reference:.2f} s, {size / reference / 1e6:,.0f} MB/s")
    return reference / mine


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        run_socketlab_child(Path(sys.argv[2]), Path(sys.argv[3]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1024**3, help="bytes (default 1 GiB)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs; medians kept")
    parser.add_argument("--no-netns", action="store_true", help="skip the veth pair")
    args = parser.parse_args()
    if not 0 < args.size <= 4 * 1024**3:
        parser.error("--size must be from 1 byte to 4 GiB")
    have_ncat = shutil.which("ncat") is not None
    work = Path(tempfile.mkdtemp(prefix="socketlab-bench-"))
    try:
        source = work / "source.bin"
        make_file(source, args.size)
        print(f"{args.size:,} bytes over 127.0.0.1, {args.rounds} rounds, medians")
        ours, hashing, rss, theirs, limit = [], [], [], [], []
        for round_ in range(args.rounds):
            inbox = work / f"inbox{round_}"
            seconds, hashed, peak = time_socketlab(source, inbox)
            ours.append(seconds)
            hashing.append(hashed)
            rss.append(peak)
            shutil.rmtree(inbox)
            if have_ncat:
                theirs.append(time_ncat(source, work / "ncat.bin"))
                (work / "ncat.bin").unlink()
            limit.append(time_sendfile(source, work / "sendfile.bin"))
            (work / "sendfile.bin").unlink()
        mine = statistics.median(ours)
        print(
            f"socketlab: {mine:.2f} s, {args.size / mine / 1e6:,.0f} MB/s (accept to verified; "
            f"hashing before the offer {statistics.median(hashing):.2f} s more), "
            f"peak RSS {max(rss) / 1024:,.0f} MiB"
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
