"""File transfers in the conversation: one two-row line per transfer, and what its buttons do.

The TransferEngine (app/core/transfer) does the work beside the chat client; this module
shows its events. Each transfer is a `TransferEntry` in the conversation model: the first
row says what, how big, to or from whom; the second has a progress bar, speed and time
left, or the outcome in words, and the buttons (Accept, Save as..., Decline, Pause,
Resume, Cancel, Open, Show in folder) painted like the rest of the view, so a hundred
transfers cost no widgets. Progress arrives batched (at most 4 times a second) and only
the rows of the transfers it names are repainted (dataChanged), never the whole model.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRect,
    QRectF,
    QStandardPaths,
    Qt,
    QUrl,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QFileDialog

from app.core.messages import Message
from app.ui.chat.entries import TRANSFER, ConversationEntry, blend
from app.ui.chat.part import TabPart
from app.ui.i18n import format_bytes, format_count, translate_message, window_numbers
from app.ui.settings import read_setting
from app.ui.theme import status_color

if TYPE_CHECKING:
    from app.core.events import Event
    from app.ui.chat.conversation import RowPainter
    from app.ui.chat.tab import ChatTab


SETTINGS_FOLDER = "chat/files/folder"
SETTINGS_AUTO = "chat/files/auto_accept"
SETTINGS_LIMIT_MB = "chat/files/size_limit_mb"

# What a transfer's buttons do; their labels are in `action_label`.
ACCEPT, SAVE_AS, DECLINE = "accept", "save_as", "decline"
PAUSE, RESUME, CANCEL = "pause", "resume", "cancel"
OPEN, SHOW = "open", "show"

# A transfer's states, as this window follows them.
PREPARING = "preparing"  # ours: the files are being hashed
OFFERED = "offered"  # an offer waits for an answer (ours or theirs)
ACCEPTED = "accepted"  # we accepted; the first bytes have not come yet
RUNNING = "running"
PAUSED = "paused"
DONE = "done"
FAILED = "failed"
CANCELLED = "cancelled"
DECLINED = "declined"
ENDED = (DONE, FAILED, CANCELLED, DECLINED)
#: Transfers the window follows at most: offers with new ids are what anyone in the room
#: can send, so the oldest ended ones, then the oldest unanswered offers, are forgotten
#: (their lines stay in the conversation; the engine forgets offers sooner).
MAX_TRANSFERS_KEPT = 512


def default_folder() -> str:
    """Where accepted files go unless the Files settings say otherwise: Downloads."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    return location or str(Path.home())


def received_folder() -> str:
    """The folder Accept saves into (the Files settings)."""
    return read_setting(SETTINGS_FOLDER, "") or default_folder()


def duration_text(seconds: float) -> str:
    """`3 s`, `4 min 05 s`, `2 h 10 min`: a time left, in the window's language."""
    seconds = max(0, int(seconds + 0.5))
    if seconds < 60:
        return QCoreApplication.translate("TransferRow", "{s} s").format(s=format_count(seconds))
    if seconds < 3600:
        return QCoreApplication.translate("TransferRow", "{m} min {s} s").format(
            m=format_count(seconds // 60), s=f"{seconds % 60:02d}"
        )
    return QCoreApplication.translate("TransferRow", "{h} h {m} min").format(
        h=format_count(seconds // 3600), m=f"{seconds % 3600 // 60:02d}"
    )


class _PluralWords(QObject):
    """Plural texts of transfer lines: lupdate marks a text as plural (`numerus`) only
    in `self.tr(text, "", n)`, not in QCoreApplication.translate()."""

    def files(self, count: int) -> str:
        with window_numbers():  # "1 234 files": the count written the window's way
            return self.tr("%Ln file(s)", "", count)


def _file_count(count: int) -> str:
    """`2 files`, `5 файлов`: the count of a folder's or a selection's files."""
    global _plural_words
    if _plural_words is None:
        _plural_words = _PluralWords()
    return _plural_words.files(count)


_plural_words: _PluralWords | None = None


@dataclass(slots=True)
class TransferItem:
    """One transfer as the window follows it (both directions)."""

    transfer_id: str
    direction: str  # "send" or "receive"
    peer: str  # whom we send to ("" for the room), or who sends to us
    name: str
    count: int = 0
    size: int = 0
    state: str = OFFERED
    done: int = 0
    rate: float = 0.0
    by: str = ""  # who paused, cancelled or declined: "me" or "peer"
    note: str = ""  # the last words: a failure, a decline's reason, a retry (translated)
    retrying: bool = False
    paths: list[str] = field(default_factory=list)  # files verified (received or confirmed)
    folder: str = ""  # where an accepted offer goes
    relayed: bool = False  # the bytes go through the room's server (direct failed)

    # ------------------------------------------------------------ words
    def headline(self) -> str:
        """The first row: name, count, size, and to or from whom."""
        # One file needs no count: "notes.pdf (2.3 MiB)".
        what = _file_count(self.count) if self.count > 1 else ""
        size = format_bytes(self.size) if self.size or self.count else ""
        details = ", ".join(part for part in (what, size) if part)
        if self.direction == "send":
            who = (
                QCoreApplication.translate("TransferRow", "to {nick}").format(nick=self.peer)
                if self.peer
                else QCoreApplication.translate("TransferRow", "to the room")
            )
        elif self.peer:
            who = QCoreApplication.translate("TransferRow", "from {nick}").format(nick=self.peer)
        else:  # an offer the size limit declined before it was shown: sender unknown here
            who = ""
        # Whole sentences, so a translator can order them and choose the brackets.
        if details and who:
            text = QCoreApplication.translate("TransferRow", "{name} ({details}) {who}")
        elif details:
            text = QCoreApplication.translate("TransferRow", "{name} ({details})")
        elif who:
            text = QCoreApplication.translate("TransferRow", "{name} {who}")
        else:
            return self.name
        return text.format(name=self.name, details=details, who=who)

    def status(self, *, full: bool = False) -> str:
        """The second row's words: progress, or where the transfer stands. Short enough
        for a narrow window; `full` adds the bytes done of the total (the plain text a
        screen reader reads and a copy takes)."""
        state = self.state
        if state == PREPARING:
            return QCoreApplication.translate("TransferRow", "Checking the files (SHA-256)…")
        if state == OFFERED:
            if self.direction == "receive":
                return QCoreApplication.translate("TransferRow", "Offered to you")
            if self.peer:
                return QCoreApplication.translate(
                    "TransferRow", "Waiting for {nick} to accept…"
                ).format(nick=self.peer)
            return QCoreApplication.translate("TransferRow", "Offered to the room")
        if state == ACCEPTED:
            return self.note or QCoreApplication.translate("TransferRow", "Connecting…")
        if state in (RUNNING, PAUSED):
            parts = [
                QCoreApplication.translate("TransferRow", "{percent}%").format(
                    percent=format_count(self.percent())
                )
            ]
            if full:
                parts.append(
                    QCoreApplication.translate("TransferRow", "{done} of {total}").format(
                        done=format_bytes(self.done), total=format_bytes(self.size)
                    )
                )
            if self.relayed:
                parts.append(QCoreApplication.translate("TransferRow", "through the server"))
            if state == PAUSED:
                parts.append(
                    QCoreApplication.translate("TransferRow", "paused by you")
                    if self.by == "me"
                    else QCoreApplication.translate("TransferRow", "paused by the other side")
                )
            elif self.rate > 0:
                left = (self.size - self.done) / self.rate
                parts.append(
                    QCoreApplication.translate("TransferRow", "{rate}/s").format(
                        rate=format_bytes(self.rate)
                    )
                )
                parts.append(
                    QCoreApplication.translate("TransferRow", "{time} left").format(
                        time=duration_text(left)
                    )
                )
            if self.retrying and self.note:
                parts.append(self.note)
            return " · ".join(parts)
        if state == DONE:
            if self.direction == "receive":
                return QCoreApplication.translate("TransferRow", "Received, SHA-256 checked")
            return QCoreApplication.translate("TransferRow", "Delivered, SHA-256 checked")
        if state == CANCELLED:
            return (
                QCoreApplication.translate("TransferRow", "Cancelled by you.")
                if self.by == "me"
                else QCoreApplication.translate("TransferRow", "Cancelled by the other side.")
            )
        if state == DECLINED:
            return self.note or (
                QCoreApplication.translate("TransferRow", "You declined.")
                if self.by == "me"
                else QCoreApplication.translate("TransferRow", "Declined.")
            )
        if state == FAILED:
            return QCoreApplication.translate("TransferRow", "Failed: {reason}").format(
                reason=self.note
            )
        return ""

    def percent(self) -> int:
        """Whole percent done (100 for an empty transfer that finished)."""
        if self.size <= 0:
            return 100 if self.state == DONE else 0
        return min(100, int(self.done * 100 / self.size))

    def actions(self) -> list[str]:
        """The buttons this transfer offers now, in the order they are shown."""
        state = self.state
        if state == OFFERED and self.direction == "receive":
            return [ACCEPT, SAVE_AS, DECLINE]
        if state in (PREPARING, OFFERED, ACCEPTED):
            return [CANCEL]
        if state == RUNNING:
            return [PAUSE, CANCEL]
        if state == PAUSED:
            return [RESUME, CANCEL] if self.by == "me" else [CANCEL]
        if state == DONE and self.paths:
            return [OPEN, SHOW]
        if state == FAILED and self.direction == "receive" and self.done > 0:
            return [RESUME, CANCEL]  # e.g. a full disk: free some space, then Resume
        return []

    def target(self) -> str:
        """What Open opens: the one file, or the folder that holds them all."""
        if not self.paths:
            return ""
        if len(self.paths) == 1:
            return self.paths[0]
        try:
            return os.path.commonpath(self.paths)
        except ValueError:  # different drives
            return str(Path(self.paths[0]).parent)

    def folder_to_show(self) -> str:
        """What Show in folder opens: the folder that holds `target()`."""
        target = self.target()
        if not target:
            return ""
        return str(Path(target).parent) if Path(target).is_file() else target


def action_label(action: str) -> str:
    """A button's words in the window's language."""
    labels = {
        ACCEPT: QT_TRANSLATE_NOOP("TransferRow", "Accept"),
        SAVE_AS: QT_TRANSLATE_NOOP("TransferRow", "Save as..."),
        DECLINE: QT_TRANSLATE_NOOP("TransferRow", "Decline"),
        PAUSE: QT_TRANSLATE_NOOP("TransferRow", "Pause"),
        RESUME: QT_TRANSLATE_NOOP("TransferRow", "Resume"),
        CANCEL: QT_TRANSLATE_NOOP("TransferRow", "Cancel"),
        OPEN: QT_TRANSLATE_NOOP("TransferRow", "Open"),
        SHOW: QT_TRANSLATE_NOOP("TransferRow", "Show in folder"),
    }
    return QCoreApplication.translate("TransferRow", labels[action])


class TransferEntry(ConversationEntry):
    """A transfer's line in the conversation: two rows drawn from its `item`."""

    __slots__ = ("item",)

    def __init__(self, item: TransferItem) -> None:
        super().__init__(TRANSFER, item.name, sender=item.peer, own=item.direction == "send")
        self.item = item
        self.segments = [item.name, ""]

    def marker(self) -> str:
        return "\u2191" if self.item.direction == "send" else "\u2193"  # up: out, down: in

    def plain(self) -> str:
        item = self.item
        return f"[{self.stamp}] {self.marker()} {item.headline()} - {item.status(full=True)}"


# ---------------------------------------------------------------------------- painting
def button_rects(
    row_painter: RowPainter, rect: QRect, item: TransferItem
) -> list[tuple[str, QRect]]:
    """Where the buttons of a transfer's second row are, right-aligned in `rect`."""
    metrics = QFontMetrics(row_painter.font)
    right = rect.right() - 8
    height = max(rect.height() - 4, metrics.height())
    top = rect.top() + (rect.height() - height) // 2
    placed: list[tuple[str, QRect]] = []
    for action in reversed(item.actions()):
        width = metrics.horizontalAdvance(action_label(action)) + 16
        placed.append((action, QRect(right - width + 1, top, width, height)))
        right -= width + 6
    placed.reverse()
    return placed


def paint_transfer(
    row_painter: RowPainter,
    painter: QPainter,
    rect: QRect,
    entry: TransferEntry,
    segment: int,
    palette: QPalette,
    selected: bool,
) -> None:
    """Draw one of a transfer's two rows (the first: time, arrow, headline)."""
    item = entry.item
    base = row_painter.base
    text = palette.color(
        QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    )
    if selected:
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
    else:
        painter.fillRect(rect, row_painter.own_background if item.direction == "send" else base)
    background = row_painter.own_background if item.direction == "send" else base
    muted = text if selected else row_painter.muted
    middle = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
    top, height = rect.top(), rect.height()
    metrics = QFontMetrics(row_painter.font)
    if segment == 0:
        painter.setFont(row_painter.font)
        painter.setPen(muted)
        stamp = QRect(rect.left() + row_painter.padding, top, row_painter.stamp_width, height)
        painter.drawText(stamp, middle, entry.stamp)
        painter.setFont(row_painter.bold)
        painter.setPen(text if selected else status_color("info", palette, background))
        marker = QRect(rect.left() + row_painter.stamp_width, top, row_painter.nick_width, height)
        painter.drawText(
            marker, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), entry.marker()
        )
        painter.setFont(row_painter.font)
        painter.setPen(text)
        x = rect.left() + row_painter.text_x
        room = QRect(x, top, rect.width() - row_painter.text_x - 4, height)
        shown = metrics.elidedText(item.headline(), Qt.TextElideMode.ElideMiddle, room.width())
        painter.drawText(room, middle, shown)
        return
    # The second row: progress bar, words, buttons; from under the nickname column
    # (the arrow's), so a narrow window keeps room for the words.
    buttons = button_rects(row_painter, rect, item)
    x = rect.left() + row_painter.stamp_width + row_painter.padding
    end = (buttons[0][1].left() if buttons else rect.right()) - 8
    if item.state in (ACCEPTED, RUNNING, PAUSED):
        bar_width = min(140, max(50, (end - x) // 4))
        bar = QRectF(x, top + height / 2 - 4, bar_width, 8)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(muted)
        painter.setBrush(blend(background, text, 0.08))
        painter.drawRoundedRect(bar, 3, 3)
        filled = bar.adjusted(0, 0, -bar.width() * (1 - item.percent() / 100), 0)
        if filled.width() > 0:
            kind = "ok" if item.state == DONE else "warning" if item.state == PAUSED else "info"
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(status_color(kind, palette, background))
            painter.drawRoundedRect(filled, 3, 3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        x += bar_width + 8
    words = item.status()
    if item.state in (FAILED,) or (item.state == DECLINED and item.by == "me" and item.note):
        painter.setPen(text if selected else row_painter.error)
    elif item.state == DONE:
        painter.setPen(text if selected else status_color("ok", palette, background))
    else:
        painter.setPen(muted)
    painter.setFont(row_painter.font)
    room = QRect(x, top, max(0, end - x), height)
    painter.drawText(
        room, middle, metrics.elidedText(words, Qt.TextElideMode.ElideRight, room.width())
    )
    button_fill = palette.color(QPalette.ColorRole.Button)
    button_text = palette.color(QPalette.ColorRole.ButtonText)
    frame = blend(button_fill, button_text, 0.35)
    for action, place in buttons:
        painter.setPen(frame)
        painter.setBrush(button_fill)
        painter.drawRoundedRect(QRectF(place).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.setPen(button_text)
        painter.drawText(place, int(Qt.AlignmentFlag.AlignCenter), action_label(action))


# ---------------------------------------------------------------------------- the controller
class FileTransfers(TabPart, QObject):
    """The Chat tab's file transfers: offers made and received, their lines and buttons.

    Events of the session's TransferEngine update `items`; a new transfer adds a line to
    the conversation, a change repaints that line's two rows only.
    """

    def __init__(self, tab: ChatTab) -> None:
        super().__init__(tab)
        self.items: dict[str, TransferItem] = {}
        self.entries: dict[str, TransferEntry] = {}

    # ------------------------------------------------------------ what the user does
    def offer(self, paths: list[str], to: str = "") -> str | None:
        """Offer files and folders to `to` (a nick) or the room; the id, or None (offline)."""
        tab = self._tab
        engine = tab.session.transfers
        paths = [str(p) for p in paths if str(p)]
        if not paths:
            return None
        if engine is None or tab.raw_mode():
            self._say_not_connected()
            return None
        transfer_id = engine.offer(paths, to)
        first = Path(paths[0]).name or paths[0]
        name = (
            first
            if len(paths) == 1
            else self.tr("{name} and {count} more").format(
                name=first, count=format_count(len(paths) - 1)
            )
        )
        item = TransferItem(transfer_id, "send", to, name, state=PREPARING)
        self._add(item)
        return transfer_id

    def choose_and_offer(self, to: str = "") -> str | None:
        """Ask which files to send (a file dialog), then offer them."""
        if self._tab.session.transfers is None or self._tab.raw_mode():
            self._say_not_connected()
            return None
        title = (
            self.tr("Send files to {nick}").format(nick=to)
            if to
            else self.tr("Send files to the room")
        )
        paths, _ = QFileDialog.getOpenFileNames(self._tab, title, str(Path.home()))
        return self.offer(paths, to) if paths else None

    def _say_not_connected(self) -> None:
        self._tab.composer.error.show_error(
            self.tr("Not connected: join a chat (or host one) before sending files.")
        )

    @Slot(str, str)
    def trigger(self, transfer_id: str, action: str) -> None:
        """A transfer's button (or its context-menu item) was used."""
        item = self.items.get(transfer_id)
        engine = self._tab.session.transfers
        if item is None or action not in item.actions():
            return
        if action in (OPEN, SHOW):
            target = item.target() if action == OPEN else item.folder_to_show()
            if target:
                QDesktopServices.openUrl(QUrl.fromLocalFile(target))
            return
        if engine is None:
            self._tab.composer.error.show_error(
                self.tr("Not connected: the transfer waits until you join the chat again.")
            )
            return
        if action == ACCEPT:
            item.folder = received_folder()
            engine.accept(transfer_id, item.folder)
            item.state = ACCEPTED
        elif action == SAVE_AS:
            path = self.ask_save_path(item)
            if not path:
                return
            item.folder = str(Path(path).parent)
            engine.accept_as(transfer_id, path)
            item.state = ACCEPTED
        elif action == DECLINE:
            engine.decline(transfer_id)
        elif action == PAUSE:
            engine.pause(transfer_id)
        elif action == RESUME:
            engine.resume(transfer_id)
            if item.state == FAILED:  # a retry after a final failure (the engine's resume)
                item.state, item.note, item.by = ACCEPTED, "", ""
        elif action == CANCEL:
            engine.cancel(transfer_id)
        self._refresh([item])

    def ask_save_path(self, item: TransferItem) -> str:
        """Save as: where the offered file (or folder) should land; "" if not chosen."""
        start = str(Path(received_folder()) / item.name)
        path, _ = QFileDialog.getSaveFileName(
            self._tab, self.tr("Save {name} as").format(name=item.name), start
        )
        return path

    def apply_settings(self) -> None:
        """Give the running engine the Files settings: auto-accept and the size limit."""
        engine = self._tab.session.transfers
        if engine is None:
            return
        nicks = [n for n in read_setting(SETTINGS_AUTO, []) if n]
        engine.set_auto_accept(nicks, received_folder() if nicks else "")
        limit_mb = read_setting(SETTINGS_LIMIT_MB, 0)
        engine.set_size_limit(limit_mb * 1024 * 1024 if limit_mb > 0 else None)

    # ------------------------------------------------------------ what the engine says
    @Slot(object)
    def push(self, batch: list[Event]) -> None:
        """Show a batch of the transfer engine's events."""
        from app.core.transfer import events as ev

        changed: dict[str, TransferItem] = {}
        for event in batch:
            if isinstance(event, ev.TransferProgress):
                for progress in event.items:
                    item = self.items.get(progress.transfer_id)
                    if item is None:
                        continue
                    item.done, item.rate = progress.done, progress.rate
                    item.size = progress.total or item.size
                    if item.state in (ACCEPTED, OFFERED):
                        item.state = RUNNING
                    changed[item.transfer_id] = item
                continue
            transfer_id = getattr(event, "transfer_id", None)
            if transfer_id is None:
                continue
            item = self.items.get(transfer_id)
            if isinstance(event, ev.OfferReceived):
                if item is None:
                    item = TransferItem(
                        transfer_id, "receive", event.sender, event.name, event.count, event.size
                    )
                    self._add(item)
                continue
            if isinstance(event, ev.TransferDeclined) and item is None and event.by == "me":
                # The size limit declined an offer before it was shown: say so, in words.
                name = self.tr("An offer over your size limit")
                item = TransferItem(transfer_id, "receive", "", name, state=DECLINED, by="me")
                item.note = translate_message(event.message)
                self._add(item)
                continue
            if isinstance(event, ev.TransferStarted) and item is None:
                # A transfer resumed after a restart: its line comes back.
                peer = ""
                item = TransferItem(transfer_id, event.direction, peer, event.name, size=event.size)
                item.state = RUNNING
                self._add(item)
                continue
            if item is None:
                continue
            self._apply(item, event)
            changed[transfer_id] = item
        self._refresh(list(changed.values()))

    def _apply(self, item: TransferItem, event: Event) -> None:
        from app.core.transfer import events as ev
        from app.core.transfer.engine import DECLINED as DECLINED_WORDS

        if isinstance(event, ev.OfferSent):
            item.name, item.count, item.size = event.name, event.count, event.size
            if item.state == PREPARING:
                item.state = OFFERED
        elif isinstance(event, ev.TransferStarted):
            item.size = event.size or item.size
            item.relayed = event.relayed
            if item.state not in ENDED:
                item.state = PAUSED if item.state == PAUSED else RUNNING
            item.retrying, item.note = False, ""
        elif isinstance(event, ev.TransferPaused):
            if item.state not in ENDED:
                item.state, item.by = PAUSED, event.by
        elif isinstance(event, ev.TransferResumed):
            if item.state == PAUSED:
                item.state, item.by = RUNNING, ""
        elif isinstance(event, ev.FileVerified):
            if event.path not in item.paths:
                item.paths.append(event.path)
        elif isinstance(event, ev.TransferDone):
            item.state, item.done = DONE, item.size
            item.retrying, item.note = False, ""
        elif isinstance(event, ev.TransferFailed):
            words = translate_message(event.message)
            if event.final:
                item.state, item.note, item.retrying = FAILED, words, False
            else:
                item.note, item.retrying = words, True  # said quietly beside the progress
        elif isinstance(event, ev.TransferCancelled):
            item.state, item.by = CANCELLED, event.by
        elif isinstance(event, ev.TransferDeclined):
            item.state, item.by = DECLINED, event.by
            message = event.message
            ours = isinstance(message, Message) and message.template is DECLINED_WORDS
            if event.by == "me" and ours:
                item.note = ""  # "You declined." in our own words
            elif event.by == "peer" and item.peer == "":
                item.state = OFFERED  # one person of the room declined; others may accept
                item.note = ""
            else:
                item.note = translate_message(message)

    # ------------------------------------------------------------ the view
    def _add(self, item: TransferItem) -> None:
        if item.transfer_id not in self.items and len(self.items) >= MAX_TRANSFERS_KEPT:
            self._forget_one()
        self.items[item.transfer_id] = item
        entry = TransferEntry(item)
        self.entries[item.transfer_id] = entry
        self._tab.conversation.append_entries([entry])

    def _forget_one(self) -> None:
        """Make room: the oldest ended transfer, else the oldest offer nobody answered;
        transfers under way are never forgotten."""
        for wanted in (
            lambda i: i.state in ENDED,
            lambda i: i.state == OFFERED and i.direction == "receive",
        ):
            oldest = next((i for i in self.items.values() if wanted(i)), None)
            if oldest is not None:
                del self.items[oldest.transfer_id]
                self.entries.pop(oldest.transfer_id, None)
                return

    def _refresh(self, items: list[TransferItem]) -> None:
        entries = [self.entries[i.transfer_id] for i in items if i.transfer_id in self.entries]
        if not entries:
            return
        gone = self._tab.conversation.conversation.refresh_entries(entries)
        for entry in gone:  # the view was cleared (a new connection): a live one comes back
            if isinstance(entry, TransferEntry) and entry.item.state not in ENDED:
                self._add(entry.item)

    def row_of(self, transfer_id: str) -> int:
        """The first of a transfer's two rows in the view, or -1."""
        entry = self.entries.get(transfer_id)
        if entry is None:
            return -1
        return self._tab.conversation.conversation.first_row_of(entry)

    def describe(self, transfer_id: str) -> str:
        """A transfer's line as plain text (tests, screen readers)."""
        entry = self.entries.get(transfer_id)
        return entry.plain() if entry is not None else ""
