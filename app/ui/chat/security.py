"""The Chat tab's word on the connection's safety: encrypted or not, and whose key.

After each connection the client engine says (ChannelSecured) whether TLS is on and
what it knows of the server's key: new (pinned now, trust on first use), known (the key
pinned before), or CHANGED. A changed key has already stopped the engine; this part
shows a warning naming both codes, and only "Trust the new key", a deliberate second
step, reconnects, with the new code as the one expected (which pins it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QLabel, QMessageBox

from app.ui.chat.part import TabPart
from app.ui.theme import set_text_colour

if TYPE_CHECKING:
    from app.ui.chat.tab import ChatTab


class ChannelSecurity(TabPart, QObject):
    """The lock line beside the connection state, and the changed-key warning."""

    def __init__(self, tab: ChatTab) -> None:
        super().__init__(tab)
        self.label = QLabel()
        self.label.setObjectName("channelSecurity")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.hide()
        self.dialog: QMessageBox | None = None
        self.trust_button: Any = None
        self._changed: tuple[str, str, str] | None = None  # server, old code, new code
        self._event: Any = None  # the ChannelSecured event shown: retranslate() says it again

    def clear(self) -> None:
        """No connection: say nothing."""
        self._event = None
        self.label.clear()
        self.label.setToolTip("")
        self.label.hide()

    def retranslate(self) -> None:
        """The lock line again in the current language (View > Language changed). An
        open changed-key warning stays as it was asked."""
        if self._event is not None:
            self._say(self._event)

    def show(self, event: Any) -> None:
        """Say what a ChannelSecured event tells."""
        self._event = event
        self._say(event)
        if event.encrypted and event.status == "changed":
            self._changed = (event.server, event.previous, event.code)
            self._warn_changed()

    def _say(self, event: Any) -> None:
        label = self.label
        set_text_colour(label, None)
        if not event.encrypted:
            label.setText(self.tr("Not encrypted"))
            label.setToolTip(
                self.tr(
                    "This server does not offer encryption: anyone capturing the LAN can "
                    "read what is said."
                )
            )
            self._colour("warning")
        elif event.status == "changed":
            label.setText(self.tr("KEY CHANGED: not connected"))
            label.setToolTip("")
            self._colour("error")
        else:
            if event.status == "new":
                text = self.tr("Encrypted, new key {code}")
                tip = self.tr(
                    "First visit to this server: its key is remembered now. Check the code "
                    "with the host; if it ever changes, SocketLab warns you."
                )
            else:
                text = self.tr("Encrypted, known key {code}")
                tip = self.tr("The same key as on your earlier visits to this server.")
            label.setText(text.format(code=event.code))
            label.setToolTip(tip)
        label.show()

    def _colour(self, role: str) -> None:
        set_text_colour(self.label, role)  # readable on the window, in either theme

    def _warn_changed(self) -> None:
        assert self._changed is not None
        server, old, new = self._changed
        if self.dialog is not None:
            self.dialog.close()
        dialog = QMessageBox(self._tab)
        dialog.setObjectName("keyChangedDialog")
        dialog.setIcon(QMessageBox.Icon.Warning)
        dialog.setWindowTitle(self.tr("The server's key has changed"))
        dialog.setText(
            self.tr(
                "The server at {server} showed a different key than on your last visit."
            ).format(server=server)
        )
        dialog.setInformativeText(
            self.tr(
                "Pinned key: {old}\nKey shown now: {new}\n\nIf the host made a new key "
                "(a new computer, or its key file was deleted), ask them to read their code "
                "aloud and compare. If they did not, someone may be pretending to be this "
                "server to read the chat: do not trust the new key."
            ).format(old=old, new=new)
        )
        cancel = dialog.addButton(self.tr("Do not connect"), QMessageBox.ButtonRole.RejectRole)
        self.trust_button = dialog.addButton(
            self.tr("Trust the new key"), QMessageBox.ButtonRole.AcceptRole
        )
        dialog.setDefaultButton(cancel)
        dialog.setEscapeButton(cancel)
        dialog.buttonClicked.connect(self._on_dialog_button)
        self.dialog = dialog
        dialog.open()

    @Slot(object)
    def _on_dialog_button(self, button: object) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if button is self.trust_button and self._changed is not None:
            _server, _old, new = self._changed
            self._changed = None
            self._tab.reconnect_trusting(new)
        self.trust_button = None
