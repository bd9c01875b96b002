"""What each TCP and neighbour (ARP/NDP) state means, in a line: the tables' tool tips.

The states themselves stay as the system writes them (LISTEN, REACHABLE), so they
match `ss`, `netstat` and `ip neigh`; the tool tip explains them in the window's language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "StateNotes"

TCP_STATE_NOTES = {
    "LISTEN": QT_TRANSLATE_NOOP(
        "StateNotes", "LISTEN: a server waits here for connections to this port."
    ),
    "SYN_SENT": QT_TRANSLATE_NOOP(
        "StateNotes",
        "SYN_SENT: this end asked to connect (sent SYN) and waits for the server's SYN-ACK.",
    ),
    "SYN_RECV": QT_TRANSLATE_NOOP(
        "StateNotes",
        "SYN_RECV: a connection request arrived and was answered (SYN-ACK); waiting for "
        "the client's final ACK.",
    ),
    "ESTABLISHED": QT_TRANSLATE_NOOP(
        "StateNotes", "ESTABLISHED: the connection is open; both ends can send data."
    ),
    "FIN_WAIT1": QT_TRANSLATE_NOOP(
        "StateNotes",
        "FIN_WAIT1: this end closed the connection (sent FIN) and waits for the other "
        "end to acknowledge it.",
    ),
    "FIN_WAIT2": QT_TRANSLATE_NOOP(
        "StateNotes",
        "FIN_WAIT2: this end's close was acknowledged; waiting for the other end to close too.",
    ),
    "CLOSE_WAIT": QT_TRANSLATE_NOOP(
        "StateNotes",
        "CLOSE_WAIT: the other end closed; this program has not closed its socket yet. "
        "Many of these point to a program that forgets to close connections.",
    ),
    "CLOSING": QT_TRANSLATE_NOOP(
        "StateNotes",
        "CLOSING: both ends closed at the same time; waiting for the acknowledgement "
        "of this end's FIN.",
    ),
    "LAST_ACK": QT_TRANSLATE_NOOP(
        "StateNotes",
        "LAST_ACK: the other end closed first, then this end; waiting for the last "
        "acknowledgement.",
    ),
    "TIME_WAIT": QT_TRANSLATE_NOOP(
        "StateNotes",
        "TIME_WAIT: the end that closed first waits (up to a minute) so that late packets "
        "of the old connection are not taken for a new one.",
    ),
    "CLOSE": QT_TRANSLATE_NOOP("StateNotes", "CLOSE: the socket is closed and unused."),
}

NEIGHBOUR_STATE_NOTES = {
    "REACHABLE": QT_TRANSLATE_NOOP(
        "StateNotes", "REACHABLE: the neighbour answered recently; its MAC address is trusted."
    ),
    "STALE": QT_TRANSLATE_NOOP(
        "StateNotes",
        "STALE: the MAC address is known but not confirmed lately; it is checked the next "
        "time something is sent there.",
    ),
    "DELAY": QT_TRANSLATE_NOOP(
        "StateNotes",
        "DELAY: a packet was just sent to a STALE neighbour; waiting a moment for a sign "
        "of life before asking again.",
    ),
    "PROBE": QT_TRANSLATE_NOOP(
        "StateNotes", "PROBE: asking the neighbour directly whether it still has this MAC address."
    ),
    "FAILED": QT_TRANSLATE_NOOP(
        "StateNotes",
        "FAILED: nobody answered for this address: the host is off, or not on this network.",
    ),
    "INCOMPLETE": QT_TRANSLATE_NOOP(
        "StateNotes", "INCOMPLETE: a request for the MAC address was sent; no answer yet."
    ),
    "PERMANENT": QT_TRANSLATE_NOOP(
        "StateNotes", "PERMANENT: set by hand (or by the system); it never expires."
    ),
    "NOARP": QT_TRANSLATE_NOOP(
        "StateNotes",
        "NOARP: this interface needs no address resolution (loopback, point-to-point).",
    ),
    "COMPLETE": QT_TRANSLATE_NOOP(
        "StateNotes", "complete: the MAC address is known (the table gives no finer state)."
    ),
}


def tcp_state_note(state: str) -> str | None:
    """What a TCP state means, in the window's language (None for an unknown state)."""
    note = TCP_STATE_NOTES.get(state)
    return QCoreApplication.translate(_CONTEXT, note) if note else None


def neighbour_state_note(state: str) -> str | None:
    """What a neighbour state means (`ip neigh`'s, or our own words for /proc/net/arp
    and `arp -a`), in the window's language; None for an unknown or empty state."""
    note = NEIGHBOUR_STATE_NOTES.get(str(state).upper())
    return QCoreApplication.translate(_CONTEXT, note) if note else None
