"""The Subnet tab driven as a user would: type, see the results, the bits, split, VLSM."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.ui.subnet_lists import MAX_VIEW_ROWS
from app.ui.subnet_tab import (
    SPLIT_BY_COUNT,
    SPLIT_BY_HOSTS,
    SubnetTab,
    bit_styles,
)
from tests.helpers.languages import TRANSLATED_LANGUAGES


@pytest.fixture
def tab(qtbot) -> SubnetTab:
    widget = SubnetTab()
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    return widget


def cell(panel, row: int, column: int) -> str:
    model = panel.model
    return model.data(model.index(row, column))


def test_opens_with_a_worked_example(tab: SubnetTab) -> None:
    assert tab.address_edit.text() == "192.168.1.12/24"
    assert tab.result("network") == "192.168.1.0/24"
    assert tab.result("broadcast") == "192.168.1.255"
    assert tab.result("usable_hosts") == "254"
    assert tab.result("class") == "C"
    assert tab.result("type") == "Private (RFC 1918)"
    assert "192.168.1.0/24" in tab.headline.text()
    assert tab.same_answer.text().count("Yes") == 1


def test_results_update_as_you_type(tab: SubnetTab, qtbot) -> None:
    with qtbot.waitSignal(tab.calculated) as blocker:
        tab.address_edit.setText("10.0.0.7/31")
    assert blocker.args[0].prefix == 31
    assert tab.result("broadcast") == "none (a /31 is a point-to-point link, RFC 3021)"
    assert (tab.result("first_host"), tab.result("last_host")) == ("10.0.0.6", "10.0.0.7")
    tab.address_edit.setText("10.0.0.7/32")
    assert tab.result("usable_hosts") == "1 (the address itself)"
    tab.address_edit.setText("0.0.0.0/0")
    assert tab.result("total_addresses") == "4,294,967,296 (2^32)"


def test_an_error_is_shown_in_words_and_the_results_dim(tab: SubnetTab, qtbot) -> None:
    with qtbot.waitSignal(tab.calculated) as blocker:
        tab.address_edit.setText("192.168.1.256/24")
    assert blocker.args == [None]
    assert tab.address_error.isVisible()
    assert tab.address_error.text() == "Octet 256 is out of range 0-255 (in 192.168.1.256)."
    assert not tab.results_box.isEnabled() and not tab.split_list.isEnabled()
    tab.address_edit.setText("192.168.1.1 255.0.255.0")
    assert "is not a valid mask (its 1-bits are not contiguous)" in tab.address_error.text()
    tab.address_edit.setText("192.168.1.1/33")
    assert tab.address_error.text().startswith("Prefix 33 is too long for IPv4")
    tab.address_edit.setText("192.168.1.1/30")
    assert not tab.address_error.isVisible() and tab.results_box.isEnabled()
    assert tab.result("network") == "192.168.1.0/30"


def test_stale_results_are_greyed_bits_and_all(tab: SubnetTab) -> None:
    colourful = bit_styles()
    tab.address_edit.setText("192.168.1.1/3")
    assert colourful.network in tab.bits_view.text() and colourful.network in (
        tab.bits_legend.text()
    )
    headline = tab.headline.text()
    tab.address_edit.setText("192.168.1.1/33")  # /3 with one more key press
    assert tab.address_error.isVisible()
    assert tab.address_error.text().startswith("Prefix 33 is too long for IPv4")
    assert tab.bits_view.is_dimmed() and tab.other_bits.is_dimmed()
    grey = bit_styles(dimmed=True)
    for view in (tab.bits_view, tab.bits_legend, tab.other_bits):
        assert colourful.network not in view.text() and colourful.host not in view.text()
        assert grey.network in view.text()
    assert tab.headline.text() == (
        f"Not updated while the address has an error. Last result: {headline}"
    )
    assert not tab.headline.isEnabled() and not tab.results_box.isEnabled()
    tab.address_edit.setText("192.168.1.1/30")
    assert not tab.bits_view.is_dimmed()
    assert colourful.network in tab.bits_view.text() and grey.network not in (tab.bits_view.text())
    assert tab.headline.text().startswith("192.168.1.0/30")


def test_a_saved_invalid_address_opens_with_its_error(qtbot) -> None:
    from app.ui.settings import write_settings

    write_settings({"subnet/address": "10.0.0.1/33"})
    tab = SubnetTab()
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.address_edit.text() == "10.0.0.1/33"
    assert tab.address_error.isVisible()
    assert tab.address_error.text() == "Prefix 33 is too long for IPv4: use 0 to 32."
    assert tab.headline.isVisible()
    assert tab.headline.text() == "No results: correct the address above."
    assert not tab.bits_view.isVisible() and not tab.results_box.isEnabled()
    tab.address_edit.setText("10.0.0.1/8")
    assert tab.result("network") == "10.0.0.0/8" and tab.bits_view.isVisible()


def test_a_bare_address_uses_the_prefix_control(tab: SubnetTab) -> None:
    tab.address_edit.setText("172.16.5.4/12")
    assert not tab.prefix_combo.isEnabled()
    assert tab.prefix_combo.currentText() == "/12  255.240.0.0"
    tab.address_edit.setText("172.16.5.4")
    assert tab.prefix_combo.isEnabled()
    assert tab.result("network") == "172.16.0.0/12"  # the control kept the last prefix
    tab.prefix_combo.setEditText("255.255.0.0")
    assert tab.result("network") == "172.16.0.0/16"
    tab.prefix_combo.setCurrentIndex(tab.prefix_combo.findText("/30  255.255.255.252"))
    assert tab.result("network") == "172.16.5.4/30"
    tab.prefix_combo.setEditText("0.0.0.255")
    assert tab.result("netmask") == "255.255.255.0 (read as a wildcard mask)"
    tab.prefix_combo.setEditText("40")
    assert "Prefix 40 is too long for IPv4" in tab.address_error.text()


def test_ipv6_switches_the_fields_and_the_prefix_list(tab: SubnetTab) -> None:
    tab.address_edit.setText("fe80::1%eth0/64")
    assert tab.result("expanded") == "fe80:0000:0000:0000:0000:0000:0000:0001"
    assert tab.result("address") == "fe80::1 (zone eth0)"
    assert tab.result("subnets_64") == "1"
    assert tab.result("broadcast") == "" and tab.result("class") == ""
    assert tab.prefix_combo.count() == 129 and tab.prefix_combo.itemText(0) == "/128"
    tab.address_edit.setText("10.0.0.1/8")
    assert tab.result("broadcast") == "10.255.255.255"
    assert tab.prefix_combo.count() == 33


def test_binary_view_colours_network_and_host_bits(tab: SubnetTab) -> None:
    tab.address_edit.setText("192.168.1.12/26")
    rows = tab.bits_view.rows
    assert [row.label for row in rows] == ["address", "AND mask", "= network"]
    html = tab.bits_view.text()
    styles = bit_styles()  # for the current palette
    # the last octet of the address: 2 network bits, then 6 host bits
    assert f'<span style="{styles.network}">00</span>' in html
    assert f'<span style="{styles.host}">001100</span>' in html
    assert f'<span style="{styles.network}">11</span>' in html  # the mask's last octet
    assert "network bits: 26" in tab.bits_legend.text()
    assert "host bits: 6" in tab.bits_legend.text()
    assert tab.bits_view.font().fixedPitch() or "mono" in tab.bits_view.font().family().lower()


def test_same_network_answers_with_the_differing_bit(tab: SubnetTab) -> None:
    tab.address_edit.setText("192.168.1.12/24")
    tab.other_edit.setText("192.168.2.5")
    assert ">No<" in tab.same_answer.text()
    assert "Bit 23 differs" in tab.same_answer.text()
    assert bit_styles().different in tab.other_bits.text()
    assert [row.label for row in tab.other_bits.rows] == ["other", "AND mask", "= network", "ours"]
    tab.other_edit.setText("192.168.1.99")
    assert ">Yes<" in tab.same_answer.text()
    assert bit_styles().different not in tab.other_bits.text()
    tab.other_edit.setText("192.168.1.999")
    assert tab.other_error.text() == "Octet 999 is out of range 0-255 (in 192.168.1.999)."
    tab.other_edit.setText("")
    assert tab.same_answer.text() == "" and not tab.other_error.has_error()


def test_split_a_slash_8_into_slash_30s_is_instant_and_lazy(tab: SubnetTab) -> None:
    tab.address_edit.setText("10.0.0.0/8")
    tab.split_value.setText("30")
    panel = tab.split_list
    assert panel.model.rowCount() == 4_194_304
    assert "4,194,304" in panel.summary.text()
    assert cell(panel, 0, 1) == "10.0.0.0/30"
    assert cell(panel, 4_194_303, 1) == "10.255.255.252/30"
    assert panel.go_to("10.200.0.1") == 3_276_800
    assert panel.view.currentIndex().row() == 3_276_800
    assert panel.go_to("11.0.0.1") is None
    assert "is not inside 10.0.0.0/8" in panel.goto_error.text()


def test_split_by_count_and_by_hosts(tab: SubnetTab) -> None:
    tab.address_edit.setText("192.168.1.0/24")
    tab.split_mode.setCurrentIndex(SPLIT_BY_COUNT)
    tab.split_value.setText("5")
    assert tab.split_list.model.rowCount() == 8
    assert cell(tab.split_list, 1, 1) == "192.168.1.32/27"
    tab.split_mode.setCurrentIndex(SPLIT_BY_HOSTS)
    assert not tab.split_p2p.isHidden()
    tab.split_value.setText("2")
    assert cell(tab.split_list, 0, 1) == "192.168.1.0/31"
    tab.split_p2p.setChecked(False)
    assert cell(tab.split_list, 0, 1) == "192.168.1.0/30"
    tab.split_value.setText("300")
    assert "300 hosts do not fit in one subnet" in tab.split_error.text()
    assert tab.split_list.model.rowCount() == 0
    tab.split_value.setText("lots")
    assert "must be a whole number" in tab.split_error.text()
    tab.split_mode.setCurrentIndex(SPLIT_BY_COUNT)  # the value typed for this mode returns
    assert tab.split_value.text() == "5" and not tab.split_error.has_error()


def test_hosts_of_a_slash_8_and_a_window_over_an_ipv6_slash_64(tab: SubnetTab) -> None:
    tab.address_edit.setText("10.0.0.0/8")
    panel = tab.hosts_list
    assert panel.model.rowCount() == 16_777_214
    assert cell(panel, 16_777_213, 1) == "10.255.255.254"
    assert panel.window_note.isHidden()
    tab.address_edit.setText("2001:db8::/64")
    assert panel.model.rowCount() == MAX_VIEW_ROWS
    assert not panel.window_note.isHidden()
    assert "of 18,446,744,073,709,551,616" in panel.window_note.text()
    far = "2001:db8::ffff:ffff:ffff:fff0"
    index = panel.go_to(far)
    assert index == 2**64 - 16
    assert panel.model.offset > 0
    row = panel.view.currentIndex().row()
    assert cell(panel, row, 1) == far
    assert "Showing rows 18,446,744,073,692,774,401" in panel.window_note.text()


def test_vlsm_plans_and_says_when_it_does_not_fit(tab: SubnetTab) -> None:
    tab.address_edit.setText("192.168.1.0/24")
    tab.vlsm_edit.setPlainText("Sales 50\nLab 20\nLink 2")
    panel = tab.vlsm_list
    assert panel.model.rowCount() == 3
    assert [cell(panel, r, 0) for r in range(3)] == ["Sales", "Lab", "Link"]
    assert [cell(panel, r, 2) for r in range(3)] == [
        "192.168.1.0/26",
        "192.168.1.64/27",
        "192.168.1.96/31",
    ]
    assert cell(panel, 0, 4) == "12"  # waste: 62 usable, 50 needed
    assert "waste" in panel.summary.text()
    tab.vlsm_p2p.setChecked(False)
    assert cell(panel, 2, 2) == "192.168.1.96/30"
    tab.address_edit.setText("192.168.1.0/26")
    assert not tab.vlsm_error.isHidden()
    assert "do not fit in 192.168.1.0/26" in tab.vlsm_error.text()
    assert panel.model.rowCount() == 0
    tab.vlsm_edit.setPlainText("Sales fifty")
    assert "has no host count" in tab.vlsm_error.text()


def test_summarise(tab: SubnetTab) -> None:
    tab.summary_edit.setPlainText("10.0.0.0/24\n10.0.1.0/24\n10.0.3.0/24")
    panel = tab.summary_list
    assert [cell(panel, r, 0) for r in range(panel.model.rowCount())] == [
        "10.0.0.0/23",
        "10.0.3.0/24",
    ]
    assert "10.0.0.0/22" in panel.summary.text()  # the one summary route
    assert "256 extra addresses" in panel.summary.text()
    tab.summary_edit.setPlainText("10.0.0.0/24\n10.0.0.0/33")
    assert tab.summary_error.text().startswith("Line 2: Prefix 33 is too long")


def test_export_streams_in_slices_without_blocking(tab: SubnetTab, qtbot, tmp_path: Path) -> None:
    tab.address_edit.setText("10.0.0.0/14")
    tab.split_value.setText("30")
    panel = tab.split_list
    assert panel.model.rowCount() == 65_536
    progress: list[int] = []
    panel.progress.valueChanged.connect(progress.append)
    target = tmp_path / "subnets.csv"
    with qtbot.waitSignal(panel.export_finished, timeout=60_000) as blocker:
        job = panel.export_to(str(target))
        assert job is not None and job.is_running()  # returned before writing everything
        assert panel.is_exporting()
        tab.address_edit.setText("192.168.0.0/24")  # typing on: the export keeps its list
        assert not panel.export_button.isEnabled()
    assert blocker.args == [str(target), 65_536]
    assert len(progress) >= 3 and progress[-1] == 1000  # written over many event-loop turns
    with target.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["#", "Network", "First host", "Last host", "Broadcast", "Usable hosts"]
    assert rows[1][1] == "10.0.0.0/30" and rows[-1][1] == "10.3.255.252/30"
    assert len(rows) == 65_537
    assert "Exported 65,536 rows" in panel.export_status.text()
    assert panel.export_button.isEnabled()


def test_cancel_deletes_the_partial_file(tab: SubnetTab, qtbot, tmp_path: Path) -> None:
    tab.address_edit.setText("10.0.0.0/8")
    tab.split_value.setText("30")
    target = tmp_path / "big.csv"
    panel = tab.split_list
    panel.export_to(str(target))
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=10_000)
    with qtbot.waitSignal(panel.export_failed) as blocker:
        panel.cancel_button.click()
    assert "cancelled" in blocker.args[0]
    assert not target.exists() and not panel.is_exporting()


def test_export_errors_are_said_in_words(tab: SubnetTab, qtbot, tmp_path: Path) -> None:
    tab.address_edit.setText("2001:db8::/64")
    with qtbot.waitSignal(tab.hosts_list.export_failed) as blocker:
        tab.hosts_list.export_to(str(tmp_path / "endless.csv"))
    assert "exports stop" not in blocker.args[0]
    assert "This list has 18,446,744,073,709,551,616 rows" in blocker.args[0]
    tab.address_edit.setText("10.0.0.0/30")
    with qtbot.waitSignal(tab.hosts_list.export_failed) as blocker:
        tab.hosts_list.export_to(str(tmp_path / "missing" / "folder" / "x.csv"))
    assert blocker.args[0].startswith(f"Could not write {tmp_path / 'missing'}")


def test_shutdown_stops_an_export_and_remembers_the_inputs(qtbot, tmp_path: Path) -> None:
    first = SubnetTab()
    qtbot.addWidget(first)
    first.address_edit.setText("10.20.30.40/20")
    first.other_edit.setText("10.20.31.1")
    first.vlsm_edit.setPlainText("A 10")
    first.split_mode.setCurrentIndex(SPLIT_BY_COUNT)
    first.split_value.setText("16")
    target = tmp_path / "left.csv"
    first.hosts_list.export_to(str(target))
    assert first.hosts_list.is_exporting()
    first.shutdown()
    assert not first.hosts_list.is_exporting() and not target.exists()
    second = SubnetTab()
    qtbot.addWidget(second)
    assert second.address_edit.text() == "10.20.30.40/20"
    assert second.other_edit.text() == "10.20.31.1"
    assert second.vlsm_edit.toPlainText() == "A 10"
    assert second.split_mode.currentIndex() == SPLIT_BY_COUNT
    assert second.split_value.text() == "16"
    assert second.split_list.model.rowCount() == 16


def test_this_machine_fills_in_an_interface_address(tab: SubnetTab) -> None:
    tab.populate_machine_menu()
    actions = [a for a in tab.machine_menu.actions() if a.data()]
    loopback = [a for a in actions if str(a.data()).startswith("127.")]
    assert loopback, [a.text() for a in tab.machine_menu.actions()]
    loopback[0].trigger()
    assert tab.address_edit.text() == loopback[0].data()
    assert tab.result("type") == "Loopback (RFC 1122)"


def test_copy_results(tab: SubnetTab) -> None:
    tab.address_edit.setText("192.168.1.12/24")
    tab.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert "Network: 192.168.1.0/24" in text.splitlines()
    assert "Broadcast: 192.168.1.255" in text.splitlines()


def test_the_main_window_builds_the_subnet_tab(qtbot) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    index = [window.tabs.tabText(i) for i in range(window.tabs.count())].index("Subnet")
    window.tabs.setCurrentIndex(index)
    assert isinstance(window.tab_widget("subnet"), SubnetTab)
    window.close()


# --------------------------------------------------------------------------- in Russian and Chinese


@pytest.mark.parametrize(("code", "letters"), TRANSLATED_LANGUAGES)
def test_typed_mistakes_are_explained_in_the_windows_language(
    qtbot, language, code, letters
) -> None:
    assert language(code)
    tab = SubnetTab()
    qtbot.addWidget(tab)
    tab.show()

    def check(shown: str, *values: str) -> None:
        assert letters.search(shown), shown
        for value in values:
            assert value in shown, (value, shown)

    tab.address_edit.setText("192.168.1.256/24")
    check(tab.address_error.text(), "256", "192.168.1.256")
    assert "out of range" not in tab.address_error.text()
    tab.address_edit.setText("10.0.0.1 255.0.255.0")
    check(tab.address_error.text(), "255.0.255.0", "255.255.0.0")
    tab.address_edit.setText("10.0.0.0/8")
    assert not tab.address_error.has_error()

    tab.other_edit.setText("10.0.0.999")
    check(tab.other_error.text(), "999", "10.0.0.999")
    tab.split_value.setText("4")
    check(tab.split_error.text(), "/8", "/4", "32")
    tab.split_value.setText("30")
    tab.split_list.go_to("11.0.0.1")
    check(tab.split_list.goto_error.text(), "11.0.0.1", "10.0.0.0/8")
    tab.vlsm_edit.setPlainText("Sales fifty")
    check(tab.vlsm_error.text(), "'Sales fifty'", "Lab 20")
    tab.summary_edit.setPlainText("10.0.0.0/24\n10.0.0.0/33")
    check(tab.summary_error.text(), "2", "33", "IPv4")
    assert "Line" not in tab.summary_error.text() and "too long" not in tab.summary_error.text()


def test_an_error_reads_exactly_as_translated(qtbot, language) -> None:
    assert language("zh_CN")
    tab = SubnetTab()
    qtbot.addWidget(tab)
    tab.address_edit.setText("192.168.1.256/24")
    assert tab.address_error.text() == "八位组 256 超出范围 0-255（在 192.168.1.256 中）。"  # noqa: RUF001


@pytest.mark.parametrize(("code", "letters"), TRANSLATED_LANGUAGES)
def test_results_and_explanations_are_in_the_windows_language(
    qtbot, language, code, letters
) -> None:
    assert language(code)
    tab = SubnetTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.address_edit.setText("10.0.0.7/31")
    broadcast = tab.result("broadcast")
    assert letters.search(broadcast) and "/31" in broadcast and "RFC 3021" in broadcast
    assert letters.search(tab.result("usable_hosts")) and tab.result("usable_hosts").startswith("2")
    assert letters.search(tab._field_widgets["broadcast"][0].text())
    assert letters.search(tab.result("type")) and "RFC 1918" in tab.result("type")
    words = tab.words_label.text()
    assert letters.search(words) and "10.0.0.6" in words and "host bits" not in words
    assert "= network" not in tab.bits_view.text()

    tab.other_edit.setText("10.0.0.9")
    answer = tab.same_answer.text()
    assert letters.search(answer) and "10.0.0.9" in answer and "31" in answer
    assert ">No<" not in answer and "differs" not in answer

    tab.address_edit.setText("192.168.1.0/24")
    tab.vlsm_edit.setPlainText("Sales 50\n20\nLink 2")
    panel = tab.vlsm_list
    summary = panel.summary.text()
    assert letters.search(summary) and "192.168.1.0/24" in summary and "waste" not in summary
    header = panel.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert letters.search(header)
    assert letters.search(cell(panel, 1, 0)) and cell(panel, 1, 0).endswith("2")  # "Subnet 2"
    assert letters.search(cell(panel, 2, 7))  # "none": a /31 has no broadcast


@pytest.mark.parametrize(("code", "letters"), TRANSLATED_LANGUAGES)
def test_an_export_refusal_is_shown_translated(
    qtbot, language, code, letters, tmp_path: Path
) -> None:
    assert language(code)
    tab = SubnetTab()
    qtbot.addWidget(tab)
    tab.address_edit.setText("2001:db8::/64")
    with qtbot.waitSignal(tab.hosts_list.export_failed) as blocker:
        tab.hosts_list.export_to(str(tmp_path / "endless.csv"))
    shown = blocker.args[0]
    assert letters.search(shown) and "18,446,744,073,709,551,616" in shown
    assert tab.hosts_list.export_status.text() == shown
    assert not (tmp_path / "endless.csv").exists()
