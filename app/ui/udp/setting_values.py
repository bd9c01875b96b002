"""Read QSettings values back safely: the INI format returns booleans and numbers as text."""

from __future__ import annotations


def as_bool(value: object, default: bool = False) -> bool:
    """`True`, `"true"` -> True; `False`, `"false"` -> False; anything else -> default."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return default


def as_int(value: object, default: int) -> int:
    """An int from a setting, or `default` when it is missing or not a number."""
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
