"""Find servers: ask the LAN which chat servers run, list them, join one with a double-click.

A standalone panel, meant for the Chat tab's Join panel: it runs a ServerFinderEngine
on its own worker while shown, keeps the list current (servers that stop announcing
vanish), and says what commonly blocks discovery when nothing answers. Each room shows
the code of the key that signed its announcement, marked known when you joined that
key before; unsigned rooms read "unverified" and come last.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.discovery import (
    NOTHING_ANSWERED_FALLBACK,
    NOTHING_ANSWERED_HINTS,
    DatagramsIgnored,
    FoundServer,
    SearchDone,
    SearchStarted,
    ServerFinderEngine,
    ServersChanged,
)
from app.core.engine import EngineStopped
from app.core.events import ErrorEvent
from app.core.messages import N_, Message
from app.ui.diagnostics.common import EVENTS_HEIGHT, StatusItem, hint_label, setup_table
from app.ui.events_pane import EventsPane
from app.ui.focus import FocusRing
from app.ui.i18n import format_decimal, translate_message, window_numbers
from app.ui.theme import set_text_colour
from app.workers import EngineRun

#: While the panel is shown, the finder asks again this often (seconds).
QUERY_INTERVAL = 15.0

FinderFactory = Callable[[], ServerFinderEngine]

# The status line's sentences, kept as Messages: a language switch writes them again.
PRESS_FIND = N_("FindServersPanel", "Press Find servers to see the chats running on your LAN.")
ASKING_AGAIN = N_("FindServersPanel", "Asking the LAN again...")
ASKING = N_("FindServersPanel", "Asking the LAN...")
NO_ANSWER = N_("FindServersPanel", "No server answered.")
IPV6_ONLY = N_(
    "FindServersPanel",
    "{name} was heard over IPv6 only and accepts IPv4 only: ask for its address and type it.",
)
#: The status says how many servers were found (written from the list, in any language).
FOUND = "found"


def default_finder() -> ServerFinderEngine:
    """A finder that asks every interface and listens for announcements on port 5556."""
    return ServerFinderEngine(query_interval=QUERY_INTERVAL)


def nothing_answered_html() -> str:
    """The help shown when no server answered: what blocks discovery, what still works."""
    items = "".join(
        f"<li>{html.escape(translate_message(hint))}</li>" for hint in NOTHING_ANSWERED_HINTS
    )
    heading = QCoreApplication.translate(
        "FindServersPanel", "<b>No server answered.</b> What commonly blocks discovery:"
    )
    return (
        heading + f"<ul style='margin-top: 2px; margin-bottom: 2px;'>{items}</ul>"
        f"{html.escape(translate_message(NOTHING_ANSWERED_FALLBACK))}"
    )


class FindServersPanel(QWidget):
    """A "Find servers" button and a table of the chat servers that answered.

    Signals:
        server_chosen(str, int, str): host and port of the server the user double-clicked,
            and the code of the key its signed announcement carried ("" if unverified).
    """

    server_chosen = Signal(str, int, str)

    COLUMNS = (
        QT_TRANSLATE_NOOP("FindServersPanel", "Name"),
        QT_TRANSLATE_NOOP("FindServersPanel", "Address"),
        QT_TRANSLATE_NOOP("FindServersPanel", "Users"),
        QT_TRANSLATE_NOOP("FindServersPanel", "Round trip"),
        QT_TRANSLATE_NOOP("FindServersPanel", "Key code"),
    )
    CODE_COLUMN = 4

    def __init__(
        self, finder_factory: FinderFactory | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._finder_factory = finder_factory or default_finder
        self._servers: tuple[FoundServer, ...] = ()
        self._resume_on_show = False
        self._round_error = False
        self._run = EngineRun(self)
        # What the status line, its tool tip and the ignored line say, kept so a language
        # switch writes them again: a Message (or a plain text), or FOUND.
        self._status: str = Message(PRESS_FIND)
        self._status_error = False
        self._asked: tuple[str, ...] | None = None
        self._ignored = 0

        self.find_button = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        setup_table(self.table, stretch_column=0)
        self.table.setColumnWidth(1, 190)
        self.table.setColumnWidth(2, 60)
        self.table.setColumnWidth(3, 90)
        self.table.setColumnWidth(self.CODE_COLUMN, 210)
        self.help = QLabel()
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setWordWrap(True)
        self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.help.hide()
        self.ignored = hint_label()
        self.ignored.hide()
        self.events_pane = EventsPane()
        self.events_pane.set_expanded(False)
        self.events_pane.view.setMaximumHeight(EVENTS_HEIGHT)

        top = QHBoxLayout()
        top.addWidget(self.find_button)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.help)
        layout.addWidget(self.ignored)
        layout.addWidget(self.events_pane)
        self._connect_signals()
        self.retranslate()

    def retranslate(self) -> None:
        """The texts in the current language: at start and on QEvent.LanguageChange. The
        status, the list and the hints are written again from what they show."""
        self.find_button.setText(self.tr("Find servers"))
        self.find_button.setToolTip(
            self.tr(
                "Ask the LAN which SocketLab chat servers are running (UDP broadcast, port 5556)"
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in self.COLUMNS])
        self.table.setAccessibleName(self.tr("Servers found"))
        self.table.setAccessibleDescription(self.tr("Enter or a double-click joins a server"))
        self.help.setText(nothing_answered_html())
        self._set_status(self._status, error=self._status_error)
        if self._asked is not None:
            self._say_asked(self._asked)
        if self._ignored:
            self._say_ignored(self._ignored)
        if self._servers:
            self._fill_table()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _connect_signals(self) -> None:
        self.find_button.clicked.connect(self.find)
        self.table.activated.connect(self._on_activated)
        self._run.events.connect(self._on_events)
        self._run.events.connect(self.events_pane.append_events)
        self._run.failed.connect(self._on_failed)

    # ------------------------------------------------------------ public
    @Slot()
    def find(self) -> None:
        """Ask the LAN now; starts the finder if it is not running."""
        engine = self._run.engine
        if self._run.is_running() and isinstance(engine, ServerFinderEngine):
            try:
                engine.query()
            except EngineStopped:  # it ended a moment ago: start a new one below
                pass
            else:
                self._set_status(Message(ASKING_AGAIN))
                return
        self._servers = ()
        self._fill_table()
        self.help.hide()
        self._set_status(Message(ASKING))
        self._run.start(self._finder_factory())

    def servers(self) -> tuple[FoundServer, ...]:
        """The servers listed now."""
        return self._servers

    def is_searching(self) -> bool:
        """True while the finder runs (it keeps listening and asking while shown)."""
        return self._run.is_running()

    def stop(self) -> None:
        """Stop listening; the list stays as it was."""
        self._run.stop()

    def shutdown(self) -> None:
        """Stop the finder's worker (the window calls this on close)."""
        self._resume_on_show = False
        self._run.stop()

    # ------------------------------------------------------------ shown and hidden
    def hideEvent(self, event: QHideEvent) -> None:
        """A hidden panel needs no updates: stop asking the LAN until shown again."""
        self._resume_on_show = self._run.is_running()
        self._run.stop()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._resume_on_show:
            self._resume_on_show = False
            self.find()

    # ------------------------------------------------------------ engine events
    @Slot(object)
    def _on_events(self, batch: list) -> None:
        for event in batch:
            if isinstance(event, ServersChanged):
                self._servers = event.servers
                self._fill_table()
                if event.servers:
                    self.help.hide()
                    self._set_status(FOUND)
            elif isinstance(event, SearchStarted):
                self._round_error = False
                self._say_asked(tuple(event.targets))
            elif isinstance(event, SearchDone):
                self.help.setVisible(not self._servers)
                if self._servers:
                    self._set_status(FOUND)
                elif not self._round_error:  # an error says more than "nobody answered"
                    self._set_status(Message(NO_ANSWER))
            elif isinstance(event, DatagramsIgnored):
                self._say_ignored(event.total)
                self.ignored.show()
            elif isinstance(event, ErrorEvent):
                self._round_error = True
                self._set_status(event.message, error=True)

    @Slot(object)
    def _on_failed(self, message: str) -> None:
        self._set_status(message, error=True)

    def _say_asked(self, targets: tuple[str, ...]) -> None:
        self._asked = targets
        where = ", ".join(targets) or self.tr("no interface")
        self.status.setToolTip(self.tr("Asked: {where}").format(where=where))

    def _say_ignored(self, total: int) -> None:
        self._ignored = total
        with window_numbers():
            self.ignored.setText(
                self.tr(
                    "%Ln datagram(s) on the discovery port were ignored: not "
                    "SocketLab's, malformed or forged (the Events list shows them).",
                    "",
                    total,
                )
            )

    # ------------------------------------------------------------ the table
    def _found_text(self) -> str:
        with window_numbers():
            return self.tr("%Ln server(s) found. Double-click one to join.", "", len(self._servers))

    def _fill_table(self) -> None:
        selected = self._selected_id()
        table = self.table
        table.setRowCount(len(self._servers))
        for row, server in enumerate(self._servers):
            if server.rtt_ms is None:
                rtt = "-"
            else:
                rtt = self.tr("{ms} ms").format(ms=format_decimal(server.rtt_ms))
            address = server.address or self.tr("IPv6 only")
            cells = (server.name, address, str(server.users), rtt, self._key_text(server))
            tip = (
                self.tr("Heard from {addresses}. Double-click to join.").format(
                    addresses=", ".join(server.heard_from)
                )
                if server.joinable
                else self.tr(
                    "Heard over IPv6 only, and this server accepts IPv4 only: ask for its address."
                )
            )
            for column, text in enumerate(cells):
                # listed, but greyed: double-clicking explains why; an unverified key red
                kind = "muted" if not server.joinable else ""
                if column == self.CODE_COLUMN and not server.verified:
                    kind = "error"
                item = StatusItem(text, kind)  # coloured for the palette when painted
                item.setToolTip(tip)
                if column in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == self.CODE_COLUMN:
                    item.setToolTip(self._key_tooltip(server))
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, server.server_id)
                table.setItem(row, column, item)
            if server.server_id == selected:
                table.selectRow(row)

    def _key_text(self, server: FoundServer) -> str:
        """`3KCS-6KJY-XNTN-K11Y (known)`, the code alone, or `unverified`."""
        if not server.verified:
            return self.tr("unverified")
        if server.known:
            return self.tr("{code} (known)").format(code=server.code)
        return server.code

    def _key_tooltip(self, server: FoundServer) -> str:
        """What the mark means, in words."""
        if not server.verified:
            return self.tr(
                "Unverified: this announcement is not signed (an older SocketLab, or a server "
                "with encryption off), so anyone on the LAN could have sent it. Ask the host "
                "for the address before you trust it."
            )
        if server.known:
            return self.tr(
                "Known: signed with the key of a server you joined before (code {code}). "
                "Nobody else on the LAN can sign with that key."
            ).format(code=server.code)
        return self.tr(
            "Verified: signed with this server's key, code {code}. You have not joined it "
            "before: check that the host's screen shows the same code."
        ).format(code=server.code)

    def _selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if not 0 <= index.row() < len(self._servers):
            return
        server = self._servers[index.row()]
        if not server.joinable:
            self._set_status(Message(IPV6_ONLY, name=server.name), error=True)
            return
        self.server_chosen.emit(server.host, server.port, server.code if server.verified else "")

    def _set_status(self, text: str, *, error: bool = False) -> None:
        """Say `text` (a Message, a message from core, or FOUND) and keep it as given."""
        self._status, self._status_error = text, error
        set_text_colour(self.status, "error" if error else None)
        shown = self._found_text() if text is FOUND else translate_message(text)
        self.status.setText(shown)


class FindServersDialog(QDialog):
    """Find servers in a window of its own (it asks the LAN while it is shown).

    Signals:
        server_chosen(str, int, str): a server was double-clicked: join it (with the code
            of its announced key, "" when unverified).
    """

    server_chosen = Signal(str, int, str)

    def __init__(
        self, finder_factory: Callable[[], ServerFinderEngine] | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.resize(720, 420)
        self.panel = FindServersPanel(finder_factory)
        self.panel.server_chosen.connect(self._on_chosen)
        QVBoxLayout(self).addWidget(self.panel)
        FocusRing(self)
        self.retranslate()

    def retranslate(self) -> None:
        """The title in the current language (the panel retranslates itself)."""
        self.setWindowTitle(self.tr("Find chat servers on the LAN"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def open_and_find(self) -> None:
        """Show the window and ask the LAN (unless a search runs)."""
        self.show()
        self.raise_()
        if not self.panel.is_searching():
            self.panel.find()

    @Slot(str, int, str)
    def _on_chosen(self, host: str, port: int, code: str) -> None:
        self.hide()
        self.server_chosen.emit(host, port, code)

    def shutdown(self) -> None:
        """Stop asking the LAN and close (the window is closing)."""
        self.panel.shutdown()
        self.close()
