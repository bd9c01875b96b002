"""Test set-up shared by every test: offscreen Qt, isolated settings, and leak guards.

A test fails if it leaves an engine worker's QThread running, a Python thread alive
or a top-level window open (the way napari's conftest guards its suite).
"""

from __future__ import annotations

import os
import threading

# Before anything imports Qt: tests never need a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest

pytest_plugins = ["tests.helpers.fixtures"]


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Each test gets its own settings and data folders, never the user's."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "cache"))
    try:
        from PySide6.QtCore import QSettings, QStandardPaths
    except ImportError:  # pragma: no cover - Qt is a declared dependency
        return
    # Not QStandardPaths' test mode: it ignores the XDG variables and shares one
    # ~/.qttest folder between every test and every run (a chat history left by one
    # run showed up in another that happened to pick the same port).
    QStandardPaths.setTestModeEnabled(False)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(base / "settings"))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(base / "settings"))


@pytest.fixture(autouse=True)
def _no_leftovers(request: pytest.FixtureRequest):
    """Fail a test that leaves a worker thread, a Python thread or a window behind."""
    threads_before = set(threading.enumerate())
    yield
    problems: list[str] = []
    try:
        from app.workers import live_workers
    except ImportError:  # pragma: no cover
        live_workers = list  # type: ignore[assignment]
    for worker in live_workers():
        problems.append(f"worker thread of {worker.engine.name} still running")
        worker.stop(2000)
    for thread in set(threading.enumerate()) - threads_before:
        # QThreads that ran Python code show up as dummy threads; live_workers covers them.
        if thread.is_alive() and not isinstance(thread, threading._DummyThread):
            thread.join(2.0)
            if thread.is_alive():
                problems.append(f"Python thread {thread.name!r} still running")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                problems.append(f"top-level widget {type(widget).__name__} left open")
                widget.close()
    if problems:
        pytest.fail("Test left things running: " + "; ".join(problems), pytrace=False)
