"""The first-instance lock: one SocketLab window per user and settings file.

Two windows would fight over the same ports and the same settings file. The first
process takes an exclusive lock on a file; the kernel drops it when the process ends,
so a crash never leaves a stale lock. Qt-free and cheap (an open() and a lock call):
it runs before the window is built. app/ui/single_instance.py does the talking.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import zlib
from pathlib import Path
from typing import IO

log = logging.getLogger("socketlab.instance")


def instance_key(settings_file: str) -> str:
    """A short key for this user and settings file: two profiles (or the test suite next
    to a real window) never meet.

    zlib checksums rather than hashlib: importing hashlib loads OpenSSL (~9 ms of
    start-up), and the key only has to tell a few profiles apart, not resist anyone.
    """
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    data = f"{user}\0{settings_file}".encode()
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def runtime_dir() -> Path:
    """A folder for the lock and the socket: $XDG_RUNTIME_DIR (private) or the temp dir.

    The temp dir is looked up the way `tempfile.gettempdir()` does, without importing
    tempfile (it pulls in random and shutil: ~3 ms of start-up).
    """
    candidates = [os.environ.get(name) for name in ("XDG_RUNTIME_DIR", "TMPDIR", "TEMP", "TMP")]
    candidates += [r"C:\Windows\Temp"] if sys.platform == "win32" else ["/tmp", "/var/tmp"]
    for folder in candidates:
        if folder and os.path.isdir(folder) and os.access(folder, os.W_OK):
            return Path(folder)
    return Path.cwd()


def _lock_exclusively(handle: IO[bytes]) -> bool:
    """Take a non-blocking exclusive lock on an open file; False if another holds it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class InstanceLock:
    """The lock file and the local server name that belong to one key."""

    def __init__(self, key: str) -> None:
        self.key = key
        folder = runtime_dir()
        self.lock_path = folder / f"socketlab-{key}.lock"
        # A filesystem socket on Unix (in a private folder when there is one), a named
        # pipe on Windows.
        self.server_name = (
            f"socketlab-{key}" if sys.platform == "win32" else str(folder / f"socketlab-{key}.sock")
        )
        self._handle: IO[bytes] | None = None

    def claim(self) -> bool:
        """Try to become the first instance; True if we are (or the lock is unusable)."""
        if self._handle is not None:
            return True
        try:
            handle = open(self.lock_path, "a+b")  # noqa: SIM115 - held while we run
        except OSError as exc:
            log.warning("cannot open %s (%s): no single-window check", self.lock_path, exc)
            return True
        if not _lock_exclusively(handle):
            handle.close()
            return False
        self._handle = handle
        return True

    @property
    def held(self) -> bool:
        """True while this process holds the lock."""
        return self._handle is not None

    def release(self) -> None:
        """Give the lock back and remove its file (a crash leaves the file, unlocked).

        Removed while still locked: a start racing with this exit at worst locked the
        old file and will find no server, then opens its own window.
        """
        if self._handle is None:
            return
        if sys.platform != "win32":  # Windows cannot remove an open file
            self.lock_path.unlink(missing_ok=True)
        self._handle.close()
        self._handle = None
        if sys.platform == "win32":
            with contextlib.suppress(OSError):  # another start holds it already
                self.lock_path.unlink()
