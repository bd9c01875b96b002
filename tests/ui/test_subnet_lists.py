"""The lazy table model and the list panel under the Subnet tab's planning pages."""

from __future__ import annotations

import ipaddress

from PySide6.QtCore import Qt

from app.core.subnet_plan import HostRows, RowSource, SubnetRows, TableRows
from app.ui.subnet_lists import MAX_VIEW_ROWS, ROW_CACHE_SIZE, ListPanel, RowSourceModel


class CountingRows(RowSource):
    """Counts computed rows, to show the model asks only for what it shows."""

    def __init__(self, inner: RowSource) -> None:
        self.inner = inner
        self.headers = inner.headers
        self.computed = 0

    @property
    def count(self) -> int:
        return self.inner.count

    def row(self, index: int) -> tuple[str, ...]:
        self.computed += 1
        return self.inner.row(index)


def test_model_computes_only_the_rows_asked_for(qtbot) -> None:
    model = RowSourceModel()
    source = CountingRows(SubnetRows(ipaddress.ip_network("10.0.0.0/8"), 30))
    model.set_source(source)
    assert model.rowCount() == 4_194_304 and model.columnCount() == 6
    for column in range(6):  # one row, every column and a few roles: computed once
        index = model.index(4_000_000, column)
        model.data(index)
        model.data(index, Qt.ItemDataRole.ToolTipRole)
        model.data(index, Qt.ItemDataRole.TextAlignmentRole)
    assert source.computed == 1
    assert model.data(model.index(4_000_000, 1)) == "10.244.36.0/30"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Network"
    assert model.headerData(1, Qt.Orientation.Vertical) is None
    assert model.rowCount(model.index(0, 0)) == 0  # a flat table: no children


def test_model_cache_stays_small(qtbot) -> None:
    model = RowSourceModel()
    model.set_source(HostRows(ipaddress.ip_network("10.0.0.0/8")))
    for row in range(ROW_CACHE_SIZE * 3):
        model.data(model.index(row, 1))
    assert len(model._cache) <= ROW_CACHE_SIZE


def test_model_roles_align_numbers_and_use_monospace_for_bits(qtbot) -> None:
    model = RowSourceModel()
    model.set_source(HostRows(ipaddress.ip_network("192.168.1.0/24")))
    number = model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole)
    assert number & int(Qt.AlignmentFlag.AlignRight)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(model.index(0, 2), Qt.ItemDataRole.FontRole) == model.monospace_font
    assert model.data(model.index(0, 1), Qt.ItemDataRole.FontRole) is None


def test_model_shows_a_huge_list_one_window_at_a_time(qtbot) -> None:
    model = RowSourceModel()
    model.set_source(HostRows(ipaddress.ip_network("2001:db8::/64")))
    assert model.total() == 2**64 and model.rowCount() == MAX_VIEW_ROWS
    with qtbot.waitSignal(model.window_moved):
        row = model.reveal(3 * MAX_VIEW_ROWS + 5)
    assert (model.offset, row) == (3 * MAX_VIEW_ROWS, 5)
    assert model.data(model.index(row, 0)) == str(3 * MAX_VIEW_ROWS + 6)
    with qtbot.assertNotEmitted(model.window_moved):
        assert model.reveal(3 * MAX_VIEW_ROWS + 7) == 7
    last = model.reveal(2**64 - 1)
    assert model.rowCount() == 2**64 - model.offset and last == model.rowCount() - 1
    model.set_source(None)
    assert model.rowCount() == 0 and model.columnCount() == 0 and model.total() == 0


def test_panel_empty_and_small_lists(qtbot) -> None:
    panel = ListPanel("Test")
    qtbot.addWidget(panel)
    panel.set_source(None, "nothing")
    assert not panel.export_button.isEnabled() and panel.go_to("1") is None
    panel.set_source(TableRows(("Name", "Network"), [("a", "10.0.0.0/24")]), "one row")
    assert panel.export_button.isEnabled()
    assert panel.go_to("10.0.0.9") == 0
    assert panel.go_to("  ") is None and not panel.goto_error.has_error()
    assert panel.go_to("#7") is None
    assert panel.goto_error.text() == "Row 7 is out of range: this list has 1."
