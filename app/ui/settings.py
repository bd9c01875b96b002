"""The app's settings store (QSettings in INI format, in the user's config folder).

Read every setting with `read_setting(key, default)`: it gives back a value of the
default's type, whatever the INI file holds. The INI format returns numbers and booleans
as text ("5555", "true"), and a file edited by hand may hold anything.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import QSettings

from app import APP_NAME, ORGANIZATION_NAME

T = TypeVar("T")

# Whether this process's window remembers its own fields (a chat port, a nickname) for
# the next start. Two windows share one settings file: only the first (the one holding
# the single-window lock, app/instance_lock.py) does, so a second window opened with
# --new-instance never overwrites what the first will start with.
_owns_window_state = True


def app_settings() -> QSettings:
    """A QSettings for SocketLab; tests redirect its folder with QSettings.setPath."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION_NAME, APP_NAME
    )


def read_setting(key: str, default: T, settings: QSettings | None = None) -> T:
    """The saved value of `key` as the type of `default`; `default` when it is missing or
    cannot be read as that type.

    bool: `true`/`false` in any case. int: a whole number (`"5555"`). float: a finite
    number. str: text (a number is taken as its text). list: a list of texts (one item
    comes back from the INI file as a string). Anything else (a QByteArray of a
    window geometry): a value of the same type.
    """
    value = (settings or app_settings()).value(key)
    if value is None:
        return default
    converted = _as_type(value, default)
    return default if converted is None else converted


def _as_type(value: object, default: T) -> T | None:
    """`value` converted to the type of `default`, or None when it is junk."""
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value  # type: ignore[return-value]
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"  # type: ignore[return-value]
        return None
    if isinstance(value, bool):  # not a number, whatever Python says
        return None
    if isinstance(default, int):
        try:
            return int(value)  # type: ignore[call-overload, return-value]
        except (TypeError, ValueError, OverflowError):
            return None
    if isinstance(default, float):
        try:
            number = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None
        return number if math.isfinite(number) else None  # type: ignore[return-value]
    if isinstance(default, str):
        if isinstance(value, str):
            return value  # type: ignore[return-value]
        return str(value) if isinstance(value, int | float) else None  # type: ignore[return-value]
    if isinstance(default, list):
        # QSettings' INI format gives back a one-item list as a plain string.
        if isinstance(value, str):
            return [value] if value else []  # type: ignore[return-value]
        if isinstance(value, list | tuple):
            return [str(item) for item in value]  # type: ignore[return-value]
        return None
    return value if isinstance(value, type(default)) else None  # type: ignore[return-value]


def write_settings(values: Mapping[str, object], settings: QSettings | None = None) -> None:
    """Remember `values` (key -> value) and write them to disk now."""
    target = settings or app_settings()
    for key, value in values.items():
        target.setValue(key, value)
    target.sync()


def set_owns_window_state(owns: bool) -> None:
    """Say whether this process's window is the one whose fields are remembered
    (run_window: False for a second window, the lock being held by another)."""
    global _owns_window_state
    _owns_window_state = owns


def owns_window_state() -> bool:
    """True when this window's fields are remembered for the next start."""
    return _owns_window_state


def write_window_settings(values: Mapping[str, object], settings: QSettings | None = None) -> bool:
    """Remember a window's own fields (`values`), unless another window owns them (a
    second window keeps its fields for itself); True when they were written."""
    if not _owns_window_state:
        return False
    write_settings(values, settings)
    return True
