"""scripts/: screenshots of every tab, and the untranslated-texts report."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

from app.ui.tabs import TABS

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


def test_screenshots_grab_every_tab_at_1100x720(tmp_path: Path) -> None:
    result = _run("scripts/screenshots.py", "--out", str(tmp_path), "--settle-ms", "50")
    assert result.returncode == 0, result.stderr
    files = sorted(tmp_path.iterdir())
    assert [f.name for f in files] == sorted(f"{spec.key}.png" for spec in TABS)
    for path in files:
        data = path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (1100, 720)
    dark = _run(
        "scripts/screenshots.py", "--out", str(tmp_path), "--settle-ms", "0",
        "--theme", "dark", "--language", "ru",
    )  # fmt: skip
    assert dark.returncode == 0, dark.stderr
    assert (tmp_path / "subnet-dark-ru.png").is_file()


def test_untranslated_reports_each_language() -> None:
    result = _run("scripts/untranslated.py")
    assert result.returncode == 0, result.stderr
    for name in ("socketlab_en.ts", "socketlab_ru.ts", "socketlab_zh_CN.ts"):
        assert name in result.stdout
    strict = _run("scripts/untranslated.py", "--strict")
    assert strict.returncode == 0, strict.stdout  # every text in the .ts files is translated


def test_untranslated_ui_check_lists_texts_shown_in_english() -> None:
    result = _run("scripts/untranslated.py", "--ui", "ru")
    assert result.returncode == 0, result.stderr
    assert "ru:" in result.stdout and "texts shown in English" in result.stdout
    # The main window's own texts are translated: none of them is listed.
    listed = [line for line in result.stdout.splitlines() if line.startswith("  ")]
    assert not [line for line in listed if line.lstrip().startswith(("menu", "window"))]


def test_unknown_languages_are_refused() -> None:
    for script in ("scripts/untranslated.py", "scripts/update_translations.py"):
        result = _run(script, "xx")
        assert result.returncode == 2
        assert "unknown language xx" in result.stderr


def test_translations_follow_code_that_moved_to_another_class(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    ts = tmp_path / "x_ru.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>OldHome</name>
    <message>
        <source>Moved away</source>
        <translation type="vanished">Переехал</translation>
    </message>
    <message>
        <source>Still here</source>
        <translation>Всё ещё здесь</translation>
    </message>
</context>
<context>
    <name>NewHome</name>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still here</source>
        <translation type="unfinished">Всё ещё здесь</translation>
    </message>
    <message>
        <source>Brand new</source>
        <translation type="unfinished">Всё ещё здесь</translation>
    </message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    assert module.carry_moved_translations(ts) == 2
    text = ts.read_text(encoding="utf-8")
    assert text.count("<translation>Переехал</translation>") == 1
    assert text.count("<translation>Всё ещё здесь</translation>") == 2
    assert '<source>Brand new</source>\n        <translation type="unfinished">' in text
