"""Where exports go: one default folder for every Export button of the window.

The Save dialog opens in the folder of the last export (remembered in the settings
for the whole app), or in the user's Documents folder the first time. The file itself
is written by app/workers/export_writer.py, off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui.settings import read_setting, write_settings

EXPORT_FOLDER_KEY = "export/folder"


def export_folder() -> Path:
    """The folder an export dialog opens in: the last export's, else Documents."""
    saved = read_setting(EXPORT_FOLDER_KEY, "")
    if saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def remember_export_folder(path: str | Path) -> None:
    """The next export dialog opens in the folder of `path`."""
    write_settings({EXPORT_FOLDER_KEY: str(Path(path).parent)})


def ask_export_path(parent: QWidget, title: str, file_name: str, file_filter: str) -> str | None:
    """Ask where to save an export (None: the user cancelled); remembers the folder."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(export_folder() / file_name), file_filter
    )
    if not path:
        return None
    remember_export_folder(path)
    return path
