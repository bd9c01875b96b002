"""Languages, .ts sources and their compiled .qm files (Qt-free parts)."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

from app.translations import LANGUAGES, match_language, preferred_encodings, qm_path
from devtools import ts_tools
from devtools.ts_tools import (
    read_ts,
    stale_translations,
    suspicious_contexts,
    ts_path,
    untranslated,
    update_ts,
)

ROOT = Path(__file__).resolve().parent.parent

SAMPLE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Ушло</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s)</source>
        <translation>
            <numerusform>%n порт</numerusform>
            <numerusform>%n порта</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.mark.parametrize(
    ("preferences", "language"),
    [
        (["ru-RU", "en-US"], "ru"),
        (["en-GB", "ru"], "en"),
        (["zh-Hans-CN"], "zh_CN"),
        (["zh-TW"], "zh_CN"),
        (["de-DE", "ru-RU"], "ru"),
        (["de-DE"], "en"),
        (["C"], "en"),
        ([], "en"),
    ],
)
def test_the_system_language_list_picks_a_shipped_language(
    preferences: list[str], language: str
) -> None:
    assert match_language(preferences) == language


def test_chinese_encodings_offer_gbk_first() -> None:
    assert preferred_encodings("zh_CN")[0] == "gbk"
    assert preferred_encodings("ru")[:2] == ("utf-8", "cp1251")
    assert preferred_encodings("xx") == preferred_encodings("en")
    for language in LANGUAGES:
        for encoding in preferred_encodings(language):
            "text".encode(encoding)  # every name is one Python knows


def test_reading_a_ts_file_finds_what_is_left(tmp_path: Path) -> None:
    path = tmp_path / "sample.ts"
    path.write_text(SAMPLE_TS, encoding="utf-8")
    messages = read_ts(path)
    assert [m.source for m in messages] == ["&File", "Ready", "Gone", "%n port(s)"]
    assert messages[0].translated and messages[0].translations == ("&Файл",)
    assert messages[2].obsolete
    assert messages[3].translations == ("%n порт", "%n порта", "")
    left = untranslated(path, "ru")
    assert [m.source for m in left] == ["Ready", "%n port(s)"]  # a plural form is empty
    assert [m.source for m in untranslated(path, "en")] == ["%n port(s)"]  # plurals only


def test_every_shipped_qm_is_what_lrelease_makes_of_its_ts() -> None:
    """The committed .qm files are the ones the package carries: one left behind after a
    .ts edit would ship yesterday's translation. Fix: scripts/compile_translations.py."""
    assert stale_translations() == []
    for language in LANGUAGES:
        assert qm_path(language) == ts_tools.shipped_qm_path(language)
        assert qm_path(language).read_bytes()[:16] == bytes.fromhex(
            "3cb86418caef9c95cd211cbf60a1bddd"  # Qt's .qm magic number
        )


def test_a_qm_older_than_its_ts_or_missing_is_found(tmp_path: Path, monkeypatch) -> None:
    sources, compiled = tmp_path / "ts", tmp_path / "qm"
    sources.mkdir()
    compiled.mkdir()
    for language in LANGUAGES:
        shutil.copy(ts_path(language), sources)
        shutil.copy(ts_tools.shipped_qm_path(language), compiled)
    monkeypatch.setattr(ts_tools, "TS_DIR", sources)
    monkeypatch.setattr(ts_tools, "QM_DIR", compiled)
    assert stale_translations() == []

    edited = sources / "socketlab_ru.ts"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Готово", "Готов"), "utf-8")
    (compiled / "socketlab_zh_CN.qm").unlink()
    assert stale_translations() == ["ru", "zh_CN"]
    assert ts_tools.compile_translations(["ru", "zh_CN"]) == ["ru", "zh_CN"]
    assert stale_translations() == []
    assert ts_tools.compile_translations() == []  # nothing left to compile


def test_a_missing_lrelease_is_reported(monkeypatch) -> None:
    def missing(name: str) -> Path:
        raise ts_tools.ToolMissing(f"{name} was not found")

    monkeypatch.setattr(ts_tools, "qt_tool", missing)
    with pytest.raises(ts_tools.ToolMissing):
        stale_translations(["ru"])


def test_lrelease_and_lupdate_ship_with_pyside6() -> None:
    assert ts_tools.qt_tool("lrelease").is_file()
    assert ts_tools.qt_tool("lupdate").is_file()


# ------------------------------------------------------------------ the shipped files
def test_every_language_has_a_ts_source_without_misfiled_texts() -> None:
    for language in LANGUAGES:
        path = ts_path(language)
        assert path.is_file(), f"{path.name} is missing"
        assert suspicious_contexts(path) == []
        assert read_ts(path), f"{path.name} is empty"


def test_the_main_windows_own_texts_are_translated() -> None:
    own = {"MainWindow", "AboutDialog", "Tabs"}
    for language in ("ru", "zh_CN"):
        left = [m for m in untranslated(ts_path(language), language) if m.context in own]
        assert left == [], f"{language}: {[m.source for m in left]}"


#: `{name}`, `{limit:,}` (str.format fields) and Qt's plural `%n`.
PLACEHOLDER = re.compile(r"\{\w*(?::[^{}]*)?\}|%n")


def test_translations_keep_placeholders_and_one_mnemonic() -> None:
    for language in ("ru", "zh_CN"):
        for message in read_ts(ts_path(language)):
            if not message.translated:
                continue
            fields = sorted(PLACEHOLDER.findall(message.source))
            for translation in message.translations:
                assert sorted(PLACEHOLDER.findall(translation)) == fields, (
                    f"{language}: {message.source!r} -> {translation!r}"
                )
                mnemonics = translation.replace("&&", "").count("&")
                assert mnemonics == message.source.replace("&&", "").count("&"), translation


def test_the_ts_files_hold_every_text_of_the_code(tmp_path: Path, monkeypatch) -> None:
    """Run lupdate on copies: nothing new may turn up (else run
    scripts/update_translations.py and commit the .ts files)."""
    for language in LANGUAGES:
        shutil.copy(ts_path(language), tmp_path / ts_path(language).name)
    monkeypatch.setattr(ts_tools, "TS_DIR", tmp_path)
    report = update_ts(ROOT / "app")
    for line in report.splitlines():
        if "Found" in line:
            assert "(0 new" in line, report
    for language in LANGUAGES:
        before = {(m.context, m.source) for m in read_ts(ts_path(language)) if not m.obsolete}
        after = {
            (m.context, m.source)
            for m in read_ts(tmp_path / ts_path(language).name)
            if not m.obsolete
        }
        assert after == before, f"{language}: run scripts/update_translations.py"


def test_core_marks_its_templates_with_two_plain_literals() -> None:
    """`N_(context, text)` must hold literals: lupdate reads the source, and an f-string
    or a variable would leave the template untranslatable (or match nothing)."""
    wrong = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "N_":
                plain = len(node.args) == 2 and not node.keywords
                plain = plain and all(
                    isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                    for arg in node.args
                )
                if not plain:
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert wrong == []


def test_core_templates_are_in_the_ts_files() -> None:
    sources = {(m.context, m.source) for m in read_ts(ts_path("ru")) if not m.obsolete}
    assert ("errors", "Timed out: {why}") in sources
    assert ("address", "Port {port} is out of range {low}-{high}.") in sources
