"""The saved-packets list: resend with a double-click, kept in the app's settings, JSON files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.udp.payload import PayloadFormat
from app.core.udp.saved_packets import (
    SavedPacket,
    SavedPacketsError,
    merge_packets,
    packets_from_json,
    packets_to_json,
)
from app.ui.field_error import FieldError
from app.ui.focus import on_enter
from app.ui.i18n import translate_message
from app.ui.settings import read_setting, write_settings

SETTINGS_KEY = "udp/saved_packets"


def load_saved_packets() -> list[SavedPacket]:
    """The packets kept in the settings (an unreadable entry counts as none)."""
    text = read_setting(SETTINGS_KEY, "")
    if not text:
        return []
    try:
        return packets_from_json(text)
    except SavedPacketsError:
        return []


def store_saved_packets(packets: list[SavedPacket]) -> None:
    """Write the packets to the settings now."""
    write_settings({SETTINGS_KEY: packets_to_json(packets)})


class SavedPacketsBox(QGroupBox):
    """A list of saved packets with Load, Delete, Import and Export.

    Signals:
        load_requested(object): a SavedPacket to put into the sender form.
        send_requested(object): a SavedPacket to load and send (double-click).
        save_requested(str): save the sender's form under this name.
    """

    load_requested = Signal(object)
    send_requested = Signal(object)
    save_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._packets: list[SavedPacket] = []
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.name_edit = QLineEdit()
        self.save_button = QPushButton()
        self.load_button = QPushButton()
        self.delete_button = QPushButton()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        self.error = FieldError()
        save_row = QHBoxLayout()
        save_row.addWidget(self.name_edit, 1)
        save_row.addWidget(self.save_button)
        buttons = QHBoxLayout()
        for button in (self.load_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(save_row)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self._connect_signals()
        self.set_packets(load_saved_packets(), save=False)
        self.retranslate()

    def retranslate(self) -> None:
        """Put every word of the box in the window's language (the list's format words too)."""
        self.setTitle(self.tr("Saved packets"))
        self.list.setAccessibleName(self.tr("Saved packets"))
        self.list.setToolTip(self.tr("Double-click a packet to send it again."))
        self.list.setAccessibleDescription(
            self.tr("Enter or a double-click sends the packet again")
        )
        self.name_edit.setPlaceholderText(self.tr("name for the current packet"))
        self.name_edit.setAccessibleName(self.tr("Packet name"))
        self.save_button.setText(self.tr("Save current"))
        self.save_button.setToolTip(self.tr("Save the sender's target and payload under this name"))
        self.load_button.setText(self.tr("Load"))
        self.load_button.setToolTip(
            self.tr("Put the selected packet into the sender without sending it")
        )
        self.delete_button.setText(self.tr("Delete"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Add packets from a JSON file"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Write every saved packet to a JSON file"))
        row = self.list.currentRow()
        self._show_items()
        self.list.setCurrentRow(row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self._on_save_clicked)
        self.name_edit.returnPressed.connect(self._on_save_clicked)
        self.list.itemDoubleClicked.connect(self._on_double_click)
        on_enter(self.list, self._on_enter)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.load_button.clicked.connect(self._on_load)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self._choose_import)
        self.export_button.clicked.connect(self._choose_export)

    # ----------------------------------------------------------------- contents
    def packets(self) -> list[SavedPacket]:
        """The saved packets, in list order."""
        return list(self._packets)

    def set_packets(self, packets: list[SavedPacket], *, save: bool = True) -> None:
        """Show `packets` (and store them in the settings when `save`)."""
        self._packets = list(packets)
        self._show_items()
        if save:
            store_saved_packets(self._packets)

    def _show_items(self) -> None:
        """One line per packet, its format word in the window's language."""
        self.list.clear()
        for packet in self._packets:
            shown = translate_message(PayloadFormat(packet.payload_format).word)
            item = QListWidgetItem(f"{packet.name}  —  {packet.target}  ({shown})")
            item.setToolTip(packet.payload[:200])
            self.list.addItem(item)
        self._update_buttons()

    def add_packet(self, packet: SavedPacket) -> None:
        """Save `packet`, replacing one with the same name."""
        self.set_packets(merge_packets(self._packets, [packet]))
        names = [p.name for p in self._packets]
        self.list.setCurrentRow(names.index(packet.name))
        self.name_edit.clear()
        self.error.clear_error()

    def selected(self) -> SavedPacket | None:
        """The selected packet, if any."""
        row = self.list.currentRow()
        return self._packets[row] if 0 <= row < len(self._packets) else None

    @Slot()
    def delete_selected(self) -> None:
        """Remove the selected packet."""
        row = self.list.currentRow()
        if 0 <= row < len(self._packets):
            del self._packets[row]
            self.set_packets(self._packets)
            self.list.setCurrentRow(min(row, len(self._packets) - 1))

    # ----------------------------------------------------------------- files
    def import_file(self, path: str | Path) -> int:
        """Add the packets of a JSON file; returns how many, or shows why not (and 0)."""
        try:
            text = Path(path).read_text(encoding="utf-8")
            incoming = packets_from_json(text)
        except (OSError, UnicodeDecodeError, SavedPacketsError) as exc:
            # The OS's and Python's own words stay as they are; our reasons are translated.
            reason = (
                exc.strerror
                if isinstance(exc, OSError) and exc.strerror
                else translate_message(exc)
            )
            self.error.show_error(
                self.tr("Could not import {file}: {reason}").format(
                    file=Path(path).name, reason=reason
                )
            )
            return 0
        self.set_packets(merge_packets(self._packets, incoming))
        self.error.clear_error()
        return len(incoming)

    def export_file(self, path: str | Path) -> bool:
        """Write every packet to a JSON file; False (with the reason shown) on failure."""
        try:
            Path(path).write_text(packets_to_json(self._packets) + "\n", encoding="utf-8")
        except OSError as exc:
            self.error.show_error(
                self.tr("Could not write {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                )
            )
            return False
        self.error.clear_error()
        return True

    @Slot()
    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import saved packets"),
            _documents(),
            self.tr("Packets (*.json);;All files (*)"),
        )
        if path:
            self.import_file(path)

    @Slot()
    def _choose_export(self) -> None:
        default = str(Path(_documents()) / "udp-packets.json")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export saved packets"), default, self.tr("Packets (*.json)")
        )
        if path:
            self.export_file(path)

    # ----------------------------------------------------------------- signals
    @Slot()
    def _on_enter(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._on_double_click(item)

    @Slot(QListWidgetItem)
    def _on_double_click(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if 0 <= row < len(self._packets):
            self.send_requested.emit(self._packets[row])

    @Slot()
    def _on_save_clicked(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.error.show_error(self.tr("Type a name for the packet first."))
            self.name_edit.setFocus()
            return
        self.save_requested.emit(name)

    @Slot()
    def _on_load(self) -> None:
        packet = self.selected()
        if packet is not None:
            self.load_requested.emit(packet)

    @Slot()
    def _update_buttons(self) -> None:
        has_selection = self.selected() is not None
        self.load_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
        self.export_button.setEnabled(bool(self._packets))


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
