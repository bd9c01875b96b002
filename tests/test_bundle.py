"""The one-folder bundle: socketlab.spec builds, and the bundled window opens and paints."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import app

ROOT = Path(__file__).resolve().parent.parent
SUFFIX = ".exe" if sys.platform == "win32" else ""


@pytest.mark.slow
@pytest.mark.packaging
def test_the_bundle_builds_and_opens_its_window_without_python(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    dist, work = tmp_path / "dist", tmp_path / "build"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "socketlab.spec", "--noconfirm",
         "--distpath", str(dist), "--workpath", str(work)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-4000:]
    folder = dist / "socketlab"
    cli, gui = folder / f"socketlab{SUFFIX}", folder / f"socketlab-gui{SUFFIX}"
    assert cli.is_file() and gui.is_file()
    internal = folder / "_internal"
    resources = internal / "app" / "resources"  # where importlib.resources looks
    assert (resources / "icons" / "socketlab.svg").is_file()
    assert (resources / "socketlab.desktop").is_file()
    # Translations ship compiled (the bundle has no lrelease), sources stay out.
    for language in ("en", "ru", "zh_CN"):  # English: its plural forms
        assert (resources / "translations" / f"socketlab_{language}.qm").is_file()
    assert not list(internal.rglob("*.ts"))

    # Run it as a machine without Python would: no venv, no PYTHON* variables.
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "UV_")) and key != "DISPLAY"
    }
    env |= {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    version = subprocess.run(
        [str(cli), "--version"], env=env, capture_output=True, text=True, timeout=60
    )
    assert version.stdout.strip() == f"SocketLab {app.__version__}"
    painted = subprocess.run(
        [str(cli), "--exit-after-paint"], env=env, capture_output=True, text=True, timeout=120
    )
    assert painted.returncode == 0, painted.stderr
    assert painted.stdout.strip() == "painted"

    # In Russian: the shipped .qm loads (a missing one would log "stays in English").
    settings = tmp_path / "config" / "SocketLab" / "SocketLab.ini"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[ui]\nlanguage=ru\n", encoding="utf-8")
    russian = subprocess.run(
        [str(gui), "--exit-after-paint"], env=env, capture_output=True, text=True, timeout=120
    )
    assert russian.returncode == 0, russian.stderr
    assert russian.stdout.strip() == "painted"
    assert "the window is in Русский (ru)" in russian.stderr
