"""What a TransferEngine reports; the Chat tab shows these (see docs/transfer-api.md)."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.events import Event
from app.core.messages import Message


@dataclass(frozen=True, slots=True)
class OfferSent(Event):
    """Our offer went out (after the files were hashed)."""

    transfer_id: str
    to: str
    name: str
    count: int
    size: int


@dataclass(frozen=True, slots=True)
class OfferReceived(Event):
    """Someone offers files: Accept, Save as or Decline."""

    transfer_id: str
    sender: str
    name: str
    count: int
    size: int


@dataclass(frozen=True, slots=True)
class TransferStarted(Event):
    """Bytes start flowing (again, after a resume or a reconnect)."""

    transfer_id: str
    direction: str  # "send" or "receive"
    name: str
    size: int
    relayed: bool = False  # through the room's relay, not a direct connection


@dataclass(frozen=True, slots=True)
class ProgressItem:
    """One transfer's progress: bytes done of total, and the recent rate (bytes/s)."""

    transfer_id: str
    direction: str
    done: int
    total: int
    rate: float


@dataclass(frozen=True, slots=True)
class TransferProgress(Event):
    """Every active transfer's progress, at most a few times a second."""

    items: tuple[ProgressItem, ...]


@dataclass(frozen=True, slots=True)
class TransferPaused(Event):
    """Paused by this side ("me") or the other ("peer")."""

    transfer_id: str
    by: str


@dataclass(frozen=True, slots=True)
class TransferResumed(Event):
    """A paused transfer may go on."""

    transfer_id: str


@dataclass(frozen=True, slots=True)
class FileVerified(Event):
    """One file's SHA-256 matched: received and in place, or confirmed by the receiver."""

    transfer_id: str
    path: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class TransferDone(Event):
    """Every file of a transfer verified (for the sender: confirmed by the receiver)."""

    transfer_id: str
    direction: str


@dataclass(frozen=True, slots=True)
class TransferFailed(Event):
    """Something went wrong, in words; `final` False means it is being retried."""

    transfer_id: str
    message: Message
    final: bool


@dataclass(frozen=True, slots=True)
class TransferCancelled(Event):
    """Cancelled by this side ("me") or the other ("peer")."""

    transfer_id: str
    by: str


@dataclass(frozen=True, slots=True)
class TransferDeclined(Event):
    """The receiver declined the offer (or a limit declined it for them)."""

    transfer_id: str
    by: str
    message: Message
