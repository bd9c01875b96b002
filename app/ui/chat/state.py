"""The Chat tab's state: what the connection is doing and what part we play in it.

`ChatSession` keeps one `ChatState` and one `Role`; every control of the tab is derived
from these two (`ChatTab._update_controls`), never from flags scattered over widgets.
"""

from __future__ import annotations

from enum import Enum


class ChatState(str, Enum):
    """The connection, as the state line shows it (a str: tests compare with "raw")."""

    OFFLINE = "offline"  # no connection, nothing waits
    SAVING = "saving"  # the last conversation is still being written; the join follows
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"  # the link dropped; typed lines wait in the outbox
    RAW = "raw"  # the peer is not a SocketLab server: a raw TCP terminal
    ERROR = "error"  # the last attempt failed; the line says why

    def __str__(self) -> str:
        return self.value


class Role(str, Enum):
    """Our part in the chat."""

    NONE = "none"  # neither hosting nor joined
    GUEST = "guest"  # joined someone's server (or a raw TCP peer)
    HOST = "host"  # our own server runs; our own client is joined to it

    def __str__(self) -> str:
        return self.value


#: Meanings of the state dot's colours (theme.status_color kinds; the line itself uses
#: the palette's text colour, an error's in the error colour).
STATE_KINDS = {
    ChatState.OFFLINE: "muted",
    ChatState.CONNECTING: "warning",
    ChatState.SAVING: "warning",
    ChatState.RECONNECTING: "warning",
    ChatState.CONNECTED: "ok",
    ChatState.RAW: "info",
    ChatState.ERROR: "error",
}
