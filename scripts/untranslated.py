"""List the texts still to translate, per language.

    uv run python scripts/untranslated.py          # the .ts files: messages not translated
    uv run python scripts/untranslated.py --ui     # also: open the window in each language
                                                   # and list the texts it shows in English
    uv run python scripts/untranslated.py --strict # exit 1 if anything is left

The .ts check finds texts marked for translation but not translated yet; the --ui check
also finds texts that never went through tr() at all. Refresh the .ts files first with
scripts/update_translations.py.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.translations import LANGUAGES, SOURCE_LANGUAGE  # noqa: E402
from devtools.ts_tools import read_ts, stale_translations, ts_path, untranslated  # noqa: E402


def report_ts(languages: list[str]) -> int:
    """Print the untranslated messages of each .ts; returns how many there are."""
    total = 0
    for language in languages:
        path = ts_path(language)
        if not path.is_file():
            print(f"{path.name}: missing (run scripts/update_translations.py)")
            total += 1
            continue
        live = [m for m in read_ts(path) if not m.obsolete]
        missing = untranslated(path, language)
        total += len(missing)
        what = "plural forms" if language == SOURCE_LANGUAGE else "texts"
        print(f"{path.name}: {len(missing)} of {len(live)} {what} untranslated")
        for message in missing:
            print(f"  [{message.context}] {message.source!r}")
    return total


def report_ui(languages: list[str]) -> int:
    """Open the window in each language offscreen; print texts shown in English."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.gui import create_application
    from app.ui import i18n
    from app.ui.main_window import MainWindow
    from devtools.i18n_check import untranslated_in_window

    total = 0
    stale = stale_translations(languages)
    if stale:
        print(
            f"compiled translations out of date ({', '.join(stale)}): run "
            "scripts/compile_translations.py first"
        )
        return len(stale)
    with tempfile.TemporaryDirectory() as scratch:
        # Never the user's settings: the window saves its geometry when it closes.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        app = create_application([sys.argv[0]])
        for language in languages:
            if language == SOURCE_LANGUAGE:
                continue
            if not i18n.install_translators(app, language):
                print(f"{language}: the translation could not be loaded")
                total += 1
                continue
            window = MainWindow()
            window.show()
            found = untranslated_in_window(window, language)
            window.close()
            window.deleteLater()
            QApplication.processEvents()
            total += len(found)
            print(f"{language}: {len(found)} texts shown in English")
            for shown in found:
                print(f"  {shown.where}: {shown.text!r}")
        i18n.install_translators(app, SOURCE_LANGUAGE)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", metavar="LANG", help=", ".join(LANGUAGES))
    parser.add_argument("--ui", action="store_true", help="also check the window itself")
    parser.add_argument("--strict", action="store_true", help="exit 1 if anything is left")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.languages) - set(LANGUAGES))
    if unknown:
        parser.error(f"unknown language {', '.join(unknown)}: choose from {', '.join(LANGUAGES)}")
    languages = args.languages or list(LANGUAGES)
    left = report_ts(languages)
    if args.ui:
        left += report_ui(languages)
    return 1 if args.strict and left else 0


if __name__ == "__main__":
    sys.exit(main())
