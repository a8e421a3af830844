"""A supervisor's files on canned replies, from the canned picker: choose a file, upload it, make it
the reply's (``canned.file.add``), or take one off (``canned.file.remove``).

The server decides (the file checks, its own image guard, the canned rule that an image must be
read and found safe, at most five files); the desk only forwards and shows the reply's files as the
server answers them. The answer also goes into the desk's list of canned replies and its cache, so
every picker opened afterwards — offline too — shows which replies carry a file. Everything runs
through the async bridge: reading the file and the upload never hold the Qt loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import msgspec
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog

from app.client import RequestFailed
from app.client import attachments as files
from app.protocol.types import Attachment, CannedReply
from app.ui import attachment_labels
from app.ui.desk import Desk
from app.ui.dialogs.canned_picker import CannedPicker


def with_files(
    replies: Sequence[CannedReply], canned_id: int, attachments: Sequence[Attachment]
) -> list[CannedReply]:
    """``replies`` with the reply ``canned_id`` carrying ``attachments``."""
    return [
        msgspec.structs.replace(r, attachments=list(attachments)) if r.id == canned_id else r for r in replies
    ]


class CannedFilesController(QObject):
    def __init__(self, desk: Desk, picker: CannedPicker) -> None:
        super().__init__(picker)
        self.desk = desk
        self.picker = picker
        picker.attach_file_requested.connect(self.choose)
        picker.remove_file_requested.connect(self.remove)

    def choose(self, reply: object) -> None:
        if not isinstance(reply, CannedReply):
            return
        dialog = QFileDialog(self.picker, self.tr("Attach a file to the canned reply"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.attach(reply, Path(path)))
        dialog.open()  # not exec(): the loop keeps running

    def attach(self, reply: CannedReply, path: Path) -> None:
        self.picker.show_file_status(attachment_labels.canned_file_uploading(path.name))
        self.desk.bridge.run(
            files.add_canned_file(self.desk.session, reply.id, path),
            done=lambda attachments: self._changed(
                reply.id, attachments, attachment_labels.canned_file_added(path.name)
            ),
            error=self._failed,
            guard=self.picker,
            name="canned.file.add",
        )

    def remove(self, reply: object, attachment: object) -> None:
        if (
            not isinstance(reply, CannedReply)
            or not isinstance(attachment, Attachment)
            or attachment.id is None
        ):
            return
        done = attachment_labels.canned_file_removed(attachment.filename)
        self.desk.bridge.run(
            files.remove_canned_file(self.desk.session, reply.id, attachment.id),
            done=lambda attachments: self._changed(reply.id, attachments, done),
            error=self._failed,
            guard=self.picker,
            name="canned.file.remove",
        )

    def _changed(self, canned_id: int, attachments: list[Attachment], status: str) -> None:
        self.picker.set_files(canned_id, attachments)
        self.picker.show_file_status(status)
        self.desk.canned = with_files(self.desk.canned, canned_id, attachments)
        self.desk.canned_changed.emit()
        self.desk.bridge.run(self.desk.store.put_canned_replies(self.desk.canned), name="canned.cache")

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, RequestFailed):
            self.picker.show_file_status(attachment_labels.refused(exc.code, exc.message))
        else:
            self.picker.show_file_status(attachment_labels.refused("", str(exc) or type(exc).__name__))
