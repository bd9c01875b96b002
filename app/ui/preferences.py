"""View > Theme and View > Language: the choices kept in the settings, read at every start.

Kept apart from app/ui/theme.py and app/ui/i18n.py so a start with the defaults (the
system's theme, English) imports neither.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from app.translations import LANGUAGES, SYSTEM, match_language
from app.ui.settings import read_setting, write_settings

THEME_KEY = "ui/theme"
LANGUAGE_KEY = "ui/language"

LIGHT, DARK = "light", "dark"
#: "system" follows the desktop's light or dark scheme; the others force one.
THEMES: tuple[str, ...] = (SYSTEM, LIGHT, DARK)


def theme_choice(settings: QSettings | None = None) -> str:
    """View > Theme's saved choice ("system" unless the user forced one)."""
    value = read_setting(THEME_KEY, SYSTEM, settings)
    return value if value in THEMES else SYSTEM


def save_theme_choice(theme: str) -> None:
    """Remember View > Theme's choice."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}")
    write_settings({THEME_KEY: theme})


def language_choice(settings: QSettings | None = None) -> str:
    """View > Language's saved choice: a language code, or "system" (the default)."""
    value = read_setting(LANGUAGE_KEY, SYSTEM, settings)
    return value if value == SYSTEM or value in LANGUAGES else SYSTEM


def save_language_choice(choice: str) -> None:
    """Remember View > Language's choice (read again at the next start)."""
    if choice != SYSTEM and choice not in LANGUAGES:
        raise ValueError(f"unknown language {choice!r}")
    write_settings({LANGUAGE_KEY: choice})


def system_language() -> str:
    """The shipped language that best matches the system's preferred languages."""
    return match_language(list(QLocale.system().uiLanguages()))


def resolve_language(choice: str) -> str:
    """The language a choice means ("system" becomes the system's language)."""
    return system_language() if choice == SYSTEM else choice
