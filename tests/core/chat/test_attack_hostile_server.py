"""A hostile server against the client: what one welcome can do to later, honest servers."""

from __future__ import annotations

from app.core.chat.outbox import Outbox
from app.core.chat.protocol import encode_json, greeting_line
from app.core.chat.session import ClientSession, ServerNotice
from app.core.safejson import MAX_WIRE_INT
from tests.helpers.room import RoomDriver


def _exchange(driver: RoomDriver, name: str, session: ClientSession) -> list:
    events: list = []
    for _ in range(10):
        data = bytes(driver.received[name])
        driver.clear(name)
        if data:
            events += session.receive_data(data, driver.now)
        out = session.data_to_send()
        if not out and not data:
            break
        if out:
            driver.send(name, out)
    return events


def test_one_hostile_welcome_stops_every_later_line_to_every_honest_server(tmp_path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite")
    # A rogue server (a classmate's, or one spoofing an address) sends one welcome
    # that grants another identity with accepted_seq 2**53: within every limit.
    rogue = ClientSession(outbox, "alice", server="10.0.0.66:5555")
    rogue.connection_made()
    rogue.receive_data((greeting_line("10.0.0.66", 5555, 0) + "\n").encode(), 1.0)
    rogue.receive_data(
        encode_json(
            {
                "type": "welcome",
                "protocol": 1,
                "nick": "alice",
                "client_id": "rogue-granted",
                "accepted_seq": MAX_WIRE_INT,
            }
        ),
        2.0,
    )
    rogue.connection_lost(3.0)
    outbox.close()

    # Days later, after an app restart, alice joins the honest class server.
    outbox = Outbox(tmp_path / "outbox.sqlite")
    driver = RoomDriver()
    driver.join_raw("bob", "bob")
    session = ClientSession(outbox, "alice", server="192.168.1.23:5555")
    session.connection_made()
    driver.connect("alice")
    _exchange(driver, "alice", session)
    assert session.mode == "app"
    session.send_text("hello bob")
    events = _exchange(driver, "alice", session)
    notices = [e.text for e in events if isinstance(e, ServerNotice)]
    assert any(line.endswith("<alice> hello bob") for line in driver.lines("bob")), notices
    assert outbox.pending() == [], "the line never gets acknowledged by any server"
    outbox.close()
