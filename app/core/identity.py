"""A chat server's key, its fingerprint code, and the keys a client has pinned.

A server makes one ECDSA P-256 key pair and a self-signed certificate the first time it
starts and keeps them in the data folder, readable by the user only. The key's
fingerprint is shown as a code a person can read aloud: the SHA-256 of the public key
(its SubjectPublicKeyInfo), first 80 bits, in Crockford's base32, in groups of four
(`7QK4-M2PX-9F3A-BC8D`). Reissuing the certificate with the same key keeps the code.

Clients trust on first use, like SSH's known_hosts: `KnownServers` remembers the key
of every server joined (by `host:port`); the next time, the same key is "known", another
one is "changed" and blocks until the user accepts it deliberately. Announcements on
the LAN are signed with the same key (app.core.discovery).
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.core.messages import N_, Message
from app.core.paths import data_folder, private_folder

log = logging.getLogger(__name__)

KEY_FILE = "server-key.pem"
CERT_FILE = "server-cert.pem"
KNOWN_SERVERS_FILE = "known-servers.json"
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
CODE_BITS = 80
MAX_KNOWN_SERVERS = 4096
MAX_KNOWN_FILE_BYTES = 4 * 1024 * 1024
MAX_PUBLIC_KEY_BYTES = 512  # a P-256 SubjectPublicKeyInfo is 91 bytes
CERT_YEARS = 20

KEY_UNREADABLE = N_(
    "chat",
    "The server key in {path} cannot be read ({reason}). Move the file away to make a new "
    "key; clients that joined before will see a CHANGED key.",
)


class IdentityError(OSError):
    """The key files cannot be made or read; `message` says which and why."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def key_digest(public_der: bytes) -> str:
    """SHA-256 of a public key (DER SubjectPublicKeyInfo) as hex: what pins compare."""
    return hashlib.sha256(public_der).hexdigest()


def fingerprint_code(public_der: bytes) -> str:
    """The code people read aloud: 80 bits of the key's SHA-256, `XXXX-XXXX-XXXX-XXXX`."""
    value = int.from_bytes(hashlib.sha256(public_der).digest()[: CODE_BITS // 8], "big")
    chars = []
    for shift in range(CODE_BITS - 5, -1, -5):
        chars.append(CODE_ALPHABET[(value >> shift) & 31])
    text = "".join(chars)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalize_code(text: str) -> str | None:
    """A code as typed (any case, with or without dashes and spaces, O for 0 and I or L
    for 1 as Crockford allows) in its canonical form; None when it is not a code."""
    cleaned = "".join(ch for ch in text.strip().upper() if ch not in "- ")
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    if len(cleaned) != CODE_BITS // 5 or any(ch not in CODE_ALPHABET for ch in cleaned):
        return None
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


def public_key_of_certificate(cert_der: bytes) -> bytes:
    """The DER SubjectPublicKeyInfo inside a DER certificate (what a TLS peer sent)."""
    cert = x509.load_der_x509_certificate(cert_der)
    return cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def verify_signature(public_der: bytes, signature: bytes, data: bytes) -> bool:
    """True when `signature` is the P-256 ECDSA signature of `data` by `public_der`.
    Anything malformed (wrong key type, bad DER, oversized) is simply False."""
    if len(public_der) > MAX_PUBLIC_KEY_BYTES or len(signature) > 256:
        return False
    try:
        key = serialization.load_der_public_key(public_der)
        if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp256r1":
            return False
        key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


class ServerIdentity:
    """A server's key pair and certificate, made once and kept in `folder`."""

    def __init__(self, key: ec.EllipticCurvePrivateKey, cert_path: Path, key_path: Path) -> None:
        self._key = key
        self.cert_path = cert_path
        self.key_path = key_path
        self.public_der = key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        self.code = fingerprint_code(self.public_der)
        self.digest = key_digest(self.public_der)

    @classmethod
    def load_or_create(cls, folder: Path | None = None) -> ServerIdentity:
        """The key in `folder` (default: the data folder), made on first use. Raises
        IdentityError in words when the files cannot be made or read."""
        folder = folder if folder is not None else data_folder()
        key_path, cert_path = folder / KEY_FILE, folder / CERT_FILE
        try:
            private_folder(folder)
            key = _load_key(key_path) if key_path.exists() else _create_key(key_path)
            if not _certificate_matches(cert_path, key):
                _write_private(cert_path, _self_signed(key))
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            message = Message(KEY_UNREADABLE, path=str(key_path), reason=reason)
            raise IdentityError(message) from exc
        return cls(key, cert_path, key_path)

    def sign(self, data: bytes) -> bytes:
        """ECDSA P-256 signature of `data` (DER), for signed announcements."""
        return self._key.sign(data, ec.ECDSA(hashes.SHA256()))


def _write_private(path: Path, data: bytes) -> None:
    """Write a file readable by this user only, atomically (no half-written key)."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _create_key(path: Path) -> ec.EllipticCurvePrivateKey:
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    try:
        # O_EXCL: of two servers starting at once, one key wins and both use it.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _load_key(path)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    return key


def _load_key(path: Path) -> ec.EllipticCurvePrivateKey:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError("not an EC key")
    return key


def _certificate_matches(path: Path, key: ec.EllipticCurvePrivateKey) -> bool:
    try:
        cert = x509.load_pem_x509_certificate(path.read_bytes())
    except (OSError, ValueError):
        return False
    now = datetime.datetime.now(datetime.timezone.utc)
    return cert.public_key() == key.public_key() and cert.not_valid_after_utc > now


def _self_signed(key: ec.EllipticCurvePrivateKey) -> bytes:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "SocketLab chat room")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=365 * CERT_YEARS))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)


class PinStatus(str, Enum):
    """What a client knows of a server's key."""

    NEW = "new"  # never joined before: pinned now (trust on first use)
    KNOWN = "known"  # the key pinned before
    CHANGED = "changed"  # another key than the one pinned: blocked until accepted

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class PinCheck:
    """The outcome of `KnownServers.check`: `previous` is the pinned code when changed."""

    status: PinStatus
    code: str
    previous: str = ""


def server_key(host: str, port: int) -> str:
    """How pins name a server: `host:port`, the host lower-case, IPv6 in brackets."""
    host = host.strip().lower().strip("[]")
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class KnownServers:
    """The server keys this user has pinned, in a JSON file (like SSH's known_hosts).

    Thread-safe: the window's engines check and pin from their own threads. Entries
    are `server_key(host, port)` -> {"key": sha256 hex, "code": ...}. A file that cannot
    be read is moved aside (never silently treated as "no pins" while it stays there).
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else data_folder() / KNOWN_SERVERS_FILE
        self._lock = threading.Lock()

    def check(self, host: str, port: int, public_der: bytes) -> PinCheck:
        """Compare a server's key with the pin, without changing anything."""
        code = fingerprint_code(public_der)
        entry = self._read().get(server_key(host, port))
        if entry is None:
            return PinCheck(PinStatus.NEW, code)
        if entry["key"] == key_digest(public_der):
            return PinCheck(PinStatus.KNOWN, code)
        return PinCheck(PinStatus.CHANGED, code, entry["code"])

    def pinned_code(self, host: str, port: int) -> str:
        """The pinned code of a server, or "" when it has none."""
        entry = self._read().get(server_key(host, port))
        return entry["code"] if entry else ""

    def pin(self, host: str, port: int, public_der: bytes) -> None:
        """Remember (or, deliberately, replace) a server's key."""
        with self._lock:
            entries = self._read_unlocked()
            key = server_key(host, port)
            entries.pop(key, None)
            entries[key] = {"key": key_digest(public_der), "code": fingerprint_code(public_der)}
            while len(entries) > MAX_KNOWN_SERVERS:
                entries.pop(next(iter(entries)))  # the oldest pin goes first
            self._write(entries)

    def forget(self, host: str, port: int) -> bool:
        """Drop a pin; True when there was one."""
        with self._lock:
            entries = self._read_unlocked()
            if entries.pop(server_key(host, port), None) is None:
                return False
            self._write(entries)
            return True

    def knows_key(self, public_der: bytes) -> bool:
        """True when any pinned server has this key (discovery marks such rooms known)."""
        digest = key_digest(public_der)
        return any(entry["key"] == digest for entry in self._read().values())

    def _read(self) -> dict[str, dict[str, str]]:
        with self._lock:
            return self._read_unlocked()

    def _read_unlocked(self) -> dict[str, dict[str, str]]:
        try:
            with open(self.path, "rb") as handle:
                raw = handle.read(MAX_KNOWN_FILE_BYTES + 1)
        except FileNotFoundError:
            return {}
        try:
            if len(raw) > MAX_KNOWN_FILE_BYTES:
                raise ValueError("too large")
            document = json.loads(raw.decode("utf-8"))
            servers = document["servers"]
            if not isinstance(servers, dict):
                raise ValueError("no servers")
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
            aside = self.path.with_name(self.path.name + ".unreadable")
            log.warning("pinned server keys in %s cannot be read: moved to %s", self.path, aside)
            with contextlib.suppress(OSError):
                os.replace(self.path, aside)
            return {}
        entries: dict[str, dict[str, str]] = {}
        for name, entry in list(servers.items())[:MAX_KNOWN_SERVERS]:
            if (
                isinstance(name, str)
                and isinstance(entry, dict)
                and isinstance(entry.get("key"), str)
                and len(entry["key"]) == 64
                and isinstance(entry.get("code"), str)
                and normalize_code(entry["code"]) == entry["code"]
            ):
                entries[name] = {"key": entry["key"], "code": entry["code"]}
        return entries

    def _write(self, entries: dict[str, dict[str, str]]) -> None:
        private_folder(self.path.parent)
        data = json.dumps({"version": 1, "servers": entries}, indent=1).encode()
        _write_private(self.path, data)
