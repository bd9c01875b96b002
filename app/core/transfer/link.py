"""Wire a TransferEngine to a ChatClientEngine: chat frames carry its offers and answers."""

from __future__ import annotations

import contextlib

from app.core.chat.client import ChatClientEngine
from app.core.chat.session import FileSignalReceived
from app.core.engine import EngineStopped
from app.core.events import Event
from app.core.transfer.engine import TransferEngine


def link_chat(chat: ChatClientEngine, transfers: TransferEngine) -> None:
    """Give `transfers` the chat as its voice, and hand it every file frame the chat
    receives. Call before either engine runs."""
    # Offers made while the chat is TLS (a pinned room) are fetched over TLS, with the
    # sender's key named in the offer; over a plaintext chat, in plaintext (sendfile).
    transfers.set_signaller(chat.send_file_signal, secure=lambda: chat.session.secure)

    def forward(batch: list[Event]) -> None:
        for event in batch:
            if isinstance(event, FileSignalReceived):
                # The relay listens on the room's server: the address we reach it at.
                relay = (chat.server_ip(), event.relay) if event.relay else None
                with contextlib.suppress(EngineStopped):
                    transfers.signal_received(event.sender, event.address, event.body, relay)

    chat.add_listener(forward)
