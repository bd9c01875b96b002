"""Start the window: `socketlab` (and `socketlab-gui`, `python -m app`) with no command.

The entry point of every script is `app.cli.main`; it imports this module only when the
window is asked for, and this module never imports `app.cli`.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from app import APP_NAME, ORGANIZATION_NAME, __version__

if TYPE_CHECKING:
    from app.instance_lock import InstanceLock

log = logging.getLogger("socketlab")


class _AfterFirstPaint(QObject):
    """Runs callbacks once the window has painted: work kept off the start-up path.

    With `report`, prints "painted" the moment the first paint event arrives and quits
    (`--exit-after-paint`: the start-up bench and the bundle test wait for that line).
    """

    def __init__(self, app: QApplication, *, report: bool = False) -> None:
        super().__init__(app)
        self._callbacks: list[Callable[[], object]] = []
        self._report = report
        self._done = False

    def add(self, callback: Callable[[], object]) -> None:
        """Run `callback` (in order) from the event loop after the first paint."""
        self._callbacks.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            if self._report:
                print("painted", flush=True)
            QTimer.singleShot(0, self._run)
        return False

    @Slot()
    def _run(self) -> None:
        for callback in self._callbacks:
            callback()
        if self._report:
            QApplication.quit()


def _log_level() -> int:
    """INFO, or $SOCKETLAB_LOG_LEVEL (e.g. DEBUG) when it names a level."""
    level = logging.getLevelName(os.environ.get("SOCKETLAB_LOG_LEVEL", "INFO").upper())
    return level if isinstance(level, int) else logging.INFO


def _stop_workers_if_any() -> None:
    workers = sys.modules.get("app.workers.engine_worker")
    if workers is not None:
        workers.stop_all_workers()


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with SocketLab's names set (QSettings and QStandardPaths use them)."""
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("socketlab")
    return app


def take_first_window_role(lock: InstanceLock | None) -> bool:
    """Claim the single-window lock; True for the first window (or when there is no lock
    to check). A second window (another holds the lock: it was started with
    --new-instance, or the first did not answer) leaves the remembered per-window
    fields, a chat port or a nickname, to the first (settings.owns_window_state)."""
    from app.ui.settings import set_owns_window_state

    first = lock is None or lock.claim()
    set_owns_window_state(first)
    return first


def run_window(
    argv: Sequence[str] | None = None,
    *,
    exit_after_paint: bool = False,
    new_instance: bool = False,
) -> int:
    """Open the main window and run the event loop; returns the exit code.

    If SocketLab already runs for this user, asks it to show its window and returns 0
    instead, unless `new_instance`. `exit_after_paint` (bench, bundle test) never defers
    to another instance, but still claims the first-instance role when it is free, so
    the start-up bench measures that cost too.
    """
    from app.translations import SYSTEM
    from app.ui import preferences
    from app.ui.main_window import MainWindow, app_icon
    from app.ui.qtlog import install_qt_message_handler
    from app.ui.settings import app_settings

    logging.basicConfig(level=_log_level(), format="%(levelname)s %(name)s: %(message)s")
    install_qt_message_handler()
    app = create_application(argv if argv is not None else sys.argv)
    settings = app_settings()

    lock = None
    from app.instance_lock import InstanceLock, instance_key

    try:
        lock = InstanceLock(instance_key(settings.fileName()))
    except OSError as exc:
        log.warning("no single-window check: %s", exc)
        lock = None
    if not take_first_window_role(lock):
        assert lock is not None
        if not exit_after_paint and not new_instance:
            from app.ui.single_instance import ask_running_instance_to_show

            if ask_running_instance_to_show(lock.server_name):
                print(f"{APP_NAME} is already running: its window was brought to the front.")
                return 0
            log.warning("%s is running but did not answer: opening another window", APP_NAME)
        lock = None

    language = preferences.resolve_language(preferences.language_choice(settings))
    from app.ui import i18n  # English too: the plural forms of socketlab_en.ts

    i18n.install_translators(app, language)
    theme_choice = preferences.theme_choice(settings)
    if theme_choice != SYSTEM:
        from app.ui import theme

        theme.apply_theme(theme_choice)
    app.setWindowIcon(app_icon())
    app.aboutToQuit.connect(_stop_workers_if_any)
    window = MainWindow()
    after_paint = _AfterFirstPaint(app, report=exit_after_paint)
    if lock is not None:
        held_lock = lock

        def serve_show_requests() -> None:
            # Imported after the first paint: QtNetwork costs ~8 ms to load.
            from app.ui.single_instance import InstanceServer

            server = InstanceServer(held_lock, app)
            server.activation_requested.connect(window.bring_to_front)
            app.aboutToQuit.connect(server.close)
            server.listen()

        after_paint.add(serve_show_requests)
    window.installEventFilter(after_paint)
    window.show()
    return app.exec()
