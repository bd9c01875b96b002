"""Start the window: `socketlab`, `socketlab-gui` and `python -m app` end up here."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app import APP_NAME, ORGANIZATION_NAME, __version__


class _ExitAfterPaint(QObject):
    """Quits the application once the window has painted (start-up bench, bundle test)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            print("painted", flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


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


def run_window(argv: Sequence[str] | None = None, *, exit_after_paint: bool = False) -> int:
    """Open the main window and run the event loop; returns the exit code."""
    from app.ui.main_window import MainWindow, app_icon
    from app.ui.qtlog import install_qt_message_handler

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    install_qt_message_handler()
    app = create_application(argv if argv is not None else sys.argv)
    app.setWindowIcon(app_icon())
    app.aboutToQuit.connect(_stop_workers_if_any)
    window = MainWindow()
    if exit_after_paint:
        window.installEventFilter(_ExitAfterPaint(app))
    window.show()
    return app.exec()


def main() -> int:
    """Entry point of the `socketlab-gui` script (no console window on Windows)."""
    from app.cli import main as cli_main

    return cli_main()
