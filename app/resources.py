"""Find files under the project's `resources/` folder, from a source tree or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, or inside a bundle."""
    bundle_root = getattr(sys, "_MEIPASS", None)  # set by a PyInstaller one-folder bundle
    if bundle_root:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one resource file, e.g. `resource_path("icons", "socketlab.svg")`."""
    return resources_dir().joinpath(*parts)
