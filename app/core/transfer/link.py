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
    transfers.set_signaller(chat.send_file_signal)

    def forward(batch: list[Event]) -> None:
        for event in batch:
            if isinstance(event, FileSignalReceived):
                with contextlib.suppress(EngineStopped):
                    transfers.signal_received(event.sender, event.address, event.body)

    chat.add_listener(forward)
