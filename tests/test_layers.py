"""Imports go one way, ui -> workers -> core: core knows no Qt, and nothing below the
window imports the window (docs/architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def layer_files(layer: str) -> list[Path]:
    return sorted((APP / layer).rglob("*.py"))


def offenders(layer: str, forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    found = {}
    for path in layer_files(layer):
        bad = sorted(
            name
            for name in imported_modules(path)
            if any(name == f or name.startswith(f + ".") for f in forbidden)
        )
        if bad:
            found[str(path.relative_to(APP.parent))] = bad
    return found


@pytest.mark.parametrize("layer", ["core", "workers"])
def test_core_and_workers_never_import_the_window(layer: str) -> None:
    assert layer_files(layer)
    assert offenders(layer, ("app.ui", "app.gui")) == {}


def test_core_imports_no_qt() -> None:
    assert offenders("core", ("PySide6", "PyQt5", "PyQt6", "shiboken6")) == {}


def test_the_checker_sees_an_import_inside_a_function(tmp_path) -> None:
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("def f():\n    from app.ui.i18n import translate_message\n")
    assert "app.ui.i18n" in imported_modules(sneaky)


def test_the_shipped_package_never_imports_the_developer_tools() -> None:
    """devtools/ and scripts/ are not in the wheel: the app must run without them."""
    assert offenders(".", ("devtools", "scripts", "tests", "bench")) == {}


def test_the_window_module_never_imports_the_command_line() -> None:
    """`socketlab` and `socketlab-gui` share app.cli:main, which imports app.gui only to
    open the window; app.gui importing app.cli back would make a cycle."""
    assert not any(name.startswith("app.cli") for name in imported_modules(APP / "gui.py"))


def test_both_scripts_start_the_same_entry_point() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    project = tomllib.loads((APP.parent / "pyproject.toml").read_text(encoding="utf-8"))
    scripts = project["project"]["scripts"] | project["project"]["gui-scripts"]
    assert scripts == {"socketlab": "app.cli:main", "socketlab-gui": "app.cli:main"}
