"""Installed the ways Python people install apps, SocketLab is complete.

`uv build` makes the sdist and, from it, the wheel; the wheel goes into a fresh virtual
environment and into a `uv tool install` tool folder, each outside the source tree. In
each, the installed `socketlab` prints its version, finds its icon and every translation
in the package, paints its window offscreen in Russian and in Chinese without a Qt
warning about a missing file, and writes a desktop entry whose icon exists.

Slow (a build and two installs, from uv's cache after the first run): marked
`packaging`, which `.ci/run` runs as its own step.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

import app
from app.translations import LANGUAGES

pytestmark = [pytest.mark.slow, pytest.mark.packaging]

ROOT = Path(__file__).resolve().parent.parent
BIN = "Scripts" if sys.platform == "win32" else "bin"
SUFFIX = ".exe" if sys.platform == "win32" else ""

#: What Qt or SocketLab say when a file they wanted is not there.
MISSING_FILE = re.compile(
    r"cannot open file|no such file|could not load|cannot read|failed to load|"
    r"stays in English|no English plural forms|not found",
    re.IGNORECASE,
)

#: Run inside the installation's Python, isolated (-I: no script folder, no user site,
#: no PYTHON* variables): everything it reports comes from the installed package.
PROBE = """
import importlib.util, json, sys
import app
from app.resources import resource_path
from app.translations import LANGUAGES, qm_path
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
application = QGuiApplication([sys.argv[0]])
icon = QIcon(str(resource_path("icons", "socketlab.svg")))
translations = {}
for language in LANGUAGES:
    translator = QTranslator()
    loaded = translator.load(str(qm_path(language)))
    translations[language] = [loaded, translator.isEmpty(), translator.translate("Tabs", "Chat")]
print(json.dumps({
    "package": app.__file__,
    "icon": not icon.pixmap(64, 64).isNull(),
    "translations": translations,
    "developer_tools": [name for name in ("devtools", "app.ts_tools", "app.ui.i18n_check")
                        if importlib.util.find_spec(name) is not None],
}))
"""

#: "Chat" in each language's own words (English needs no translation of it).
CHAT_TAB = {"en": "", "ru": "Чат", "zh_CN": "聊天"}


@dataclass(frozen=True)
class Built:
    wheel: Path
    sdist: Path
    requirements: Path  # the lock's versions, so installs come from uv's cache


def uv_command() -> str:
    """The uv running this test session (`uv run` sets $UV), or the one on PATH."""
    found = os.environ.get("UV") or shutil.which("uv")
    if not found:
        pytest.skip("uv is not installed: the install tests need it")
    return found


def outside_env(tmp: Path) -> dict[str, str]:
    """The environment of a user who installed SocketLab: nothing of this checkout's venv,
    and every folder the app writes (settings, data, cache) inside `tmp`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "UV_PROJECT", "UV_TOOL", "DISPLAY"))
    }
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_DATA_HOME": str(tmp / "data"),
        "XDG_CACHE_HOME": str(tmp / "cache"),
    }
    return env


def run(command: list[str | Path], *, env: dict[str, str] | None = None, cwd: Path,
        timeout: float = 600) -> subprocess.CompletedProcess[str]:  # fmt: skip
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip
    assert result.returncode == 0, f"{command}: {result.stdout[-2000:]}{result.stderr[-4000:]}"
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    uv = uv_command()
    out = tmp_path_factory.mktemp("dist")
    # Both in one call: uv builds the sdist, then the wheel *from the sdist*, so the
    # wheel also proves the sdist holds everything the package needs.
    run([uv, "build", "--sdist", "--wheel", "--out-dir", out], cwd=ROOT)
    requirements = out / "requirements.txt"
    run(
        [uv, "export", "--frozen", "--no-dev", "--no-emit-project", "--no-hashes",
         "--output-file", requirements],
        cwd=ROOT,
    )  # fmt: skip
    (wheel,) = out.glob("socketlab-*.whl")
    (sdist,) = out.glob("socketlab-*.tar.gz")
    return Built(wheel, sdist, requirements)


def test_the_wheel_carries_the_resources_and_no_developer_tools(built: Built) -> None:
    names = set(zipfile.ZipFile(built.wheel).namelist())
    assert "app/resources/icons/socketlab.svg" in names
    assert "app/resources/socketlab.desktop" in names
    for language in LANGUAGES:
        assert f"app/resources/translations/socketlab_{language}.qm" in names
    assert not [name for name in names if name.endswith(".ts")]
    assert not [name for name in names if "ts_tools" in name or "i18n_check" in name]
    assert not [name for name in names if not name.startswith(("app/", "socketlab-"))]
    entry_points = next(name for name in names if name.endswith("entry_points.txt"))
    text = zipfile.ZipFile(built.wheel).read(entry_points).decode()
    assert "socketlab = app.cli:main" in text and "socketlab-gui = app.cli:main" in text


def test_the_sdist_carries_the_translation_sources(built: Built) -> None:
    with tarfile.open(built.sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for language in LANGUAGES:
        assert f"translations/socketlab_{language}.ts" in names
        assert f"app/resources/translations/socketlab_{language}.qm" in names
    assert "scripts/compile_translations.py" in names
    assert "devtools/ts_tools.py" in names


def check_installation(scripts: Path, python: Path, tmp: Path) -> None:
    """Everything the issue asks of an installed SocketLab, run from outside the tree."""
    env = outside_env(tmp)
    cli, gui = scripts / f"socketlab{SUFFIX}", scripts / f"socketlab-gui{SUFFIX}"
    assert cli.is_file() and gui.is_file()

    version = run([cli, "--version"], env=env, cwd=tmp)
    assert version.stdout.strip() == f"SocketLab {app.__version__}"

    probe = json.loads(run([python, "-I", "-c", PROBE], env=env, cwd=tmp).stdout)
    package = Path(probe["package"]).resolve()
    assert ROOT not in package.parents, f"imported from the source tree: {package}"
    assert tmp in package.parents
    assert probe["icon"], "the icon did not load"
    for language, (loaded, empty, chat) in probe["translations"].items():
        assert loaded and not empty, f"the {language} translation did not load"
        assert chat == CHAT_TAB[language]
    assert probe["developer_tools"] == []

    settings = tmp / "config" / "SocketLab" / "SocketLab.ini"
    settings.parent.mkdir(parents=True, exist_ok=True)
    for language in ("ru", "zh_CN"):
        settings.write_text(f"[ui]\nlanguage={language}\n", encoding="utf-8")
        painted = run([gui, "--exit-after-paint"], env=env, cwd=tmp, timeout=120)
        assert painted.stdout.strip() == "painted"
        assert f"the window is in {LANGUAGES[language]} ({language})" in painted.stderr
        assert not MISSING_FILE.search(painted.stderr), painted.stderr

    data = tmp / "data"
    run([cli, "--install-desktop-entry"], env=env, cwd=tmp)
    entry = (data / "applications" / "socketlab.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / f"{fields['Icon']}.svg"
    assert icon.is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{fields['Icon']}.png").is_file()
    program = Path(shlex.split(fields["Exec"])[0])  # this installation's socketlab-gui
    assert program.name == gui.name and tmp in program.parents, fields["Exec"]
    assert os.access(program, os.X_OK)


@pytest.mark.skipif(sys.platform == "win32", reason="desktop entries are freedesktop.org's")
def test_the_wheel_in_a_fresh_virtual_environment(built: Built, tmp_path: Path) -> None:
    uv = uv_command()
    venv = tmp_path / "venv"
    env = outside_env(tmp_path)
    run([uv, "venv", "--python", sys.executable, venv], env=env, cwd=tmp_path)
    python = venv / BIN / f"python{SUFFIX}"
    run(
        [uv, "pip", "install", "--python", python, "-r", built.requirements, built.wheel],
        env=env, cwd=tmp_path,
    )  # fmt: skip
    check_installation(venv / BIN, python, tmp_path)


@pytest.mark.skipif(sys.platform == "win32", reason="desktop entries are freedesktop.org's")
def test_uv_tool_install_of_the_wheel(built: Built, tmp_path: Path) -> None:
    uv = uv_command()
    tools, scripts = tmp_path / "tools", tmp_path / "bin"
    env = outside_env(tmp_path) | {"UV_TOOL_DIR": str(tools), "UV_TOOL_BIN_DIR": str(scripts)}
    run(
        [uv, "tool", "install", "--python", sys.executable, "--constraints",
         built.requirements, built.wheel],
        env=env, cwd=tmp_path,
    )  # fmt: skip
    python = tools / "socketlab" / BIN / f"python{SUFFIX}"
    check_installation(scripts, python, tmp_path)


@pytest.mark.skipif(sys.platform == "win32", reason="desktop entries are freedesktop.org's")
@pytest.mark.skipif(shutil.which("pipx") is None, reason="pipx is not installed")
def test_pipx_install_of_the_wheel(built: Built, tmp_path: Path) -> None:
    home, scripts = tmp_path / "pipx", tmp_path / "bin"
    env = outside_env(tmp_path) | {
        "PIPX_HOME": str(home),
        "PIPX_BIN_DIR": str(scripts),
        "PIPX_DEFAULT_PYTHON": sys.executable,
    }
    run(
        ["pipx", "install", f"--pip-args=--constraint={built.requirements}", built.wheel],
        env=env, cwd=tmp_path,
    )  # fmt: skip
    check_installation(scripts, home / "venvs" / "socketlab" / BIN / f"python{SUFFIX}", tmp_path)
