"""Refresh translations/*.ts from the code (new texts added, vanished ones marked), then
compile them into the package's .qm files.

    uv run python scripts/update_translations.py [--drop-obsolete] [LANG ...]

Then translate with Qt Linguist (`uv run pyside6-linguist translations/socketlab_ru.ts`)
or in a text editor, check with scripts/untranslated.py, and compile again with
scripts/compile_translations.py (see docs/translations.md).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.translations import LANGUAGES  # noqa: E402
from devtools.ts_tools import (  # noqa: E402
    compile_translations,
    suspicious_contexts,
    ts_path,
    update_ts,
)


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
    print(update_ts(ROOT / "app", languages, drop_obsolete=False))
    for language in languages:
        carried = carry_moved_translations(ts_path(language))
        if carried:
            print(f"{ts_path(language).name}: {carried} translations followed their moved code")
    if args.drop_obsolete:
        print(update_ts(ROOT / "app", languages, drop_obsolete=True))
    for language in compile_translations(languages):
        print(f"{ts_path(language).stem}.qm compiled again")
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


_MESSAGE = re.compile(r"<message>.*?</message>", re.DOTALL)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
_TRANSLATION = re.compile(r'<translation( type="(\w+)")?>(.*?)</translation>', re.DOTALL)


def carry_moved_translations(path: Path) -> int:
    """Code that moved to another class (another context) keeps its translations.

    lupdate files a moved text as new (unfinished) in its new context and marks the old
    one vanished (sometimes guessing the translation, still marked unfinished); the
    vanished one's translation of the very same English text is taken as finished. When
    the old class still uses the text, lupdate's guess is confirmed if it is that
    class's finished translation.
    Plural forms (<numerusform>) are left for a person. Returns how many.
    """
    text = path.read_text(encoding="utf-8")
    known: dict[str, str] = {}
    for block in _MESSAGE.findall(text):
        source, translation = _SOURCE.search(block), _TRANSLATION.search(block)
        if (
            source
            and translation
            and translation.group(2) in ("vanished", "obsolete")
            and translation.group(3).strip()
            and "<numerusform>" not in translation.group(3)
        ):
            known.setdefault(source.group(1), translation.group(3))
    finished: dict[str, set[str]] = {}  # every finished translation of a source text
    for block in _MESSAGE.findall(text):
        source, translation = _SOURCE.search(block), _TRANSLATION.search(block)
        if source and translation and translation.group(2) is None:
            finished.setdefault(source.group(1), set()).add(translation.group(3))
    carried = 0

    def fill(match: re.Match) -> str:
        nonlocal carried
        block = match.group(0)
        source, translation = _SOURCE.search(block), _TRANSLATION.search(block)
        if not (source and translation) or translation.group(2) != "unfinished":
            return block
        guess = translation.group(3)
        if source.group(1) not in known:
            # Moved out of a class that still uses the text: lupdate's guess is confirmed
            # when it is that class's own, finished translation.
            if guess.strip() and guess in finished.get(source.group(1), set()):
                carried += 1
                return block.replace(translation.group(0), f"<translation>{guess}</translation>")
            return block
        carried += 1
        return block.replace(
            translation.group(0), f"<translation>{known[source.group(1)]}</translation>"
        )

    path.write_text(_MESSAGE.sub(fill, text), encoding="utf-8")
    return carried


if __name__ == "__main__":
    sys.exit(main())
