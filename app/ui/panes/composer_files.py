"""The composer's attachments: the Attach button's tray of uploads, each with progress and a clear
error, and what a reply takes with it when it is sent.

Pure view: the attachments controller uploads (``app/client/attachments.py``) and reports
progress, the result or the refusal here. A reply or note takes the files that are ready
(:meth:`FileTray.take`); one still uploading keeps Send from taking it (it stays in the tray).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.protocol.types import Attachment
from app.ui import attachment_labels
from app.ui.widgets import named, tool_button


class Upload(QFrame):
    removed = Signal(object)

    def __init__(self, name: str, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Upload")
        self.name = name
        self.attachment: Attachment | None = None
        self.state = "uploading"
        self.label = QLabel(f"{name} · {attachment_labels.size_text(size)}")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(maximum=max(size, 1), textVisible=False)
        self.bar.setFixedHeight(6)
        self.note = named(QLabel(self.tr("Uploading…")), "Faint")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        remove = tool_button("×")
        remove.setAccessibleName(self.tr("Remove attachment"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 2)
        row.addWidget(self.bar, 1)
        row.addWidget(self.note, 2)
        row.addWidget(remove)

    def progress(self, received: int, size: int) -> None:
        self.bar.setMaximum(max(size, 1))
        self.bar.setValue(received)
        if received >= size:
            self.note.setText(self.tr("Checking…"))

    def done(self, attachment: Attachment) -> None:
        self.attachment = attachment
        self.bar.hide()
        if attachment.status == "withheld":
            self.state = "withheld"
            self.note.setObjectName("GuardWarning")
            self.note.setText(attachment_labels.withheld(attachment.detail))
        else:
            self.state = "ready"
            self.note.setText(self.tr("Ready"))

    def failed(self, text: str) -> None:
        self.state = "refused"
        self.bar.hide()
        self.note.setObjectName("GuardWarning")
        self.note.setText(text)
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)


class FileTray(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uploads: list[Upload] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.hide()

    def add(self, name: str, size: int) -> Upload:
        upload = Upload(name, size, self)
        upload.removed.connect(self.remove)
        self.uploads.append(upload)
        self._layout.addWidget(upload)
        self.show()
        self.changed.emit()
        return upload

    def remove(self, upload: Any) -> None:
        if upload in self.uploads:
            self.uploads.remove(upload)
            upload.deleteLater()
        self.setVisible(bool(self.uploads))
        self.changed.emit()

    def ready(self) -> list[Attachment]:
        """Files an agent's reply may carry (a withheld image is never sent by an agent)."""
        return [u.attachment for u in self.uploads if u.state == "ready" and u.attachment is not None]

    def take(self) -> list[Attachment]:
        files = self.ready()
        for upload in [u for u in self.uploads if u.state in ("ready", "refused", "withheld")]:
            self.remove(upload)
        return files

    def clear(self) -> None:
        for upload in list(self.uploads):
            self.remove(upload)
