"""The capture engine: frames off an interface, decoded, filtered and sent in batches.

Two ways to read frames, tried in the order of `methods`:

* `af_packet` (Linux, root or CAP_NET_RAW): an AF_PACKET SOCK_RAW socket bound to the
  interface with ETH_P_ALL. Each readiness drains at most `DRAIN_LIMIT` frames with
  `recvfrom_into()`, stamping each with `time.time()` as it is read. On a loopback
  interface the kernel shows every packet twice (once leaving, once arriving): the
  leaving copy (PACKET_OUTGOING) is dropped, so each packet is counted once.
* `dumpcap` (Wireshark's capture helper, on Linux, Windows and macOS): run as
  `dumpcap -i IF -w - -q [-f BPF] [-s SNAP]`; a reader thread hands its stdout to the
  loop, which parses the pcapng stream with `CaptureReader`.

When neither works the run ends with one fatal ErrorEvent that says why and how to
allow capturing on this system (`capture_permission_help`).

Every frame read is decoded by a `Dissector` and kept when the filter matches. The
packets of a loop turn travel as one `PacketsCaptured`. A turn decodes at most
`batch_limit` frames and for at most `decode_budget` seconds (decoding costs tens of
microseconds a frame, reading one about one); the rest of its frames are counted as
dropped (not decoded, not shown, not written). So under a flood the engine keeps the
socket drained and its counts exact instead of letting the kernel drop frames unseen,
and the window gets no more than it can draw. `CaptureStats` carries the totals.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import platform
import shutil
import socket
import struct
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from app.core.engine import Engine, EngineStopped
from app.core.errors import ErrorContext, describe_os_error
from app.core.events import Event
from app.core.messages import N_, Message
from app.core.packets.decode import Dissector
from app.core.packets.filter import PacketFilter, bpf_text, parse_filter
from app.core.packets.model import LINKTYPE_ETHERNET, Frame, Packet
from app.core.packets.pcapfile import CaptureFileError, CaptureReader, PcapngWriter, read_capture
from app.core.trace import OK

log = logging.getLogger("socketlab.capture")

# ------------------------------------------------------------------ words people read
CANNOT_CAPTURE = N_("packets", "Cannot capture packets on {interface}: {why} {help}")
WHY_RAW_REFUSED = N_(
    "packets",
    "the system refused a raw socket (AF_PACKET needs root or the CAP_NET_RAW capability).",
)
WHY_NO_AF_PACKET = N_("packets", "raw AF_PACKET sockets exist only on Linux.")
WHY_NO_DUMPCAP = N_("packets", "Wireshark's dumpcap is not installed.")
WHY_DUMPCAP_REFUSED = N_("packets", "dumpcap has no permission to capture: {detail}")
WHY_TURNED_OFF = N_(
    "packets", "every capture method was turned off (SOCKETLAB_CAPTURE_METHODS={value})."
)
HELP_LINUX = N_(
    "packets",
    "Run SocketLab as root (sudo), or install Wireshark's dumpcap and allow it to capture: "
    "sudo setcap cap_net_raw,cap_net_admin=eip $(which dumpcap), then add yourself to the "
    "wireshark group (sudo usermod -aG wireshark $USER) and log in again.",
)
HELP_WINDOWS = N_(
    "packets",
    "Install Wireshark with Npcap (tick 'Support loopback traffic' to capture on the "
    "loopback adapter); SocketLab then captures with Wireshark's dumpcap.",
)
HELP_MACOS = N_(
    "packets",
    "Install Wireshark together with its ChmodBPF package (from the Wireshark installer), "
    "which lets members of the access_bpf group capture; then log out and in again.",
)
HELP_OTHER = N_(
    "packets",
    "Run SocketLab as root, or install Wireshark's dumpcap with permission to capture.",
)
NO_SUCH_INTERFACE = N_(
    "packets", "There is no interface called {interface}. Interfaces here: {names}."
)
DUMPCAP_FAILED = N_("packets", "dumpcap stopped with exit code {code}: {detail}")
DUMPCAP_STREAM_BROKEN = N_("packets", "dumpcap's output could not be read: {detail}")
CAPTURE_READ_FAILED = N_("packets", "Reading frames from {interface} failed: {detail}")
WRITE_FAILED = N_("packets", "Cannot write the capture file {path}: {detail}")
BUFFER_GRANTED = N_("trace", "ok (the kernel reports {count:,} bytes)")
DUMPCAP_STARTED = N_("trace", "started (process {pid})")

# ------------------------------------------------------------------ constants
ETH_P_ALL = 0x0003
ARPHRD_LOOPBACK = 772
PACKET_OUTGOING = 4
SOL_PACKET = 263
PACKET_STATISTICS = 6
PACKET_IGNORE_OUTGOING = 23
SO_RCVBUFFORCE = getattr(socket, "SO_RCVBUFFORCE", 33)
#: The receive buffer asked for (Linux caps it at net.core.rmem_max).
RECEIVE_BUFFER = 8 * 1024 * 1024
#: Frames read per readiness at most, so a Stop or a timer is never starved.
DRAIN_LIMIT = 10_000
#: Packets one loop turn keeps at most; the rest of the turn's frames count as dropped.
BATCH_LIMIT = 5_000
#: Seconds of decoding per turn at most; frames beyond it count as dropped.
DECODE_BUDGET = 0.05
STATS_INTERVAL = 0.5
METHODS = ("af_packet", "dumpcap")
#: The environment variable that chooses the methods: "af_packet,dumpcap", or "none".
METHODS_VARIABLE = "SOCKETLAB_CAPTURE_METHODS"
PIPE_CHUNK = 256 * 1024
_TPACKET_STATS = struct.Struct("II")
_wire_length_of = itemgetter(2)  # struct tpacket_stats: tp_packets, tp_drops


# ------------------------------------------------------------------ events
@dataclass(frozen=True, slots=True)
class CaptureStarted(Event):
    """The capture is reading: on which interface, how ("af_packet", "dumpcap"), with
    which filter, and the link type of its frames."""

    interface: str
    method: str
    filter_text: str = ""
    linktype: int = LINKTYPE_ETHERNET


@dataclass(frozen=True, slots=True)
class PacketsCaptured(Event):
    """The packets one loop turn kept, oldest first; `total` packets so far, and how many
    frames were `dropped` so far (not decoded in time, or dropped by the kernel)."""

    packets: list[Packet]
    total: int
    dropped: int


@dataclass(frozen=True, slots=True)
class CaptureStats(Event):
    """Exact totals, sent every half second while they change and once at the end.

    `frames`: read from the interface (each loopback packet once); `packets`: decoded
    and matching the filter; `dropped`: read but not decoded because a turn was full;
    `kernel_dropped`: lost in the kernel before they could be read (AF_PACKET only).
    """

    frames: int = 0
    packets: int = 0
    dropped: int = 0
    kernel_dropped: int = 0
    bytes: int = 0  # wire bytes of the frames read
    seconds: float = 0.0  # since the capture started
    method: str = ""


# ------------------------------------------------------------------ helpers
def capture_permission_help(system: str) -> Message:
    """How to allow packet capture on `system` (as `platform.system()` names it)."""
    if system == "Linux":
        return Message(HELP_LINUX)
    if system == "Windows":
        return Message(HELP_WINDOWS)
    if system == "Darwin":
        return Message(HELP_MACOS)
    return Message(HELP_OTHER)


def list_capture_interfaces() -> list[str]:
    """The names of this machine's interfaces ("lo", "eth0"...), as the system lists them."""
    try:
        return [name for _index, name in socket.if_nameindex()]
    except OSError:
        return []


def loopback_interface(system: str | None = None) -> str:
    """The loopback interface's capture name on `system` (default: this one)."""
    system = platform.system() if system is None else system
    if system == "Windows":
        return r"\Device\NPF_Loopback"
    if system in ("Darwin", "FreeBSD", "OpenBSD", "NetBSD"):
        return "lo0"
    return "lo"


def methods_from_environment(environ: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """The capture methods SOCKETLAB_CAPTURE_METHODS asks for ("none" turns capture
    off, which tests use to see the no-permission path); all of them when unset."""
    value = (os.environ if environ is None else environ).get(METHODS_VARIABLE, "").strip()
    if not value:
        return METHODS
    if value.lower() == "none":
        return ()
    return tuple(part.strip().lower() for part in value.split(",") if part.strip())


def find_dumpcap() -> str | None:
    """Wireshark's dumpcap: on the PATH, or where the Windows and macOS installers put it."""
    found = shutil.which("dumpcap")
    if found:
        return found
    candidates = []
    if sys.platform == "win32":
        for variable in ("ProgramFiles", "ProgramFiles(x86)"):
            base = os.environ.get(variable)
            if base:
                candidates.append(Path(base) / "Wireshark" / "dumpcap.exe")
    elif sys.platform == "darwin":
        candidates.append(Path("/Applications/Wireshark.app/Contents/MacOS/dumpcap"))
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    return None


def read_packets(
    path: str | os.PathLike, packet_filter: PacketFilter | None = None
) -> list[Packet]:
    """The packets of a pcap/pcapng file, decoded and numbered (those matching the filter).

    Raises CaptureFileError (or OSError) when the file cannot be read.
    """
    dissector = Dissector()
    packets: list[Packet] = []
    for frame in read_capture(path):
        packet = dissector.decode(frame)
        if packet_filter is not None and not packet_filter.matches(packet):
            continue
        packets.append(_numbered(packet, len(packets) + 1))
    return packets


def _numbered(packet: Packet, number: int) -> Packet:
    """The packet numbered as the capture counts (only frames that matched the filter)."""
    return packet if packet.number == number else dataclasses.replace(packet, number=number)


class _Reported(OSError):
    """A start failure the engine already reported as a fatal ErrorEvent."""

    socketlab_reported = True


# ------------------------------------------------------------------ the engine
class CaptureEngine(Engine):
    """Captures frames on one interface, decodes them and emits them in batches."""

    name = "packet capture"
    trace_role = ""

    def __init__(
        self,
        interface: str = "lo",
        filter_text: str = "",
        *,
        count: int = 0,
        seconds: float = 0.0,
        snap_length: int = 262_144,
        write_path: str | os.PathLike | None = None,
        batch_limit: int = BATCH_LIMIT,
        decode_budget: float = DECODE_BUDGET,
        methods: Iterable[str] = METHODS,
        receive_buffer: int = RECEIVE_BUFFER,
        batch_interval: float = 1 / 60,
    ) -> None:
        """Raises ValueError (with a Message) when `filter_text` is not a valid filter."""
        # Parsed first: a bad filter raises before the engine opens its wake-up sockets.
        self.filter_text = filter_text.strip()
        self.filter: PacketFilter | None = (
            parse_filter(self.filter_text) if self.filter_text else None
        )
        super().__init__(batch_interval=batch_interval)
        self.interface = interface.strip() or loopback_interface()
        self.count = max(0, int(count))
        self.seconds = max(0.0, float(seconds))
        self.snap_length = max(64, int(snap_length))
        self.write_path = write_path
        self.batch_limit = max(1, int(batch_limit))
        self.decode_budget = max(0.001, float(decode_budget))
        self.methods = tuple(methods)
        self.receive_buffer = receive_buffer
        self.method = ""  # the method in use once started
        self.linktype = LINKTYPE_ETHERNET
        self.dissector = Dissector()
        self.frames = 0
        self.packets = 0
        self.dropped = 0
        self.kernel_dropped = 0
        self.bytes = 0
        self._started_at = 0.0
        self._last_stats: tuple[int, int, int, int] | None = None
        self._sock: socket.socket | None = None
        self._buffer = bytearray(self.snap_length)
        self._file: IO[bytes] | None = None
        self._writer: PcapngWriter | None = None
        self._process: subprocess.Popen | None = None
        self._reader: CaptureReader | None = None
        self._chunks: deque[bytes] = deque()
        self._chunks_lock = threading.Lock()
        self._stderr: list[bytes] = []
        self._threads: list[threading.Thread] = []

    # ----------------------------------------------------------------- hooks
    def open_af_packet(self, interface: str) -> socket.socket:
        """Open the raw socket (tests replace this to see the no-permission path)."""
        return socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))

    def stats(self) -> CaptureStats:
        """The totals so far."""
        elapsed = time.monotonic() - self._started_at if self._started_at else 0.0
        return CaptureStats(
            self.frames,
            self.packets,
            self.dropped,
            self.kernel_dropped,
            self.bytes,
            elapsed,
            self.method,
        )

    # ----------------------------------------------------------------- loop thread
    def on_start(self) -> None:
        self._open_writer()
        reasons: list[Message] = []
        for method in self.methods:
            if method == "af_packet" and self._start_af_packet(reasons):
                break
            if method == "dumpcap" and self._start_dumpcap(reasons):
                break
        else:
            if not reasons:
                value = os.environ.get(METHODS_VARIABLE, "") or ",".join(self.methods) or "none"
                reasons.append(Message(WHY_TURNED_OFF, value=value))
            message = Message(
                CANNOT_CAPTURE,
                interface=self.interface,
                why=reasons[0],
                help=capture_permission_help(platform.system()),
            )
            self.error(message, fatal=True)
            raise _Reported(message)
        self._started_at = time.monotonic()
        self.emit(CaptureStarted(self.interface, self.method, self.filter_text, self.linktype))
        if self.seconds:
            self.call_later(self.seconds, self.stop)
        self.call_later(STATS_INTERVAL, self._tick)

    def _open_writer(self) -> None:
        if self.write_path is None:
            return
        try:
            self._file = open(self.write_path, "wb")  # noqa: SIM115 (closed in on_stop)
        except OSError as exc:
            message = Message(
                WRITE_FAILED, path=str(self.write_path), detail=describe_os_error(exc)
            )
            self.error(message, field="write", fatal=True)
            raise _Reported(message) from None
        self._writer = PcapngWriter(self._file)

    def _start_af_packet(self, reasons: list[Message]) -> bool:
        if not hasattr(socket, "AF_PACKET"):
            reasons.append(Message(WHY_NO_AF_PACKET))
            return False
        call = "socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL))"
        try:
            sock = self.open_af_packet(self.interface)
        except PermissionError as exc:
            self.trace.failed(call, exc)
            reasons.append(Message(WHY_RAW_REFUSED))
            return False
        except OSError as exc:
            self.trace.failed(call, exc)
            reasons.append(self._read_failure(exc))
            return False
        self._sock = sock
        self.trace.call(call, OK)
        try:
            self._set_receive_buffer(sock)
            granted = sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
            self.trace.call(
                f"setsockopt(SOL_SOCKET, SO_RCVBUF, {self.receive_buffer})",
                Message(BUFFER_GRANTED, count=granted),
            )
        except OSError as exc:  # the default buffer still works
            self.trace.failed(f"setsockopt(SOL_SOCKET, SO_RCVBUF, {self.receive_buffer})", exc)
        call = f"bind(({self.interface!r}, 0))"
        try:
            sock.bind((self.interface, 0))
        except OSError as exc:
            names = list_capture_interfaces()
            if self.interface not in names:
                message = Message(
                    NO_SUCH_INTERFACE, interface=self.interface, names=", ".join(names) or "-"
                )
                self.trace.failed(call, exc)
            else:
                message = self.trace.failed(call, exc, ErrorContext("bind", self.interface))
            self.error(message, field="interface", fatal=True)
            raise _Reported(message) from None
        self.trace.call(call, OK)
        if _is_loopback(self.interface):
            # Each loopback packet is seen leaving and arriving: the kernel can leave
            # out the leaving copy (Linux 4.20+); _on_readable drops it otherwise.
            with contextlib.suppress(OSError):
                sock.setsockopt(SOL_PACKET, PACKET_IGNORE_OUTGOING, 1)
                self.trace.call("setsockopt(SOL_PACKET, PACKET_IGNORE_OUTGOING, 1)", OK)
        sock.setblocking(False)
        self.method = "af_packet"
        self.linktype = LINKTYPE_ETHERNET
        self.add_reader(sock, self._on_readable)
        return True

    def _set_receive_buffer(self, sock: socket.socket) -> None:
        """SO_RCVBUFFORCE (root may pass net.core.rmem_max), else SO_RCVBUF."""
        with contextlib.suppress(OSError, AttributeError):
            sock.setsockopt(socket.SOL_SOCKET, SO_RCVBUFFORCE, self.receive_buffer)
            return
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, self.receive_buffer)

    def _start_dumpcap(self, reasons: list[Message]) -> bool:
        path = find_dumpcap()
        if path is None:
            reasons.append(Message(WHY_NO_DUMPCAP))
            return False
        command = [path, "-i", self.interface, "-w", "-", "-q", "-s", str(self.snap_length)]
        if self.filter is not None:
            expression = bpf_text(self.filter)
            if expression:
                command[6:6] = ["-f", expression]
        shown = " ".join(_quoted(part) for part in ["dumpcap", *command[1:]])
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError as exc:
            self.trace.failed(shown, exc)
            reasons.append(Message(WHY_DUMPCAP_REFUSED, detail=describe_os_error(exc)))
            return False
        self.trace.call(shown, Message(DUMPCAP_STARTED, pid=process.pid))
        self._process = process
        self._reader = CaptureReader()
        self.method = "dumpcap"
        errors = threading.Thread(
            target=self._collect_stderr, args=(process,), name="dumpcap stderr", daemon=True
        )
        errors.start()
        pump = threading.Thread(
            target=self._pump, args=(process, errors), name="dumpcap stdout", daemon=True
        )
        pump.start()
        self._threads = [pump, errors]
        return True

    # --------------------------------------------------------------- AF_PACKET reads
    def _on_readable(self, _mask: int) -> None:
        sock = self._sock
        if sock is None:
            return
        recv_into = sock.recvfrom_into
        buffer = self._buffer
        view = memoryview(buffer)
        snap = self.snap_length
        clock = time.time
        frames: list[tuple[float, bytes, int]] = []
        append = frames.append
        flags = socket.MSG_TRUNC
        for _ in range(DRAIN_LIMIT):
            try:
                length, address = recv_into(buffer, 0, flags)
            except (BlockingIOError, InterruptedError):
                break
            except OSError as exc:
                view.release()
                self._take(frames)
                self._fail(self._read_failure(exc))
                return
            if address[2] == PACKET_OUTGOING and address[3] == ARPHRD_LOOPBACK:
                continue  # the leaving copy of a loopback packet: the arriving one follows
            append((clock(), bytes(view[: min(length, snap)]), length))
        view.release()
        self._take(frames)

    def _take(self, raw: list[tuple[float, bytes, int]]) -> None:
        """Decode, filter, write and emit one turn's frames (AF_PACKET): a Frame is made
        only for the frames that are decoded."""
        if not raw:
            return
        interface, linktype = self.interface, self.linktype

        def to_frame(item: tuple[float, bytes, int]) -> Frame:
            return Frame(item[0], item[1], item[2], linktype, interface)

        self._keep(raw, sum(map(_wire_length_of, raw)), to_frame)

    def _keep(
        self,
        frames: list[Any],
        wire_bytes: int,
        to_frame: Callable[[Any], Frame] | None = None,
    ) -> None:
        """The common path of both methods: one PacketsCaptured per call at most."""
        if not frames:
            return
        self.frames += len(frames)
        self.bytes += wire_bytes
        decodable = frames[: self.batch_limit]
        self.dropped += len(frames) - len(decodable)
        decode, packet_filter, writer = self.dissector.decode, self.filter, self._writer
        limit = self.count - self.packets if self.count else len(decodable)
        clock = time.perf_counter
        deadline = clock() + self.decode_budget
        kept: list[Packet] = []
        for index, item in enumerate(decodable):
            if len(kept) >= limit:
                break
            if not index & 63 and index and clock() > deadline:
                # The decoder cannot keep up: count the rest, so the socket stays drained.
                self.dropped += len(decodable) - index
                break
            frame = item if to_frame is None else to_frame(item)
            try:
                packet = decode(frame)
            except Exception:  # a decoder bug must not end the capture
                log.exception("could not decode a frame of %d bytes", len(frame.data))
                continue
            if packet_filter is not None and not packet_filter.matches(packet):
                continue
            kept.append(_numbered(packet, self.packets + len(kept) + 1))
            if writer is not None:
                self._write(frame)
        if kept:
            self.packets += len(kept)
            self.emit(PacketsCaptured(kept, self.packets, self.dropped + self.kernel_dropped))
        if self.count and self.packets >= self.count:
            self.stop()

    def _write(self, frame: Frame) -> None:
        if self._writer is None:
            return
        try:
            self._writer.write(frame)
        except OSError as exc:
            message = Message(
                WRITE_FAILED, path=str(self.write_path), detail=describe_os_error(exc)
            )
            self._writer = None
            self.error(message, field="write")

    def _read_failure(self, exc: OSError) -> Message:
        return Message(CAPTURE_READ_FAILED, interface=self.interface, detail=describe_os_error(exc))

    def _fail(self, message: str) -> None:
        self.error(message, fatal=True)
        self.stop()

    # --------------------------------------------------------------- dumpcap reads
    def _collect_stderr(self, process: subprocess.Popen) -> None:
        stream = process.stderr
        if stream is None:
            return
        total = 0
        with contextlib.suppress(OSError, ValueError):
            while total < 65_536:
                chunk = stream.read1(4096) if hasattr(stream, "read1") else stream.read(4096)
                if not chunk:
                    break
                self._stderr.append(chunk)
                total += len(chunk)

    def _pump(self, process: subprocess.Popen, errors: threading.Thread) -> None:
        """dumpcap's stdout, on a helper thread: hand the bytes to the loop as they come."""
        stream = process.stdout
        with contextlib.suppress(OSError, ValueError):
            while stream is not None:
                chunk = stream.read1(PIPE_CHUNK)
                if not chunk:
                    break
                with self._chunks_lock:
                    self._chunks.append(chunk)
                    first = len(self._chunks) == 1
                if first:
                    try:
                        self.call_soon_threadsafe(self._on_pipe_data)
                    except EngineStopped:
                        return
        try:
            code = process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            code = None
        errors.join(5)
        with contextlib.suppress(EngineStopped):
            self.call_soon_threadsafe(self._on_dumpcap_exit, code)

    def _on_pipe_data(self) -> None:
        with self._chunks_lock:
            chunks = list(self._chunks)
            self._chunks.clear()
        if not chunks or self._reader is None:
            return
        try:
            frames = self._reader.feed(b"".join(chunks))
        except CaptureFileError as exc:
            self._fail(Message(DUMPCAP_STREAM_BROKEN, detail=str(exc)))
            return
        if frames:
            interface = self.interface
            frames = [
                frame if frame.interface else dataclasses.replace(frame, interface=interface)
                for frame in frames
            ]
            self.linktype = frames[-1].linktype
        self._keep(frames, sum(frame.wire_length for frame in frames))

    def _on_dumpcap_exit(self, code: int | None) -> None:
        self._on_pipe_data()
        if self.stop_requested:
            return
        detail = b"".join(self._stderr).decode("utf-8", "replace").strip()
        detail = " ".join(line.strip() for line in detail.splitlines() if line.strip())
        if code == 0:
            self.stop()
            return
        if "permission" in detail.lower() or "privilege" in detail.lower():
            message: str = Message(
                CANNOT_CAPTURE,
                interface=self.interface,
                why=Message(WHY_DUMPCAP_REFUSED, detail=detail),
                help=capture_permission_help(platform.system()),
            )
        else:
            message = Message(DUMPCAP_FAILED, code=code, detail=detail or "-")
        self._fail(message)

    # --------------------------------------------------------------- totals
    def _tick(self) -> None:
        self._read_kernel_drops()
        self._emit_stats()
        self.call_later(STATS_INTERVAL, self._tick)

    def _read_kernel_drops(self) -> None:
        if self._sock is None:
            return
        with contextlib.suppress(OSError):
            raw = self._sock.getsockopt(SOL_PACKET, PACKET_STATISTICS, _TPACKET_STATS.size)
            self.kernel_dropped += _TPACKET_STATS.unpack(raw)[1]  # the kernel resets them

    def _emit_stats(self, *, force: bool = False) -> None:
        key = (self.frames, self.packets, self.dropped, self.kernel_dropped)
        if force or key != self._last_stats:
            self._last_stats = key
            self.emit(self.stats())

    def on_stop(self) -> None:
        if self._sock is not None:
            self._read_kernel_drops()
            self.remove(self._sock)
            self._sock.close()
            self.trace.call("close()", OK, always=True)
            self._sock = None
        if self._process is not None:
            process, self._process = self._process, None
            self._stop_process(process)
            for thread in self._threads:  # they end at the pipes' end of file
                thread.join(5)
            self._on_pipe_data()
            for stream in (process.stdout, process.stderr):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None
            self._writer = None
        if self.method:
            self._emit_stats(force=True)

    def _stop_process(self, process: subprocess.Popen) -> None:
        if process.poll() is None:
            with contextlib.suppress(OSError):
                process.terminate()
            try:
                process.wait(timeout=3)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(OSError):
                    process.kill()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=3)
        self.trace.call("dumpcap stopped", OK, always=True)


def _is_loopback(interface: str) -> bool:
    """True for a loopback interface (Linux: its /sys type is ARPHRD_LOOPBACK)."""
    try:
        kind = Path("/sys/class/net", interface, "type").read_text().strip()
    except OSError:
        return interface == "lo"
    return kind == str(ARPHRD_LOOPBACK)


def _quoted(part: str) -> str:
    return f"'{part}'" if not part or any(c in part for c in " \t'\"()") else part
