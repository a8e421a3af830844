"""The reply box: Enter sends, Shift+Enter breaks the line, ``/`` opens canned replies.

The composer forwards gestures — send, typing started/stopped, draft changed, canned picker
wanted — and the conversation pane hands them to the core. Drafts are reported after a short
pause in typing so the store writes them without the agent noticing; typing signals go out once
when typing starts and once when it stops (a few seconds of quiet, a send, or leaving).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.policies.reply_check import ReplyReview, Verdict, review_reply
from app.ui import commands, labels
from app.ui.panes.composer_files import FileTray
from app.ui.widgets import named, tool_button

DRAFT_DELAY_MS = 500
GUARD_DELAY_MS = 300
TYPING_IDLE_MS = 4000


class ComposerEdit(QPlainTextEdit):
    """Keys: Enter → send, Shift+Enter → newline, ``/`` at a word start → canned picker."""

    send_pressed = Signal()
    send_anyway_pressed = Signal()  # Ctrl+Shift+Enter: "Send anyway" on a reply held for review
    slash_pressed = Signal()
    image_pasted = Signal(QImage)  # a screenshot pasted from the clipboard: attached, not inserted
    files_pasted = Signal(list)  # files copied in a file manager and pasted: attached

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        paths = [u.toLocalFile() for u in source.urls() if u.isLocalFile()] if source.hasUrls() else []
        if paths:
            self.files_pasted.emit(paths)
        elif source.hasImage():
            image = QImage(source.imageData())
            if not image.isNull():
                self.image_pasted.emit(image)
        else:
            super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            if mods & ctrl_shift == ctrl_shift:
                self.send_anyway_pressed.emit()
                return
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
                return
            if not mods & ~Qt.KeyboardModifier.KeypadModifier:
                self.send_pressed.emit()
                return
        if event.text() == "/" and self._at_word_start():
            self.slash_pressed.emit()
            return
        super().keyPressEvent(event)

    def _at_word_start(self) -> bool:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        block = cursor.block().text()
        column = cursor.positionInBlock()
        return column == 0 or block[column - 1].isspace()


class Composer(QFrame):
    send_requested = Signal(str, bool)  # body, internal (the files: Composer.files.take())
    send_anyway_requested = Signal(str)  # a held reply the agent confirmed (the files: files.ready())
    canned_requested = Signal()
    attach_requested = Signal()  # the Attach button: choose files
    files_dropped = Signal(list)  # paths dropped on (or pasted into) the composer
    image_pasted = Signal(QImage)  # a screenshot pasted into the reply box
    draft_changed = Signal(object, str)  # conversation id, text
    typing_changed = Signal(object, bool, bool)  # conversation id, active, internal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Composer")
        self.conversation_id: int | None = None
        #: the official domains the server named (links are checked against them, as it will)
        self.official_domains: Callable[[], tuple[str, ...] | None] = lambda: None
        #: the block explorers the server named (None: the guard's defaults), the same way
        self.explorer_domains: Callable[[], tuple[str, ...] | None] = lambda: None
        #: the official support handles the server named (a reply may point to them), the same way
        self.official_handles: Callable[[], tuple[str, ...]] = lambda: ()
        self._typing = False
        self._loading = False
        self.review = ReplyReview("")  # the guard's reading of the text as it is now
        self._confirming: str | None = None  # the held text on its way with confirm_held

        self.edit = named(ComposerEdit(), "ComposerEdit")
        self.edit.setAccessibleName(self.tr("Reply"))
        self.edit.setTabChangesFocus(True)
        self._fit_height()
        self.internal = named(tool_button(self.tr("Internal note"), checkable=True), "InternalToggle")
        self.internal.setToolTip(
            self.tr("Write a note only agents can see (%1)").replace("%1", commands.native("Ctrl+Shift+I"))
        )
        self.attach = named(tool_button(self.tr("Attach file…")), "AttachButton")
        self.attach.setToolTip(self.tr("Attach a screenshot, PDF or text file to the reply or note"))
        self.files = FileTray()
        self.setAcceptDrops(True)
        self.canned = tool_button(self.tr("Canned replies"))
        self.canned.setToolTip(self.tr("Insert a vetted answer (type / in the reply)"))
        self.hint = named(
            QLabel(self.tr("Enter to send · Shift+Enter for a new line · / for canned replies")), "Faint"
        )
        self.hint.setWordWrap(True)  # never cut off at a narrow width or a large text size
        # Why the safety guard refuses this reply, shown while writing and blocking Send.
        self.guard_warning = named(QLabel(), "GuardWarning")
        self.guard_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.guard_warning.setWordWrap(True)
        self.guard_warning.hide()
        # A held reply (not refused): the agent may read the reason and send it anyway, once.
        self.send_anyway = named(QPushButton(self.tr("Send anyway")), "SendAnyway")
        self.send_anyway.setAccessibleName(self.tr("Send this held reply anyway"))
        self.send_anyway.setAutoDefault(False)
        self.send_anyway.setToolTip(
            self.tr("I have read why the guard held this reply and send it as written (%1)").replace(
                "%1", commands.native("Ctrl+Shift+Return")
            )
        )
        self.send_anyway_note = named(
            QLabel(
                self.tr(
                    "Send anyway sends exactly this text once; the server records that you confirmed it. "
                    "Any other reply is checked again."
                )
            ),
            "Faint",
        )
        self.send_anyway_note.setWordWrap(True)
        self.hold_row = named(QWidget(), "HoldRow")
        hold = QHBoxLayout(self.hold_row)
        hold.setContentsMargins(0, 0, 0, 0)
        hold.addWidget(self.send_anyway_note, 1)
        hold.addWidget(self.send_anyway)
        self.hold_row.hide()
        self.send = named(QPushButton(self.tr("Send")), "Primary")
        self.send.setDefault(False)
        self.send.setAutoDefault(False)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.internal)
        top.addWidget(self.canned)
        top.addWidget(self.attach)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.files)
        layout.addWidget(self.edit)
        layout.addWidget(self.guard_warning)
        layout.addWidget(self.hold_row)
        layout.addLayout(bottom)

        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._emit_draft)
        self._typing_timer = QTimer(self, singleShot=True, interval=TYPING_IDLE_MS)
        self._typing_timer.timeout.connect(lambda: self._set_typing(False))
        self._guard_timer = QTimer(self, singleShot=True, interval=GUARD_DELAY_MS)
        self._guard_timer.timeout.connect(self._check_guard)
        self.edit.send_pressed.connect(self.submit)
        self.edit.send_anyway_pressed.connect(self.confirm_held)
        self.send_anyway.clicked.connect(self.confirm_held)
        self.edit.image_pasted.connect(self.image_pasted)
        self.edit.files_pasted.connect(self.files_dropped)
        self.edit.slash_pressed.connect(self.canned_requested)
        self.edit.textChanged.connect(self._text_changed)
        self.send.clicked.connect(self.submit)
        self.canned.clicked.connect(self.canned_requested)
        self.attach.clicked.connect(self.attach_requested)
        self.internal.toggled.connect(self._internal_toggled)
        self._internal_toggled(False)
        self.setEnabled(False)

    def _fit_height(self) -> None:
        """Four lines of the current font (a larger text size gets a taller box)."""
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 16)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    # --- state from outside ---------------------------------------------------------------------
    def set_conversation(self, conversation_id: int | None, draft: str = "") -> None:
        """Switch to another conversation: save the old draft now, show the new one."""
        self._flush_draft()
        self._set_typing(False)
        self.conversation_id = conversation_id
        self._loading = True
        self.edit.setPlainText(draft)
        self._loading = False
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
        self.internal.setChecked(False)
        self._confirming = None
        self.files.clear()  # uploads belong to the conversation they were made for
        self._check_guard()
        self.setEnabled(conversation_id is not None)

    def insert_text(self, text: str) -> None:
        """Insert at the cursor (canned replies combine) and keep editing."""
        self.edit.textCursor().insertText(text)
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText()

    # --- gestures -------------------------------------------------------------------------------
    def submit(self) -> None:
        body = self.edit.toPlainText().strip()
        if (not body and not self.files.ready()) or self.conversation_id is None:
            return
        internal = self.internal.isChecked()
        if not self._check_guard():
            return  # the warning says why; nothing leaves the desk
        self.send_requested.emit(body, internal)
        self._clear_sent()

    def confirm_held(self) -> None:
        """The "Send anyway" gesture: the guard holds this text and the agent confirms it. The text stays in
        the box until the server took it (:meth:`held_sent`); a refused or changed text is not
        sent this way, and a second press while it is on its way does nothing."""
        body = self.edit.toPlainText().strip()
        if self.conversation_id is None or self._confirming is not None:
            return
        self._check_guard()
        if not self.review.confirms(body):
            return
        self._confirming = body
        self.send_anyway.setEnabled(False)
        self.send_anyway_requested.emit(body)

    def held_sent(self, conversation_id: int, body: str) -> None:
        """The server sent the confirmed reply: clear the box if it still holds that text."""
        if conversation_id != self.conversation_id or self._confirming != body:
            return
        self._confirming = None
        if self.edit.toPlainText().strip() == body:
            self._clear_sent()
        self._check_guard()

    def held_failed(self, conversation_id: int) -> None:
        """The confirmed reply did not go (offline, refused): the text is still here to retry."""
        if conversation_id == self.conversation_id:
            self._confirming = None
            self._check_guard()

    def _clear_sent(self) -> None:
        self._loading = True
        self.edit.clear()
        self._loading = False
        self._draft_timer.stop()
        self.draft_changed.emit(self.conversation_id, "")
        self._set_typing(False)
        self._check_guard()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.conversation_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)

    def _text_changed(self) -> None:
        if self._loading or self.conversation_id is None:
            return
        self._draft_timer.start()
        self._guard_timer.start()
        if self.edit.toPlainText():
            self._set_typing(True)
            self._typing_timer.start()
        else:
            self._set_typing(False)

    def _check_guard(self) -> bool:
        """Show what the guard objects to (refused, or held for review with "Send anyway");
        True when the reply may be sent as it is."""
        self._guard_timer.stop()
        review = review_reply(
            self.edit.toPlainText(), internal=self.internal.isChecked(),
            domains=self.official_domains(), explorers=self.explorer_domains(),
            handles=self.official_handles(),
        )
        self.review = review
        verdict = review.verdict
        self.hold_row.setVisible(verdict is Verdict.HOLD)
        self.send_anyway.setEnabled(verdict is Verdict.HOLD and self._confirming is None)
        if verdict is Verdict.SEND:
            self.guard_warning.hide()
            self.send.setEnabled(True)
            return True
        found = review.blocked or review.held
        reasons = dict.fromkeys(labels.guard(v.code, v.detail) for v in found)  # once each, in order
        title = (
            self.tr("The safety guard will not send this reply:")
            if verdict is Verdict.BLOCK
            else self.tr("The safety guard holds this reply for your review:")
        )
        self.guard_warning.setText("\n".join([title, *reasons]))
        self.guard_warning.show()
        self.send.setEnabled(False)
        return False

    def _flush_draft(self) -> None:
        """Save now what the timer would have saved (switching conversation, closing)."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self._emit_draft()

    def _emit_draft(self) -> None:
        if self.conversation_id is not None:
            self.draft_changed.emit(self.conversation_id, self.edit.toPlainText())

    def _set_typing(self, active: bool) -> None:
        if active == self._typing or self.conversation_id is None:
            self._typing = active and self.conversation_id is not None
            return
        self._typing = active
        if not active:
            self._typing_timer.stop()
        self.typing_changed.emit(self.conversation_id, active, self.internal.isChecked())

    def _internal_toggled(self, internal: bool) -> None:
        self.edit.setProperty("internal", "true" if internal else "false")
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
        self.edit.setPlaceholderText(
            self.tr("Internal note — only agents see this") if internal else self.tr("Reply to the customer…")
        )
        self.send.setText(self.tr("Add note") if internal else self.tr("Send"))
        self._check_guard()
