"""The files SocketLab ships inside its package: the icon, the desktop entry and the
compiled translations (`.qm`).

Found through `importlib.resources`, so a wheel, an sdist, an editable install, a
PyInstaller bundle and a source checkout all find them the same way: as files of the
`app.resources` package, wherever that package was installed. Qt wants file names, so
a package imported from a zip archive (never the case for a normal install) has its
files extracted once for the life of the process.
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path

_extracted = ExitStack()  # only used when the package is not a folder on disk
atexit.register(_extracted.close)


def resources_dir() -> Path:
    """The folder of this package (it holds `icons/`, `translations/`, the .desktop)."""
    return Path(str(files(__name__)))


def resource_path(*parts: str) -> Path:
    """Path of one resource file, e.g. `resource_path("icons", "socketlab.svg")`."""
    resource = files(__name__).joinpath(*parts)
    if isinstance(resource, Path):
        return resource
    return _extracted.enter_context(as_file(resource))
