"""Faster GIL hand-overs while an engine thread runs Python flat out.

An engine that decodes a flood (the chat client, the packet capture) holds the GIL for
the interpreter's switch interval (5 ms) before the GUI thread may go; the window's
thread asks for it at every paint and timer, so those waits add up to visible gaps.
While such an engine runs, the interval is 1 ms; it goes back to the interpreter's own
value when the last of them ends. Counted, so two tabs can hold it at once.
"""

from __future__ import annotations

import sys

GIL_SWITCH_SECONDS = 0.001

_holders = 0
_saved_interval: float | None = None


def hold_fast_switches() -> None:
    """One more engine wants fast switches (GUI thread only); pair with release."""
    global _holders, _saved_interval
    if _holders == 0 and sys.getswitchinterval() > GIL_SWITCH_SECONDS:
        _saved_interval = sys.getswitchinterval()
        sys.setswitchinterval(GIL_SWITCH_SECONDS)
    _holders += 1


def release_fast_switches() -> None:
    """That engine ended; the last one puts the interpreter's interval back."""
    global _holders, _saved_interval
    if _holders == 0:
        return
    _holders -= 1
    if _holders == 0 and _saved_interval is not None:
        sys.setswitchinterval(_saved_interval)
        _saved_interval = None
