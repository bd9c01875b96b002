"""Load a language into Qt: at start-up (View > Language, or the system's language), and
again whenever View > Language changes.

Installing or removing a translator makes Qt send QEvent.LanguageChange to every window;
each widget sets its `self.tr()` texts again in its `changeEvent()` (a `retranslate()`
method called from `__init__` and on that event), so the language changes at once.
English is the source language: it loads only the English plural forms of the `%Ln`
texts (socketlab_en.ts). Numbers the window shows go through
`format_count()`, `format_decimal()`, `format_bytes()` and `window_numbers()` below.
"""

from __future__ import annotations

import logging
import re
import string
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from app.core.messages import Message, message_of
from app.translations import LANGUAGES, SOURCE_LANGUAGE, preferred_encodings, qm_path

log = logging.getLogger("socketlab.ui.i18n")

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def install_translators(app: QApplication, language: str) -> bool:
    """Load SocketLab's and Qt's own translations for `language`; False if it fell back.

    SocketLab's come compiled (`.qm`) inside the package (app/resources/translations);
    nothing is compiled at start-up. Qt's own file translates what Qt draws itself
    (standard dialog buttons, the text fields' context menu). A missing or unreadable
    .qm falls back to English with a logged warning rather than failing to start.
    """
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = SOURCE_LANGUAGE
    if language == SOURCE_LANGUAGE:
        _install_english_plurals(app)
        return True
    if language not in LANGUAGES:
        log.warning("unknown language %r, the window stays in English", language)
        return False
    qm = qm_path(language)
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        log.warning("could not load the %s translation (%s)", language, qm)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    _current = language
    log.info("the window is in %s (%s)", LANGUAGES[language], language)
    return True


def _install_english_plurals(app: QApplication) -> None:
    """English needs only the plural forms of `%n` texts (`1 usable host`, `2 usable hosts`)
    from socketlab_en.qm; without them the window shows the source, `1 usable host(s)`."""
    qm = qm_path(SOURCE_LANGUAGE)
    translator = QTranslator(app)
    if translator.load(str(qm)):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("no English plural forms: could not load %s", qm)


def current_language() -> str:
    """The language the window shows (English unless a translator was installed)."""
    return _current


def current_encodings() -> tuple[str, ...]:
    """Encodings for encoding lists, best first for the current language (GBK for Chinese)."""
    return preferred_encodings(_current)


def ordered_encodings(choices: Mapping[str, str]) -> list[str]:
    """The labels of `choices` (label -> Python codec), current_encodings() first.

    `{"UTF-8": "utf-8", "GBK": "gbk", ...}` gives GBK first in Chinese; the labels whose
    codec is not preferred keep their order after the preferred ones.
    """
    preferred = current_encodings()
    rank = {codec: index for index, codec in enumerate(preferred)}
    return sorted(choices, key=lambda label: rank.get(choices[label].lower(), len(preferred)))


def translate_message(message: str | BaseException) -> str:
    """A message from core/ (or an exception carrying one) in the window's language.

    Plain strings pass through: they are already translated (a widget's `tr()`) or not
    translatable (a peer's text). A translation whose fields do not match the English
    template falls back to English with a logged warning instead of failing.
    """
    text = message_of(message)
    if _current == SOURCE_LANGUAGE or not isinstance(text, Message):
        return text
    return _translated(text)


def _translated(message: Message) -> str:
    context, source = message.template
    template = QCoreApplication.translate(context, source)
    if not message.values:
        return template
    values = {
        name: _translated(value) if isinstance(value, Message) else value
        for name, value in message.values.items()
    }
    try:
        return _LocaleFormatter(ui_locale()).format(template, **values)
    except (KeyError, IndexError, ValueError) as exc:
        log.warning("the translation of %r does not fit its values (%s)", source, exc)
        return str(message)


def ui_locale() -> QLocale:
    """The locale that writes dates and names in the window's language.

    The system's own when it speaks that language (its date order: en_GB or en_US,
    ru_RU or ru_UA), otherwise the language's main one (ru -> ru_RU, zh_CN). Qt's
    default locale is left alone: it also formats numbers in spin boxes.
    """
    wanted = QLocale(_current)
    system = QLocale.system()
    if system.language() == wanted.language() and system.script() == wanted.script():
        return system
    return wanted


def format_count(count: int) -> str:
    """A whole number the window's way: 65,507 in English, 65 507 (no-break space) in
    Russian, where a comma is the decimal mark."""
    return _grouped(ui_locale(), int(count))


def _grouped(locale: QLocale, count: int) -> str:
    if -(2**63) <= count < 2**63:
        return locale.toString(count)
    # QLocale stops at 64 bits; an IPv6 range (2**128) is grouped by hand, its way.
    return f"{count:_d}".replace("-", locale.negativeSign()).replace("_", locale.groupSeparator())


def format_decimal(value: float, decimals: int = 1) -> str:
    """A number with `decimals` digits after the mark: 12.3 in English, 12,3 in Russian."""
    return ui_locale().toString(float(value), "f", decimals)


def format_bytes(count: float) -> str:
    """A size for reading, not counting: `512 B`, `12.3 KiB` (`12,3 KiB` in Russian)."""
    value = float(count)
    for unit in ("B", "KiB", "MiB"):
        if value < 1024:
            return f"{format_decimal(value, 0 if unit == 'B' else 1)} {unit}"
        value /= 1024
    return f"{format_decimal(value, 1)} GiB"


def plural_n(count: int) -> int:
    """The `n` for `tr(text, "", n)` when a count may not fit Qt's int (IPv6 ranges).

    A count past 2**31 - 1 is replaced by one with the same last six digits, which picks
    the same plural form (languages' rules look at the last digits); the text then writes
    the real count itself, `{count}` filled with format_count(), not `%Ln`.
    """
    if count < 2**31:
        return count
    return count % 1_000_000 + 1_000_000


@contextmanager
def window_numbers() -> Iterator[None]:
    """Inside it `%Ln` of a plural text writes its number the window's way:

        with window_numbers():
            text = self.tr("%Ln usable host(s)", "", n)

    Qt writes `%Ln` with the default locale, which the window otherwise leaves alone
    (spin boxes read and write numbers with it); it is set for the call only.
    """
    previous = QLocale()
    QLocale.setDefault(ui_locale())
    try:
        yield
    finally:
        QLocale.setDefault(previous)


def long_date(at: float) -> str:
    """The day of `at` (seconds since the epoch, local time) written out in full.

    `Saturday, 21 November 2026`, `2026年11月21日星期六`, in Russian the day and month
    in words too; cached per day and language, so a painted list may call it freely.
    """
    day = time.localtime(at)
    return _long_date(_current, day.tm_year, day.tm_mon, day.tm_mday)


@lru_cache(maxsize=256)
def _long_date(language: str, year: int, month: int, day: int) -> str:
    return ui_locale().toString(QDate(year, month, day), QLocale.FormatType.LongFormat)


class _LocaleFormatter(string.Formatter):
    """str.format with numbers written the window's way: an int with the grouping spec
    (a comma) is 65 507 in Russian, where a comma is the decimal mark; `{s:.2f}` is 1,50.
    Plain `{port}` stays plain."""

    def __init__(self, locale: QLocale) -> None:
        super().__init__()
        self._locale = locale

    def format_field(self, value: object, format_spec: str) -> str:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return super().format_field(value, format_spec)
        if isinstance(value, int) and format_spec == ",":
            return _grouped(self._locale, value)
        fixed = _FIXED_SPEC.fullmatch(format_spec)
        if fixed:
            return self._locale.toString(float(value), "f", int(fixed.group(1)))
        if isinstance(value, float) and format_spec in ("", "g"):
            return self._locale.toString(value, "g", 6)
        return super().format_field(value, format_spec)


_FIXED_SPEC = re.compile(r",?\.(\d+)f")
