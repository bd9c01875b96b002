"""Transfer state kept on disk so a transfer survives an app restart.

`<folder>/out/<id>.json`: an offer we made (paths, sizes, mtimes, hashes).
`<folder>/in/<key>.json`: an offer we received, keyed by (sender, id): where it goes
and which pieces are verified (as ranges, so the file stays small).
Each is written whole to a temporary file and renamed over the old one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from app.core import safejson
from app.core.paths import data_folder, private_folder

MAX_STATE_BYTES = 16 * 1024 * 1024


def transfer_folder() -> Path:
    """Where the window and the command line keep transfer state."""
    return data_folder() / "transfers"


def incoming_key(sender: str, transfer_id: str) -> str:
    """The file name of a received offer's state: one per (sender, transfer id)."""
    return hashlib.sha256(f"{sender.casefold()}\0{transfer_id}".encode()).hexdigest()[:32]


class StateStore:
    """Reads and writes the JSON records of one direction ("in" or "out")."""

    def __init__(self, folder: Path, direction: str) -> None:
        self.folder = folder / direction

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def save(self, key: str, record: dict[str, Any]) -> None:
        """Write `record` atomically."""
        private_folder(self.folder)
        path = self._path(key)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(record, separators=(",", ":")), encoding="utf-8")
        os.replace(temporary, path)

    def delete(self, key: str) -> None:
        """Forget a record."""
        with contextlib.suppress(OSError):
            self._path(key).unlink()

    def load_all(self) -> list[dict[str, Any]]:
        """Every readable record; broken or oversized ones are skipped."""
        records: list[dict[str, Any]] = []
        if not self.folder.is_dir():
            return records
        for path in sorted(self.folder.glob("*.json")):
            try:
                if path.stat().st_size > MAX_STATE_BYTES:
                    continue
                record = safejson.loads(path.read_text(encoding="utf-8"), max_depth=8)
            except (OSError, ValueError):
                continue
            if isinstance(record, dict):
                records.append(record)
        return records


def to_ranges(pieces: set[int]) -> list[list[int]]:
    """{0,1,2,5} -> [[0,3],[5,6]] (half-open ranges)."""
    ranges: list[list[int]] = []
    for index in sorted(pieces):
        if ranges and ranges[-1][1] == index:
            ranges[-1][1] = index + 1
        else:
            ranges.append([index, index + 1])
    return ranges


def from_ranges(ranges: object, limit: int) -> set[int]:
    """The pieces of `ranges` below `limit`; anything malformed is ignored."""
    pieces: set[int] = set()
    if not isinstance(ranges, list):
        return pieces
    for item in ranges[:65536]:
        if (
            isinstance(item, list)
            and len(item) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in item)
            and 0 <= item[0] < item[1] <= limit
        ):
            pieces.update(range(item[0], item[1]))
    return pieces
