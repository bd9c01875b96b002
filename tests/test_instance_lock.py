"""The first-instance lock: one holder per key, released by exit or by a crash."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.instance_lock import InstanceLock, UnsafeRuntimeDir, instance_key, runtime_dir

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _private_runtime_dir(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))


def test_the_key_depends_on_the_settings_file() -> None:
    assert instance_key("/a/SocketLab.ini") == instance_key("/a/SocketLab.ini")
    assert instance_key("/a/SocketLab.ini") != instance_key("/b/SocketLab.ini")
    assert len(instance_key("x")) == 16


def test_lock_and_socket_live_in_the_runtime_dir(tmp_path: Path) -> None:
    assert runtime_dir() == tmp_path
    lock = InstanceLock("k1")
    assert lock.lock_path == tmp_path / "socketlab-k1.lock"
    if sys.platform != "win32":
        assert lock.server_name == str(tmp_path / "socketlab-k1.sock")


@pytest.mark.skipif(sys.platform == "win32", reason="Unix permissions")
def test_without_a_runtime_dir_a_private_folder_is_made(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    folder = runtime_dir()
    assert folder == tmp_path / f"socketlab-{os.getuid()}"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert runtime_dir() == folder  # found again, still ours
    folder.chmod(0o755)  # someone opened it up: not trusted any more
    with pytest.raises(UnsafeRuntimeDir):
        InstanceLock("k4")


def test_only_one_holder_until_it_releases(tmp_path: Path) -> None:
    first, second = InstanceLock("k2"), InstanceLock("k2")
    assert first.claim() and first.held
    assert first.claim()  # claiming again is harmless
    assert not second.claim() and not second.held
    other = InstanceLock("other")
    assert other.claim()  # another key is another instance
    other.release()
    first.release()
    assert not first.lock_path.exists()  # a clean exit leaves nothing behind
    assert second.claim()
    second.release()


def test_a_crashed_holder_leaves_the_lock_free(tmp_path: Path) -> None:
    code = (
        "import os, sys\n"
        "from app.instance_lock import InstanceLock\n"
        "lock = InstanceLock('k3')\n"
        "assert lock.claim()\n"
        "print('held', flush=True)\n"
        "sys.stdin.readline()\n"
        "os._exit(1)  # dies without releasing\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout.readline().strip() == "held"
        assert not InstanceLock("k3").claim()
        holder.communicate("\n", timeout=30)
    assert (tmp_path / "socketlab-k3.lock").exists()  # the file stays, unlocked
    survivor = InstanceLock("k3")
    assert survivor.claim()
    survivor.release()
