"""The canned-reply picker that ``/`` opens in the composer.

Type to filter by shortcut, title or body; the customer's language is preselected; the preview
shows the reply with its variables already filled. Enter inserts the reply at the composer's
cursor (several can be combined) where the agent can still edit it. Filtering and filling are
core rules (:mod:`app.policies.canned_render`); this widget only lists and forwards.

For a supervisor (``manage_files``) it also offers *Attach file…* and *Remove file* for the
selected reply: it only forwards the gesture (``canned_files_controller`` uploads and asks the
server, whose rules decide) and shows the reply's files as the server answers them.
"""

from __future__ import annotations

from collections.abc import Sequence

import msgspec
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.policies.canned_render import CannedValues, choose_locale, filter_replies, offered, render
from app.protocol.types import Attachment, CannedReply
from app.ui import attachment_labels
from app.ui.widgets import clearable, named, plain_tooltip, tool_button

_REPLY_ROLE = Qt.ItemDataRole.UserRole + 1


class CannedPicker(QDialog):
    """Emits :attr:`picked` with the rendered body, then closes."""

    picked = Signal(str)
    picked_reply = Signal(object)  # the CannedReply inserted (its files go with it)
    attach_file_requested = Signal(object)  # a supervisor: add a file to this CannedReply
    remove_file_requested = Signal(object, object)  # a supervisor: take this Attachment off this reply

    def __init__(
        self,
        replies: Sequence[CannedReply],
        values: CannedValues,
        initial_filter: str = "",
        parent: QWidget | None = None,
        *,
        manage_files: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CannedPicker")
        self.setWindowTitle(self.tr("Canned replies"))
        base = max(13, self.font().pixelSize())
        self.resize(base * 62, base * 36)  # titles are read whole, not cut by a narrow list
        self._replies = offered(replies, values.vip_tier)  # a VIP intro only for VIP clients
        self._values = values
        self._locale = "zh-CN" if (values.customer_language or "").startswith("zh") else "en"

        self.filter = QLineEdit(initial_filter, placeholderText=self.tr("Filter by shortcut, title or text"))
        clearable(self.filter)
        self.filter.setAccessibleName(self.tr("Filter canned replies"))
        self.filter.installEventFilter(self)
        self.en_button = tool_button("English", checkable=True)
        self.zh_button = tool_button("中文", checkable=True)
        self.en_button.setAccessibleName(self.tr("Insert the English version"))
        self.zh_button.setAccessibleName(self.tr("Insert the Chinese version"))
        group = QButtonGroup(self)
        group.setExclusive(True)
        for button in (self.en_button, self.zh_button):
            group.addButton(button)
        (self.zh_button if self._locale == "zh-CN" else self.en_button).setChecked(True)
        self.en_button.setToolTip(self.tr("Insert the English version"))
        self.zh_button.setToolTip(self.tr("Insert the Chinese version"))
        self.en_button.clicked.connect(lambda: self._set_locale("en"))
        self.zh_button.clicked.connect(lambda: self._set_locale("zh-CN"))

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Canned replies"))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview = QPlainTextEdit(readOnly=True)
        self.preview.setObjectName("CannedPreview")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.hint = named(QLabel(self.tr("Enter inserts at the cursor · Esc closes")), "Faint")
        self.empty = named(QLabel(self.tr("No canned reply matches.")), "Muted")
        self.empty.hide()

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.en_button)
        top.addWidget(self.zh_button)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addLayout(body, 1)
        layout.addWidget(self.hint)
        self.attach_button: QPushButton | None = None
        self.remove_button: QToolButton | None = None
        self.file_status = named(QLabel(), "Muted")
        self.file_status.setWordWrap(True)
        self.file_status.hide()
        if manage_files:
            layout.addLayout(self._file_row())

        self.filter.textChanged.connect(self._refilter)
        self.list.currentItemChanged.connect(self._show_preview)
        self.list.itemActivated.connect(lambda _item: self.insert_current())
        self._refilter()
        self.filter.setFocus()

    def _file_row(self) -> QHBoxLayout:
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.setToolTip(self.tr("Add a file (a help-centre PDF) that goes with this reply"))
        self.attach_button.clicked.connect(self._ask_attach)
        self.remove_button = tool_button(self.tr("Remove file"))
        self.remove_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.remove_button.setMenu(QMenu(self.remove_button))
        row = QHBoxLayout()
        row.addWidget(self.attach_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.file_status, 1)
        self._update_file_buttons()
        return row

    # --- a supervisor's files -------------------------------------------------------------------
    def _ask_attach(self) -> None:
        reply = self.current_reply()
        if reply is not None:
            self.attach_file_requested.emit(reply)

    def _update_file_buttons(self) -> None:
        if self.attach_button is None or self.remove_button is None:
            return
        reply = self.current_reply()
        self.attach_button.setEnabled(reply is not None)
        menu = self.remove_button.menu()
        menu.clear()
        for attachment in reply.attachments if reply is not None else []:
            action = menu.addAction(attachment.filename)
            action.triggered.connect(
                lambda _checked=False, r=reply, a=attachment: self.remove_file_requested.emit(r, a)
            )
        self.remove_button.setEnabled(bool(menu.actions()))

    def set_files(self, canned_id: int, attachments: Sequence[Attachment]) -> None:
        """The reply's files as the server now has them (after an add or a remove)."""
        self._replies = [
            msgspec.structs.replace(r, attachments=list(attachments)) if r.id == canned_id else r
            for r in self._replies
        ]
        self._refilter()

    def show_file_status(self, text: str) -> None:
        self.file_status.setText(text)
        self.file_status.setVisible(bool(text))

    # --- behaviour ------------------------------------------------------------------------------
    def _set_locale(self, locale: str) -> None:
        self._locale = locale
        self._refilter()

    def _title(self, reply: CannedReply) -> str:
        locale = choose_locale(reply, self._locale)
        return reply.titles.get(locale) or reply.key

    def _refilter(self) -> None:
        current = self.current_reply()
        self.list.clear()
        for reply in filter_replies(self._replies, self.filter.text()):
            title = self._title(reply)
            files = f" · {attachment_labels.canned_files(reply.attachments)}" if reply.attachments else ""
            item = QListWidgetItem(f"{title}\n/{reply.shortcut}{files}")
            item.setToolTip(plain_tooltip(title))
            item.setData(_REPLY_ROLE, reply.id)
            self.list.addItem(item)
        self.empty.setVisible(self.list.count() == 0)
        row = 0
        if current is not None:
            for i in range(self.list.count()):
                if self.list.item(i).data(_REPLY_ROLE) == current.id:
                    row = i
        if self.list.count():
            self.list.setCurrentRow(row)
        else:
            self.preview.clear()
            self._update_file_buttons()

    def current_reply(self) -> CannedReply | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        if item is None:
            return None
        reply_id = item.data(_REPLY_ROLE)
        return next((r for r in self._replies if r.id == reply_id), None)

    def rendered_current(self) -> str | None:
        reply = self.current_reply()
        return render(reply, self._values, self._locale).body if reply else None

    def _show_preview(self, *_args: object) -> None:
        text = self.rendered_current() or ""
        reply = self.current_reply()
        if reply is not None and reply.attachments:
            text += "\n\n" + attachment_labels.canned_files(reply.attachments)
        self.preview.setPlainText(text)
        self._update_file_buttons()

    def insert_current(self) -> None:
        text = self.rendered_current()
        if text is None:
            return
        self.picked.emit(text)
        self.picked_reply.emit(self.current_reply())
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys and Enter in the filter drive the list, so typing never leaves the keyboard."""
        if watched is self.filter and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                steps: dict[int, int] = {
                    Qt.Key.Key_Down: 1,
                    Qt.Key.Key_Up: -1,
                    Qt.Key.Key_PageDown: 8,
                    Qt.Key.Key_PageUp: -8,
                }
                step = steps[key]
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.insert_current()
                return True
        return super().eventFilter(watched, event)
