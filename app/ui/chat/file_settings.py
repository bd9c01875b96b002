"""`FileSettingsDialog`: where received files go, who may send without asking, how big.

Kept in QSettings (app/ui/chat/transfers.py reads them); the Chat tab hands them to
its running TransferEngine when the dialog is accepted and whenever a chat starts.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.chat.protocol import validate_nick
from app.ui.chat.transfers import (
    SETTINGS_AUTO,
    SETTINGS_FOLDER,
    SETTINGS_LIMIT_MB,
    received_folder,
)
from app.ui.field_error import FieldError
from app.ui.i18n import translate_message
from app.ui.settings import read_setting, write_settings
from app.ui.theme import set_text_colour

#: The biggest size limit the spin box offers, in MiB (1 TiB).
MAX_LIMIT_MB = 1024 * 1024


def parse_nicks(text: str) -> list[str]:
    """`alice, bob carol` -> ["alice", "bob", "carol"]; `*` stands for everyone."""
    return [part for part in re.split(r"[,\s]+", text.strip()) if part]


class FileSettingsDialog(QDialog):
    """The Files settings of the Chat tab (see module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileSettingsDialog")
        self.folder_edit = QLineEdit()
        self.browse_button = QPushButton()
        self.folder_error = FieldError()
        self.auto_edit = QLineEdit()
        self.auto_error = FieldError()
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(0, MAX_LIMIT_MB)
        self.limit_spin.setSingleStep(100)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        set_text_colour(self.hint, "muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.folder_label = QLabel()
        self.auto_label = QLabel()
        self.limit_label = QLabel()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.folder_label, folder_row)
        form.addRow("", self.folder_error)
        form.addRow(self.auto_label, self.auto_edit)
        form.addRow("", self.auto_error)
        form.addRow(self.limit_label, self.limit_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.folder_label.setBuddy(self.folder_edit)
        self.auto_label.setBuddy(self.auto_edit)
        self.limit_label.setBuddy(self.limit_spin)
        self.browse_button.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.folder_edit.textEdited.connect(self.folder_error.clear_error)
        self.auto_edit.textEdited.connect(self.auto_error.clear_error)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        """The texts in the current language: at start and on QEvent.LanguageChange."""
        self.setWindowTitle(self.tr("File transfer settings"))
        self.folder_label.setText(self.tr("Save received files in:"))
        self.browse_button.setText(self.tr("Browse..."))
        self.auto_label.setText(self.tr("Accept without asking from:"))
        self.auto_edit.setPlaceholderText(self.tr("nicknames, separated by commas; * for anyone"))
        self.limit_label.setText(self.tr("Decline offers bigger than:"))
        self.limit_spin.setSuffix(self.tr(" MiB"))
        self.limit_spin.setSpecialValueText(self.tr("no limit"))
        self.hint.setText(
            self.tr(
                "Offers from the people listed are saved in the folder at once. "
                "An offer over the size limit is declined at once, and its line says why."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def load(self) -> None:
        """Show the saved settings."""
        self.folder_edit.setText(received_folder())
        self.auto_edit.setText(", ".join(read_setting(SETTINGS_AUTO, [])))
        self.limit_spin.setValue(max(0, min(MAX_LIMIT_MB, read_setting(SETTINGS_LIMIT_MB, 0))))

    @Slot()
    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save received files in"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)
            self.folder_error.clear_error()

    def save(self) -> bool:
        """Check and keep the settings; False (and the reason next to the field) if wrong."""
        ok = True
        folder = self.folder_edit.text().strip()
        if not folder or not Path(folder).expanduser().is_absolute():
            self.folder_error.show_error(
                self.tr("Choose a whole folder path, for example {example}.").format(
                    example=str(Path.home() / "Downloads")
                )
            )
            ok = False
        elif Path(folder).expanduser().exists() and not Path(folder).expanduser().is_dir():
            self.folder_error.show_error(
                self.tr("{path} is a file, not a folder.").format(path=folder)
            )
            ok = False
        nicks = parse_nicks(self.auto_edit.text())
        for nick in nicks:
            problem = None if nick == "*" else validate_nick(nick)
            if problem:
                self.auto_error.show_error(
                    self.tr("{nick}: {problem}").format(
                        nick=nick, problem=translate_message(problem)
                    )
                )
                ok = False
                break
        if not ok:
            return False
        write_settings(
            {
                SETTINGS_FOLDER: str(Path(folder).expanduser()),
                SETTINGS_AUTO: nicks,
                SETTINGS_LIMIT_MB: self.limit_spin.value(),
            }
        )
        return True

    def accept(self) -> None:
        """OK: keep the settings if they are right, else stay open and say what is wrong."""
        if self.save():
            super().accept()
