"""Help > About: the app's version with the Qt, PySide6 and Python versions under it."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app import APP_NAME, __version__


def version_lines() -> list[str]:
    """The lines About shows; also printed by `socketlab --version --verbose`."""
    return [
        f"{APP_NAME} {__version__}",
        f"Qt {qVersion()} (PySide6 {PySide6.__version__})",
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}",
    ]


class AboutDialog(QDialog):
    """A small dialog with the versions; opened window-modal so it never blocks tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """The title and the summary in the window's language."""
        #: {app} is the application's name, SocketLab.
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        first, *rest = version_lines()
        summary = self.tr(
            "A desktop lab for LAN chat, UDP datagrams, subnets and network diagnostics."
        )
        self.label.setText(
            f"<h3>{html.escape(first)}</h3>"
            f"<p>{html.escape(summary)}</p>"
            "<p>" + "<br>".join(html.escape(line) for line in rest) + "</p>"
        )
        self.label.setAccessibleDescription(self.tr("Versions"))  # a name would hide them

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
