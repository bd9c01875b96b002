"""`HistorySearch`: Ctrl+F over the whole history of the current server.

The search bar, its debounce timer and the list of matches; the query itself runs as
a `HistorySearchEngine` through EngineRun, so the GUI thread never waits for the file
and a newer search makes an older one's answer stale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from app.core.chat.protocol import nick_key
from app.core.events import ErrorEvent
from app.core.messages import N_, Message, message_of
from app.ui.chat.conversation import ConversationView
from app.ui.chat.entries import ConversationEntry
from app.ui.chat.part import TabPart
from app.ui.focus import place_after
from app.ui.i18n import translate_message, window_numbers
from app.workers import EngineRun

if TYPE_CHECKING:
    from app.ui.chat.tab import ChatTab

FIRST_CONNECT = N_("HistorySearch", "Connect to a server first: its history is searched.")
SEARCHING = N_("HistorySearch", "Searching...")


def message_or_none(message: object) -> Message | None:
    """The Message in `message` (a language switch translates it again), else None."""
    text = message_of(message) if isinstance(message, str | BaseException) else None
    return text if isinstance(text, Message) else None


# Search results shown at most.
SEARCH_LIMIT = 500


class HistorySearch(TabPart, QObject):
    """The search bar and its results for one Chat tab (see module docstring)."""

    def __init__(self, tab: ChatTab) -> None:
        super().__init__(tab)
        self.button = QToolButton()
        self.bar = QWidget()
        self.edit = QLineEdit()
        self.edit.setObjectName("searchEdit")
        self.edit.setClearButtonEnabled(True)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QToolButton()
        layout = QHBoxLayout(self.bar)
        layout.setContentsMargins(0, 0, 0, 0)
        find_label = self._find_label = QLabel()
        find_label.setBuddy(self.edit)
        layout.addWidget(find_label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.close_button)
        self.bar.hide()
        self._results: ConversationView | None = None  # made at the first search
        # What the summary says, kept so a language switch writes it again: a Message,
        # or the number of matches found (None: nothing, or a text that stays as it is).
        self._summary: Message | int | None = None
        self._run = EngineRun(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self.button.clicked.connect(self.open)
        self.close_button.clicked.connect(self.close)
        self.edit.textChanged.connect(self._on_edited)
        self.edit.returnPressed.connect(self.run)
        self._timer.timeout.connect(self.run)
        self._run.events.connect(self._on_events)
        self._run.failed.connect(self._on_failed)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), tab)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.open)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.bar)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close)
        self._shortcuts = (find, escape)
        self.retranslate()

    def retranslate(self) -> None:
        """The texts in the current language (the tab calls this on a language switch).
        The matches listed stay as they were found."""
        self.button.setText(self.tr("Search"))
        self.button.setToolTip(self.tr("Search the history of this server (Ctrl+F)"))
        self.edit.setAccessibleName(self.tr("Search the history"))
        self.edit.setPlaceholderText(self.tr("Search the history of this server"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the search (Esc)"))
        self._find_label.setText(self.tr("Find"))
        find, escape = self._shortcuts
        find.setWhatsThis(self.button.text())
        escape.setWhatsThis(self.close_button.accessibleName())
        if self._results is not None:
            self._name_results(self._results)
        if isinstance(self._summary, int):
            self.summary.setText(self._found_text(self._summary))
        elif self._summary is not None:
            self.summary.setText(translate_message(self._summary))

    def _name_results(self, results: ConversationView) -> None:
        results.setAccessibleName(self.tr("Search results"))
        results.setAccessibleDescription(
            self.tr("Up and Down move between the matches, Enter shows one in the chat.")
        )

    def _say(self, summary: Message | int | None, text: str = "") -> None:
        """Show `summary` (a Message, or a number of matches) and keep it for a switch."""
        self._summary = summary
        if isinstance(summary, int):
            text = self._found_text(summary)
        elif summary is not None:
            text = translate_message(summary)
        self.summary.setText(text)

    def _found_text(self, count: int) -> str:
        with window_numbers():
            if count >= SEARCH_LIMIT:
                text = self.tr("%Ln match(es) in {server} (newest shown)", "", count)
            else:
                text = self.tr("%Ln match(es) in {server}", "", count)
        return text.format(server=self._tab.session.server_key)

    @property
    def results(self) -> ConversationView:
        """The list of matches (built at the first search)."""
        if self._results is None:
            tab = self._tab
            self._results = ConversationView()
            self._name_results(self._results)
            self._results.row_activated.connect(self._on_result_activated)
            tab.conversation_stack.addWidget(self._results)
            place_after(tab.conversation, self._results)
        return self._results

    @Slot()
    def open(self) -> None:
        """Show the search bar (Ctrl+F) over the history of the current server."""
        if self._tab.session.last_connection_raw:
            return  # a raw peer's bytes are not chat history
        self.bar.show()
        self.edit.setFocus()
        self.edit.selectAll()
        if self.edit.text():
            self.run()

    @Slot()
    def close(self) -> None:
        """Hide the search and show the conversation again."""
        self._timer.stop()
        self.bar.hide()
        self._tab.conversation_stack.setCurrentWidget(self._tab.conversation)

    @Slot(str)
    def _on_edited(self, _text: str) -> None:
        self._timer.start()  # search once the typing pauses

    @Slot()
    def run(self) -> None:
        """Search the whole history file of this server and list the matches."""
        from app.core.chat.history_search import HistorySearchEngine

        self._timer.stop()
        tab = self._tab
        query = self.edit.text().strip()
        self.results.conversation.clear()
        if not query:
            self._run.stop()
            self._say(None)
            tab.conversation_stack.setCurrentWidget(tab.conversation)
            return
        session = tab.session
        if not session.server_key:
            self._say(Message(FIRST_CONNECT))
            return
        self._say(Message(SEARCHING))
        self._run.start(
            HistorySearchEngine(
                session.history_path(),
                session.server_key,
                query,
                SEARCH_LIMIT,
                session.recorder,
            )
        )

    @Slot(object)
    def _on_events(self, batch: list) -> None:
        from app.core.chat.history_search import SearchResult

        for event in batch:
            if isinstance(event, SearchResult):
                self._show(list(event.messages))
            elif isinstance(event, ErrorEvent):
                self._say(message_or_none(event.message), translate_message(event.message))

    @Slot(object)
    def _on_failed(self, message: str) -> None:
        self._say(message_or_none(message), translate_message(message))

    def _show(self, found: list) -> None:
        tab = self._tab
        results = self.results.conversation
        results.clear()
        self._say(len(found))
        own = nick_key(tab.session.my_nick)
        self.results.append_entries(
            [ConversationEntry.from_message(m, own) for m in reversed(found)]
        )
        tab.conversation_stack.setCurrentWidget(self.results)

    @Slot(int)
    def _on_result_activated(self, row: int) -> None:
        tab = self._tab
        entry, _ = self.results.conversation.row(row)
        if entry.message_id is None:
            return
        self.close()
        found = tab.conversation.conversation.find_message(entry.message_id, entry.time)
        if found >= 0:
            tab.conversation.select_rows(found)
            tab.conversation.scroll_to_row(found)
            tab.conversation.setFocus()  # the results are hidden now: keys go on from here
        else:
            tab.notice_label.setText(self.tr("That message is older than the lines shown here."))

    def texts(self) -> list[str]:
        """The matches as plain lines (for tests and screen readers)."""
        return [e.plain() for e in self.results.conversation.entries() if e.kind != "day"]

    def shutdown(self) -> None:
        """Stop a search in progress."""
        self._timer.stop()
        self._run.stop()
