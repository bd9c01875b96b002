"""Translation files, for developers: update the .ts sources from the code, compile
them into the .qm files the package ships, read them, report what is left to do.

Sources live in `translations/` as `socketlab_<lang>.ts` (edited with Qt Linguist or a
text editor, refreshed from the code by `scripts/update_translations.py`). The `.qm`
files Qt loads are compiled from them with `lrelease` (shipped in PySide6-Essentials)
into `app/resources/translations/` by `scripts/compile_translations.py`, and committed:
the package carries them, and `tests/test_translations.py` fails when one is not what
lrelease makes of its .ts. Not shipped: the app never imports this module.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from app.translations import LANGUAGES, SOURCE_LANGUAGE

#: The source tree's root (this file is devtools/ts_tools.py).
ROOT = Path(__file__).resolve().parent.parent
#: Where the .ts sources are kept (not shipped in a wheel; the sdist carries them).
TS_DIR = ROOT / "translations"
#: Where the compiled .qm files go: inside the package, so every install has them.
QM_DIR = ROOT / "app" / "resources" / "translations"


def ts_path(language: str) -> Path:
    """The .ts source of one language."""
    return TS_DIR / f"socketlab_{language}.ts"


def shipped_qm_path(language: str) -> Path:
    """The committed .qm of one language, in the package's resources."""
    return QM_DIR / f"socketlab_{language}.qm"


# ------------------------------------------------------------------ Qt's tools
class ToolMissing(RuntimeError):
    """lrelease or lupdate is not installed with PySide6."""


def qt_tool(name: str) -> Path:
    """Path of one of Qt's Linguist tools (`lrelease`, `lupdate`) shipped with PySide6.

    Found without importing PySide6 (that costs start-up time); falls back to the
    `pyside6-<name>` wrapper on PATH.
    """
    import importlib.util
    import shutil

    spec = importlib.util.find_spec("PySide6")
    executable = f"{name}.exe" if sys.platform == "win32" else name
    folders = (spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        candidate = Path(folder) / executable
        if candidate.is_file():
            return candidate
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper:
        return Path(wrapper)
    raise ToolMissing(f"{name} was not found: install PySide6-Essentials (it ships {name})")


def compile_qm(ts_file: Path, qm_file: Path) -> None:
    """Compile a .ts into a .qm with lrelease (written to a temporary name, then moved)."""
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    partial = qm_file.with_name(f".{qm_file.name}.{os.getpid()}.part")
    try:
        result = subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(ts_file), "-qm", str(partial)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if result.returncode != 0 or not partial.is_file():
            raise RuntimeError(f"lrelease failed on {ts_file.name}: {result.stderr.strip()}")
        os.replace(partial, qm_file)
    finally:
        partial.unlink(missing_ok=True)


def compile_translations(languages: list[str] | None = None) -> list[str]:
    """Compile each language's .ts into the package's .qm; the languages whose .qm changed."""
    changed = []
    for language in languages or list(LANGUAGES):
        target = shipped_qm_path(language)
        before = target.read_bytes() if target.is_file() else None
        compile_qm(ts_path(language), target)
        if target.read_bytes() != before:
            changed.append(language)
    return changed


def stale_translations(languages: list[str] | None = None) -> list[str]:
    """The languages whose committed .qm is missing or differs from what lrelease makes of
    their .ts now (git keeps no file times, so "older" is judged by content: a .qm built
    from an older .ts differs from a fresh build as soon as a translation changed)."""
    stale = []
    with tempfile.TemporaryDirectory(prefix="socketlab-qm-") as folder:
        for language in languages or list(LANGUAGES):
            fresh = Path(folder) / f"socketlab_{language}.qm"
            compile_qm(ts_path(language), fresh)
            shipped = shipped_qm_path(language)
            if not shipped.is_file() or shipped.read_bytes() != fresh.read_bytes():
                stale.append(language)
    return stale


# ------------------------------------------------------------------ reading .ts files
@dataclass(frozen=True, slots=True)
class TsMessage:
    """One message of a .ts file."""

    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    unfinished: bool
    obsolete: bool  # gone from the code (lupdate keeps it as "vanished" or "obsolete")
    location: str  # "file:line" of its first use, or ""

    @property
    def translated(self) -> bool:
        """Finished and with every (plural) form filled in."""
        return not self.unfinished and bool(self.translations) and all(self.translations)


def read_ts(path: Path) -> list[TsMessage]:
    """Every message of a .ts file, in file order."""
    messages: list[TsMessage] = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        context_name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            location = message.find("location")
            where = (
                f"{location.get('filename', '')}:{location.get('line', '')}"
                if location is not None
                else ""
            )
            messages.append(
                TsMessage(
                    context=context_name,
                    source=message.findtext("source", ""),
                    translations=forms,
                    unfinished=kind == "unfinished",
                    obsolete=kind in ("vanished", "obsolete"),
                    location=where,
                )
            )
    return messages


def untranslated(path: Path, language: str) -> list[TsMessage]:
    """Live messages still to translate. In the source language only plurals need one."""
    live = [m for m in read_ts(path) if not m.obsolete]
    if language == SOURCE_LANGUAGE:
        return [m for m in live if len(m.translations) > 1 and not m.translated]
    return [m for m in live if not m.translated]


# ------------------------------------------------------------------ updating from the code
#: Folders of app/ whose texts are not shown through Qt: cli/ speaks English. core/ is
#: scanned for its `N_("context", "text")` marks (app/core/messages.py).
UNTRANSLATED_PACKAGES = ("cli",)

#: lupdate reads `N_(context, text)` like `QT_TRANSLATE_NOOP(context, text)`.
LUPDATE_ALIASES = ("-tr-function-alias", "QT_TRANSLATE_NOOP+=N_")


def translatable_sources(app_dir: Path) -> list[Path]:
    """The Python files lupdate scans: app/ without cli/."""
    return sorted(
        path
        for path in app_dir.rglob("*.py")
        if path.relative_to(app_dir).parts[0] not in UNTRANSLATED_PACKAGES
    )


def update_ts(
    app_dir: Path, languages: list[str] | None = None, *, drop_obsolete: bool = False
) -> str:
    """Run lupdate: add new texts of the code to each .ts, mark vanished ones; its output.

    `-locations none` keeps file:line out of the .ts files, so a change elsewhere in a
    file never touches them (and branches merge without conflicts there).
    """
    languages = languages or list(LANGUAGES)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    outputs = []
    for language in languages:
        command = [
            str(qt_tool("lupdate")),
            *(str(path) for path in translatable_sources(app_dir)),
            *LUPDATE_ALIASES,
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            "-ts",
            str(ts_path(language)),
        ]
        if drop_obsolete:
            command.insert(1, "-no-obsolete")
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"lupdate failed for {language}: {result.stderr.strip()}")
        outputs.append(result.stdout.strip())
    return "\n".join(outputs)


def suspicious_contexts(path: Path) -> list[str]:
    """Contexts lupdate got wrong: its Python parser files a `self.tr()` that follows a
    `QCoreApplication.translate()` in the same function under "QCoreApplication.self"."""
    return sorted({m.context for m in read_ts(path) if "." in m.context})
