"""Translation files: compile .ts into .qm, read them, and report what is left to do.

Sources live in `resources/translations/` as `socketlab_<lang>.ts` (edited with Qt
Linguist or a text editor, refreshed from the code by `scripts/update_translations.py`);
the `.qm` files Qt loads are compiled from them with `lrelease` (shipped in
PySide6-Essentials) into a cache folder on first use, or into a bundle at build time.
Compiled files are never committed. Qt-free; never imported at start-up for English.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
import zlib
from dataclasses import dataclass
from pathlib import Path

from app.translations import LANGUAGES, SOURCE_LANGUAGE, translations_dir, ts_path


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


def compiled_qm(language: str, cache_dir: Path) -> Path | None:
    """The .qm to load for a language, compiling it into `cache_dir` when needed.

    A bundle ships `socketlab_<lang>.qm` beside (instead of) the .ts: used as is. In a
    checkout the .qm is named after a checksum of its .ts, so an edited or checked-out .ts
    is recompiled and never confused with an older build (crc32: it tells versions of one
    file apart, and costs no OpenSSL import). None if the language has no .ts.
    """
    source = ts_path(language)
    shipped = source.with_suffix(".qm")
    if not source.is_file():
        return shipped if shipped.is_file() else None
    data = source.read_bytes()
    digest = f"{zlib.crc32(data):08x}{len(data):x}"
    target = cache_dir / f"socketlab_{language}-{digest}.qm"
    if not target.is_file():
        compile_qm(source, target)
        for old in cache_dir.glob(f"socketlab_{language}-*.qm"):
            if old != target:
                old.unlink(missing_ok=True)
    return target


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
    translations_dir().mkdir(parents=True, exist_ok=True)
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
