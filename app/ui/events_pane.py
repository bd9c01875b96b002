"""The Events pane: the socket calls the window's engines make, as one timeline.

Every tab that runs engines shows one. Each trace event carries a stamp from one
monotonic clock shared by all engines (see core.events), so the pane sorts lines from
a server thread and a client thread into the order they happened, whichever batch
reaches the window first: a line that arrives late is put where it belongs. The pane
keeps the last `max_lines` lines, so a flood cannot slow it or grow it.

Lines are stored as events and put into words when drawn, so a language switch
changes the words of lines already shown. Keep-alive, discovery and engine state lines
are hidden unless their toggle (remembered) is on; a search box filters the rest.
Pause holds new lines (still sorted) until Resume; Copy and Save give text or CSV.
"""

from __future__ import annotations

import csv
import io
import re
import time
from bisect import bisect_right
from collections.abc import Iterable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.events import ErrorEvent, Event, StateEvent, TraceEvent, wall_time
from app.ui.i18n import translate_message
from app.ui.settings import read_setting, write_settings
from app.ui.theme import sender_color, status_color
from app.ui.zoom import use_fixed_font

_ROOT = QModelIndex()
_CONTEXT = "EventsPane"

# Kinds of line the filter toggles hide or show ("" and "error" are always shown).
KEEPALIVE, DISCOVERY, STATE, ERROR = "keepalive", "discovery", "state", "error"
FILTER_KEYS = {
    KEEPALIVE: "events/show_keepalive",
    DISCOVERY: "events/show_discovery",
    STATE: "events/show_states",
}
TWO_SIDED_KEY = "events/two_sided"
DRAW_INTERVAL_MS = 100  # new lines are drawn at most this often
FLOOD_DRAW_INTERVAL_MS = 1000  # ... and this often while they come by the dozen
FLOOD_LINES_PER_DRAW = 10

# The sides of a conversation: which column each goes to in the two-sided view.
LEFT_SIDES = frozenset({"client", "sender", "discovery", "transfer"})
RIGHT_SIDES = frozenset({"server", "receiver"})

SIDE_NAMES = {
    "client": QT_TRANSLATE_NOOP("EventsPane", "client"),
    "server": QT_TRANSLATE_NOOP("EventsPane", "server"),
    "sender": QT_TRANSLATE_NOOP("EventsPane", "sender"),
    "receiver": QT_TRANSLATE_NOOP("EventsPane", "receiver"),
    "discovery": QT_TRANSLATE_NOOP("EventsPane", "discovery"),
    "transfer": QT_TRANSLATE_NOOP("EventsPane", "transfer"),
}
STATE_NAMES = {
    "starting": QT_TRANSLATE_NOOP("EventsPane", "starting"),
    "running": QT_TRANSLATE_NOOP("EventsPane", "running"),
    "stopped": QT_TRANSLATE_NOOP("EventsPane", "stopped"),
}

# What each call does, in a sentence or two: shown when the pointer rests on a line.
EXPLANATIONS = {
    "socket": QT_TRANSLATE_NOOP(
        "EventsPane",
        "socket() makes a new endpoint: SOCK_STREAM is TCP (a connection carrying a "
        "stream of bytes), SOCK_DGRAM is UDP (separate datagrams). The number is its "
        "file descriptor.",
    ),
    "setsockopt": QT_TRANSLATE_NOOP(
        "EventsPane",
        "setsockopt() changes an option of the socket: SO_REUSEADDR lets a restarted "
        "server bind its port at once, SO_BROADCAST allows sending to a broadcast "
        "address, IP_ADD_MEMBERSHIP joins a multicast group.",
    ),
    "bind": QT_TRANSLATE_NOOP(
        "EventsPane",
        "bind() gives the socket its local address and port (IP:port). 0.0.0.0 means "
        "every interface of this machine; port 0 asks the system for a free port.",
    ),
    "listen": QT_TRANSLATE_NOOP(
        "EventsPane",
        "listen(128) makes this a server socket: the kernel now answers three-way "
        "handshakes by itself and keeps up to 128 finished connections waiting for "
        "accept().",
    ),
    "accept": QT_TRANSLATE_NOOP(
        "EventsPane",
        "accept() takes one finished connection from the listen queue and returns a new "
        "socket for it; the listening socket goes on waiting for more.",
    ),
    "connect": QT_TRANSLATE_NOOP(
        "EventsPane",
        "connect() starts the three-way handshake (SYN, SYN-ACK, ACK). A non-blocking "
        "socket returns at once ('in progress'); it becomes writable when the handshake "
        "has finished. On UDP it only sets the default destination.",
    ),
    "connect_done": QT_TRANSLATE_NOOP(
        "EventsPane",
        "The three-way handshake has finished: the connection is established and both "
        "sides can send.",
    ),
    "send": QT_TRANSLATE_NOOP(
        "EventsPane",
        "send() copies bytes into the kernel's send buffer and TCP delivers them in "
        "order. It may take fewer bytes than offered; the rest goes when the socket is "
        "writable again. sendmsg() sends several buffers in one call.",
    ),
    "sendto": QT_TRANSLATE_NOOP(
        "EventsPane",
        "sendto() sends one UDP datagram to the address given: no connection, no "
        "guarantee it arrives; one call is one datagram.",
    ),
    "recv": QT_TRANSLATE_NOOP(
        "EventsPane",
        "recv() returns the bytes that have arrived so far, up to the size asked. TCP is "
        "a stream: one send() may arrive as several recv() calls, or several as one.",
    ),
    "recv_eof": QT_TRANSLATE_NOOP(
        "EventsPane",
        "recv() returned b'' (zero bytes): the peer closed its side of the connection "
        "(it sent FIN). No more data will come, so this side closes its socket too.",
    ),
    "recvfrom": QT_TRANSLATE_NOOP(
        "EventsPane",
        "recvfrom() returns one whole UDP datagram and the address it came from.",
    ),
    "close": QT_TRANSLATE_NOOP(
        "EventsPane",
        "close() releases the socket. On a TCP connection it starts the four-way "
        "teardown (FIN, ACK, FIN, ACK); the side that closes first waits in TIME_WAIT.",
    ),
    "getaddrinfo": QT_TRANSLATE_NOOP(
        "EventsPane",
        "getaddrinfo() turns a host name and port into addresses to use (from DNS, the "
        "hosts file, or a literal address).",
    ),
    "tls": QT_TRANSLATE_NOOP(
        "EventsPane",
        "The TLS handshake agrees on keys and checks the server's certificate; from "
        "then on everything sent on this connection is encrypted.",
    ),
}
_SAME_EXPLANATION = {
    "sendall": "send",
    "sendmsg": "send",
    "recvmsg": "recvfrom",
    "recv_into": "recv",
}
_CALL_NAME = re.compile(r"[A-Za-z_][\w.]*")


def _marked(text: str) -> str:
    """`text`, marked with QT_TRANSLATE_NOOP in the EventsPane context, translated."""
    return QCoreApplication.translate(_CONTEXT, text)


def call_name(event: TraceEvent) -> str:
    """Which explanation fits a trace line: "connect", "recv_eof", "tls"..."""
    call = str(event.call)
    if call.startswith("TLS"):
        return "tls"
    if call.startswith("connect() completed"):
        return "connect_done"
    match = _CALL_NAME.match(call)
    if match is None:
        return ""
    name = match.group(0).split(".")[-1]
    name = _SAME_EXPLANATION.get(name, name)
    if name == "recv" and str(event.result).startswith("b''"):
        return "recv_eof"
    return name


def explain(event: Event) -> str:
    """One or two sentences on what a line's call does ("" when there is nothing to say)."""
    if not isinstance(event, TraceEvent):
        return ""
    text = EXPLANATIONS.get(call_name(event))
    explanation = _marked(text) if text else ""
    if event.error:
        failure = QCoreApplication.translate(
            "EventsPane", "It failed with {code}: {meaning}"
        ).format(code=event.result, meaning=translate_message(event.error))
        explanation = f"{explanation}\n\n{failure}" if explanation else failure
    return explanation


def kind_of(event: Event) -> str:
    """The filter kind of an event: "", "keepalive", "discovery", "state" or "error"."""
    if isinstance(event, TraceEvent):
        return event.kind
    if isinstance(event, StateEvent):
        return STATE
    return ERROR


def side_of(event: Event, source: str) -> str:
    """Which side made it: the trace's own mark, else the engine it came from."""
    return (event.role if isinstance(event, TraceEvent) else "") or source


def time_text(stamp: float) -> str:
    """`14:03:07.106` for a monotonic stamp."""
    wall = wall_time(stamp)
    return time.strftime("%H:%M:%S", time.localtime(wall)) + f".{int(wall * 1000) % 1000:03d}"


def result_text(event: Event) -> str:
    """A line's outcome in the window's language; a failure names its errno."""
    if isinstance(event, TraceEvent):
        if event.error:
            meaning = translate_message(event.error)
            return QCoreApplication.translate("EventsPane", "failed: {code}, {meaning}").format(
                code=event.result, meaning=meaning
            )
        return translate_message(event.result)
    if isinstance(event, StateEvent):
        return translate_message(event.detail) if event.detail else ""
    if isinstance(event, ErrorEvent):
        return translate_message(event.message)
    return ""


def call_text(event: Event) -> str:
    """A line's call as Python writes it; an engine state or error in words."""
    if isinstance(event, TraceEvent):
        return translate_message(event.call)
    if isinstance(event, StateEvent):
        name = STATE_NAMES.get(event.state)
        return f"[{_marked(name) if name else event.state}]"
    return QCoreApplication.translate("EventsPane", "error")


def side_text(side: str) -> str:
    """`client`, `server`... in the window's language."""
    name = SIDE_NAMES.get(side)
    return _marked(name) if name else side


def format_event_line(event: Event, source: str = "") -> str | None:
    """One line of text for an event (as Copy gives it), or None for events not shown.

    `14:03:07.106  server  bind(('127.0.0.1', 5555)) -> ok`; a failure reads
    `connect(...) -> failed: ECONNREFUSED, <meaning in the window's language>`.
    """
    if not isinstance(event, (TraceEvent, StateEvent, ErrorEvent)):
        return None
    side = side_text(side_of(event, source))
    call, result = call_text(event), result_text(event)
    if isinstance(event, ErrorEvent):
        body = f"{call}: {result}"
    else:
        body = f"{call} -> {result}" if result else call
    prefix = f"{time_text(event.stamp)}  {side:<6}  " if side else f"{time_text(event.stamp)}  "
    return prefix + body


_PORT_IN_CALL = re.compile(r", (\d{1,5})\)\)")  # connect(('127.0.0.1', 5555))
_PORT_IN_TEXT = re.compile(r"\]?:(\d{1,5})\b")  # accept() -> 127.0.0.1:40000, close() 127...


def packets_port(event: Event) -> int | None:
    """The port whose packets show this line's handshake or teardown: a connect()'s
    server port, an accept()'s or close()'s peer port; None for other lines."""
    if not isinstance(event, TraceEvent) or event.error:
        return None
    call = str(event.call)
    name = call_name(event)
    if name == "connect":
        found = _PORT_IN_CALL.findall(call)
    elif name == "accept":
        found = _PORT_IN_TEXT.findall(str(event.result))
    elif name == "close":
        found = _PORT_IN_TEXT.findall(call)
    else:
        return None
    port = int(found[-1]) if found else 0  # the last: an IPv6 address has colons too
    return port if 0 < port < 65536 else None


def _is_data_call(event: Event) -> tuple[bool, bool]:
    """(is a data transfer, is a send) for the arrows of the two-sided view."""
    if not isinstance(event, TraceEvent) or event.error:
        return False, False
    name = call_name(event)
    if name in ("send", "sendto"):
        return True, True
    if name in ("recv", "recvfrom"):
        return True, False
    return False, False


class _Line:
    """One line of the pane: the event and the side it came from (words come later)."""

    __slots__ = ("event", "kind", "side", "stamp", "words")

    def __init__(self, event: Event, side: str) -> None:
        self.event = event
        self.side = side
        self.kind = kind_of(event)
        self.stamp: float = event.stamp  # type: ignore[attr-defined]
        self.words: tuple[str, str, str, str] | None = None  # drawn text, until retranslated

    def texts(self) -> tuple[str, str, str, str]:
        """(time, side, call, result) in the window's language, made once per language."""
        if self.words is None:
            event = self.event
            self.words = (
                time_text(self.stamp),
                side_text(self.side),
                call_text(event),
                result_text(event),
            )
        return self.words


class EventLogModel(QAbstractTableModel):
    """The pane's lines sorted by stamp, at most `max_lines` (the oldest go first).

    One-sided: Time | Side | Call | Result. Two-sided: Time | left side | arrow | right
    side, each side's cell holding `call -> result`.
    """

    def __init__(self, max_lines: int = 5000, parent=None) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self.two_sided = False
        self.sides = ("client", "server")  # the two-sided view's column titles
        self._lines: list[_Line] = []
        self._stamps: list[float] = []
        self._side_colours: dict[str, object] = {}  # sender_color() per side, per palette

    # ------------------------------------------------------------ lines
    def add(self, lines: list[_Line]) -> None:
        """Insert lines at their place in time: appended in one step when they are the
        newest (the usual case), one by one at their place when an engine's batch came
        late."""
        if not lines:
            return
        lines.sort(key=lambda line: line.stamp)
        last = self._stamps[-1] if self._stamps else float("-inf")
        first_new = 0
        while first_new < len(lines) and lines[first_new].stamp < last:
            first_new += 1
        for line in lines[:first_new]:
            row = bisect_right(self._stamps, line.stamp)
            self.beginInsertRows(_ROOT, row, row)
            self._lines.insert(row, line)
            self._stamps.insert(row, line.stamp)
            self.endInsertRows()
        newest = lines[first_new:]
        if newest:
            start = len(self._lines)
            self.beginInsertRows(_ROOT, start, start + len(newest) - 1)
            self._lines.extend(newest)
            self._stamps.extend(line.stamp for line in newest)
            self.endInsertRows()
        overflow = len(self._lines) - self.max_lines
        if overflow > 0:
            self.beginRemoveRows(_ROOT, 0, overflow - 1)
            del self._lines[:overflow]
            del self._stamps[:overflow]
            self.endRemoveRows()

    def clear(self) -> None:
        """Forget every line."""
        self.beginResetModel()
        self._lines.clear()
        self._stamps.clear()
        self.endResetModel()

    def set_two_sided(self, two_sided: bool) -> None:
        """Switch between the one-column and the client | server layout."""
        if two_sided != self.two_sided:
            self.beginResetModel()
            self.two_sided = two_sided
            self.endResetModel()

    def line(self, row: int) -> _Line:
        """The line at `row`."""
        return self._lines[row]

    def lines(self) -> list[_Line]:
        """All lines, oldest first."""
        return list(self._lines)

    def retranslate(self) -> None:
        """The language or the palette changed: every cell is drawn again."""
        self._side_colours.clear()
        for line in self._lines:
            line.words = None
        if self._lines:
            last = self.index(len(self._lines) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if self.two_sided:
            left, right = self.sides
            return (
                QCoreApplication.translate("EventsPane", "Time"),
                side_text(left),
                "",
                side_text(right),
            )[section]
        return (
            QCoreApplication.translate("EventsPane", "Time"),
            QCoreApplication.translate("EventsPane", "Side"),
            QCoreApplication.translate("EventsPane", "Call"),
            QCoreApplication.translate("EventsPane", "Result"),
        )[section]

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return explain(line.event) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.two_sided and column == 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, line: _Line, column: int) -> str:
        event = line.event
        texts = line.texts()
        if column == 0 or not self.two_sided:
            return texts[column]
        on_left = line.side not in RIGHT_SIDES
        if column == 2:
            data, sent = _is_data_call(event)
            if not data:
                return ""
            rightwards = sent == on_left  # a left send or a right recv: data goes right
            return "──►" if rightwards else "◄──"
        if (column == 1) != on_left:
            return ""
        _, _, call, result = texts
        return f"{call} -> {result}" if result else call

    def _status_colour(self, meaning: str) -> object:
        key = f"!{meaning}"
        colour = self._side_colours.get(key)
        if colour is None:
            colour = self._side_colours[key] = status_color(meaning)
        return colour

    def _colour(self, line: _Line, column: int) -> object:
        if line.kind == ERROR or (isinstance(line.event, TraceEvent) and line.event.error):
            return self._status_colour("error") if column else None
        if not self.two_sided and column == 1 and line.side:
            colour = self._side_colours.get(line.side)
            if colour is None:
                colour = self._side_colours[line.side] = sender_color(line.side)
            return colour
        if line.kind in (KEEPALIVE, DISCOVERY, STATE):
            return self._status_colour("muted")
        return None


class EventFilter(QSortFilterProxyModel):
    """Hides the kinds of line switched off and the lines the search does not match."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hidden_kinds: set[str] = set()
        self.search = ""

    def set_hidden(self, kinds: Iterable[str]) -> None:
        """Hide lines of these kinds ("keepalive", "discovery", "state")."""
        self._change(hidden_kinds=set(kinds))

    def set_search(self, text: str) -> None:
        """Show only lines whose text contains `text` (any case)."""
        self._change(search=text.strip().casefold())

    def _change(self, **settings: object) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: invalidateFilter() is deprecated
            self.beginFilterChange()
            for name, value in settings.items():
                setattr(self, name, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            for name, value in settings.items():
                setattr(self, name, value)
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, EventLogModel)
        line = model.line(source_row)
        if line.kind in self.hidden_kinds:
            return False
        if self.search:
            text = format_event_line(line.event, line.side) or ""
            return self.search in text.casefold()
        return True


class EventsPane(QWidget):
    """A collapsible timeline of socket calls, fed with batches of events.

    `sides`: the two sides of the conversation this pane shows ("client", "server"),
    which enables the two-column view; None for a pane of one engine.

    Signals:
        line_selected(object): the event of the line the user selected.
        show_packets(int): "Show the packets" was chosen on a connect(), accept() or
            close() line: the port whose packets the Packets tab should show.
        batch_seen(object, str): every batch added, raw, with its source (Help > Lessons).
    """

    line_selected = Signal(object)
    show_packets = Signal(int)
    batch_seen = Signal(object, str)

    def __init__(
        self,
        title: str | None = None,
        max_lines: int = 5000,
        parent=None,
        *,
        sides: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._held: list[_Line] = []  # lines that came while paused
        self._incoming: list[_Line] = []  # lines waiting for the next redraw
        self._last_drawn = 0  # how many lines the last redraw brought
        self._draw_timer = QTimer(self, singleShot=True, interval=DRAW_INTERVAL_MS)
        self._draw_timer.timeout.connect(self.flush)
        self.model = EventLogModel(max_lines, self)
        if sides is not None:
            self.model.sides = sides
        self.filter = EventFilter(self)
        self.filter.setSourceModel(self.model)
        self._build(sides is not None)
        # One engine's pane: every line is from the same side, so no Side column.
        self.view.setColumnHidden(1, sides is None)
        self._restore_settings()
        self._set_expanded(True)
        self.retranslate()

    # ------------------------------------------------------------ building
    def _build(self, two_sided_option: bool) -> None:
        self._toggle = QToolButton(checkable=True, checked=True)
        self._toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._toggle.setAutoRaise(True)
        self._toggle.toggled.connect(self._set_expanded)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(80)
        self.search_edit.setMaximumWidth(220)
        self.search_edit.textChanged.connect(self._on_search)
        self.show_button = QToolButton()
        self.show_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.show_button)
        self.filter_actions: dict[str, QAction] = {}
        for kind in (KEEPALIVE, DISCOVERY, STATE):
            action = menu.addAction("")
            action.setCheckable(True)
            action.toggled.connect(self._on_filters_changed)
            self.filter_actions[kind] = action
        self.two_sided_action: QAction | None = None
        if two_sided_option:
            menu.addSeparator()
            self.two_sided_action = menu.addAction("")
            self.two_sided_action.setCheckable(True)
            self.two_sided_action.toggled.connect(self._on_two_sided)
        self.show_button.setMenu(menu)
        self.pause_button = QToolButton(checkable=True)
        self.pause_button.toggled.connect(self._on_pause)
        self.copy_button = QToolButton()
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QToolButton()
        self.save_button.clicked.connect(self.save)
        self._clear = QToolButton()
        self._clear.clicked.connect(self.clear)

        self.view = QTableView()
        self.view.setModel(self.filter)
        use_fixed_font(self.view)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 4)
        self.view.horizontalHeader().setHighlightSections(False)
        self._fit_columns()
        self.view.installEventFilter(self)  # View > Zoom changes its font: fit again
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        copy_action = QAction(self.tr("Copy"), self.view)
        copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_action.triggered.connect(self.copy)
        self.view.addAction(copy_action)
        self.show_packets_action = QAction(self.view)
        self.show_packets_action.setEnabled(False)
        self.show_packets_action.triggered.connect(self._on_show_packets)
        self.view.addAction(self.show_packets_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self._tools = (
            self.search_edit,
            self.show_button,
            self.pause_button,
            self.copy_button,
            self.save_button,
            self._clear,
        )
        # The tools sit right of the title, or under it when the pane is too narrow for
        # one row (resizeEvent): a long title and six tools never set the window's width.
        self._tool_row = QHBoxLayout()
        self._tool_row.addStretch(1)
        for widget in self._tools:
            self._tool_row.addWidget(widget)
        self._header = header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        header.addWidget(self._toggle, 0, Qt.AlignmentFlag.AlignLeft)
        header.addLayout(self._tool_row, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.view)

    def _fit_columns(self) -> None:
        """Column widths from the font and the words, not from the rows: measuring the
        rows (ResizeToContents) on every redraw costs more than drawing them."""
        header = self.view.horizontalHeader()
        mode = QHeaderView.ResizeMode
        metrics = self.view.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("x")

        def fixed(column: int, texts: Iterable[str]) -> None:
            header.setSectionResizeMode(column, mode.Interactive)
            width = max(metrics.horizontalAdvance(text) for text in texts) + padding
            header.resizeSection(column, max(width, header.sectionSizeFromContents(column).width()))

        fixed(0, ["00:00:00.000"])
        if self.model.two_sided:
            header.setSectionResizeMode(1, mode.Stretch)
            fixed(2, ["◄──"])
            header.setSectionResizeMode(3, mode.Stretch)
        else:
            fixed(1, [side_text(side) for side in SIDE_NAMES])
            fixed(2, ["x" * 44])
            header.setSectionResizeMode(3, mode.Stretch)

    def retranslate(self) -> None:
        """Put every word of the pane in the window's language (and the lines' words)."""
        title = self._title if self._title is not None else self.tr("Events (socket calls)")
        self._toggle.setText(title)
        self.view.setAccessibleName(title)
        self.search_edit.setPlaceholderText(self.tr("Search events"))
        self.search_edit.setAccessibleName(self.tr("Search events"))
        self.show_button.setText(self.tr("Show"))
        self.show_button.setToolTip(self.tr("Which kinds of line to show"))
        self.filter_actions[KEEPALIVE].setText(self.tr("Keep-alive (ping, pong)"))
        self.filter_actions[DISCOVERY].setText(self.tr("Discovery announcements"))
        self.filter_actions[STATE].setText(self.tr("Engine states (running, stopped)"))
        if self.two_sided_action is not None:
            left, right = self.model.sides
            self.two_sided_action.setText(
                self.tr("Two columns: {left} | {right}").format(
                    left=side_text(left), right=side_text(right)
                )
            )
        self._update_pause_text()
        self.pause_button.setToolTip(self.tr("Stop the list moving while you read it"))
        self.show_packets_action.setText(self.tr("Show the packets"))
        self.show_packets_action.setToolTip(
            self.tr("The handshake or teardown of this connection in the Packets tab")
        )
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the selected lines (all shown lines if none)"))
        self.save_button.setText(self.tr("Save..."))
        self.save_button.setToolTip(self.tr("Save the shown lines as text or CSV"))
        self._clear.setText(self.tr("Clear"))
        self._clear.setAccessibleName(self.tr("Clear events"))
        self.model.retranslate()
        self._fit_columns()  # the side names' widths change with the language

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The list's font changed (View > Zoom): rows and columns fit the new size."""
        if watched is self.view and event.type() == QEvent.Type.FontChange:
            self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 4)
            self._fit_columns()
        return super().eventFilter(watched, event)

    def changeEvent(self, event) -> None:
        """A live language switch: the pane's words and its lines' words change."""
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.model.retranslate()  # the side colours follow the theme
        super().changeEvent(event)

    def _update_pause_text(self) -> None:
        if self.pause_button.isChecked():
            self.pause_button.setText(
                self.tr("Resume ({count} new)").format(count=len(self._held))
                if self._held
                else self.tr("Resume")
            )
        else:
            self.pause_button.setText(self.tr("Pause"))

    def _restore_settings(self) -> None:
        for kind, action in self.filter_actions.items():
            action.blockSignals(True)
            action.setChecked(read_setting(FILTER_KEYS[kind], False))
            action.blockSignals(False)
        self._apply_filters()
        if self.two_sided_action is not None:
            two_sided = read_setting(TWO_SIDED_KEY, False)
            self.two_sided_action.blockSignals(True)
            self.two_sided_action.setChecked(two_sided)
            self.two_sided_action.blockSignals(False)
            self.model.set_two_sided(two_sided)
            self._fit_columns()

    # ------------------------------------------------------------ showing and hiding
    @Slot(bool)
    def _one_row_width(self) -> int:
        return (
            self._toggle.sizeHint().width()
            + max(self._header.spacing(), 0)
            + self._tool_row.sizeHint().width()
        )

    def minimumSizeHint(self) -> QSize:
        """As narrow as the title or the tools, whichever is wider (two rows)."""
        hint = super().minimumSizeHint()
        narrow = max(self._toggle.minimumSizeHint().width(), self._tool_row.minimumSize().width())
        narrow = max(narrow, self.view.minimumSizeHint().width())
        return QSize(min(hint.width(), narrow), hint.height())

    def resizeEvent(self, event) -> None:
        """One header row when the pane is wide enough, else the tools under the title."""
        wide = event.size().width() >= self._one_row_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._header.direction() != direction:
            self._header.setDirection(direction)
        super().resizeEvent(event)

    def _set_expanded(self, expanded: bool) -> None:
        self._toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.view.setVisible(expanded)
        for widget in self._tools:
            widget.setVisible(expanded)

    def is_expanded(self) -> bool:
        """True when the log is shown."""
        return self._toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        """Show or hide the log."""
        self._toggle.setChecked(expanded)

    # ------------------------------------------------------------ filters
    @Slot()
    def _on_filters_changed(self) -> None:
        changed = self.sender()
        write_settings(
            {
                FILTER_KEYS[kind]: action.isChecked()
                for kind, action in self.filter_actions.items()
                if action is changed  # only this one: another pane may have set the others
            }
        )
        self._apply_filters()

    def _apply_filters(self) -> None:
        hidden = [kind for kind, action in self.filter_actions.items() if not action.isChecked()]
        self.filter.set_hidden(hidden)
        self.view.scrollToBottom()

    def set_shown(self, kind: str, shown: bool) -> None:
        """Show or hide one kind of line ("keepalive", "discovery", "state")."""
        self.filter_actions[kind].setChecked(shown)

    @Slot(str)
    def _on_search(self, text: str) -> None:
        self.filter.set_search(text)

    @Slot(bool)
    def _on_two_sided(self, two_sided: bool) -> None:
        write_settings({TWO_SIDED_KEY: two_sided})
        self.model.set_two_sided(two_sided)
        self._fit_columns()
        self.view.scrollToBottom()

    def set_two_sided(self, two_sided: bool) -> None:
        """Show the two sides in two columns with arrows for the data between them."""
        if self.two_sided_action is not None:
            self.two_sided_action.setChecked(two_sided)

    # ------------------------------------------------------------ pause
    @Slot(bool)
    def _on_pause(self, paused: bool) -> None:
        if paused:
            self.flush()  # lines waiting for the next redraw are held too
        elif self._held:
            held, self._held = self._held, []
            self._insert(held)
        self._update_pause_text()

    def is_paused(self) -> bool:
        """True while new lines are held back."""
        return self.pause_button.isChecked()

    def set_paused(self, paused: bool) -> None:
        """Hold new lines back (True) or show them (False)."""
        self.pause_button.setChecked(paused)

    # ------------------------------------------------------------ lines in
    @Slot(object)
    def append_events(self, batch: list[Event]) -> None:
        """Add a batch from an engine whose trace lines say their own side."""
        self.add_batch(batch, "")

    def append_from(self, batch: list[Event], source: str) -> None:
        """Add a batch from one of several engines (`source`: "server", "client")."""
        self.add_batch(batch, source)

    def add_batch(self, batch: list[Event], source: str = "") -> None:
        """Sort a batch's lines into the timeline (the "starting" state is left out)."""
        self.batch_seen.emit(batch, source)
        lines = [
            _Line(event, side_of(event, source))
            for event in batch
            if isinstance(event, (TraceEvent, ErrorEvent))
            or (isinstance(event, StateEvent) and event.state != "starting")
        ]
        if not lines:
            return
        if self.is_paused():
            self._hold(lines)
            return
        # Lines are drawn a few times a second, not once per batch (up to 60 a second
        # per engine): each redraw of the table costs milliseconds of the GUI thread.
        self._incoming.extend(lines)
        if len(self._incoming) > 2 * self.model.max_lines:
            self._incoming.sort(key=lambda line: line.stamp)
            del self._incoming[: -self.model.max_lines]
        if not self._draw_timer.isActive():
            # A flood (the trace's 200 lines a second) is drawn twice a second: nobody
            # reads faster, and each redraw takes the GUI thread for milliseconds.
            busy = self._last_drawn > FLOOD_LINES_PER_DRAW
            self._draw_timer.start(FLOOD_DRAW_INTERVAL_MS if busy else DRAW_INTERVAL_MS)

    @Slot()
    def flush(self) -> None:
        """Put the lines waiting for the next redraw into the table now."""
        self._draw_timer.stop()
        self._last_drawn = len(self._incoming)
        if not self._incoming:
            return
        incoming, self._incoming = self._incoming, []
        if self.is_paused():  # paused: what waited is held, not drawn
            self._hold(incoming)
        else:
            self._insert(incoming)

    def _hold(self, lines: list[_Line]) -> None:
        """Keep lines back while paused: the newest `max_lines` by stamp."""
        self._held.extend(lines)
        if len(self._held) > self.model.max_lines:
            self._held.sort(key=lambda line: line.stamp)
            del self._held[: -self.model.max_lines]
        self._update_pause_text()

    def _insert(self, lines: list[_Line]) -> None:
        bar = self.view.verticalScrollBar()
        following = bar.value() >= bar.maximum() - 2
        self.model.add(lines)
        if following:
            self.view.scrollToBottom()

    @Slot()
    def clear(self) -> None:
        """Forget every line (and those held while paused)."""
        self._held.clear()
        self._incoming.clear()
        self._draw_timer.stop()
        self.model.clear()
        self._update_pause_text()

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            event = self.model.line(self.filter.mapToSource(current).row()).event
            self.show_packets_action.setEnabled(packets_port(event) is not None)
            self.line_selected.emit(event)

    @Slot()
    def _on_show_packets(self) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            port = packets_port(self.model.line(self.filter.mapToSource(current).row()).event)
            if port is not None:
                self.show_packets.emit(port)

    # ------------------------------------------------------------ lines out
    def lines(self) -> list[_Line]:
        """Every line (shown or filtered out), oldest first."""
        self.flush()
        return self.model.lines()

    def shown_lines(self) -> list[_Line]:
        """The lines the filter lets through, oldest first."""
        self.flush()
        return [
            self.model.line(self.filter.mapToSource(self.filter.index(row, 0)).row())
            for row in range(self.filter.rowCount())
        ]

    def text(self) -> str:
        """Every shown line as text, one per line."""
        return "\n".join(
            format_event_line(line.event, line.side) or "" for line in self.shown_lines()
        )

    def _selected_lines(self) -> list[_Line]:
        self.flush()
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [
            self.model.line(self.filter.mapToSource(self.filter.index(row, 0)).row())
            for row in rows
        ]

    @Slot()
    def copy(self) -> None:
        """Copy the selected lines, or every shown line, as text."""
        lines = self._selected_lines() or self.shown_lines()
        text = "\n".join(format_event_line(line.event, line.side) or "" for line in lines)
        QGuiApplication.clipboard().setText(text)

    def csv_text(self) -> str:
        """The shown lines as CSV: time, side, call, result, errno, meaning."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            [
                QCoreApplication.translate("EventsPane", "Time"),
                QCoreApplication.translate("EventsPane", "Side"),
                QCoreApplication.translate("EventsPane", "Call"),
                QCoreApplication.translate("EventsPane", "Result"),
                "errno",
                QCoreApplication.translate("EventsPane", "Meaning"),
            ]
        )
        for line in self.shown_lines():
            event = line.event
            errno_name = meaning = ""
            result = result_text(event)
            if isinstance(event, TraceEvent) and event.error:
                errno_name, meaning = str(event.result), translate_message(event.error)
                result = QCoreApplication.translate("EventsPane", "failed")
            writer.writerow(
                [
                    time_text(line.stamp),
                    side_text(line.side),
                    call_text(event),
                    result,
                    errno_name,
                    meaning,
                ]
            )
        return out.getvalue()

    @Slot()
    def save(self) -> None:
        """Ask for a file and save the shown lines in it (CSV for a .csv name)."""
        from app.ui.export import ask_export_path

        text_filter, csv_filter = self.tr("Text (*.txt)"), self.tr("CSV (*.csv)")
        path = ask_export_path(
            self, self.tr("Save events"), "socketlab-events.txt", f"{text_filter};;{csv_filter}"
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the shown lines to `path` (CSV when it ends in .csv); True when saved.

        A failure is said in a message box: nothing is lost, the lines stay here."""
        content = self.csv_text() if path.lower().endswith(".csv") else self.text() + "\n"
        try:
            with open(path, "w", encoding="utf-8", newline="") as file:
                file.write(content)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save events"),
                self.tr("The events could not be saved in {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return False
        return True
