"""The languages SocketLab ships, and which one a system's preferences pick.

Qt-free and small: the window reads it at every start. The compiled translations
(`socketlab_<lang>.qm`) ship inside the package, in `app/resources/translations/`; their
sources (`translations/socketlab_<lang>.ts`) and the tools that update and compile them
(`devtools/`) stay in the source tree. See docs/translations.md.
"""

from __future__ import annotations

from pathlib import Path

from app.resources import resource_path

#: The languages SocketLab ships, by the code Qt uses, named in their own language (a
#: language menu must be readable by someone who does not read the current one).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "zh_CN": "简体中文",
}
SOURCE_LANGUAGE = "en"
SYSTEM = "system"  # the setting's value for "follow the system's language"

#: Text encodings a raw terminal or a datagram view should offer first, per language:
#: the legacy code pages people of that language still meet on the wire.
PREFERRED_ENCODINGS: dict[str, tuple[str, ...]] = {
    "en": ("utf-8", "latin-1", "cp1252", "ascii"),
    "ru": ("utf-8", "cp1251", "koi8-r", "cp866"),
    "zh_CN": ("gbk", "utf-8", "gb18030", "big5"),
}


def qm_path(language: str) -> Path:
    """The compiled translation of one language, shipped in the package (it may be missing
    for a language SocketLab does not ship)."""
    return resource_path("translations", f"socketlab_{language}.qm")


def match_language(ui_languages: list[str]) -> str:
    """The shipped language for the system's preference list (e.g. `["ru-RU", "en"]`).

    The first entry we ship wins; every Chinese variant gets Simplified Chinese (closer
    to a Traditional reader than English); anything else gets English.
    """
    for name in ui_languages:
        code = name.replace("-", "_")
        primary = code.split("_", 1)[0].lower()
        if primary == "zh":
            return "zh_CN"
        if primary in LANGUAGES:
            return primary
    return SOURCE_LANGUAGE


def preferred_encodings(language: str) -> tuple[str, ...]:
    """Encodings to list first for a language (GBK first for Chinese)."""
    return PREFERRED_ENCODINGS.get(language, PREFERRED_ENCODINGS[SOURCE_LANGUAGE])
