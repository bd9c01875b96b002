"""The app's settings store (QSettings in INI format, in the user's config folder)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app import APP_NAME, ORGANIZATION_NAME


def app_settings() -> QSettings:
    """A QSettings for SocketLab; tests redirect its folder with QSettings.setPath."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION_NAME, APP_NAME
    )
