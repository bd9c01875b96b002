"""Bytes as a hex dump (offset, hex, ASCII), like `hexdump -C`: the UDP detail pane and
the Chat tab's raw terminal show received bytes this way."""

from __future__ import annotations


def hex_dump(data: bytes, width: int = 16, limit: int | None = None) -> str:
    """Offset, hex and ASCII columns, 16 bytes a line; at most `limit` bytes, then a count."""
    shown = data if limit is None else data[:limit]
    lines: list[str] = []
    half = width // 2
    for offset in range(0, len(shown), width):
        chunk = shown[offset : offset + width]
        left = " ".join(f"{b:02x}" for b in chunk[:half])
        right = " ".join(f"{b:02x}" for b in chunk[half:])
        hex_part = f"{left:<{half * 3 - 1}}  {right:<{half * 3 - 1}}"
        ascii_part = "".join(chr(b) if 0x20 <= b < 0x7F else "." for b in chunk)
        lines.append(f"{offset:08x}  {hex_part}  |{ascii_part}|")
    if len(data) > len(shown):
        lines.append(f"... {len(data) - len(shown):,} more bytes")
    return "\n".join(lines)
