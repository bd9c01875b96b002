"""Where SocketLab keeps its files, without Qt (the `socketlab` command has no Qt).

The same folder as Qt's `QStandardPaths.AppDataLocation` for the window, so keys, pins
and history made by `socketlab serve` are the ones the window uses, and the other way
round.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app import APP_NAME, ORGANIZATION_NAME


def data_folder() -> Path:
    """The user's data folder: `~/.local/share/SocketLab/SocketLab` on Linux (XDG rules),
    `~/Library/Application Support/...` on macOS, `%APPDATA%\\...` on Windows."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        value = os.environ.get("XDG_DATA_HOME", "")
        base = Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"
    return base / ORGANIZATION_NAME / APP_NAME


def private_folder(path: Path) -> Path:
    """Make `path` (and its parents) and keep it readable by this user only."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path
