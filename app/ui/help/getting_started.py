"""Help > Getting started: what each tab is for, and a first thing to try on 127.0.0.1.

A non-modal dialog: the five tabs on the left, the chosen tab's page on the right. Texts
are marked in the "GettingStarted" context; `{fields}` hold commands and addresses.
"""

from __future__ import annotations

import html
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.ui.tabs import TABS


class Page(NamedTuple):
    """One tab's page: what it is for, and the steps of a first thing to try."""

    purpose: str
    steps: tuple[tuple[str, dict[str, str]], ...]


PAGES: dict[str, Page] = {
    "chat": Page(
        QT_TRANSLATE_NOOP(
            "GettingStarted",
            "Chat is a small TCP chat: one side hosts (a server socket that listens and "
            "accepts), the others join (a client socket that connects). The Events pane "
            "under it shows every socket call as it happens.",
        ),
        (
            (
                QT_TRANSLATE_NOOP(
                    "GettingStarted", "Keep the port {port} and press Start hosting."
                ),
                {"port": "5555"},
            ),
            (
                QT_TRANSLATE_NOOP("GettingStarted", "In a terminal run {command}."),
                {"command": "nc 127.0.0.1 5555"},
            ),
            (
                QT_TRANSLATE_NOOP(
                    "GettingStarted",
                    "Watch accept() in the Events pane, then type a line in the terminal "
                    "and press Enter: recv() shows its bytes.",
                ),
                {},
            ),
        ),
    ),
    "udp": Page(
        QT_TRANSLATE_NOOP(
            "GettingStarted",
            "UDP sends datagrams: no connection and no handshake, each datagram on its own. "
            "The receiver binds a port and reads whatever arrives; the sender sends text or "
            "bytes to an address, and the counters show what was lost or reordered.",
        ),
        (
            (
                QT_TRANSLATE_NOOP(
                    "GettingStarted", "In Receive, keep the port {port} and press Start."
                ),
                {"port": "5555"},
            ),
            (
                QT_TRANSLATE_NOOP(
                    "GettingStarted", "In Send, type hello, send it to {target} and press Send."
                ),
                {"target": "127.0.0.1:5555"},
            ),
            (
                QT_TRANSLATE_NOOP(
                    "GettingStarted",
                    "The datagram appears in the receiver's table with the sender's address "
                    "and port.",
                ),
                {},
            ),
        ),
    ),
    "subnet": Page(
        QT_TRANSLATE_NOOP(
            "GettingStarted",
            "Subnet computes what an address and a prefix mean: the network (the address "
            "AND the mask), the broadcast address and the usable hosts. It also splits, "
            "lists and summarises networks.",
        ),
        (
            (
                QT_TRANSLATE_NOOP("GettingStarted", "Type {address} in Address."),
                {"address": "192.168.1.12/26"},
            ),
            (
                QT_TRANSLATE_NOOP(
                    "GettingStarted",
                    "Read the AND bit by bit: the network is {network}, the broadcast {broadcast}.",
                ),
                {"network": "192.168.1.0", "broadcast": "192.168.1.63"},
            ),
            (
                QT_TRANSLATE_NOOP(
                    "GettingStarted", "Change the prefix to {prefix} and watch the network change."
                ),
                {"prefix": "/28"},
            ),
        ),
    ),
    "diagnostics": Page(
        QT_TRANSLATE_NOOP(
            "GettingStarted",
            "Diagnostics gathers the everyday tools: interfaces and MAC addresses, ping, "
            "DNS lookups, port checks, open sockets and the neighbour (ARP) table.",
        ),
        (
            (QT_TRANSLATE_NOOP("GettingStarted", "Choose Ping in the list on the left."), {}),
            (
                QT_TRANSLATE_NOOP("GettingStarted", "Type {host} and press Start."),
                {"host": "127.0.0.1"},
            ),
            (
                QT_TRANSLATE_NOOP(
                    "GettingStarted",
                    "Each reply shows its round-trip time and TTL; Stop gives the summary.",
                ),
                {},
            ),
        ),
    ),
    "packets": Page(
        QT_TRANSLATE_NOOP(
            "GettingStarted",
            "Packets captures what goes over an interface and explains each packet layer "
            "by layer, with a diagram of the conversation. Capturing may need "
            "administrator rights.",
        ),
        (
            (
                QT_TRANSLATE_NOOP(
                    "GettingStarted",
                    "Choose the interface {interface} and the preset This chat connection, "
                    "then press Start.",
                ),
                {"interface": "lo"},
            ),
            (
                QT_TRANSLATE_NOOP(
                    "GettingStarted", "Host a chat in the Chat tab, then run {command}."
                ),
                {"command": "nc 127.0.0.1 5555"},
            ),
            (
                QT_TRANSLATE_NOOP(
                    "GettingStarted",
                    "Read the first three packets: SYN, SYN-ACK, ACK, the three-way handshake.",
                ),
                {},
            ),
        ),
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("GettingStarted", text)


def _sentence(text: str, fields: dict[str, str]) -> str:
    """A translated sentence as HTML, its fields in <code>."""
    escaped = html.escape(_tr(text))
    return escaped.format(
        **{key: f"<code>{html.escape(value)}</code>" for key, value in fields.items()}
    )


class GettingStartedDialog(QDialog):
    """The tabs on the left, what the chosen one is for and a first thing to try."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStartedDialog")
        self.tab_list = QListWidget()
        self.tab_list.setObjectName("gettingStartedTabs")
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.tab_list)
        row.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        for _spec in TABS:
            self.tab_list.addItem("")
        self._retranslate()
        self.tab_list.currentRowChanged.connect(self.show_page)
        self.resize(760, 440)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Getting started"))
        self.tab_list.setAccessibleName(self.tr("Tabs"))
        self.browser.setAccessibleName(self.tr("Help page"))
        for row, spec in enumerate(TABS):
            self.tab_list.item(row).setText(QCoreApplication.translate("Tabs", spec.title))
        self.tab_list.setFixedWidth(self.tab_list.sizeHintForColumn(0) + 40)
        self.show_page(self.tab_list.currentRow())

    def changeEvent(self, event: QEvent) -> None:
        """Show the texts in the new language when it changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def page_html(self, key: str) -> str:
        """The page of a tab (its key in app/ui/tabs.py) as HTML."""
        # self.tr() before any QCoreApplication.translate(): lupdate's context pitfall.
        purpose_heading, try_heading = self.tr("What it is for"), self.tr("A first thing to try")
        spec = next(spec for spec in TABS if spec.key == key)
        page = PAGES[key]
        steps = "".join(f"<li>{_sentence(text, fields)}</li>" for text, fields in page.steps)
        return (
            f"<h2>{html.escape(QCoreApplication.translate('Tabs', spec.title))}</h2>"
            f"<h3>{html.escape(purpose_heading)}</h3>"
            f"<p>{html.escape(_tr(page.purpose))}</p>"
            f"<h3>{html.escape(try_heading)}</h3>"
            f"<ol>{steps}</ol>"
        )

    @Slot(int)
    def show_page(self, row: int) -> None:
        """Show the page of the tab in that row (its index in the main window)."""
        if not 0 <= row < len(TABS):
            return
        if self.tab_list.currentRow() != row:
            self.tab_list.setCurrentRow(row)  # comes back here through currentRowChanged
            return
        self.browser.setHtml(self.page_html(TABS[row].key))

    def current_key(self) -> str:
        """The key of the tab whose page is shown."""
        return TABS[self.tab_list.currentRow()].key
