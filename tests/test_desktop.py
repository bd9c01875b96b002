"""`socketlab --install-desktop-entry` / `--uninstall-desktop-entry` (freedesktop menus)."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from app.desktop import (
    ICON_SIZES,
    desktop_entry_text,
    gui_command,
    icon_paths,
    install_desktop_entry,
    quote_exec_argument,
    render_icon_png,
    uninstall_desktop_entry,
    write_app_icon,
)
from app.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="freedesktop.org desktop entries"
)


def _headless_env(data_home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["XDG_DATA_HOME"] = str(data_home)
    return env


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def _entry(text: str) -> dict[str, str]:
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:])


def test_the_template_is_a_valid_application_entry() -> None:
    entry = _entry(resource_path("socketlab.desktop").read_text(encoding="utf-8"))
    assert entry["Type"] == "Application"
    assert entry["Name"] == "SocketLab"
    assert entry["Exec"] == "socketlab-gui"
    assert entry["Icon"] == "socketlab"
    assert entry["Categories"] == "Network;Education;"
    assert entry["Terminal"] == "false"
    assert all(value.endswith(";") for key, value in entry.items() if key.startswith("Keywords"))


def test_exec_points_at_this_environments_gui_script() -> None:
    command = gui_command()
    expected = Path(sysconfig.get_path("scripts")) / "socketlab-gui"
    assert command == [str(expected.absolute())]
    assert os.access(command[0], os.X_OK)
    entry = _entry(desktop_entry_text(command))
    assert entry["Exec"] == str(expected.absolute())
    assert entry["TryExec"] == str(expected.absolute())


@pytest.mark.parametrize(
    ("argument", "written"),
    [
        ("/usr/bin/socketlab-gui", "/usr/bin/socketlab-gui"),
        ("/home/a b/socketlab-gui", '"/home/a b/socketlab-gui"'),
        ('/o"dd/$x`y', r'"/o\\"dd/\\$x\\`y"'),
        ("/back\\slash", r'"/back\\\\slash"'),
        ("/100%/gui", "/100%%/gui"),
    ],
)
def test_exec_arguments_are_quoted_as_the_spec_says(argument: str, written: str) -> None:
    assert quote_exec_argument(argument) == written


def test_icons_render_at_every_size_from_the_svg() -> None:
    svg = resource_path("icons", "socketlab.svg")
    for size in (16, 48, 512):
        assert _png_size(render_icon_png(svg, size)) == (size, size)


def test_install_then_uninstall_in_the_data_home(tmp_path: Path) -> None:
    installed = install_desktop_entry(tmp_path)
    assert installed.desktop_file == tmp_path / "applications" / "socketlab.desktop"
    entry = _entry(installed.desktop_file.read_text(encoding="utf-8"))
    assert entry["Exec"] == gui_command()[0]
    hicolor = tmp_path / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / "socketlab.png"
        assert _png_size(png.read_bytes()) == (size, size)
    svg = hicolor / "scalable" / "apps" / "socketlab.svg"
    assert svg.read_bytes() == resource_path("icons", "socketlab.svg").read_bytes()
    assert sorted(installed.icons) == sorted(icon_paths(tmp_path))
    assert not list(tmp_path.rglob(".*.part"))

    removed = uninstall_desktop_entry(tmp_path)
    assert removed.desktop_file == installed.desktop_file
    assert len(removed.icons) == len(ICON_SIZES) + 1
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []
    again = uninstall_desktop_entry(tmp_path)
    assert again.desktop_file is None and again.icons == []


def test_the_flags_work_without_a_display(tmp_path: Path) -> None:
    env = _headless_env(tmp_path / "data")
    install = subprocess.run(
        [sys.executable, "-m", "app", "--install-desktop-entry"],
        env=env, capture_output=True, text=True, timeout=60, cwd=ROOT,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr
    assert "Added SocketLab to the application menu" in install.stdout
    desktop_file = tmp_path / "data" / "applications" / "socketlab.desktop"
    assert desktop_file.is_file()
    hicolor = tmp_path / "data" / "icons" / "hicolor"
    assert (hicolor / "256x256" / "apps" / "socketlab.png").is_file()

    # Removing needs no Qt at all.
    code = (
        "import sys\n"
        "from app.cli import main\n"
        "assert main(['--uninstall-desktop-entry']) == 0\n"
        "assert 'PySide6' not in sys.modules, 'Qt was imported'\n"
    )
    uninstall = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert uninstall.returncode == 0, uninstall.stderr
    assert "Removed SocketLab from the application menu (11 files)" in uninstall.stdout
    assert not desktop_file.exists()


def test_the_flags_take_no_command(capsys) -> None:
    from app.cli import main

    with pytest.raises(SystemExit) as caught:
        main(["--install-desktop-entry", "subnet", "10.0.0.0/8"])
    assert caught.value.code == 2
    assert "take no command" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["--install-desktop-entry", "--uninstall-desktop-entry"])
    assert caught.value.code == 2


def test_bundle_icons_are_written_as_ico(tmp_path: Path) -> None:
    ico = write_app_icon(tmp_path / "socketlab.ico")
    data = ico.read_bytes()
    assert data[:4] == b"\x00\x00\x01\x00"  # ICONDIR: reserved 0, type 1 (icon)
    assert struct.unpack("<H", data[4:6])[0] >= 1
