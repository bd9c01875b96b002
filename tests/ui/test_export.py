"""One default folder for every export: Documents first, then the last export's folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui import export
from app.ui.settings import write_settings


def documents() -> Path:
    location = QStandardPaths.StandardLocation.DocumentsLocation
    return Path(QStandardPaths.writableLocation(location))


def test_the_first_export_opens_in_documents(qapp) -> None:
    assert export.export_folder() == documents()


def test_the_folder_of_the_last_export_is_remembered_for_the_app(qapp, tmp_path: Path) -> None:
    export.remember_export_folder(tmp_path / "subnets.csv")
    assert export.export_folder() == tmp_path
    write_settings({export.EXPORT_FOLDER_KEY: str(tmp_path / "gone")})  # deleted since
    assert export.export_folder() == documents()


def test_ask_export_path_offers_the_name_in_the_folder_and_remembers(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    export.remember_export_folder(tmp_path / "before.csv")
    offered: list[str] = []
    chosen = tmp_path / "elsewhere" / "datagrams.csv"
    chosen.parent.mkdir()

    def dialog(parent, title, start, file_filter):
        offered.append(start)
        return str(chosen), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert export.ask_export_path(parent, "Export", "datagrams.csv", "CSV (*.csv)") == str(chosen)
    assert offered == [str(tmp_path / "datagrams.csv")]
    assert export.export_folder() == chosen.parent
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert export.ask_export_path(parent, "Export", "x.csv", "CSV (*.csv)") is None
    assert export.export_folder() == chosen.parent
