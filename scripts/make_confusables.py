"""Make app/core/chat/confusables_data.py from Unicode's confusables.txt (UTS #39).

    uv run python scripts/make_confusables.py path/to/confusables.txt

confusables.txt is at https://www.unicode.org/Public/security/latest/confusables.txt.
The table keeps only what a nickname can still hold after NFKC (a full-width or
mathematical letter is already plain there), each target in NFD as the skeleton
algorithm wants it. It is written as one compact hex string (about 60 KB) that
`app.core.chat.nicknames` turns into a translate table the first time it is needed.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "app" / "core" / "chat" / "confusables_data.py"
_LINE = re.compile(r"^([0-9A-F]+)\s*;\s*([0-9A-F ]+?)\s*;\s*MA")


def build(text: str) -> tuple[str, dict[int, str]]:
    version = re.search(r"#\s*Version:\s*(\S+)", text)
    table: dict[int, str] = {}
    for raw in text.splitlines():
        match = _LINE.match(raw.lstrip("\ufeff"))
        if not match:
            continue
        source = chr(int(match.group(1), 16))
        target = "".join(chr(int(part, 16)) for part in match.group(2).split())
        if unicodedata.normalize("NFD", unicodedata.normalize("NFKC", source)) != source:
            continue  # NFKC has already made it something else: it never reaches the table
        table[ord(source)] = unicodedata.normalize("NFD", target)
    return (version.group(1) if version else "unknown"), table


def render(version: str, table: dict[int, str]) -> str:
    entries = ";".join(
        f"{source:X}:" + " ".join(f"{ord(char):X}" for char in target)
        for source, target in sorted(table.items())
    )
    chunks = [entries[i : i + 90] for i in range(0, len(entries), 90)]
    body = "\n".join(f'    "{chunk}"' for chunk in chunks)
    return f'''"""Unicode's confusables (UTS #39), version {version}: generated, do not edit.

Made by scripts/make_confusables.py from confusables.txt. Entries are
`SOURCE:TARGET TARGET...` in hex, separated by `;`: the prototype each character is
drawn like (its skeleton), already in NFD.

Unicode data: Copyright (c) 1991-2020 Unicode, Inc. Distributed under the Unicode
License (https://www.unicode.org/license.txt), which permits copying, modifying and
redistributing the data files with this notice kept.
"""

UNICODE_VERSION = "{version}"
CONFUSABLES = (
{body}
)
'''


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    version, table = build(Path(argv[0]).read_text(encoding="utf-8"))
    OUTPUT.write_text(render(version, table), encoding="utf-8")
    print(f"{OUTPUT}: {len(table):,} characters from confusables.txt {version}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
