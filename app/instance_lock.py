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
import stat
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


class UnsafeRuntimeDir(OSError):
    """No private folder for the lock: the single-window check is skipped."""


def runtime_dir() -> Path:
    """A private folder for the lock and the socket.

    $XDG_RUNTIME_DIR (per user, mode 0700) when there is one; otherwise a folder of our
    own, `socketlab-<uid>`, in the temp dir, created 0700 and checked to be ours, so no
    other user can take the socket's name first. On Windows the temp dir is per user.
    The temp dir is looked up the way `tempfile.gettempdir()` does, without importing
    tempfile (it pulls in random and shutil: ~3 ms of start-up).
    """
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and os.path.isdir(xdg) and os.access(xdg, os.W_OK):
        return Path(xdg)
    candidates = [os.environ.get(name) for name in ("TMPDIR", "TEMP", "TMP")]
    candidates += [r"C:\Windows\Temp"] if sys.platform == "win32" else ["/tmp", "/var/tmp"]
    temp = next(
        (Path(f) for f in candidates if f and os.path.isdir(f) and os.access(f, os.W_OK)),
        Path.cwd(),
    )
    if sys.platform == "win32":
        return temp
    private = temp / f"socketlab-{os.getuid()}"
    try:
        private.mkdir(mode=0o700, exist_ok=True)
        info = private.lstat()
    except OSError as exc:
        raise UnsafeRuntimeDir(f"cannot create {private}: {exc}") from exc
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise UnsafeRuntimeDir(f"{private} is not a private folder of this user")
    return private


def _lock_exclusively(handle: IO[bytes]) -> bool:
    """Take a non-blocking exclusive lock on an open file; False if another holds it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)  # locking() starts at the current position: always byte 0
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
        """Raises UnsafeRuntimeDir (an OSError) when there is no private folder."""
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
