"""Numbers in the window: written with the window's locale, plurals in real plural forms."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.ui.i18n import format_bytes, format_count
from app.ui.subnet_tab import SubnetTab
from app.ui.udp.udp_tab import UdpTab

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
NBSP = "\u00a0"


def test_no_python_grouping_in_widget_code() -> None:
    """`{n:,}` writes 65,507 in every language (a decimal mark in Russian): format_count."""
    grouping = ":" + ",}"
    offenders = [
        f"{path.relative_to(UI.parent.parent)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if grouping in line
    ]
    assert offenders == []


def test_helpers_follow_the_window_language(language) -> None:
    assert format_count(65_507) == "65,507"
    assert format_bytes(12.3 * 1024) == "12.3 KiB"
    assert language("ru")
    assert format_count(65_507) == f"65{NBSP}507"
    assert format_bytes(12.3 * 1024) == "12,3 KiB"


@pytest.fixture
def udp_tab(qtbot) -> Iterator[UdpTab]:
    built: list[UdpTab] = []

    def build() -> UdpTab:
        widget = UdpTab()
        qtbot.addWidget(widget)
        built.append(widget)
        return widget

    yield build
    for widget in built:
        widget.shutdown()


def sizes(tab: UdpTab, counts: tuple[int, ...]) -> list[str]:
    sender = tab.sender_panel
    sender.set_payload_format("text")
    shown = []
    for count in counts:
        sender.payload_edit.setPlainText("x" * count)
        shown.append(sender.size_label.text())
    return shown


def test_payload_size_in_english(udp_tab) -> None:
    tab = udp_tab()
    assert sizes(tab, (1, 2, 65_508)) == [
        "1 byte",
        "2 bytes",
        "65,508 bytes (over the 65,507-byte limit)",
    ]


def test_payload_size_in_russian_groups_and_plurals(udp_tab, language) -> None:
    assert language("ru")
    tab = udp_tab()
    assert sizes(tab, (1, 2, 5, 21, 65_507)) == [
        "1 байт",
        "2 байта",
        "5 байт",
        "21 байт",
        f"65{NBSP}507 байт",
    ]
    tab.sender_panel.sequence_check.setChecked(True)
    assert tab.sender_panel.size_label.text() == (
        f"65{NBSP}507 байт + заголовок 12 (больше предела в 65{NBSP}507 байт)"
    )


def test_host_count_in_russian(qtbot, language) -> None:
    assert language("ru")
    tab = SubnetTab()
    qtbot.addWidget(tab)
    for address, hosts in (
        ("10.0.0.1/30", "2 узла"),
        ("10.0.0.1/29", "6 узлов"),
        ("10.0.0.1/16", f"65{NBSP}534 узла"),
        ("10.0.0.1/32", "1 узел"),
    ):
        tab.address_edit.setText(address)
        assert hosts in tab.headline.text(), (address, tab.headline.text())


def test_host_count_in_english(qtbot) -> None:
    tab = SubnetTab()
    qtbot.addWidget(tab)
    tab.address_edit.setText("10.0.0.1/16")
    assert "65,534 usable hosts" in tab.headline.text()
    tab.address_edit.setText("10.0.0.1/32")
    assert "1 usable host " in tab.headline.text()


def test_counts_past_64_bits(language) -> None:
    assert format_count(2**64) == "18,446,744,073,709,551,616"
    assert language("ru")
    assert format_count(2**64) == NBSP.join(["18", "446", "744", "073", "709", "551", "616"])
