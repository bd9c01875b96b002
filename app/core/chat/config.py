"""What a chat server can be told (`ServerConfig`), checked when it is made.

`socketlab serve`'s options and the Chat tab's host panel both end here; a value out of
range is a ValueError in words (`--flood-limit nan` must not switch flood control off).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from app.core.chat.listen_queue import BACKLOG_HIGH, BACKLOG_LOW, DEFAULT_BACKLOG
from app.core.chat.protocol import DEFAULT_MAX_LINE, DEFAULT_PORT
from app.core.discovery import ANNOUNCE_INTERVAL, DISCOVERY_PORT
from app.core.messages import N_, Message

BAD_WHOLE_OPTION = N_(
    "chat", "{option} must be a whole number from {low} to {high}; {value} is not."
)
BAD_NUMBER_OPTION = N_("chat", "{option} must be a number from {low} to {high}; {value} is not.")


@dataclass
class ServerConfig:
    """What a chat server can be told; defaults suit a LAN chat. Validated on creation
    (`ValueError` in words: `--flood-limit nan` must not switch flood control off)."""

    host: str = "0.0.0.0"
    port: int = DEFAULT_PORT
    history_path: str | Path | None = None
    history_size: int = 500  # messages a joining client is sent (kept in memory)
    history_limit: int = 100_000  # messages kept in the history file
    history_max_bytes: int = 64 * 1024 * 1024  # size of the history file at most
    max_clients: int = 256
    max_per_address: int = 16  # connections from one IP address; 0: no limit
    flood_limit: float = 50.0  # lines per second per client, sustained; 0 switches it off
    flood_burst: int = 100  # lines a client may send at once before the limit applies
    nick_burst: int = 3  # /nick changes allowed at once
    nick_interval: float = 10.0  # then one more every this many seconds
    max_line: int = DEFAULT_MAX_LINE
    out_limit: int = 1024 * 1024  # bytes queued for a client before it counts as too slow
    ping_interval: float = 20.0  # ping a structured client silent for this long
    idle_timeout: float = 60.0  # drop a structured client silent for this long
    join_grace: float = 0.5  # wait this long for a SocketLab hello before joining as a guest
    join_timeout: float = 10.0  # a connection with a line half sent is closed after this
    evict_silent_after: float = 30.0  # when full, a guest silent this long makes room
    max_identities: int = 10_000  # client ids remembered for de-duplication
    identity_burst: int = 30  # new identities one address may make at once...
    identity_interval: float = 2.0  # ...then one every this many seconds
    announce: bool = True  # tell the LAN about this server (docs/PROTOCOL.md, Discovery)
    server_name: str = ""  # the name finders list; "" means this machine's host name
    discovery_port: int = DISCOVERY_PORT
    announce_interval: float = ANNOUNCE_INTERVAL
    # Encryption and entry (docs/PROTOCOL.md, "Encryption" and "Who may enter").
    tls: bool = True  # offer TLS on the same port (False: plaintext only)
    require_tls: bool = False  # refuse plaintext connections with one readable line
    identity_folder: str | Path | None = None  # the server key's folder; None: data folder
    tls_sniff_wait: float = 0.3  # wait this long for a TLS ClientHello before greeting
    password: str = ""  # the room password; "" lets anyone in
    allow_plaintext_password: bool = False  # accept the password over plaintext too
    # File transfers the receiver cannot fetch directly go through this relay
    # (docs/PROTOCOL.md, "Through the room's relay"); port 0: the system chooses.
    relay: bool = True
    relay_port: int = 0
    # Teaching switches (docs/chat.md, "The teacher's switches").
    reuse_address: bool = True  # SO_REUSEADDR: False shows "address in use" during TIME_WAIT
    backlog: int = DEFAULT_BACKLOG  # listen(backlog): connections the kernel queues for accept()

    def __post_init__(self) -> None:
        for option, value, low, high in (
            ("port", self.port, 0, 65535),
            ("relay_port", self.relay_port, 0, 65535),
            ("history_size", self.history_size, 0, 100_000),
            ("history_limit", self.history_limit, 1, 10**9),
            ("history_max_bytes", self.history_max_bytes, 64 * 1024, 2**40),
            ("max_clients", self.max_clients, 1, 100_000),
            ("max_per_address", self.max_per_address, 0, 100_000),
            ("flood_burst", self.flood_burst, 1, 1_000_000),
            ("nick_burst", self.nick_burst, 1, 1000),
            ("max_line", self.max_line, 80, 16 * 1024 * 1024),
            ("out_limit", self.out_limit, 1024, 2**32),
            ("max_identities", self.max_identities, 1, 10**7),
            ("identity_burst", self.identity_burst, 1, 10**7),
            ("backlog", self.backlog, BACKLOG_LOW, BACKLOG_HIGH),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise ValueError(
                    Message(BAD_WHOLE_OPTION, option=option, low=low, high=high, value=repr(value))
                )
        for option, value, low, high in (
            ("flood_limit", self.flood_limit, 0.0, 1e6),
            ("nick_interval", self.nick_interval, 0.0, 86400.0),
            ("ping_interval", self.ping_interval, 0.0, 86400.0),
            ("idle_timeout", self.idle_timeout, 0.0, 86400.0),
            ("join_grace", self.join_grace, 0.0, 60.0),
            ("join_timeout", self.join_timeout, 0.01, 3600.0),
            ("evict_silent_after", self.evict_silent_after, 0.0, 86400.0),
            ("identity_interval", self.identity_interval, 0.0, 86400.0),
            ("announce_interval", self.announce_interval, 0.05, 3600.0),
            ("tls_sniff_wait", self.tls_sniff_wait, 0.0, 10.0),
        ):
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
                or not low <= value <= high
            ):
                raise ValueError(
                    Message(
                        BAD_NUMBER_OPTION,
                        option=option,
                        low=f"{low:g}",
                        high=f"{high:g}",
                        value=repr(value),
                    )
                )
