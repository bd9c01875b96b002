"""A chat client for the two-host tests: ChatClientEngine, driven by stdin, reporting JSON.

Run inside a namespace as `python -m tests.helpers.lan_client HOST PORT NICK`. Each line
on stdin is sent with `send_text()`; each event that matters is printed as one JSON
object per line (state, message, pending, delivered, error), so the test can wait for
exactly what it needs. End of stdin stops the engine.
"""

from __future__ import annotations

import json
import sys
import threading

from app.core.chat.client import (
    ChatClientEngine,
    ConnectionState,
    MessageDelivered,
    MessagePending,
    MessagesReceived,
)
from app.core.events import ErrorEvent, Event

#: Quick retries, so a restarted server is found again within a second or so.
RECONNECT_DELAYS = (0.3, 0.6, 1.0)


def report(batch: list[Event]) -> None:
    """Print the events of one batch as JSON lines."""
    out: list[dict] = []
    for event in batch:
        if isinstance(event, ConnectionState):
            out.append({"event": "state", "state": event.state, "detail": event.detail})
        elif isinstance(event, MessagesReceived):
            out.extend(
                {
                    "event": "message",
                    "id": message.id,
                    "kind": message.kind,
                    "sender": message.sender,
                    "text": message.text,
                    "history": event.from_history,
                }
                for message in event.messages
            )
        elif isinstance(event, MessagePending):
            out.append({"event": "pending", "seq": event.seq, "text": event.text})
        elif isinstance(event, MessageDelivered):
            out.append({"event": "delivered", "seq": event.seq, "id": event.message_id})
        elif isinstance(event, ErrorEvent):
            out.append({"event": "error", "message": event.message, "fatal": event.fatal})
    if out:
        sys.stdout.write("".join(json.dumps(item) + "\n" for item in out))
        sys.stdout.flush()


def main() -> None:
    host, port, nick = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    engine = ChatClientEngine(host, port, nick, reconnect_delays=RECONNECT_DELAYS)
    engine.add_listener(report)

    def read_stdin() -> None:
        for line in sys.stdin:
            engine.send_text(line.rstrip("\n"))
        engine.stop()

    threading.Thread(target=read_stdin, daemon=True).start()
    engine.run()


if __name__ == "__main__":
    main()
