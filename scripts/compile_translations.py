"""Compile translations/*.ts into the .qm files the package ships (app/resources/translations/).

    uv run python scripts/compile_translations.py          # compile every language
    uv run python scripts/compile_translations.py --check  # exit 1 if one is out of date

The .qm files are committed: every install (wheel, sdist, editable, bundle, checkout)
carries them, and the app never compiles anything when it starts. `--check` is what
tests/test_translations.py runs; see docs/translations.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.translations import LANGUAGES  # noqa: E402
from devtools.ts_tools import compile_translations, shipped_qm_path, stale_translations  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", metavar="LANG", help=", ".join(LANGUAGES))
    parser.add_argument(
        "--check", action="store_true", help="compile nothing; fail if a .qm is out of date"
    )
    args = parser.parse_args(argv)
    unknown = sorted(set(args.languages) - set(LANGUAGES))
    if unknown:
        parser.error(f"unknown language {', '.join(unknown)}: choose from {', '.join(LANGUAGES)}")
    languages = args.languages or list(LANGUAGES)
    if args.check:
        stale = stale_translations(languages)
        for language in stale:
            name = shipped_qm_path(language).name
            print(f"{name} is out of date: run this script without --check")
        return 1 if stale else 0
    changed = compile_translations(languages)
    for language in languages:
        state = "compiled" if language in changed else "up to date"
        print(f"{shipped_qm_path(language).relative_to(ROOT)}: {state}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
