"""The layer tree: a packet's layers (link, network, transport, application, payload),
each with its fields; selecting one tells where its bytes are."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from app.core.packets.model import APPLICATION, LINK, NETWORK, TRANSPORT, Field, Layer, Packet
from app.ui.i18n import translate_message, ui_locale

LEVEL_TITLES = {
    LINK: QT_TRANSLATE_NOOP("LayerTree", "Link layer: {name}"),
    NETWORK: QT_TRANSLATE_NOOP("LayerTree", "Network layer: {name}"),
    TRANSPORT: QT_TRANSLATE_NOOP("LayerTree", "Transport layer: {name}"),
    APPLICATION: QT_TRANSLATE_NOOP("LayerTree", "Application layer: {name}"),
}
_RANGE = Qt.ItemDataRole.UserRole  # (offset, length) of an item's bytes


class LayerTree(QTreeWidget):
    """One top item per layer, its fields as children ("Source port: 40000").

    Signals:
        range_selected(int, int): the selected item's bytes (offset, length); (0, 0) for none.
    """

    range_selected = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self._packet: Packet | None = None
        self.setAccessibleName(self.tr("Layers"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.itemSelectionChanged.connect(self._on_selection_changed)

    def layer_title(self, layer: Layer) -> str:
        """ "Transport layer: TCP", or "Payload (5 bytes)" for the payload."""
        name = translate_message(layer.name)
        if layer.name == "Payload":
            return self.tr("Payload ({count} bytes)").format(
                count=ui_locale().toString(layer.length)
            )
        template = LEVEL_TITLES.get(layer.level)
        return self.tr(template).format(name=name) if template else name

    @staticmethod
    def field_text(field: Field) -> str:
        """ "Source port: 40000"."""
        return f"{translate_message(field.name)}: {translate_message(field.value)}"

    def show_packet(self, packet: Packet | None) -> None:
        """Show `packet`'s layers, expanded (None: nothing)."""
        self._packet = packet
        self.clear()
        if packet is None:
            return
        for layer in packet.layers:
            item = QTreeWidgetItem([self.layer_title(layer)])
            item.setData(0, _RANGE, (layer.offset, layer.length))
            if layer.summary:
                item.setToolTip(0, translate_message(layer.summary))
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for field in layer.fields:
                child = QTreeWidgetItem([self.field_text(field)])
                child.setData(0, _RANGE, (field.offset, field.length))
                if field.note:
                    child.setToolTip(0, translate_message(field.note))
                item.addChild(child)
            self.addTopLevelItem(item)
            item.setExpanded(True)
        if packet.problem:
            problem = QTreeWidgetItem([translate_message(packet.problem)])
            problem.setData(0, _RANGE, (0, 0))
            self.addTopLevelItem(problem)

    def retranslate(self) -> None:
        """The shown packet's layers and fields in the window's language; the items, their
        selection and what is expanded stay."""
        self.setAccessibleName(self.tr("Layers"))
        packet = self._packet
        if packet is None:
            return
        for top, layer in enumerate(packet.layers):
            item = self.topLevelItem(top)
            if item is None:
                return
            item.setText(0, self.layer_title(layer))
            if layer.summary:
                item.setToolTip(0, translate_message(layer.summary))
            for index, field in enumerate(layer.fields):
                child = item.child(index)
                if child is None:
                    break
                child.setText(0, self.field_text(field))
                if field.note:
                    child.setToolTip(0, translate_message(field.note))
        problem = self.topLevelItem(len(packet.layers))
        if packet.problem and problem is not None:
            problem.setText(0, translate_message(packet.problem))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def find_field(self, name: str) -> QTreeWidgetItem | None:
        """The first field item whose text starts with `name` + ":" (tests, keyboard)."""
        for top in range(self.topLevelItemCount()):
            layer = self.topLevelItem(top)
            for index in range(layer.childCount()):
                child = layer.child(index)
                if child.text(0).startswith(f"{name}:"):
                    return child
        return None

    @Slot()
    def _on_selection_changed(self) -> None:
        items = self.selectedItems()
        offset, length = items[0].data(0, _RANGE) if items else (0, 0)
        self.range_selected.emit(int(offset), int(length))
