"""One JSON decoder for everything read from the network, with limits.

`json.loads` accepts `NaN`, `Infinity` and `1e999` (which becomes `inf` and later
raises `OverflowError` far from the parser, e.g. in `int()`), and 30,000-deep
`[[[...]]]` (which raises `RecursionError`, not `ValueError`). Every byte from the
network is untrusted, so it is decoded here once, at the edge: non-finite numbers and
deep nesting are refused, and fields are read with per-field type and range checks
(`int_field`, `str_field`, ...) that raise `WireError` instead of something a caller
does not expect. Nothing here imports Qt or touches a socket.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

# Largest integer the protocols carry: ids and sequence numbers stay exact in a
# JavaScript double and fit SQLite's signed 64-bit integers with room to spare.
MAX_WIRE_INT = 2**53
# Deepest nesting accepted; SocketLab's own objects are at most about five deep.
DEFAULT_MAX_DEPTH = 16

_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
# A lone UTF-16 surrogate can only come in as a \uD800-\uDFFF escape; it decodes to a
# str that cannot be encoded as UTF-8 again (so not sent, printed or stored).
_SURROGATE = re.compile("[\ud800-\udfff]")
_BRACKETS = re.compile(r"[\[\]{}]")


class WireError(ValueError):
    """A line or field from the network that breaks a limit or has the wrong type."""


def _no_constants(name: str) -> Any:
    raise WireError(f"{name} is not a number this protocol accepts")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise WireError(f"{text[:20]} is out of range")
    return value


def nesting_depth(text: str) -> int:
    """How deeply the arrays and objects of a JSON text nest (strings ignored)."""
    depth = deepest = 0
    for match in _BRACKETS.finditer(_STRINGS.sub("", text)):
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def loads(text: str, *, max_depth: int = DEFAULT_MAX_DEPTH) -> Any:
    """`json.loads` without NaN, Infinity, overflowing numbers or deep nesting.

    Raises WireError (a ValueError) for anything refused or malformed.
    """
    # Cheap first: a text with few brackets cannot nest deeply.
    if text.count("[") + text.count("{") > max_depth and nesting_depth(text) > max_depth:
        raise WireError(f"nested more than {max_depth} levels deep")
    try:
        value = json.loads(text, parse_constant=_no_constants, parse_float=_finite_float)
    except WireError:
        raise
    except (ValueError, RecursionError) as exc:  # RecursionError: belt and braces
        raise WireError(f"not valid JSON: {exc}") from None
    if "\\u" in text and _has_surrogate(value):
        raise WireError("a lone UTF-16 surrogate is not text")
    return value


def _has_surrogate(value: Any) -> bool:
    """True when any string in a decoded value holds a lone surrogate."""
    if isinstance(value, str):
        return _SURROGATE.search(value) is not None
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(item) for item in value)
    return False


def loads_object(text: str, *, max_depth: int = DEFAULT_MAX_DEPTH) -> dict[str, Any] | None:
    """A JSON object from a line, or None when the line is not one or breaks a limit."""
    if not text.startswith("{"):
        return None
    try:
        value = loads(text, max_depth=max_depth)
    except WireError:
        return None
    return value if isinstance(value, dict) else None


def int_field(
    obj: dict[str, Any],
    name: str,
    *,
    default: int | None = None,
    low: int = 0,
    high: int = MAX_WIRE_INT,
) -> int:
    """An integer field within [low, high]; a missing field gives `default` if set.

    Floats with an integer value (`7.0`) are accepted, since some encoders write them;
    booleans, strings and fractions are not.
    """
    value = obj.get(name)
    if value is None:
        if default is None:
            raise WireError(f"{name!r} is missing")
        return default
    if isinstance(value, bool):
        raise WireError(f"{name!r} must be a whole number")
    if isinstance(value, float):
        if not value.is_integer():
            raise WireError(f"{name!r} must be a whole number")
        value = int(value)
    if not isinstance(value, int):
        raise WireError(f"{name!r} must be a whole number")
    if not low <= value <= high:
        raise WireError(f"{name!r} must be from {low} to {high}")
    return value


def float_field(
    obj: dict[str, Any],
    name: str,
    *,
    default: float | None = None,
    low: float = 0.0,
    high: float = float(MAX_WIRE_INT),
) -> float:
    """A finite number field within [low, high]; a missing field gives `default` if set."""
    value = obj.get(name)
    if value is None:
        if default is None:
            raise WireError(f"{name!r} is missing")
        return default
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise WireError(f"{name!r} must be a number")
    value = float(value)
    if not (math.isfinite(value) and low <= value <= high):
        raise WireError(f"{name!r} must be from {low:g} to {high:g}")
    return value


def str_field(
    obj: dict[str, Any], name: str, *, default: str | None = None, max_length: int = 65536
) -> str:
    """A string field of at most `max_length` characters; missing gives `default` if set."""
    value = obj.get(name)
    if value is None:
        if default is None:
            raise WireError(f"{name!r} is missing")
        return default
    if not isinstance(value, str):
        raise WireError(f"{name!r} must be a string")
    if len(value) > max_length:
        raise WireError(f"{name!r} is longer than {max_length} characters")
    return value


def bool_field(obj: dict[str, Any], name: str, *, default: bool = False) -> bool:
    """A true/false field; a missing field gives `default`."""
    value = obj.get(name, default)
    if not isinstance(value, bool):
        raise WireError(f"{name!r} must be true or false")
    return value


def list_field(
    obj: dict[str, Any], name: str, *, max_items: int, default: list[Any] | None = None
) -> list[Any]:
    """A list field of at most `max_items` items; missing gives `default` if set."""
    value = obj.get(name)
    if value is None:
        if default is None:
            raise WireError(f"{name!r} is missing")
        return default
    if not isinstance(value, list):
        raise WireError(f"{name!r} must be a list")
    if len(value) > max_items:
        raise WireError(f"{name!r} has more than {max_items} items")
    return value
