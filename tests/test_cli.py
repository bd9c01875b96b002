"""The `socketlab` command works without a display and without importing Qt."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

import app
from app.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _headless_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    return env


def test_version_prints_the_version(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"SocketLab {app.__version__}"


def test_version_matches_the_package_metadata() -> None:
    assert app.__version__ == metadata.version("socketlab")


def test_help_and_version_need_no_display_and_no_qt() -> None:
    code = (
        "import sys\n"
        "from app.cli import main\n"
        "for args in (['--help'], ['--version']):\n"
        "    try:\n"
        "        main(args)\n"
        "    except SystemExit as e:\n"
        "        assert e.code == 0, e.code\n"
        "assert 'PySide6' not in sys.modules, 'Qt was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=_headless_env(),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "usage: socketlab" in result.stdout
    assert f"SocketLab {app.__version__}" in result.stdout


def test_python_dash_m_app_opens_the_window_and_exits_after_paint() -> None:
    env = _headless_env() | {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(ROOT / ".pytest_cache" / "cfg"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "app", "--exit-after-paint"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "painted"


def test_core_never_imports_qt() -> None:
    offenders = []
    for path in (ROOT / "app" / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(
                name.split(".")[0] in ("PySide6", "shiboken6", "app.ui", "app.workers")
                or name.startswith(("app.ui", "app.workers"))
                for name in names
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
