"""Attachments in one conversation pane: previews in the thread, the image viewer, saving a file,
uploading files for a reply or note, playing a screen recording.

Every step runs through the async bridge: downloads and uploads are awaited protocol calls,
reading and writing files and decoding images happen in threads (``asyncio.to_thread``; the
viewer's image is decoded scaled down when it is very large, ``image_decode.py``), so the Qt loop
only ever paints. What the desk opened is kept sealed in its cache
(``app/client/attachments.py`` → ``Store.keep_file``): a preview or an image opened again, also
offline, costs no download.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import QFileDialog

from app.client import RequestFailed
from app.client import attachments as files
from app.protocol.attachments import Variant
from app.protocol.types import Attachment, CannedReply
from app.store import AttachmentView
from app.ui import attachment_labels
from app.ui.desk import Desk
from app.ui.dialogs.image_viewer import ImageViewer
from app.ui.dialogs.video_player import VideoPlayer
from app.ui.image_decode import image_for_view
from app.ui.panes.composer_files import Upload
from app.ui.panes.conversation_pane import ConversationPane


def _png(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stub wants bytes; PySide6 takes only str
    return bytes(buffer.data().data())


def _decode(data: bytes) -> QImage:
    image = QImage()
    image.loadFromData(data)
    return image


class AttachmentsController(QObject):
    def __init__(self, desk: Desk, pane: ConversationPane) -> None:
        super().__init__(pane)
        self.desk = desk
        self.pane = pane
        self._loading: set[int] = set()
        self.viewers: list[ImageViewer] = []
        self.players: list[VideoPlayer] = []
        model = pane.thread_model
        model.modelReset.connect(self.load_previews)
        model.rowsInserted.connect(self.load_previews)
        model.dataChanged.connect(self.load_previews)
        pane.thread_view.file_opened.connect(self.open_file)
        pane.thread_view.file_save_requested.connect(self.save_file)
        pane.composer.attach_requested.connect(self.choose_files)
        pane.composer.files_dropped.connect(self.upload_paths)
        pane.composer.image_pasted.connect(self.upload_image)

    # --- previews in the thread -----------------------------------------------------------------
    def load_previews(self, *_args: object) -> None:
        model = self.pane.thread_model
        for item in model.items():
            for f in item.files:
                if f.id is None or not (f.readable and f.thumbnail):
                    continue
                if f.id in model.thumbs or f.id in self._loading:
                    continue
                self._loading.add(f.id)
                self.desk.bridge.run(
                    self._image(f.id, "thumbnail"), done=partial(self._preview, f.id),
                    error=partial(self._preview_failed, f.id), guard=self.pane, name="preview",
                )

    async def _image(self, attachment_id: int, variant: Variant) -> QImage:
        data = await files.read(self.desk.session, self.desk.store, attachment_id, variant)
        return await asyncio.to_thread(_decode, data)

    def _preview(self, attachment_id: int, image: QImage) -> None:
        self._loading.discard(attachment_id)
        if not image.isNull():
            self.pane.thread_model.set_thumbnail(attachment_id, image)

    def _preview_failed(self, attachment_id: int, _exc: BaseException) -> None:
        self._loading.discard(attachment_id)  # a later refresh may try again

    # --- opening and saving ---------------------------------------------------------------------
    def open_file(self, f: Any) -> None:
        if not isinstance(f, AttachmentView) or f.id is None or not f.readable:
            return
        if f.is_video:
            self.play(f)
            return
        if not f.is_image:
            self.save_file(f)
            return
        viewer = ImageViewer(f.filename, attachment_labels.caveat(f), self.pane.window())
        self.viewers = [v for v in self.viewers if v.isVisible()] + [viewer]
        viewer.save_requested.connect(lambda: self.save_file(f))
        viewer.show()
        fid = f.id

        async def read() -> bytes:
            return await files.read(self.desk.session, self.desk.store, fid, "file")

        self.desk.bridge.run(
            image_for_view(read), done=viewer.show_image,
            error=lambda exc: viewer.show_error(attachment_labels.open_failed(str(exc))),
            guard=viewer, name="attachment.open",
        )

    def play(self, f: AttachmentView) -> None:
        """A screen recording in the player, from the sealed cache or downloaded and kept there."""
        assert f.id is not None
        player = VideoPlayer(f.filename, attachment_labels.caveat(f), self.pane.window())
        self.players = [p for p in self.players if p.isVisible()] + [player]
        player.save_requested.connect(lambda: self.save_file(f))
        player.open_external_requested.connect(lambda: self.open_external(f, player))
        player.show()
        self.desk.bridge.run(
            files.read(self.desk.session, self.desk.store, f.id, "file"), done=player.load,
            error=lambda exc: player.show_error(attachment_labels.open_failed(str(exc))),
            guard=player, name="attachment.play",
        )

    def open_external(self, f: AttachmentView, player: VideoPlayer) -> None:
        """Where the desk cannot play it: a copy for the system's player, in a private temporary
        folder (``mkdtemp``: the user's alone) removed when the player window closes."""
        assert f.id is not None
        fid = f.id
        folder = Path(tempfile.mkdtemp(prefix="agentdesk-recording-"))
        player.destroyed.connect(lambda *_: shutil.rmtree(folder, ignore_errors=True))
        target = folder / (Path(f.filename).name or "recording")

        async def write() -> Path:
            data = await files.read(self.desk.session, self.desk.store, fid, "file")
            await asyncio.to_thread(target.write_bytes, data)
            return target

        def hand_over(path: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.desk.bridge.run(
            write(), done=hand_over,
            error=lambda exc: player.show_error(attachment_labels.open_failed(str(exc))),
            guard=player, name="attachment.external",
        )

    def save_file(self, f: Any) -> None:
        if not isinstance(f, AttachmentView) or f.id is None or not f.readable:
            return
        dialog = QFileDialog(self.pane.window(), self.tr("Save attachment"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(f.filename)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.save_to(f, Path(path)))
        dialog.open()  # not exec(): the loop keeps running

    def save_to(self, f: AttachmentView, path: Path) -> None:
        assert f.id is not None
        fid = f.id

        async def save() -> None:
            data = await files.read(self.desk.session, self.desk.store, fid, "file")
            await asyncio.to_thread(path.write_bytes, data)

        self.desk.bridge.run(
            save(), error=lambda exc: self.pane.show_error(attachment_labels.open_failed(str(exc))),
            guard=self.pane, name="attachment.save",
        )

    # --- uploads for a reply or note ------------------------------------------------------------
    def choose_files(self) -> None:
        dialog = QFileDialog(self.pane.window(), self.tr("Attach files"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(self.upload_paths)
        dialog.open()

    def upload_paths(self, paths: list[str]) -> None:
        for raw in paths:
            path = Path(raw)
            try:
                size = path.stat().st_size
            except OSError:
                continue
            upload = self.pane.composer.files.add(path.name, size)
            self.desk.bridge.run(
                files.upload_path(self.desk.session, path, progress=upload.progress),
                done=upload.done, error=partial(self._refused, upload),
                guard=upload, name="attachment.upload",
            )

    def upload_image(self, image: QImage) -> None:
        """A pasted screenshot: encoded as PNG in a thread, then uploaded like a file."""
        upload = self.pane.composer.files.add("screenshot.png", image.sizeInBytes())

        async def run() -> Attachment:
            data = await asyncio.to_thread(_png, image)
            session = self.desk.session
            return await files.upload_bytes(session, data, "screenshot.png", progress=upload.progress)

        self.desk.bridge.run(run(), done=upload.done, error=lambda exc: self._refused(upload, exc),
                             guard=upload, name="attachment.paste")

    def attach_canned(self, reply: object) -> None:
        """A canned reply that carries files was inserted: its files join the tray, ready to go
        with the reply (the server copies them for this agent: nothing is uploaded again)."""
        if not isinstance(reply, CannedReply) or not reply.attachments:
            return
        rows = [self.pane.composer.files.add(a.filename, a.size) for a in reply.attachments]

        def copied(attachments: list[Attachment]) -> None:
            for row, attachment in zip(rows, attachments, strict=False):
                row.done(attachment)
            for row in rows[len(attachments) :]:  # taken off the reply meanwhile
                row.failed(attachment_labels.canned_file_gone())

        def failed(exc: BaseException) -> None:
            for row in rows:
                self._refused(row, exc)

        self.desk.bridge.run(
            files.from_canned(self.desk.session, reply.id), done=copied, error=failed,
            guard=self.pane, name="attachment.from_canned",
        )

    @staticmethod
    def _refused(upload: Upload, exc: BaseException) -> None:
        if isinstance(exc, RequestFailed):
            upload.failed(attachment_labels.refused(exc.code, exc.message))
        else:
            upload.failed(attachment_labels.refused("", str(exc) or type(exc).__name__))
