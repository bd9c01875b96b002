"""The tests' own data and settings folders: never the user's, never shared."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def _data_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def test_the_data_folder_is_this_tests_own(tmp_path_factory) -> None:
    folder = _data_folder()
    assert folder.is_relative_to(Path(os.environ["XDG_DATA_HOME"]))
    assert folder.is_relative_to(tmp_path_factory.getbasetemp())
    assert not folder.is_relative_to(Path.home() / ".qttest")
