"""The Chat tab's trust features, used as a host and a guest would, on 127.0.0.1:
the key fingerprint, new / known / CHANGED keys, the room password, encrypted-only
rooms, and banning from the window."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.core.identity import KnownServers, ServerIdentity
from app.core.paths import data_folder
from tests.helpers.chat import RawPeer
from tests.helpers.fixtures import free_port
from tests.ui.test_chat_tab import (  # noqa: F401  (autouse fixtures of the chat tab tests)
    WAIT,
    _shut_tabs_down,
    host,
    join,
    make_tab,
    quick_timers,
)


def _host_with(qtbot, nick: str = "alice", **switches) -> tuple[object, int]:
    """Host on a free port with the panel's trust switches set first."""
    tab = make_tab(qtbot, nick)
    port = free_port()
    panel = tab.host_panel
    panel.bind_combo.set_address("127.0.0.1")
    panel.port_edit.setText(str(port))
    panel.password_edit.setText(switches.get("password", ""))
    panel.require_tls_check.setChecked(switches.get("require_tls", False))
    panel.plain_password_check.setChecked(switches.get("plain_password", False))
    assert tab.start_hosting()
    qtbot.waitUntil(lambda: tab.connection_state() == "connected", timeout=WAIT)
    return tab, port


def test_host_shows_its_fingerprint_and_talks_to_itself_encrypted(qtbot) -> None:
    alice, _port = host(qtbot)
    code = ServerIdentity.load_or_create(data_folder()).code
    panel = alice.host_panel
    qtbot.waitUntil(lambda: panel.fingerprint_label.isVisibleTo(alice), timeout=WAIT)
    assert code in panel.fingerprint_label.text()
    qtbot.waitUntil(lambda: code in alice.security.label.text(), timeout=WAIT)
    assert alice.security.label.text().startswith("Encrypted")
    alice.stop_hosting()
    qtbot.waitUntil(lambda: not panel.fingerprint_label.isVisibleTo(alice), timeout=WAIT)


def test_a_guest_pins_the_key_on_the_first_visit_and_knows_it_after(qtbot) -> None:
    _alice, port = host(qtbot)
    code = ServerIdentity.load_or_create(data_folder()).code
    # The host's own client pinned it in this (shared) file: bob is another machine.
    assert KnownServers().forget("127.0.0.1", port)
    bob = join(qtbot, port)
    qtbot.waitUntil(lambda: "new key" in bob.security.label.text(), timeout=WAIT)
    assert code in bob.security.label.text()
    bob.disconnect_from_server()
    qtbot.waitUntil(lambda: bob.connection_state() == "offline", timeout=WAIT)
    assert bob.connect_to(f"127.0.0.1:{port}")
    qtbot.waitUntil(lambda: "known key" in bob.security.label.text(), timeout=WAIT)


def test_a_changed_key_blocks_until_the_guest_trusts_it(qtbot, tmp_path) -> None:
    _alice, port = host(qtbot)
    code = ServerIdentity.load_or_create(data_folder()).code
    other = ServerIdentity.load_or_create(tmp_path / "other")
    KnownServers().pin("127.0.0.1", port, other.public_der)  # pinned on an earlier visit
    bob = make_tab(qtbot, "bob")
    assert bob.connect_to(f"127.0.0.1:{port}")
    qtbot.waitUntil(lambda: bob.security.dialog is not None, timeout=WAIT)
    dialog = bob.security.dialog
    assert other.code in dialog.informativeText() and code in dialog.informativeText()
    assert dialog.defaultButton().text() == "Do not connect"
    qtbot.waitUntil(lambda: bob.connection_state() in ("error", "offline"), timeout=WAIT)
    assert "CHANGED" in bob.security.label.text()
    assert KnownServers().check("127.0.0.1", port, other.public_der).status.value == "known"
    bob.security.trust_button.click()
    qtbot.waitUntil(lambda: bob.connection_state() == "connected", timeout=WAIT)
    assert KnownServers().pinned_code("127.0.0.1", port) == code


def test_declining_a_changed_key_keeps_the_old_pin(qtbot, tmp_path) -> None:
    _alice, port = host(qtbot)
    other = ServerIdentity.load_or_create(tmp_path / "other")
    KnownServers().pin("127.0.0.1", port, other.public_der)
    bob = make_tab(qtbot, "bob")
    assert bob.connect_to(f"127.0.0.1:{port}")
    qtbot.waitUntil(lambda: bob.security.dialog is not None, timeout=WAIT)
    dialog: QMessageBox = bob.security.dialog
    dialog.defaultButton().click()
    assert bob.security.dialog is None
    assert KnownServers().pinned_code("127.0.0.1", port) == other.code
    assert bob.connection_state() != "connected"


def test_room_password_from_the_panels(qtbot) -> None:
    _alice, port = _host_with(qtbot, password="blue door 7")
    bob = make_tab(qtbot, "bob")
    bob.join_panel.password_edit.setText("wrong")
    assert bob.connect_to(f"127.0.0.1:{port}")
    qtbot.waitUntil(lambda: bob.join_panel.password_error.isVisibleTo(bob), timeout=WAIT)
    assert "password" in bob.join_panel.password_error.text().lower()
    qtbot.waitUntil(lambda: not bob.session.client_running, timeout=WAIT)  # no retry by itself
    bob.join_panel.password_edit.setText("blue door 7")

    def joined() -> bool:
        """After a wrong password the address waits a second: try again until let in."""
        if not bob.session.client_running:
            bob.connect_to(f"127.0.0.1:{port}")
        return bob.connection_state() == "connected"

    qtbot.waitUntil(joined, timeout=WAIT)
    qtbot.waitUntil(lambda: "bob" in bob.people.nicks(), timeout=WAIT)


def test_encrypted_only_room_turns_plaintext_away_with_a_readable_line(qtbot) -> None:
    _alice, port = _host_with(qtbot, require_tls=True)
    raw = RawPeer(port)
    try:
        line = raw.wait_for_line("openssl s_client")
        assert "ncat --ssl" in line or "ncat --ssl" in " ".join(raw.lines)
    finally:
        raw.close()


def test_ban_and_unban_from_the_window(qtbot) -> None:
    alice, port = host(qtbot)
    raw = RawPeer(port, source="127.0.0.2")  # another machine; the host is 127.0.0.1
    raw.send_line("/nick mallory")
    panel = alice.host_panel
    qtbot.waitUntil(lambda: panel.users_table.rowCount() == 2, timeout=WAIT)
    panel.select_user("mallory")
    assert panel.ban_button.isEnabled()
    until_stop = panel.ban_button.menu().actions()[-1]
    until_stop.trigger()
    qtbot.waitUntil(lambda: panel.bans_list.count() == 1, timeout=WAIT)
    assert "127.0.0.2" in panel.bans_list.item(0).text()
    qtbot.waitUntil(lambda: panel.users_table.rowCount() == 1, timeout=WAIT)
    raw.close()
    refused = RawPeer(port, source="127.0.0.2")
    try:
        assert "banned" in refused.wait_for_line("banned").lower()
    finally:
        refused.close()
    panel.bans_list.setCurrentRow(0)
    panel.unban_button.click()
    qtbot.waitUntil(lambda: panel.bans_list.count() == 0, timeout=WAIT)
    assert not panel.bans_list.isVisibleTo(alice)
    welcome = RawPeer(port, source="127.0.0.2")
    try:
        welcome.wait_for_line("SLCHAT")
    finally:
        welcome.close()
