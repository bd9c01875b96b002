"""Route Qt's own messages (qWarning and friends) into Python logging."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

qt_log = logging.getLogger("socketlab.qt")


def _handle(msg_type: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(msg_type, logging.WARNING)
    qt_log.log(level, "%s", message)


def install_qt_message_handler() -> None:
    """Send Qt's messages to the `socketlab.qt` logger instead of stderr."""
    qInstallMessageHandler(_handle)
