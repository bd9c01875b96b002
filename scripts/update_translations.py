"""Refresh resources/translations/*.ts from the code (new texts added, vanished ones marked).

    uv run python scripts/update_translations.py [--drop-obsolete] [LANG ...]

Then translate with Qt Linguist (`uv run pyside6-linguist resources/translations/
socketlab_ru.ts`) or in a text editor, and check with scripts/untranslated.py. The app
compiles the .ts files itself when it starts (see docs/translations.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.translations import LANGUAGES, ts_path  # noqa: E402
from app.ts_tools import suspicious_contexts, update_ts  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", metavar="LANG", help=", ".join(LANGUAGES))
    parser.add_argument(
        "--drop-obsolete",
        action="store_true",
        help="remove texts the code no longer uses (by default they are kept as 'vanished')",
    )
    args = parser.parse_args(argv)
    unknown = sorted(set(args.languages) - set(LANGUAGES))
    if unknown:
        parser.error(f"unknown language {', '.join(unknown)}: choose from {', '.join(LANGUAGES)}")
    languages = args.languages or list(LANGUAGES)
    print(update_ts(ROOT / "app", languages, drop_obsolete=args.drop_obsolete))
    status = 0
    for language in languages:
        wrong = suspicious_contexts(ts_path(language))
        if wrong:
            status = 1
            print(
                f"{ts_path(language).name}: lupdate misfiled texts under {', '.join(wrong)}: "
                "do not mix self.tr() and QCoreApplication.translate() in one function",
                file=sys.stderr,
            )
    return status


if __name__ == "__main__":
    sys.exit(main())
