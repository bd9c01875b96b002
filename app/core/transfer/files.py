"""Hashing and listing the files of an offer, without whole-file reads."""

from __future__ import annotations

import hashlib
import os
import queue
import threading
from dataclasses import dataclass
from pathlib import Path

from app.core.messages import N_, Message

MIN_PIECE = 1024 * 1024
MAX_PIECES = 4096
MAX_FILES = 10_000
READ_CHUNK = 1024 * 1024

NO_SUCH_PATH = N_("transfer", "{path} does not exist or cannot be read.")
TOO_MANY_FILES = N_("transfer", "Too many files: at most {limit} in one offer.")


class OfferPathError(ValueError):
    """A path given to offer cannot be sent (its Message says why)."""


@dataclass(slots=True)
class LocalFile:
    """A file on this machine as offered: where it is, its wire name and hashes."""

    path: str
    name: str  # relative, "/"-separated, as the receiver will see it
    size: int
    mtime_ns: int
    piece: int = MIN_PIECE
    sha256: str = ""
    root: str = ""
    digests: tuple[bytes, ...] = ()


class BackgroundHash:
    """SHA-256 on a helper thread (hashlib lets go of the GIL), so hashing a file runs
    while the loop receives and writes the next bytes. At most 16 chunks wait: a
    slower hash holds the loop back instead of growing memory."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self._chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=16)
        self._thread = threading.Thread(target=self._work, name="file hash", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        while (chunk := self._chunks.get()) is not None:
            self._hash.update(chunk)

    def update(self, data: bytes | memoryview) -> None:
        """Hash a copy of `data` (the caller's buffer is reused at once)."""
        self._chunks.put(bytes(data))

    def hexdigest(self) -> str:
        """Wait for every chunk; the digest. The helper thread ends."""
        self._chunks.put(None)
        self._thread.join()
        return self._hash.hexdigest()

    def close(self) -> None:
        """Stop without a digest."""
        self._chunks.put(None)
        self._thread.join()


def piece_size_for(size: int) -> int:
    """Pieces of 1 MiB, doubled until a file has at most 4,096 of them."""
    piece = MIN_PIECE
    while size > piece * MAX_PIECES:
        piece *= 2
    return piece


def piece_count(size: int, piece: int) -> int:
    """How many pieces a file of `size` bytes has (0 for an empty file)."""
    return (size + piece - 1) // piece


def root_of(digests: tuple[bytes, ...] | list[bytes]) -> str:
    """The SHA-256 of the piece digests one after another: binds them to the offer."""
    return hashlib.sha256(b"".join(digests)).hexdigest()


def list_files(paths: list[str]) -> list[LocalFile]:
    """The regular files under `paths` (folders walked, links not followed), sorted."""
    files: list[LocalFile] = []
    for given in paths:
        path = Path(given)
        try:
            if path.is_symlink() or not (path.is_file() or path.is_dir()):
                raise OfferPathError(Message(NO_SUCH_PATH, path=given))
            if path.is_file():
                info = path.stat()
                files.append(LocalFile(str(path), path.name, info.st_size, info.st_mtime_ns))
                continue
            base = path.resolve().parent
            for folder, dirs, names in os.walk(path, followlinks=False):
                dirs.sort()
                for name in sorted(names):
                    full = Path(folder) / name
                    if full.is_symlink() or not full.is_file():
                        continue
                    info = full.stat()
                    relative = full.resolve().relative_to(base).as_posix()
                    files.append(LocalFile(str(full), relative, info.st_size, info.st_mtime_ns))
                    if len(files) > MAX_FILES:
                        raise OfferPathError(Message(TOO_MANY_FILES, limit=MAX_FILES))
        except OSError as exc:
            raise OfferPathError(Message(NO_SUCH_PATH, path=given)) from exc
    return files


def hash_file(item: LocalFile) -> None:
    """Fill in `item`'s piece size, piece digests, root and whole-file SHA-256."""
    piece = piece_size_for(item.size)
    whole = BackgroundHash()  # on its own thread, while this one hashes the pieces
    try:
        digests, total = _hash_pieces(item.path, piece, whole)
    except BaseException:
        whole.close()
        raise
    item.size = total  # what was hashed is what will be sent (a growing log file)
    item.piece = piece
    item.sha256 = whole.hexdigest()
    item.digests = tuple(digests)
    item.root = root_of(digests)


def _hash_pieces(path: str, piece: int, whole: BackgroundHash) -> tuple[list[bytes], int]:
    """Each piece's SHA-256, feeding `whole` as it goes; and the bytes read."""
    digests: list[bytes] = []
    buffer = bytearray(READ_CHUNK)
    view = memoryview(buffer)
    with open(path, "rb", buffering=0) as handle:
        current = hashlib.sha256()
        in_piece = total = 0
        while True:
            count = handle.readinto(buffer)
            if not count:
                break
            total += count
            chunk = view[:count]
            whole.update(chunk)
            position = 0
            while position < count:
                take = min(piece - in_piece, count - position)
                current.update(chunk[position : position + take])
                in_piece += take
                position += take
                if in_piece == piece:
                    digests.append(current.digest())
                    current, in_piece = hashlib.sha256(), 0
        if in_piece:
            digests.append(current.digest())
    return digests, total
