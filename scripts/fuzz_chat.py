"""Fuzz the chat protocol logic for as long as you like (CI runs a short Hypothesis pass).

    uv run --with "atheris<3.1" python scripts/fuzz_chat.py room -runs=2000000  # Linux
    uv run python scripts/fuzz_chat.py all --hypothesis 20000              # anywhere

Targets: `room` (several peers' byte streams into a sans-IO Room), `session` (a hostile
server's bytes into the client's ClientSession), `framer` (the line
framer against one-shot framing), `json` (the safe decoder). With atheris (Linux wheels,
brought in for the one run by `uv run --with`, so its 100 MB of native libraries never
stay in the project's environment) the search is coverage-guided; its libFuzzer flags
(-runs=N, -max_total_time=S, a corpus folder) follow the target name. Without it,
`--hypothesis N` runs the tests of tests/core/chat/test_fuzz.py with N examples each.
A crash prints the input that caused it; the room's fault barrier is asserted never
to fire, so a caught exception is a crash here too.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core import safejson
from app.core.chat.outbox import Outbox
from app.core.chat.protocol import LineFramer
from app.core.chat.session import ClientSession
from tests.helpers.room import RoomDriver


def fuzz_room(data: bytes) -> None:
    """Split the input among three peers by its own bytes; the room must never fault."""
    driver = RoomDriver(max_per_address=0, join_grace=0.01)
    names = ["p0", "p1", "p2"]
    for name in names:
        driver.connect(name)
    position = 0
    while position < len(data):
        header = data[position]
        length = (header >> 2) + 1
        name = names[header % 3]
        chunk = data[position + 1 : position + 1 + length]
        position += 1 + length
        if name not in driver.closed:
            driver.send(name, chunk)
        if header & 2:
            driver.advance(0.3)
    assert driver.room.faults == 0, "the room's fault barrier caught an exception"


_GREETING = b"SocketLab chat on 127.0.0.1:5555, 0 online. Type /help. [SLCHAT/1]\n"


def fuzz_session(data: bytes) -> None:
    """A hostile server's bytes into a client session; no line may need the barrier."""
    session = ClientSession(Outbox(), "me", server="127.0.0.1:5555")
    session.connection_made()
    session.receive_data(_GREETING, 1.0)
    for start in range(0, len(data), 64):
        session.receive_data(data[start : start + 64], 2.0)
    assert session.faults == 0, "the client's fault barrier caught an exception"


def fuzz_framer(data: bytes) -> None:
    """Framing the same bytes in one piece or in two gives the same lines."""
    cut = data[0] if data else 0
    whole, _ = LineFramer(max_line=64).feed(data)
    framer = LineFramer(max_line=64)
    first, _ = framer.feed(data[:cut])
    second, _ = framer.feed(data[cut:])
    assert first + second == whole


def fuzz_json(data: bytes) -> None:
    """The safe decoder returns a value or raises WireError, never anything else."""
    with contextlib.suppress(safejson.WireError):
        safejson.loads(data.decode("utf-8", "replace"))


TARGETS = {"room": fuzz_room, "session": fuzz_session, "framer": fuzz_framer, "json": fuzz_json}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in (*TARGETS, "all"):
        print(__doc__)
        return 2
    name = sys.argv[1]
    if "--hypothesis" in sys.argv:
        import os

        import pytest

        os.environ["SOCKETLAB_FUZZ_EXAMPLES"] = sys.argv[sys.argv.index("--hypothesis") + 1]
        return pytest.main(["tests/core/chat/test_fuzz.py", "-q", "-p", "no:cacheprovider"])
    if name == "all":
        print("atheris fuzzes one target at a time: " + ", ".join(TARGETS) + ".")
        return 2
    try:
        import atheris
    except ImportError:
        print('atheris is not installed: `uv run --with "atheris<3.1" ...`, or --hypothesis N.')
        return 2
    atheris.instrument_all()  # coverage feedback from every module loaded (app's included)
    atheris.Setup([sys.argv[0], *sys.argv[2:]], TARGETS[name])
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
