"""Helpers for discovery tests: a sample announcement, server keys, and finders that ask
loopback only."""

from __future__ import annotations

import socket
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec

from app.core.discovery import Announcement, DiscoveryTarget, ServerFinderEngine
from app.core.identity import ServerIdentity

#: Linux delivers datagrams sent here to every socket bound to the port on 0.0.0.0.
LOOPBACK_BROADCAST = "127.255.255.255"


def sample_announcement(**changes) -> Announcement:
    """A valid announcement of "Room A" on port 5555; keyword arguments change fields."""
    fields = dict(
        server_id="a1b2c3d4e5f60718",
        name="Room A",
        port=5555,
        users=2,
        chat_version=1,
        interval=20.0,
        ipv6=False,
    )
    fields.update(changes)
    return Announcement(**fields)


def loopback_finder(port: int, **options) -> ServerFinderEngine:
    """A finder that asks 127.255.255.255 only, on discovery port `port`."""
    options.setdefault("answer_wait", 0.5)
    target = DiscoveryTarget(socket.AF_INET, (LOOPBACK_BROADCAST, port), "lo")
    return ServerFinderEngine(port=port, targets=[target], **options)


def make_identity() -> ServerIdentity:
    """A server key made in memory (nothing written): signs like a real server's."""
    unused = Path("/nonexistent")
    return ServerIdentity(ec.generate_private_key(ec.SECP256R1()), unused, unused)
