"""The server key, its fingerprint code and the client's pins (app.core.identity)."""

from __future__ import annotations

import os
import stat

import pytest

from app.core.identity import (
    IdentityError,
    KnownServers,
    PinStatus,
    ServerIdentity,
    fingerprint_code,
    normalize_code,
    verify_signature,
)


def test_key_made_once_private_and_reused(tmp_path):
    first = ServerIdentity.load_or_create(tmp_path / "keys")
    again = ServerIdentity.load_or_create(tmp_path / "keys")
    assert again.code == first.code
    assert again.public_der == first.public_der
    if os.name == "posix":
        assert stat.S_IMODE(first.key_path.stat().st_mode) == 0o600
        assert stat.S_IMODE((tmp_path / "keys").stat().st_mode) == 0o700


def test_lost_certificate_is_remade_with_the_same_key(tmp_path):
    first = ServerIdentity.load_or_create(tmp_path)
    first.cert_path.unlink()
    again = ServerIdentity.load_or_create(tmp_path)
    assert again.code == first.code and again.cert_path.exists()


def test_unreadable_key_is_an_error_in_words(tmp_path):
    (tmp_path / "server-key.pem").write_text("not a key")
    with pytest.raises(IdentityError, match="cannot be read"):
        ServerIdentity.load_or_create(tmp_path)


def test_code_reads_aloud_and_accepts_typing_variants():
    code = fingerprint_code(b"some public key")
    assert len(code) == 19 and code.count("-") == 3
    assert set(code.replace("-", "")) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalize_code(typed) == code
    assert normalize_code("7QK4-M2PX") is None
    assert normalize_code("UUUU-UUUU-UUUU-UUUU") is None


def test_signature_checks(tmp_path):
    identity = ServerIdentity.load_or_create(tmp_path)
    other = ServerIdentity.load_or_create(tmp_path / "other")
    signature = identity.sign(b"announcement")
    assert verify_signature(identity.public_der, signature, b"announcement")
    assert not verify_signature(identity.public_der, signature, b"announcemenT")
    assert not verify_signature(other.public_der, signature, b"announcement")
    assert not verify_signature(b"garbage", signature, b"announcement")
    assert not verify_signature(identity.public_der, b"\x30" * 300, b"announcement")


def test_pins_new_known_changed_and_replaced(tmp_path):
    pins = KnownServers(tmp_path / "known.json")
    key_a = ServerIdentity.load_or_create(tmp_path / "a").public_der
    key_b = ServerIdentity.load_or_create(tmp_path / "b").public_der
    assert pins.check("Lab-PC", 5555, key_a).status is PinStatus.NEW
    pins.pin("Lab-PC", 5555, key_a)
    assert pins.check("lab-pc", 5555, key_a).status is PinStatus.KNOWN
    assert pins.check("lab-pc", 5556, key_a).status is PinStatus.NEW  # per server
    changed = pins.check("lab-pc", 5555, key_b)
    assert changed.status is PinStatus.CHANGED
    assert changed.previous == fingerprint_code(key_a)
    assert changed.code == fingerprint_code(key_b)
    assert pins.knows_key(key_a) and not pins.knows_key(key_b)
    pins.pin("lab-pc", 5555, key_b)  # the deliberate acceptance
    assert KnownServers(tmp_path / "known.json").check("LAB-PC", 5555, key_b).status is (
        PinStatus.KNOWN
    )
    assert pins.forget("lab-pc", 5555) and not pins.forget("lab-pc", 5555)


def test_unreadable_pin_file_is_moved_aside_not_overwritten_silently(tmp_path):
    path = tmp_path / "known.json"
    path.write_text("{ not json")
    pins = KnownServers(path)
    assert pins.pinned_code("x", 1) == ""
    assert (tmp_path / "known.json.unreadable").read_text() == "{ not json"


def test_hostile_pin_entries_are_skipped(tmp_path):
    path = tmp_path / "known.json"
    path.write_text(
        '{"servers": {"a:1": {"key": 5, "code": "x"}, "b:2": [], '
        '"c:3": {"key": "' + "0" * 64 + '", "code": "0000-0000-0000-0000"}}}'
    )
    pins = KnownServers(path)
    assert pins.pinned_code("a", 1) == "" and pins.pinned_code("b", 2) == ""
    assert pins.pinned_code("c", 3) == "0000-0000-0000-0000"
