"""Help > Lessons: seven short guided labs, and the tracker that ticks their steps.

The steps follow the course notes; each says in one sentence what to do. A step with a
`seen` predicate ticks itself when the app sees it happen: `LessonTracker.observe()` is
fed every engine batch the tabs show once (the Chat tab's Events panes, via
`EventsPane.batch_seen`, and the engine runs of the UDP, Diagnostics and Packets tabs,
whose panes show the same batches), and the Subnet tab's
`calculated` results. A step the app cannot see reliably is `manual`: the user ticks its
Done box (its text says so). `track_tab()` is the one call MainWindow makes per built tab.

Texts are marked with QT_TRANSLATE_NOOP in the "Lessons" context; `{fields}` hold
commands and addresses, which stay as they are in every language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import islice

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.core.diagnostics.blocking import CallResult
from app.core.diagnostics.dns import ForwardAnswer, ReverseAnswer
from app.core.diagnostics.neighbours import NeighbourTable
from app.core.diagnostics.ping import PingReply
from app.core.events import ErrorEvent, TraceEvent
from app.core.trace import BYTES, CONNECT_IN_PROGRESS
from app.core.udp.events import DatagramBatch, ReceiverBound, ReceiverCounters

Predicate = Callable[[object, str], bool]

SERVER_COMMAND = "nc -l 5555"
PYTHON_SERVER = (
    "python -c \"import socket; s=socket.create_server(('', 5555)); c,a=s.accept(); "
    "print(a, c.recv(1024)); c.sendall(b'hi\\n')\""
)
CLIENT_COMMAND = "nc 127.0.0.1 5555"
ENCODE_COMMAND = "python -c \"print('你好'.encode('utf-8'), '你好'.encode('gbk'))\""


# ------------------------------------------------------------------ predicates
def _call(event: object) -> str:
    """The call of a TraceEvent that did not fail, or ""."""
    if isinstance(event, TraceEvent) and not event.error and isinstance(event.call, str):
        return event.call
    return ""


def _port_of(call: str) -> str:
    """The port of `bind(('0.0.0.0', 5555))` or `connect(('127.0.0.1', 5555))`."""
    return call.rsplit(",", 1)[-1].strip(" )")


def listening(event: object, _source: str) -> bool:
    """A server socket listens: `listen(128)`."""
    return _call(event).startswith("listen(")


def accepted(event: object, _source: str) -> bool:
    """A server accepted a connection: `accept()` returned."""
    return _call(event).startswith("accept()")


def connected(event: object, _source: str) -> bool:
    """A client's connect() completed (at once, or when the handshake finished)."""
    call = _call(event)
    if call == "connect() completed":
        return True
    in_progress = getattr(getattr(event, "result", None), "template", None) is CONNECT_IN_PROGRESS
    return call.startswith("connect((") and not in_progress


def received_bytes(event: object, _source: str) -> bool:
    """A recv() brought data (not the b'' of a close)."""
    if not _call(event).startswith("recv("):
        return False
    return getattr(getattr(event, "result", None), "template", None) is BYTES


def address_in_use(event: object, _source: str) -> bool:
    """A bind() (or any call) failed with EADDRINUSE."""
    if isinstance(event, TraceEvent):
        return event.result == "EADDRINUSE"
    return isinstance(event, ErrorEvent) and "EADDRINUSE" in str(event.message)


def server_bound(event: object, _source: str) -> bool:
    """A server's bind() succeeded."""
    return _call(event).startswith("bind(") and getattr(event, "role", "") in ("server", "")


def receiver_bound(event: object, _source: str) -> bool:
    """The UDP receiver's socket is bound."""
    return isinstance(event, ReceiverBound)


def _datagrams(event: object) -> Iterable[bytes]:
    """A batch's first datagrams: under a flood, looking at all of them would cost."""
    if isinstance(event, DatagramBatch):
        return (data for data, _address in islice(event.datagrams, 64))
    return ()


def datagram_received(event: object, _source: str) -> bool:
    """The UDP receiver read at least one datagram."""
    return isinstance(event, DatagramBatch) and bool(event.datagrams)


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def utf8_text_received(event: object, _source: str) -> bool:
    """A datagram with non-ASCII text in UTF-8 (你好 is 6 bytes)."""
    return any(not data.isascii() and _decodes(data, "utf-8") for data in _datagrams(event))


def gbk_text_received(event: object, _source: str) -> bool:
    """A datagram with non-ASCII text that is GBK, not UTF-8 (你好 is 4 bytes)."""
    return any(
        not data.isascii() and not _decodes(data, "utf-8") and _decodes(data, "gbk")
        for data in _datagrams(event)
    )


def sequenced(event: object, _source: str) -> bool:
    """Datagrams with the sequence header arrived."""
    return isinstance(event, ReceiverCounters) and event.sequenced > 0


def sequence_gap(event: object, _source: str) -> bool:
    """The sequence numbers showed a loss or a reordering."""
    return isinstance(event, ReceiverCounters) and (event.lost > 0 or event.reordered > 0)


def subnet_of(address: str, prefix: int) -> Predicate:
    """The Subnet tab calculated `address`/`prefix` (a SubnetInfo from `calculated`)."""

    def seen(event: object, source: str) -> bool:
        if source != "subnet":
            return False
        return (
            str(getattr(event, "address", "")) == address and getattr(event, "prefix", 0) == prefix
        )

    return seen


def ping_reply(event: object, _source: str) -> bool:
    """An echo reply came back."""
    return isinstance(event, PingReply)


def dns_answer(event: object, _source: str) -> bool:
    """A DNS lookup answered."""
    return isinstance(event, CallResult) and isinstance(event.value, (ForwardAnswer, ReverseAnswer))


def neighbour_table(event: object, _source: str) -> bool:
    """The neighbour (ARP) table was read."""
    return isinstance(event, CallResult) and isinstance(event.value, NeighbourTable)


def capture_started(event: object, _source: str) -> bool:
    """A capture started reading."""
    return type(event).__name__ == "CaptureStarted"


def _flags(event: object) -> Iterable[set[str]]:
    if type(event).__name__ != "PacketsCaptured":
        return ()
    return (set(packet.flags.split(",")) for packet in event.packets if packet.flags)  # type: ignore[attr-defined]


def syn_seen(event: object, _source: str) -> bool:
    """A captured TCP SYN (the handshake's first step)."""
    return any(flags == {"SYN"} for flags in _flags(event))


def syn_ack_seen(event: object, _source: str) -> bool:
    """A captured SYN-ACK (the handshake's second step)."""
    return any(flags == {"SYN", "ACK"} for flags in _flags(event))


def fin_seen(event: object, _source: str) -> bool:
    """A captured FIN (the teardown)."""
    return any("FIN" in flags for flags in _flags(event))


# ------------------------------------------------------------------ the lessons
@dataclass(frozen=True)
class Step:
    """One thing to do. `seen` ticks it; `manual` gives it a Done box the user ticks;
    `after_previous`: it ticks only once the step before it is done."""

    text: str
    seen: Predicate | None = None
    manual: bool = False
    after_previous: bool = False
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Lesson:
    """A guided lab: a title, a sentence of why, and 3-4 steps."""

    title: str
    intro: str
    steps: tuple[Step, ...]
    fields: dict[str, str] = field(default_factory=dict)


LESSONS: tuple[Lesson, ...] = (
    Lesson(
        QT_TRANSLATE_NOOP("Lessons", "1. The one-to-one chat"),
        QT_TRANSLATE_NOOP(
            "Lessons",
            "A TCP chat is two sockets: a server that listens and accepts, a client that "
            "connects. Play each side once.",
        ),
        (
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "In a terminal start a server with {server} (or {python}), then in the "
                    "Chat tab connect to 127.0.0.1:5555.",
                ),
                connected,
                fields={"server": SERVER_COMMAND, "python": PYTHON_SERVER},
            ),
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Type a line in the terminal and press Enter: recv() in the Events pane "
                    "shows its bytes.",
                ),
                received_bytes,
            ),
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Now be the server: stop the terminal, then Start hosting on port 5555 "
                    "(listen() appears).",
                ),
                listening,
            ),
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons", "In a terminal run {client}: the server's accept() returns."
                ),
                accepted,
                fields={"client": CLIENT_COMMAND},
            ),
        ),
    ),
    Lesson(
        QT_TRANSLATE_NOOP("Lessons", "2. Port in use, SO_REUSEADDR and TIME_WAIT"),
        QT_TRANSLATE_NOOP(
            "Lessons",
            "Only one socket may listen on a port; a closed connection may still hold it "
            "for a while in TIME_WAIT.",
        ),
        (
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons", "In a terminal run {server} so that port 5555 is taken."
                ),
                manual=True,
                fields={"server": SERVER_COMMAND},
            ),
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Start hosting on port 5555 in the Chat tab: bind() fails with EADDRINUSE.",
                ),
                address_in_use,
            ),
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Stop the terminal, host again, let a client join, then stop hosting; "
                    "Diagnostics > Sockets shows the port in TIME_WAIT (tick Done).",
                ),
                manual=True,
            ),
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Host on port 5555 again at once: bind() succeeds, because SocketLab sets "
                    "SO_REUSEADDR before it.",
                ),
                server_bound,
                after_previous=True,
            ),
        ),
    ),
    Lesson(
        QT_TRANSLATE_NOOP("Lessons", "3. Bytes and text: UTF-8 and GBK"),
        QT_TRANSLATE_NOOP(
            "Lessons",
            "Sockets carry bytes, not text: both sides must agree on the encoding.",
        ),
        (
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "In a terminal run {command}: the same two characters are 6 bytes in "
                    "UTF-8 and 4 in GBK (tick Done).",
                ),
                manual=True,
                fields={"command": ENCODE_COMMAND},
            ),
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "In the UDP tab start the receiver on port 5555, then send 你好 to "
                    "127.0.0.1:5555 with the encoding UTF-8.",
                ),
                utf8_text_received,
            ),
            Step(
                QT_TRANSLATE_NOOP("Lessons", "Send it again with the encoding GBK."),
                gbk_text_received,
            ),
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Switch the receiver's Preview as between UTF-8 and GBK: the wrong one "
                    "shows garbage, as the Chat tab's raw terminal does with nc (tick Done).",
                ),
                manual=True,
            ),
        ),
    ),
    Lesson(
        QT_TRANSLATE_NOOP("Lessons", "4. UDP: no connection, loss and order"),
        QT_TRANSLATE_NOOP(
            "Lessons",
            "UDP has no listen(), no accept() and no handshake: each datagram travels alone "
            "and may be lost or overtaken.",
        ),
        (
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons", "In the UDP tab start the receiver on port 5555: it only binds."
                ),
                receiver_bound,
            ),
            Step(
                QT_TRANSLATE_NOOP("Lessons", "Send hello to 127.0.0.1:5555."),
                datagram_received,
            ),
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Tick Sequence header and send 10000 datagrams as fast as possible.",
                ),
                sequenced,
            ),
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Read the lost and reordered counters: this ticks itself when a gap "
                    "shows; if loopback loses nothing, tick Done.",
                ),
                sequence_gap,
                manual=True,
            ),
        ),
    ),
    Lesson(
        QT_TRANSLATE_NOOP("Lessons", "5. Is this address on my LAN? The AND"),
        QT_TRANSLATE_NOOP(
            "Lessons",
            "The address AND the mask gives the network; two hosts on the same network "
            "talk directly, others through the gateway.",
        ),
        (
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "In the Subnet tab type 192.168.1.12/26 and read the AND: the network "
                    "is 192.168.1.0.",
                ),
                subnet_of("192.168.1.12", 26),
            ),
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Type 192.168.1.70/26: the AND gives 192.168.1.64, another network.",
                ),
                subnet_of("192.168.1.70", 26),
            ),
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Fill in your own address with This machine and check that your "
                    "gateway is on the same network (tick Done).",
                ),
                manual=True,
            ),
        ),
    ),
    Lesson(
        QT_TRANSLATE_NOOP("Lessons", "6. MAC, ARP, ping and DNS"),
        QT_TRANSLATE_NOOP(
            "Lessons",
            "Names become IP addresses (DNS), IP addresses on the LAN become MAC "
            "addresses (ARP), and ping checks that a host answers.",
        ),
        (
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "In Diagnostics > Interfaces find your MAC address (tick Done).",
                ),
                manual=True,
            ),
            Step(
                QT_TRANSLATE_NOOP("Lessons", "In Diagnostics > Ping, ping 127.0.0.1."),
                ping_reply,
            ),
            Step(
                QT_TRANSLATE_NOOP("Lessons", "In Diagnostics > DNS look up localhost."),
                dns_answer,
            ),
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "In Diagnostics > Neighbours (ARP) read which MAC address your gateway has.",
                ),
                neighbour_table,
            ),
        ),
    ),
    Lesson(
        QT_TRANSLATE_NOOP("Lessons", "7. The handshake and the teardown"),
        QT_TRANSLATE_NOOP(
            "Lessons",
            "connect() sends SYN, the server answers SYN-ACK, the client ACK; close() "
            "sends FIN. Watch them on the wire.",
        ),
        (
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "In the Packets tab choose the interface lo and the preset This chat "
                    "connection, then press Start.",
                ),
                capture_started,
            ),
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons", "Host a chat, and connect to it with {client}: a SYN appears."
                ),
                syn_seen,
                fields={"client": CLIENT_COMMAND},
            ),
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons", "Find the SYN-ACK and the ACK that follow it: the handshake."
                ),
                syn_ack_seen,
            ),
            Step(
                QT_TRANSLATE_NOOP(
                    "Lessons", "Close the terminal's connection: FIN and ACK tear it down."
                ),
                fin_seen,
            ),
        ),
    ),
)


# ------------------------------------------------------------------ the tracker
class LessonTracker(QObject):
    """Which steps are done; ticks a step when an observed event matches it.

    Signals: `step_done(int, int)` (lesson, step) when a step becomes done,
    `step_undone(int, int)` when the user clears a Done box.
    """

    step_done = Signal(int, int)
    step_undone = Signal(int, int)

    def __init__(self, lessons: tuple[Lesson, ...] = LESSONS, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("lessonTracker")
        self.lessons = lessons
        self._done: set[tuple[int, int]] = set()
        self._own_ports: set[str] = set()  # ports SocketLab's own chat server listens on
        self._client_on_own_server = False

    def is_done(self, lesson: int, step: int) -> bool:
        """True when that step is ticked."""
        return (lesson, step) in self._done

    def done_count(self, lesson: int) -> int:
        """How many steps of a lesson are ticked."""
        return sum(1 for key in self._done if key[0] == lesson)

    def set_done(self, lesson: int, step: int, done: bool = True) -> None:
        """Tick (or, for a Done box, clear) a step."""
        key = (lesson, step)
        if done and key not in self._done:
            self._done.add(key)
            self.step_done.emit(lesson, step)
        elif not done and key in self._done:
            self._done.discard(key)
            self.step_undone.emit(lesson, step)

    def _waiting(self) -> list[tuple[int, int, Predicate]]:
        waiting = []
        for lesson_index, lesson in enumerate(self.lessons):
            for step_index, step in enumerate(lesson.steps):
                if step.seen is None or (lesson_index, step_index) in self._done:
                    continue
                if step.after_previous and not self.is_done(lesson_index, step_index - 1):
                    continue
                waiting.append((lesson_index, step_index, step.seen))
        return waiting

    @Slot(object, str)
    def observe(self, batch: list, source: str = "") -> None:
        """Look at an engine's batch of events; tick the steps they show."""
        waiting = self._waiting()
        if not waiting:
            return
        events = [event for event in batch if not self._own_chat(event, source)]
        for lesson, step, seen in waiting:
            if any(seen(event, source) for event in events):
                self.set_done(lesson, step)

    def _own_chat(self, event: object, source: str) -> bool:
        """True for the client calls of SocketLab's host joining its own server: the
        lessons' "connect" and "recv" steps are about a server in a terminal."""
        call = _call(event)
        if not call:
            return False
        role = getattr(event, "role", "") or source
        if role == "server":
            if call.startswith("bind(("):
                self._own_ports.add(_port_of(call))
            elif call.startswith("close() listening socket"):
                self._own_ports.clear()
            return False
        if role != "client":
            return False
        if call.startswith("connect(("):
            self._client_on_own_server = _port_of(call) in self._own_ports
        return self._client_on_own_server

    @Slot(object)
    def observe_events(self, batch: list) -> None:
        """A batch from an engine run (no source)."""
        self.observe(batch, "")

    @Slot(object)
    def observe_subnet(self, info: object) -> None:
        """A result of the Subnet tab's calculator (a SubnetInfo, or None)."""
        if info is not None:
            self.observe([info], "subnet")


def tracker_of(window: QObject) -> LessonTracker:
    """The window's tracker (made on first use, a child of the window)."""
    tracker = window.findChild(LessonTracker, "lessonTracker")
    if tracker is None:
        tracker = LessonTracker(parent=window)
    return tracker


def track_tab(window: QObject, key: str, widget: QWidget) -> LessonTracker:
    """Feed the window's tracker with what a freshly built tab offers: its Events
    panes' batches, its engine runs' batches, and the Subnet tab's results."""
    from app.ui.events_pane import EventsPane
    from app.workers.engine_run import EngineRun

    tracker = tracker_of(window)
    if key in ("udp", "diagnostics", "packets"):
        # Their engine runs: every batch of every panel (datagrams, counters, ping replies
        # and captured packets never reach a pane). Their Events panes show those same
        # batches, so they are not watched too: each batch is looked at once.
        for run in widget.findChildren(EngineRun):
            run.events.connect(tracker.observe_events)
    else:
        for pane in widget.findChildren(EventsPane):
            pane.batch_seen.connect(tracker.observe)
    calculated = getattr(widget, "calculated", None)
    if calculated is not None:
        calculated.connect(tracker.observe_subnet)
    return tracker
