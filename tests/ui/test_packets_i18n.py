"""The Packets tab's layer tree in Russian and Chinese: the decoder's field names, section
words and value words are Messages, so a real decoded TCP frame reads in the window's
language while the packet itself (its JSON, the command line) stays English."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.packets.decode import Dissector
from app.core.packets.model import Frame
from app.core.packets.pcapfile import read_capture
from app.ui.packets import PacketsTab
from tests.core.packets.make_fixture import ethernet, ipv4, udp

HANDSHAKE = Path(__file__).parent.parent / "core" / "packets" / "data" / "handshake.pcap"


def _texts(tab: PacketsTab) -> list[str]:
    """Every item of the layer tree, layers and their fields."""
    tree = tab.layer_tree
    texts = []
    for top in range(tree.topLevelItemCount()):
        layer = tree.topLevelItem(top)
        texts.append(layer.text(0))
        texts += [layer.child(index).text(0) for index in range(layer.childCount())]
    return texts


def _shown(qtbot) -> PacketsTab:
    """A Packets tab showing the handshake's first packet (a SYN) selected."""
    dissector = Dissector()
    packets = [dissector.decode(frame) for frame in read_capture(HANDSHAKE)]
    tab = PacketsTab()
    qtbot.addWidget(tab)
    tab.append_packets(packets)
    tab.select_row(0)
    assert tab.selected_packet().proto == "TCP"
    return tab


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (
            "ru",
            [
                "Порт источника: ",
                "Порт назначения: ",
                "Порядковый номер: 0 (исходное ",
                "Флаги: ",
                "Размер окна: ",
                "Время жизни (TTL): ",
                "Адрес источника: ",
            ],
        ),
        ("zh_CN", ["源端口: ", "目的端口: ", "序号: 0", "标志: ", "窗口大小: ", "源地址: "]),
    ],
)
def test_a_decoded_tcp_frame_shows_its_field_names_translated(qtbot, language, code, words) -> None:
    assert language(code)
    tab = _shown(qtbot)
    texts = _texts(tab)
    for word in words:
        assert any(text.startswith(word) for text in texts), (word, texts)
    english = ("Source port", "Destination port", "Sequence number", "Window", "raw")
    assert not [text for text in texts if any(name in text for name in english)], texts
    packet = tab.selected_packet()
    assert packet.as_json()["summary"].startswith("SYN seq=0")  # the packet stays English
    tcp = next(layer for layer in packet.layers if layer.name == "TCP")
    assert [str(field.name) for field in tcp.fields][:2] == ["Source port", "Destination port"]


def test_dns_section_words_are_translated_inside_field_names(qtbot, language) -> None:
    question = b"\x07example\x03com\x00\x00\x01\x00\x01"
    dns = b"\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00" + question
    frame = ethernet(
        ipv4("10.0.0.1", "10.0.0.2", 17, udp(("10.0.0.1", 5000), ("10.0.0.2", 53), dns))
    )
    packet = Dissector().decode(Frame(0.0, frame, len(frame)))
    assert packet.proto == "DNS"
    assert language("ru")
    tab = PacketsTab()
    qtbot.addWidget(tab)
    tab.append_packets([packet])
    tab.select_row(0)
    texts = _texts(tab)
    assert "Запрос: имя: example.com" in texts, texts
    assert "Требуется рекурсия: да" in texts, texts
