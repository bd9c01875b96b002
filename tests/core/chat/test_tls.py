"""The sans-IO TLS layer (app.core.chat.tls): a handshake and data through memory."""

from __future__ import annotations

import pytest

from app.core.chat.tls import TlsError, TlsLayer, client_context, looks_like_tls, server_context
from app.core.identity import ServerIdentity


def _pair(tmp_path):
    identity = ServerIdentity.load_or_create(tmp_path)
    server = TlsLayer(server_context(identity), server_side=True)
    client = TlsLayer(client_context(), server_side=False)
    return identity, server, client


def _shuttle(server: TlsLayer, client: TlsLayer) -> tuple[bytes, bytes]:
    """Move bytes both ways until nothing moves; what each side's plaintext was."""
    got_server, got_client = b"", b""
    for _ in range(10):
        to_server = client.data_to_send()
        got_server += server.receive(to_server) if to_server else b""
        to_client = server.data_to_send()
        got_client += client.receive(to_client) if to_client else b""
        if not to_server and not to_client:
            break
    return got_server, got_client


def test_handshake_data_and_peer_key(tmp_path):
    identity, server, client = _pair(tmp_path)
    client.start()
    client.send(b"sent before the handshake ended\n")
    first = client.data_to_send()
    assert looks_like_tls(first)
    got_server = server.receive(first)
    got_server += _shuttle(server, client)[0]
    assert got_server == b"sent before the handshake ended\n"
    assert client.version == "TLSv1.3"
    assert client.peer_public_key() == identity.public_der
    server.send(b"welcome\n")
    assert _shuttle(server, client)[1] == b"welcome\n"
    assert b"welcome" not in server.data_to_send()


def test_plaintext_is_not_tls():
    assert not looks_like_tls(b"hello\n")
    assert not looks_like_tls(b"")
    assert not looks_like_tls(b"\x16hello")
    assert looks_like_tls(b"\x16")


def test_garbage_after_a_handshake_record_is_an_error(tmp_path):
    _identity, server, _client = _pair(tmp_path)
    with pytest.raises(TlsError):
        server.receive(b"\x16\x03\x01\x00\x05hello" + b"x" * 50)


def test_close_notify_is_seen(tmp_path):
    _identity, server, client = _pair(tmp_path)
    client.start()
    _shuttle(server, client)
    client.close()
    server.receive(client.data_to_send())
    assert server.closed
