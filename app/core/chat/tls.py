"""TLS for the chat without sockets: bytes from the wire in, plaintext out, and back.

`TlsLayer` wraps `ssl.SSLObject` with two `ssl.MemoryBIO`s, so the engines keep their
own non-blocking sockets and loop, and the layer can be tested and fuzzed without a
network (like the room and the session). One port serves both: a connection whose first
byte is 0x16 (a TLS handshake record) is TLS, anything else is today's plaintext
(`looks_like_tls`). Only TLS 1.3 is offered. The certificate is self-signed; clients do
not check it against authorities but pin its key (app.core.identity).
"""

from __future__ import annotations

import contextlib
import ssl

from app.core.identity import ServerIdentity, public_key_of_certificate

TLS_HANDSHAKE_RECORD = 0x16
READ_CHUNK = 64 * 1024


class TlsError(Exception):
    """The TLS layer failed (a bad record, a failed handshake): close the connection."""


def looks_like_tls(first: bytes) -> bool:
    """True when a connection's first bytes start a TLS handshake record (0x16 0x03)."""
    return bool(first) and first[0] == TLS_HANDSHAKE_RECORD and (len(first) < 2 or first[1] == 3)


def server_context(identity: ServerIdentity) -> ssl.SSLContext:
    """TLS 1.3 with the server's own key and self-signed certificate."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.load_cert_chain(str(identity.cert_path), str(identity.key_path))
    return context


def client_context() -> ssl.SSLContext:
    """TLS 1.3 that accepts any certificate: the caller pins the key it was shown."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


class TlsLayer:
    """One TLS connection, sans-IO. Feed what the socket read to `receive()` (it returns
    the plaintext), give plaintext to `send()`, and write `data_to_send()` to the socket.

    Plaintext sent before the handshake ends waits inside the layer. `closed` is set when
    the peer said close_notify. Errors raise TlsError.
    """

    def __init__(
        self, context: ssl.SSLContext, *, server_side: bool, server_hostname: str | None = None
    ) -> None:
        self._incoming = ssl.MemoryBIO()
        self._outgoing = ssl.MemoryBIO()
        self._ssl = context.wrap_bio(
            self._incoming,
            self._outgoing,
            server_side=server_side,
            server_hostname=None if server_side else server_hostname,
        )
        self._waiting = bytearray()  # plaintext sent before the handshake ended
        self.handshake_done = False
        self.closed = False

    def start(self) -> None:
        """A client's first step: makes the ClientHello (then call data_to_send())."""
        self._handshake()

    def receive(self, data: bytes) -> bytes:
        """Bytes from the socket in; the plaintext they complete out (may be b"")."""
        if data:
            self._incoming.write(data)
        if not self.handshake_done:
            self._handshake()
            if not self.handshake_done:
                return b""
        chunks: list[bytes] = []
        while True:
            try:
                chunk = self._ssl.read(READ_CHUNK)
            except ssl.SSLWantReadError:
                break
            except ssl.SSLZeroReturnError:
                self.closed = True
                break
            except ssl.SSLError as exc:
                raise TlsError(exc.reason or str(exc)) from exc
            if not chunk:
                self.closed = True
                break
            chunks.append(chunk)
        return b"".join(chunks)

    def send(self, data: bytes | bytearray | memoryview) -> None:
        """Plaintext to encrypt (held until the handshake has ended)."""
        if not data:
            return
        if not self.handshake_done:
            self._waiting += data
            return
        try:
            self._ssl.write(data)
        except ssl.SSLError as exc:
            raise TlsError(exc.reason or str(exc)) from exc

    def data_to_send(self) -> bytes:
        """Encrypted bytes for the socket (handshake messages and records)."""
        return self._outgoing.read()

    def close(self) -> None:
        """Say close_notify (best effort; then send data_to_send() and close)."""
        if self.handshake_done and not self.closed:
            with contextlib.suppress(ssl.SSLError):
                self._ssl.unwrap()

    @property
    def version(self) -> str:
        """`TLSv1.3` once the handshake has ended."""
        return self._ssl.version() or ""

    @property
    def cipher(self) -> str:
        """The cipher suite's name once the handshake has ended."""
        cipher = self._ssl.cipher()
        return cipher[0] if cipher else ""

    def peer_public_key(self) -> bytes:
        """The peer's public key (DER SubjectPublicKeyInfo), after the handshake."""
        cert = self._ssl.getpeercert(binary_form=True)
        if not cert:
            raise TlsError("the peer sent no certificate")
        try:
            return public_key_of_certificate(cert)
        except ValueError as exc:
            raise TlsError(f"the peer's certificate cannot be read: {exc}") from exc

    def _handshake(self) -> None:
        try:
            self._ssl.do_handshake()
        except ssl.SSLWantReadError:
            return
        except ssl.SSLError as exc:
            raise TlsError(exc.reason or str(exc)) from exc
        self.handshake_done = True
        if self._waiting:
            waiting, self._waiting = bytes(self._waiting), bytearray()
            self.send(waiting)
