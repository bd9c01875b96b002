"""Put SocketLab in the desktop's application menu (freedesktop.org: Linux, BSD).

`socketlab --install-desktop-entry` copies `app/resources/socketlab.desktop` into
`$XDG_DATA_HOME/applications/` with its Exec line pointing at this installation's
`socketlab-gui` (the script beside the running Python, or the bundle's executable), and
the icon into `$XDG_DATA_HOME/icons/hicolor/`: the SVG as `scalable`, and PNG renders of
it at the fixed sizes menus, docks and window switchers ask for.

The PNGs are rendered here, at install time, from the one SVG, rather than committed:
nothing can drift from the drawing, and PySide6 (a dependency anyway) renders all nine
sizes in a fraction of a second without a display. Only that render imports Qt.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

from app import APP_NAME
from app.resources import resource_path

DESKTOP_FILE_NAME = "socketlab.desktop"
ICON_NAME = "socketlab"
#: The fixed sizes of the hicolor theme that desktops look up (menus 16-48, docks and
#: switchers 64-256, HiDPI launchers 512).
ICON_SIZES: tuple[int, ...] = (16, 22, 24, 32, 48, 64, 128, 256, 512)
#: Systems whose desktops read freedesktop.org desktop entries.
FREEDESKTOP_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly", "sunos")


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (the spec's rule)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def gui_command() -> list[str]:
    """The command that opens this installation's window, as absolute paths."""
    suffix = ".exe" if sys.platform == "win32" else ""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: socketlab-gui sits beside us
        executable = Path(sys.executable).absolute()
        gui = executable.with_name(f"socketlab-gui{suffix}")
        return [str(gui if gui.is_file() else executable)]
    # The scripts folder of the running environment (a venv's bin/): not resolved
    # through symlinks, which would lead to the base interpreter's folder instead.
    candidates = [Path(sysconfig.get_path("scripts")), Path(sys.executable).parent]
    for folder in candidates:
        for name in ("socketlab-gui", "socketlab"):
            script = folder / f"{name}{suffix}"
            if script.is_file() and os.access(script, os.X_OK):
                return [str(script.absolute())]
    found = shutil.which("socketlab-gui")
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "app"]


_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def quote_exec_argument(argument: str) -> str:
    """One argument of an Exec line, quoted and escaped the way the spec requires.

    Inside double quotes `"`, `` ` ``, `$` and `\\` get a backslash; then the string
    escaping of the file doubles every backslash; `%` is doubled for field codes.
    """
    argument = argument.replace("%", "%%")
    if not argument or any(char in _EXEC_RESERVED for char in argument):
        escaped = "".join("\\" + char if char in '"`$\\' else char for char in argument)
        argument = f'"{escaped}"'
    return argument.replace("\\", "\\\\")


def desktop_entry_text(command: list[str]) -> str:
    """app/resources/socketlab.desktop with Exec and TryExec set to `command`."""
    template = resource_path(DESKTOP_FILE_NAME).read_text(encoding="utf-8")
    exec_line = " ".join(quote_exec_argument(argument) for argument in command)
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_line}"
        elif line.startswith("TryExec="):
            line = f"TryExec={command[0].replace(chr(92), chr(92) * 2)}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def render_icon_png(svg: Path, size: int) -> bytes:
    """The SVG rendered into a square PNG of `size` pixels (no display needed)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def write_app_icon(path: Path, size: int = 256) -> Path:
    """Render the icon into `path` in the format its suffix names (.ico for Windows
    executables, .icns for macOS bundles, .png); used by socketlab.spec at build time."""
    from PySide6.QtGui import QImage

    png = render_icon_png(resource_path("icons", f"{ICON_NAME}.svg"), size)
    image = QImage.fromData(png, "PNG")
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), path.suffix.lstrip(".").upper()):
        raise RuntimeError(f"Qt cannot write {path.suffix} icons here (image format plugin)")
    return path


@dataclass
class InstalledFiles:
    """What an install wrote (or an uninstall removed)."""

    desktop_file: Path | None  # None: there was no entry to remove
    icons: list[Path] = field(default_factory=list)
    command: list[str] = field(default_factory=list)


def icon_paths(base: Path) -> list[Path]:
    """Where the icons go under `base` (the data home): every PNG size, then the SVG."""
    hicolor = base / "icons" / "hicolor"
    paths = [hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png" for size in ICON_SIZES]
    paths.append(hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg")
    return paths


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.part")
    partial.write_bytes(data)
    os.replace(partial, path)


def install_desktop_entry(base: Path | None = None) -> InstalledFiles:
    """Write the desktop entry and the icons under the data home; returns what was written."""
    base = base or data_home()
    svg = resource_path("icons", f"{ICON_NAME}.svg")
    command = gui_command()
    result = InstalledFiles(base / "applications" / DESKTOP_FILE_NAME, command=command)
    for path in icon_paths(base):
        if path.suffix == ".svg":
            data = svg.read_bytes()
        else:
            data = render_icon_png(svg, int(path.parent.parent.name.split("x")[0]))
        _write_atomically(path, data)
        result.icons.append(path)
    # The entry last: a menu that sees it finds its icon already there.
    _write_atomically(result.desktop_file, desktop_entry_text(command).encode("utf-8"))
    result.desktop_file.chmod(0o755)  # some file managers only launch "trusted" entries
    return result


def uninstall_desktop_entry(base: Path | None = None) -> InstalledFiles:
    """Remove the desktop entry and icons; returns the files that were there."""
    base = base or data_home()
    entry = base / "applications" / DESKTOP_FILE_NAME
    result = InstalledFiles(entry if entry.is_file() else None)
    entry.unlink(missing_ok=True)
    for path in icon_paths(base):
        if path.is_file():
            path.unlink()
            result.icons.append(path)
    return result


def run_desktop_entry_command(*, install: bool) -> int:
    """`socketlab --install-desktop-entry` / `--uninstall-desktop-entry`; exit code."""
    if not sys.platform.startswith(FREEDESKTOP_PLATFORMS):
        print(
            "socketlab: desktop entries are for Linux and other freedesktop.org desktops; "
            "on Windows and macOS build the bundle described in the README",
            file=sys.stderr,
        )
        return 1
    try:
        done = install_desktop_entry() if install else uninstall_desktop_entry()
    except (OSError, ValueError, RuntimeError) as exc:
        print(f"socketlab: {exc}", file=sys.stderr)
        return 1
    if install:
        assert done.desktop_file is not None
        print(f"Added {APP_NAME} to the application menu: {done.desktop_file}")
        print(f"  it starts: {' '.join(done.command)}")
        print(f"  icons: {len(done.icons)} files under {done.icons[0].parents[2]}")
    elif done.desktop_file is not None or done.icons:
        count = len(done.icons) + (done.desktop_file is not None)
        print(f"Removed {APP_NAME} from the application menu ({count} files).")
    else:
        print(f"{APP_NAME} was not in the application menu: nothing to remove.")
    return 0
