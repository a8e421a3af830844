"""Help → About: the name, version and organisation, all from ``app/__init__.py``.

Support staff ask agents "which version are you on?"; this box, the window title,
``agentdesk --version`` and the package metadata all read the same ``app.__version__``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app import APP_NAME, ORG_NAME, __version__


def about_text() -> str:
    return (
        QCoreApplication.translate("About", "%1 %2\nThe support desk of a crypto exchange.\n© %3")
        .replace("%1", APP_NAME)
        .replace("%2", __version__)
        .replace("%3", ORG_NAME)
    )


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("About", "About %1").replace("%1", APP_NAME),
        about_text(),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("AboutBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
