"""The Chat tab's side panels: who you are, join a chat, host a chat, and who is here.

They collect input and show state; the tab (app.ui.chat.tab) runs the engines.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.chat.listen_queue import BACKLOG_HIGH, BACKLOG_LOW, DEFAULT_BACKLOG
from app.core.chat.protocol import DEFAULT_PORT, nick_key
from app.ui.field_error import FieldError
from app.ui.focus import on_enter, set_tab_order
from app.ui.i18n import format_count
from app.ui.theme import set_text_colour

if TYPE_CHECKING:
    from app.core.chat.protocol import UserInfo

ALL_INTERFACES = "0.0.0.0"
LOOPBACK = "127.0.0.1"


def _plain_label(text: str = "", object_name: str = "") -> QLabel:
    """A label that never interprets its text as rich text (it may hold nicknames)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


def _muted(label: QLabel) -> QLabel:
    set_text_colour(label, "muted")  # muted, readable in either theme
    return label


class BindCombo(QComboBox):
    """Where a server listens: all interfaces, this computer only, or one local address.

    The addresses of this machine are read when the list first opens, not at start-up.
    Editable, so any address can be typed (a wrong one gets an error in words).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Narrow enough that the label beside it ("Слушать на") is never cut short.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.addItem("", ALL_INTERFACES)
        self.addItem("", LOOPBACK)
        self._listed_local = False
        self.retranslate()

    def retranslate(self) -> None:
        """The texts in the current language: at start and on QEvent.LanguageChange."""
        typed = self.currentText() if self.findText(self.currentText()) < 0 else None
        self.setItemText(0, self.tr("All interfaces ({address})").format(address=ALL_INTERFACES))
        self.setItemText(1, self.tr("This computer only ({address})").format(address=LOOPBACK))
        if typed is not None:  # an address typed in is kept as typed
            self.setEditText(typed)
        self.setAccessibleName(self.tr("Listen on"))  # the label beside it says so too
        self.setToolTip(
            self.tr(
                "The address the server listens on. All interfaces: anyone on your LAN can "
                "join. This computer only: just programs on this machine."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def showPopup(self) -> None:
        if not self._listed_local:
            self._listed_local = True
            from app.core.netinfo import lan_addresses  # psutil: only when asked

            for address in lan_addresses():
                self.addItem(address, address)
        super().showPopup()

    def address(self) -> str:
        """The address to bind, as chosen or typed."""
        index = self.findText(self.currentText())
        if index >= 0 and self.itemData(index):
            return str(self.itemData(index))
        return self.currentText().strip()

    def set_address(self, address: str) -> None:
        """Select the entry for `address` (or type it)."""
        for index in range(self.count()):
            if self.itemData(index) == address:
                self.setCurrentIndex(index)
                return
        self.setEditText(address)


class IdentityPanel(QGroupBox):
    """Your nickname, used when you host and when you join."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nick_edit = QLineEdit()
        self.nick_edit.setObjectName("nickEdit")
        self.nick_edit.setMaxLength(32)
        self.nick_error = FieldError()
        # Says why the field shows another name than the one typed (the room renamed us).
        self.nick_note = _muted(_plain_label("", "nickNote"))
        self.nick_note.hide()
        self.nick_label = QLabel()
        form = QFormLayout(self)
        form.addRow(self.nick_label, self.nick_edit)
        form.addRow(self.nick_error)
        form.addRow(self.nick_note)
        self.retranslate()

    def retranslate(self) -> None:
        """The texts in the current language: at start and on QEvent.LanguageChange."""
        self.setTitle(self.tr("You"))
        self.nick_edit.setAccessibleName(self.tr("Nickname"))
        self.nick_edit.setPlaceholderText(self.tr("your name in the chat"))
        self.nick_label.setText(self.tr("Nickname"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()


class JoinPanel(QGroupBox):
    """Join someone's chat (or any TCP server): address with recent servers, Connect."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address_combo = QComboBox()
        self.address_combo.setEditable(True)
        self.address_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.address_combo.setObjectName("joinAddress")
        # Its text follows the state: ChatTab._update_controls() writes it.
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("connectButton")
        self.find_button = QPushButton()
        self.find_button.setObjectName("findServersButton")
        self.address_error = FieldError()
        self.password_edit = password_field("joinPassword")
        self.password_error = FieldError()
        self.password_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.address_combo, 1)
        row.addWidget(self.connect_button)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_label)
        password_row.addWidget(self.password_edit, 1)
        find_row = QHBoxLayout()
        find_row.addStretch(1)
        find_row.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.address_error)
        layout.addLayout(password_row)
        layout.addWidget(self.password_error)
        layout.addLayout(find_row)
        self.retranslate()

    def retranslate(self) -> None:
        """The texts in the current language: at start and on QEvent.LanguageChange."""
        self.setTitle(self.tr("Join a chat"))
        self.address_combo.setAccessibleName(self.tr("Server address"))
        self.address_combo.lineEdit().setPlaceholderText(
            self.tr("host or host:port (port {port})").format(port=DEFAULT_PORT)
        )
        self.address_combo.setToolTip(
            self.tr(
                "The address the host shows, e.g. 192.168.1.23:5555, or [fe80::1]:5555. "
                "Any TCP server works too: without a SocketLab greeting you get a raw terminal."
            )
        )
        if not self.connect_button.text():
            self.connect_button.setText(self.tr("Connect"))
        self.find_button.setText(self.tr("Find servers..."))
        self.find_button.setToolTip(
            self.tr(
                "Ask the LAN which SocketLab chats are running, and join one with a double-click"
            )
        )
        self.password_edit.setAccessibleName(self.tr("Room password"))
        self.password_edit.setPlaceholderText(self.tr("only if the room has one"))
        self.password_edit.setToolTip(
            self.tr(
                "Sent to the server inside the encrypted connection. It is not sent to a "
                "server that does not offer encryption."
            )
        )
        self.password_label.setText(self.tr("Password"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def address(self) -> str:
        """The address as typed."""
        return self.address_combo.currentText().strip()

    def set_recent(self, servers: list[str]) -> None:
        """Fill the drop-down with recent servers, newest first, keeping the typed text."""
        typed = self.address_combo.currentText()
        self.address_combo.clear()
        self.address_combo.addItems(servers)
        self.address_combo.setEditText(typed or (servers[0] if servers else ""))


def password_field(object_name: str) -> QLineEdit:
    """A line edit for a room password: hidden as typed, at most 256 characters."""
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    return edit


class HostPanel(QGroupBox):
    """Host a chat: bind address and port, who may enter, Start/Stop, the addresses to
    share with the key's fingerprint, the users, and bans.

    Signals:
        kick_requested(str): the host asked to remove this nickname.
        ban_requested(str, object): ban this nickname's address for so many minutes
            (a float), or until the server stops (None).
        unban_requested(str): lift the ban on this address.
        pause_requested(bool): stop (True) or resume (False) calling accept().
    """

    kick_requested = Signal(str)
    ban_requested = Signal(str, object)
    unban_requested = Signal(str)
    pause_requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bind_combo = BindCombo()
        self.port_edit = QLineEdit(str(DEFAULT_PORT))
        self.port_edit.setObjectName("hostPort")
        self.port_edit.setMaximumWidth(90)
        self.start_button = QPushButton()
        self.start_button.setObjectName("hostButton")
        self.announce_check = QCheckBox()
        self.announce_check.setObjectName("hostAnnounce")
        self.announce_check.setChecked(True)
        self.password_edit = password_field("hostPassword")
        self.require_tls_check = QCheckBox()
        self.require_tls_check.setObjectName("hostRequireTls")
        self.plain_password_check = QCheckBox()
        self.plain_password_check.setObjectName("hostPlainPassword")
        # Advanced: the teacher's switches, folded away so a newcomer's panel stays short.
        self.advanced_button = QToolButton()
        self.advanced_button.setObjectName("hostAdvanced")
        self.advanced_button.setCheckable(True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setAutoRaise(True)
        self.advanced_box = QWidget()
        self.advanced_box.setObjectName("hostAdvancedBox")
        self.advanced_box.hide()
        self.reuse_check = QCheckBox()
        self.reuse_check.setObjectName("hostReuseAddress")
        self.reuse_check.setChecked(True)  # as ServerConfig: a restart binds at once
        self.backlog_spin = QSpinBox()
        self.backlog_spin.setObjectName("hostBacklog")
        self.backlog_spin.setRange(BACKLOG_LOW, BACKLOG_HIGH)
        self.backlog_spin.setValue(DEFAULT_BACKLOG)
        self.backlog_label = QLabel()
        self.backlog_label.setBuddy(self.backlog_spin)
        self.pause_check = QCheckBox()
        self.pause_check.setObjectName("hostPauseAccepting")
        self.pause_check.setEnabled(False)
        self.queue_label = _muted(_plain_label("", "hostAcceptQueue"))
        self.queue_label.hide()
        self._queue: tuple[bool, int | None, int] | None = None  # (paused, waiting, backlog)
        self.bind_error = FieldError()
        self.port_error = FieldError()
        self.host_error = FieldError()
        self.status = _plain_label("", "hostStatus")
        self.fingerprint_label = _plain_label("", "hostFingerprint")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.hide()
        self.fingerprint = ""
        self.addresses_box = QWidget()
        self.addresses_box.setObjectName("hostAddresses")
        self._addresses_layout = QVBoxLayout(self.addresses_box)
        self._addresses_layout.setContentsMargins(0, 0, 0, 0)
        self._addresses_layout.setSpacing(2)
        self.addresses_box.hide()
        self.shared_addresses: list[str] = []
        # What the panel shows, kept so a language switch can write it again.
        self._running = False
        self._listening: tuple[str, int, tuple[str, ...]] = ("", 0, ())
        self._copy_buttons: list[QToolButton] = []
        self._bans: tuple[Any, ...] = ()

        self.users_table = QTableWidget(0, 3)
        self.users_table.setObjectName("hostUsers")
        self.users_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.users_table.verticalHeader().hide()
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users_table.setShowGrid(False)
        self.users_table.setWordWrap(False)
        header = self.users_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.users_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.kick_button = QPushButton()
        self.kick_button.setObjectName("kickButton")
        self.kick_button.setEnabled(False)
        self.ban_button = QToolButton()
        self.ban_button.setObjectName("banButton")
        self.ban_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        ban_menu = QMenu(self.ban_button)
        self.ban_actions = []
        for minutes in (10.0, 60.0, None):
            action = ban_menu.addAction("")
            action.setData(minutes)
            action.triggered.connect(self._on_ban)
            self.ban_actions.append(action)
        self.ban_button.setMenu(ban_menu)
        self.ban_button.setEnabled(False)
        self.bans_label = _muted(_plain_label())
        self.bans_list = QListWidget()
        self.bans_list.setObjectName("hostBans")
        self.bans_list.setMaximumHeight(self.fontMetrics().height() * 4 + 8)
        self.unban_button = QPushButton()
        self.unban_button.setObjectName("unbanButton")
        self.unban_button.setEnabled(False)
        self.users_label = _muted(_plain_label())
        self.own_nick = ""
        self._users: tuple[UserInfo, ...] = ()
        self.listen_label = QLabel()
        self.port_label = QLabel()
        self.password_label = QLabel()
        self._build_layout()
        self._connect_signals()
        self.set_running(False)
        self.retranslate()

    def retranslate(self) -> None:
        """The texts in the current language: at start and on QEvent.LanguageChange.
        The state texts (status, users, bans, addresses) are written again from the
        state they show."""
        self.setTitle(self.tr("Host a chat"))
        self.port_edit.setAccessibleName(self.tr("Port"))
        self.announce_check.setText(self.tr("Announce on the LAN"))
        self.announce_check.setToolTip(
            self.tr(
                "So others can find this chat with Find servers: a few times a minute, a UDP "
                "broadcast (port 5556) tells the LAN its name, port and number of people. "
                "Nothing else is sent."
            )
        )
        self.password_edit.setAccessibleName(self.tr("Room password"))
        self.password_edit.setPlaceholderText(self.tr("none: anyone may join"))
        self.password_edit.setToolTip(
            self.tr(
                "People joining must give this password: SocketLab asks for it in Join a "
                "chat; nc and telnet users type /pass PASSWORD first."
            )
        )
        self.require_tls_check.setText(self.tr("Encrypted connections only"))
        self.require_tls_check.setToolTip(
            self.tr(
                "Refuse connections without TLS. nc and telnet users get one line saying how "
                "to join with openssl s_client or ncat --ssl."
            )
        )
        self.plain_password_check.setText(self.tr("Accept the password unencrypted"))
        self.plain_password_check.setToolTip(
            self.tr(
                "Let nc and telnet users send the password without encryption. Anyone "
                "capturing the LAN can then read it."
            )
        )
        self.advanced_button.setText(self.tr("Advanced"))
        self.advanced_button.setToolTip(
            self.tr(
                "Socket options for lessons: SO_REUSEADDR, the listen backlog, pausing accept()"
            )
        )
        self.reuse_check.setText(self.tr("SO_REUSEADDR"))
        self.reuse_check.setToolTip(
            self.tr(
                "SO_REUSEADDR lets the server bind its port again at once after a restart. "
                "The side that closes a TCP connection first keeps it in TIME_WAIT for about "
                "60 s (on Linux), so late packets of the old connection cannot reach a new "
                'one; without this option the port is "already in use" until then. Switch '
                "it off, host, stop and host again to see it."
            )
        )
        self.backlog_label.setText(self.tr("Listen backlog"))
        self.backlog_spin.setAccessibleName(self.tr("Listen backlog"))
        self.backlog_spin.setToolTip(
            self.tr(
                "The number given to listen(): how many connections the kernel finishes "
                "(the three-way handshake) and keeps waiting until the server calls "
                "accept(). When it is full, new connect() calls wait or fail. Linux caps it "
                "at net.core.somaxconn. Pause accepting to watch it fill."
            )
        )
        self.pause_check.setText(self.tr("Pause accepting"))
        self.pause_check.setToolTip(
            self.tr(
                "While on, the server does not call accept(). Clients still connect: the "
                "kernel completes their handshake and queues them in the listen backlog. "
                "Switch it off and they are accepted at once; the Events pane shows when "
                "accept() is called."
            )
        )
        self.fingerprint_label.setToolTip(
            self.tr(
                "This server's key. Read it aloud to the people joining: SocketLab shows "
                "them the same code, and warns them if it ever changes."
            )
        )
        self.users_table.setAccessibleName(self.tr("Connected users"))
        self.users_table.setHorizontalHeaderLabels(
            [self.tr("Nickname"), self.tr("Address"), self.tr("Since")]
        )
        self.kick_button.setText(self.tr("Kick"))
        self.kick_button.setToolTip(self.tr("Disconnect the selected user"))
        self.ban_button.setText(self.tr("Ban"))
        self.ban_button.setToolTip(
            self.tr("Disconnect the selected user and refuse their address for a while")
        )
        ban_texts = (
            self.tr("For 10 minutes"),
            self.tr("For an hour"),
            self.tr("Until the server stops"),
        )
        for action, text in zip(self.ban_actions, ban_texts, strict=True):
            action.setText(text)
        self.bans_label.setText(self.tr("Banned addresses"))
        self.bans_list.setAccessibleName(self.tr("Banned addresses"))
        self.unban_button.setText(self.tr("Unban"))
        self.listen_label.setText(self.tr("Listen on"))
        self.port_label.setText(self.tr("Port"))
        self.password_label.setText(self.tr("Password"))
        self.start_button.setText(
            self.tr("Stop hosting") if self._running else self.tr("Start hosting")
        )
        # The state texts in place: the Copy buttons and the bans' selection stay.
        self._write_status()
        self._write_copy_texts()
        self.set_users(self._users)
        self.set_fingerprint(self.fingerprint)
        self._write_queue()
        for row, ban in enumerate(self._bans):
            item = self.bans_list.item(row)
            if item is not None:
                item.setText(self._ban_text(ban))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.listen_label, self.bind_combo)
        port_row = QHBoxLayout()
        port_row.addWidget(self.port_edit)
        port_row.addStretch(1)
        port_row.addWidget(self.start_button)
        form.addRow(self.port_label, port_row)
        form.addRow(self.bind_error)  # under Start, so showing it never moves the button
        form.addRow(self.port_error)
        form.addRow(self.password_label, self.password_edit)
        form.addRow(self.announce_check)
        form.addRow(self.require_tls_check)
        form.addRow(self.plain_password_check)
        form.addRow(self.advanced_button)
        advanced = QFormLayout(self.advanced_box)
        advanced.setContentsMargins(16, 0, 0, 0)
        advanced.addRow(self.reuse_check)
        advanced.addRow(self.backlog_label, self.backlog_spin)
        advanced.addRow(self.pause_check)
        advanced.addRow(self.queue_label)
        form.addRow(self.advanced_box)
        users_header = QHBoxLayout()
        users_header.addWidget(self.users_label, 1)
        users_header.addWidget(self.kick_button)
        users_header.addWidget(self.ban_button)
        bans_header = QHBoxLayout()
        bans_header.addWidget(self.bans_label, 1)
        bans_header.addWidget(self.unban_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.host_error)
        layout.addWidget(self.status)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.addresses_box)
        layout.addLayout(users_header)
        layout.addWidget(self.users_table, 1)
        layout.addLayout(bans_header)
        layout.addWidget(self.bans_list)
        layout.addStretch(0)  # takes the room while the users table is hidden
        self._layout = layout
        self._show_bans(False)

    def _connect_signals(self) -> None:
        self.users_table.itemSelectionChanged.connect(self._on_selection)
        self.kick_button.clicked.connect(self._on_kick)
        self.bans_list.itemSelectionChanged.connect(self._on_ban_selection)
        self.unban_button.clicked.connect(self._on_unban)
        self.advanced_button.toggled.connect(self.show_advanced)
        self.pause_check.toggled.connect(self.pause_requested)

    # ------------------------------------------------------------ state
    def set_running(self, running: bool) -> None:
        """Switch the panel between editing the settings and showing a running server."""
        self._running = running
        self.bind_combo.setEnabled(not running)
        self.port_edit.setEnabled(not running)
        self.announce_check.setEnabled(not running)
        for control in (
            self.password_edit,
            self.require_tls_check,
            self.plain_password_check,
            self.reuse_check,
            self.backlog_spin,
        ):
            control.setEnabled(not running)
        self.pause_check.setEnabled(running)
        self.start_button.setText(self.tr("Stop hosting") if running else self.tr("Start hosting"))
        self.users_table.setVisible(running)
        self.users_label.setVisible(running)
        self.kick_button.setVisible(running)
        self.ban_button.setVisible(running)
        self._layout.setStretch(self._layout.count() - 1, 0 if running else 1)
        if not running:
            self.show_addresses("", 0, ())
            self.set_users(())
            self.set_fingerprint("")
            self.set_bans(())
            with QSignalBlocker(self.pause_check):  # a new server starts accepting
                self.pause_check.setChecked(False)
            self.set_accept_queue(None)

    @Slot(bool)
    def show_advanced(self, shown: bool) -> None:
        """Unfold (or fold) the Advanced options."""
        if self.advanced_button.isChecked() != shown:
            self.advanced_button.setChecked(shown)  # comes back here through toggled
            return
        self.advanced_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.advanced_box.setVisible(shown)

    def set_accept_queue(self, queue: tuple[bool, int | None, int] | None) -> None:
        """Show whether accept() is paused and how many connections wait in the backlog
        (`waiting` None: this system does not let us count them); None hides it."""
        self._queue = queue
        self._write_queue()

    def _write_queue(self) -> None:
        queue = self._queue
        if queue is None or not queue[0]:
            self.queue_label.setText("")
            self.queue_label.hide()
            return
        _paused, waiting, backlog = queue
        if waiting is None:
            text = self.tr(
                "accept() paused. How many connections wait cannot be measured on this "
                "system (Linux shows it)."
            )
        else:
            text = self.tr("accept() paused: {waiting} of {backlog} waiting in the backlog").format(
                waiting=format_count(waiting), backlog=format_count(backlog)
            )
        self.queue_label.setText(text)
        self.queue_label.show()

    def set_fingerprint(self, code: str) -> None:
        """Show the running server's key fingerprint ("" hides it: TLS off or stopped)."""
        self.fingerprint = code
        self.fingerprint_label.setText(
            self.tr("Key fingerprint: {code}").format(code=code) if code else ""
        )
        self.fingerprint_label.setVisible(bool(code))

    def set_bans(self, bans: tuple[Any, ...] | list[Any]) -> None:
        """Show the banned addresses (each with the nickname banned and until when)."""
        self._bans = tuple(bans)
        self.bans_list.clear()
        for ban in bans:
            item = QListWidgetItem(self._ban_text(ban))
            item.setData(Qt.ItemDataRole.UserRole, ban.address)
            self.bans_list.addItem(item)
        self._show_bans(bool(bans))
        self._on_ban_selection()

    def _ban_text(self, ban: Any) -> str:
        """One ban's line: the address (and nickname) and until when."""
        if ban.until is None:
            until = self.tr("until the server stops")
        else:
            until = self.tr("until {time}").format(
                time=time.strftime("%H:%M", time.localtime(ban.until))
            )
        who = f"{ban.address} ({ban.nick})" if ban.nick else ban.address
        return self.tr("{who}, {until}").format(who=who, until=until)

    def _show_bans(self, shown: bool) -> None:
        for widget in (self.bans_label, self.bans_list, self.unban_button):
            widget.setVisible(shown)

    def checked_endpoint(self) -> tuple[str, int] | None:
        """The address and port to listen on, or None (the reason shown under the field)."""
        from app.core.address import AddressError, is_ip_address, parse_port, validate_host

        host = self.bind_combo.address()
        try:
            if host not in (ALL_INTERFACES, "::"):
                host = validate_host(host)
                if not is_ip_address(host):
                    raise AddressError(
                        self.tr(
                            "{host} is a name: type one of this computer's IP addresses, "
                            "or choose All interfaces."
                        ).format(host=host)
                    )
        except AddressError as exc:
            self.bind_error.show_error(exc)
            return None
        try:
            port = parse_port(self.port_edit.text())
        except AddressError as exc:
            self.port_error.show_error(exc)
            return None
        return host, port

    def clear_errors(self) -> None:
        """Hide every error in the panel."""
        for error in (self.bind_error, self.port_error, self.host_error):
            error.clear_error()

    def show_addresses(self, host: str, port: int, lan: tuple[str, ...]) -> None:
        """The addresses others can type, one per interface, each with a Copy button."""
        while self._addresses_layout.count():
            item = self._addresses_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self._listening = (host, port, tuple(lan))
        self.shared_addresses = []
        self._copy_buttons = []
        self._write_status()
        if not port:
            self.addresses_box.hide()
            return
        if host in (LOOPBACK, "::1"):
            lan = (host,)
        for address in lan:
            endpoint = f"[{address}]:{port}" if ":" in address else f"{address}:{port}"
            self.shared_addresses.append(endpoint)
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(12, 0, 0, 0)
            label = QLabel(endpoint)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet("font-weight: bold;")
            copy = QToolButton()
            copy.setProperty("endpoint", endpoint)
            copy.clicked.connect(self._copy_address)
            line.addWidget(label, 1)
            line.addWidget(copy)
            self._addresses_layout.addWidget(row)
            self._copy_buttons.append(copy)
        self._write_copy_texts()
        # Built now, so Qt put them last in the Tab order: move them under the settings.
        set_tab_order(self.announce_check, *self._copy_buttons)
        self.addresses_box.setVisible(bool(lan))

    def _write_status(self) -> None:
        """Write the hosting status for the addresses shown (in the current language)."""
        host, port, lan = self._listening
        if not port:
            self.status.setText(self.tr("Not hosting."))
            return
        shown_host = f"[{host}]" if ":" in host else host
        if host in (LOOPBACK, "::1"):
            self.status.setText(
                self.tr(
                    "Hosting on {host}:{port}. Only programs on this computer can join "
                    "(choose All interfaces to let others on your LAN in)."
                ).format(host=shown_host, port=port)
            )
        elif not lan:
            self.status.setText(
                self.tr(
                    "Hosting on port {port}, but this computer has no LAN address: connect it "
                    "to a network so others can join."
                ).format(port=port)
            )
        else:
            if host in (ALL_INTERFACES, "::"):
                text = self.tr(
                    "Hosting on all interfaces, port {port}. Others on your LAN can join at:"
                )
            else:
                text = self.tr("Hosting on {host}, port {port}. Others on your LAN can join at:")
            self.status.setText(text.format(host=shown_host, port=port))

    def _write_copy_texts(self) -> None:
        """Label the Copy buttons (in place: a focused one keeps the focus)."""
        for copy in self._copy_buttons:
            endpoint = str(copy.property("endpoint"))
            copy.setText(self.tr("Copy"))
            copy.setToolTip(self.tr("Copy {address} to the clipboard").format(address=endpoint))
            #: {address} is an address and port to share, e.g. 192.168.1.23:5555.
            copy.setAccessibleName(self.tr("Copy {address}").format(address=endpoint))

    @Slot()
    def _copy_address(self) -> None:
        button = self.sender()
        if button is not None:
            QGuiApplication.clipboard().setText(str(button.property("endpoint")))

    def set_users(self, users: tuple[UserInfo, ...] | list[UserInfo]) -> None:
        """Show who is connected, with address and connect time."""
        self._users = tuple(users)
        ordered = sorted(users, key=lambda user: nick_key(user.nick))
        self.users_table.setRowCount(len(ordered))
        for row, user in enumerate(ordered):
            kind = "SocketLab" if user.app else self.tr("text client (nc, telnet...)")
            shown = self.tr("{nick} (you)") if self._is_own(user.nick) else "{nick}"
            nick = QTableWidgetItem(shown.format(nick=user.nick))
            nick.setData(Qt.ItemDataRole.UserRole, user.nick)
            nick.setToolTip(self.tr("{nick}: {kind}").format(nick=user.nick, kind=kind))
            self.users_table.setItem(row, 0, nick)
            self.users_table.setItem(row, 1, QTableWidgetItem(user.address))
            since = time.strftime("%H:%M:%S", time.localtime(user.since)) if user.since else ""
            self.users_table.setItem(row, 2, QTableWidgetItem(since))
        count = len(ordered)
        self.users_label.setText(
            self.tr("Connected: {count}").format(count=count)
            if count
            else self.tr("Nobody is connected.")
        )
        self._on_selection()

    def set_own_nick(self, nick: str) -> None:
        """Our nickname changed: mark the right row as '(you)'."""
        self.own_nick = nick
        self.set_users(self._users)

    def _is_own(self, nick: str) -> bool:
        return bool(self.own_nick) and nick_key(nick) == nick_key(self.own_nick)

    def selected_nick(self) -> str:
        """The nickname of the selected row, or an empty string."""
        rows = self.users_table.selectionModel().selectedRows()
        if not rows:
            return ""
        item = self.users_table.item(rows[0].row(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def select_user(self, nick: str) -> None:
        """Select a user's row (for Kick)."""
        for row in range(self.users_table.rowCount()):
            item = self.users_table.item(row, 0)
            if item and nick_key(str(item.data(Qt.ItemDataRole.UserRole))) == nick_key(nick):
                self.users_table.selectRow(row)
                return

    @Slot()
    def _on_selection(self) -> None:
        nick = self.selected_nick()
        allowed = bool(nick) and not self._is_own(nick)
        self.kick_button.setEnabled(allowed)
        self.ban_button.setEnabled(allowed)

    @Slot()
    def _on_kick(self) -> None:
        nick = self.selected_nick()
        if nick and not self._is_own(nick) and self.confirm_kick(nick):
            self.kick_requested.emit(nick)

    def kick_question(self, nick: str) -> QMessageBox:
        """The question Kick asks first; No is the default."""
        from app.ui import confirm

        #: {nick} is the nickname of the user the host is about to remove.
        text = self.tr("Disconnect {nick} from the room?").format(nick=nick)
        return confirm.question(self, self.tr("Kick"), text, default=confirm.Button.No)

    def confirm_kick(self, nick: str) -> bool:
        """Ask before removing `nick` from the room; True to go ahead."""
        from app.ui import confirm

        return confirm.confirmed(self.kick_question(nick))

    @Slot()
    def _on_ban(self) -> None:
        action = self.sender()
        nick = self.selected_nick()
        if nick and not self._is_own(nick) and action is not None:
            self.ban_requested.emit(nick, action.data())

    @Slot()
    def _on_ban_selection(self) -> None:
        self.unban_button.setEnabled(bool(self.bans_list.selectedItems()))

    @Slot()
    def _on_unban(self) -> None:
        for item in self.bans_list.selectedItems():
            self.unban_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))


class PeopleList(QWidget):
    """Who is in the room; double-click a name to start a private message.

    Signals:
        message_requested(str): start a /msg to this nickname.
        files_dropped(str, list): local files or folders were dropped on a person's name
            (the nickname, the paths): offer them to that person.
    """

    message_requested = Signal(str)
    files_dropped = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _plain_label("", "peopleTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.list = QListWidget()
        self.list.setObjectName("peopleList")
        on_enter(self.list, self._on_enter)
        self.hint = _muted(_plain_label())
        self.own_nick = ""
        self._users: tuple[UserInfo, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.list.itemDoubleClicked.connect(self._on_double_click)
        self.list.viewport().setAcceptDrops(True)
        self.list.viewport().installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        """The texts in the current language: at start and on QEvent.LanguageChange."""
        self.list.setAccessibleName(self.tr("People in the room"))
        self.list.setToolTip(self.tr("Double-click a name to send a private message (/msg)"))
        self.list.setAccessibleDescription(
            self.tr("Enter or a double-click on a name starts a private message (/msg)")
        )
        self.hint.setText(self.tr("Double-click a name for a private message."))
        current = self.list.currentRow()
        self.set_users(self._users)  # "(you)", the tool tips and the count in the title
        self.list.setCurrentRow(current)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def set_users(self, users: tuple[UserInfo, ...] | list[UserInfo]) -> None:
        """Show the people online, sorted, yourself marked."""
        self._users = tuple(users)
        self.list.clear()
        ordered = sorted(users, key=lambda user: nick_key(user.nick))
        for user in ordered:
            own = bool(self.own_nick) and nick_key(user.nick) == nick_key(self.own_nick)
            item = QListWidgetItem(
                (self.tr("{nick} (you)") if own else "{nick}").format(nick=user.nick)
            )
            item.setData(Qt.ItemDataRole.UserRole, user.nick)
            item.setToolTip(
                f"{user.nick}\n{user.address}\n"
                + (self.tr("SocketLab app") if user.app else self.tr("text client (nc, telnet...)"))
            )
            if own:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.title.setText(
            self.tr("People ({count})").format(count=len(ordered)) if ordered else self.tr("People")
        )

    def set_own_nick(self, nick: str) -> None:
        """Our nickname changed: mark the right name as '(you)'."""
        self.own_nick = nick
        self.set_users(self._users)

    def nicks(self) -> list[str]:
        """The nicknames listed, in order."""
        return [
            str(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
        ]

    def drop_target(self, event: Any) -> str:
        """The nickname a drag of local files is over ("" for none, or our own name)."""
        mime = event.mimeData()
        if mime is None or not mime.hasUrls() or not any(u.isLocalFile() for u in mime.urls()):
            return ""
        item = self.list.itemAt(event.position().toPoint())
        if item is None:
            return ""
        nick = str(item.data(Qt.ItemDataRole.UserRole))
        return "" if self.own_nick and nick_key(nick) == nick_key(self.own_nick) else nick

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        """Files dragged onto a name in the list: offered to that person."""
        kind = event.type()
        if watched is self.list.viewport() and kind in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.Drop,
        ):
            nick = self.drop_target(event)
            if not nick:
                event.ignore()
                return True
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
                self.files_dropped.emit(nick, paths)
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def _on_enter(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._on_double_click(item)

    @Slot(QListWidgetItem)
    def _on_double_click(self, item: QListWidgetItem) -> None:
        nick = str(item.data(Qt.ItemDataRole.UserRole))
        if not (self.own_nick and nick_key(nick) == nick_key(self.own_nick)):
            self.message_requested.emit(nick)
