"""Nothing a person types crosses the wire readable once the chat is encrypted.

A capture on loopback (AF_PACKET, root only: the test skips otherwise) while two
SocketLab clients talk through a server: with TLS the message text, private messages,
client ids and resume secrets are absent from every TCP payload; without TLS (the
control) the same capture finds them, which shows the capture works.
"""

from __future__ import annotations

import pytest

from app.core.chat.client import ChatClientEngine
from app.core.identity import KnownServers
from tests.helpers.capture import LoopbackCapture, can_capture
from tests.helpers.chat import start_server

pytestmark = pytest.mark.skipif(bool(can_capture()), reason=can_capture() or "capture works")

PRIVATE = "my bank PIN is 4321"
PUBLIC = "meet at the blue door at noon"


def _state_is(state: str):
    return lambda events: any(getattr(e, "state", None) == state for e in events)


def _texts(events) -> list[str]:
    return [m.text for e in events for m in getattr(e, "messages", ())]


def _talk(run_engine, tmp_path, *, tls: bool) -> tuple[bytes, list[str]]:
    """Two clients exchange a room line and a private one; the captured payload and the
    secrets the clients hold (ids and resume secrets)."""
    _, port, _ = start_server(run_engine, tls=tls, identity_folder=tmp_path / "key")
    with LoopbackCapture(port) as capture:
        clients = {}
        for nick in ("alice", "bob"):
            engine = ChatClientEngine(
                "127.0.0.1", port, nick, tls=tls, pins=KnownServers(tmp_path / f"{nick}.json")
            )
            clients[nick] = (engine, run_engine(engine))
            clients[nick][1].wait_for(_state_is("connected"))
        alice, bob = clients["alice"][0], clients["bob"]
        alice.send_text(f"/msg bob {PRIVATE}")
        alice.send_text(PUBLIC)
        bob[1].wait_for(lambda events: {PRIVATE, PUBLIC} <= set(_texts(events)))
        secrets = [
            value
            for engine, _runner in clients.values()
            for value in (engine.outbox.client_id, engine.outbox.resume_secret(engine.server))
            if value
        ]
    return capture.payload(), secrets


def test_encrypted_chat_leaves_no_text_on_the_wire(run_engine, tmp_path):
    payload, secrets = _talk(run_engine, tmp_path, tls=True)
    assert b"\x17\x03\x03" in payload  # TLS application data records were captured
    for secret in (PRIVATE, PUBLIC, "alice", *secrets):
        assert secret.encode() not in payload, f"{secret!r} is readable on the wire"


def test_capture_sees_plaintext_chat(run_engine, tmp_path):
    """The control: the same capture reads an unencrypted chat."""
    payload, _secrets = _talk(run_engine, tmp_path, tls=False)
    assert PRIVATE.encode() in payload and PUBLIC.encode() in payload
