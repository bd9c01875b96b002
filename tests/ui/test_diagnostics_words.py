"""The DNS panel's resolver line says, in English, exactly what core says."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.diagnostics import dns
from app.ui.diagnostics.dns_panel import translated_resolver_description


@pytest.mark.parametrize(
    ("resolv", "nsswitch"),
    [
        ("nameserver 127.0.0.53\n", "hosts: files dns\n"),
        ("nameserver 127.0.0.1\nnameserver ::1\n", ""),
        ("", "hosts:   files mdns4_minimal [NOTFOUND=return] dns # comment\n"),
        ("", ""),
    ],
)
def test_resolver_line_matches_core_in_english(
    tmp_path: Path, monkeypatch, resolv: str, nsswitch: str
) -> None:
    (tmp_path / "resolv.conf").write_text(resolv, encoding="utf-8")
    (tmp_path / "nsswitch.conf").write_text(nsswitch, encoding="utf-8")
    monkeypatch.setattr(dns, "RESOLV_CONF", tmp_path / "resolv.conf")
    monkeypatch.setattr(dns, "NSSWITCH_CONF", tmp_path / "nsswitch.conf")
    monkeypatch.setattr(dns.sys, "platform", "linux")
    text = dns.resolver_description()
    assert translated_resolver_description(text) == text


def test_windows_resolver_line_matches_core_in_english(monkeypatch) -> None:
    monkeypatch.setattr(dns.sys, "platform", "win32")
    text = dns.resolver_description()
    assert translated_resolver_description(text) == text


@pytest.mark.parametrize(
    ("counts", "stopped"),
    [({"open": 1, "closed": 3}, False), ({"open": 2, "error": 1, "filtered": 5}, True)],
)
def test_port_check_summary_matches_core_in_english(qtbot, counts: dict, stopped: bool) -> None:
    from app.core.diagnostics.portcheck import PortCheckFinished
    from app.ui.diagnostics.portcheck_panel import PortCheckPanel

    panel = PortCheckPanel()
    qtbot.addWidget(panel)
    event = PortCheckFinished(
        checked=sum(counts.values()), total=1200, counts=counts, elapsed_s=1.5, stopped=stopped
    )
    assert panel._finished_text(event) == event.as_text()


def test_interface_states_keep_their_english_words(qtbot) -> None:
    from app.ui.diagnostics.interfaces_panel import InterfacesPanel

    panel = InterfacesPanel()
    qtbot.addWidget(panel)
    assert panel.state_text("up, loopback") == "up, loopback"
    assert panel.state_text("down") == "down"
