"""One conversation: header with actions, the collision banner, the thread (with the line about
earlier messages above it) and the composer.

Pure view: it owns no core objects. :class:`app.ui.conversation_controller.ConversationController`
fills it and turns its signals into core calls, so the same pane works in the main window and
in a popped-out window.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QStackedWidget, QVBoxLayout, QWidget

from app.ui import resources, theme
from app.ui.delegates.thread_delegate import ThreadDelegate
from app.ui.item_models.thread_model import ThreadModel
from app.ui.panes.composer import Composer
from app.ui.panes.conversation_header import ConversationHeader
from app.ui.panes.thread_history_bar import ThreadHistoryBar
from app.ui.panes.thread_view import ThreadView
from app.ui.widgets import plain_label


class ConversationPane(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConversationPane")
        self.setMinimumWidth(380)
        self.thread_model = ThreadModel(self)
        self.header = ConversationHeader()
        self.setAccessibleName(self.tr("Conversation"))
        self.collision = plain_label("", "CollisionBanner", wrap=True)
        self.collision.hide()
        self.error = plain_label("", "ErrorBanner", wrap=True)
        self.error.hide()
        self.history = ThreadHistoryBar()
        self.thread_view = ThreadView(self.thread_model)
        self.composer = Composer()
        self.placeholder = plain_label(self.tr("Select a conversation from the inbox."), "Muted")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.collision)
        layout.addWidget(self.error)
        layout.addWidget(self.history)
        layout.addWidget(self.thread_view, 1)
        layout.addWidget(self.composer)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(body)
        self._body = body
        self._layout = layout
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def add_strip(self, widget: QWidget) -> None:
        """A strip under the header (the identity strip: ``app/ui/identity_desk.py``)."""
        self._layout.insertWidget(1, widget)

    def show_placeholder(self) -> None:
        self.stack.setCurrentWidget(self.placeholder)

    def show_body(self) -> None:
        self.stack.setCurrentWidget(self._body)

    def set_collision(self, viewing: Iterable[str], typing: Iterable[str]) -> None:
        """Who else is here: ``viewing`` and ``typing`` are display names of other agents."""
        typing = sorted(set(typing))
        viewing = sorted(set(viewing) - set(typing))
        parts = []
        if typing:
            parts.append(
                self.tr("%1 is typing a reply").replace("%1", ", ".join(typing))
                if len(typing) == 1
                else self.tr("%1 are typing replies").replace("%1", ", ".join(typing))
            )
        if viewing:
            parts.append(
                self.tr("%1 is viewing").replace("%1", ", ".join(viewing))
                if len(viewing) == 1
                else self.tr("%1 are viewing").replace("%1", ", ".join(viewing))
            )
        if parts:
            self.collision.setText("⚠ " + " · ".join(parts) + " — " + self.tr("check before you answer"))
        self.collision.setVisible(bool(parts))

    def retint(self) -> None:
        """The theme changed: tinted icons and painted bubbles in its colours."""
        self.header.popout.setIcon(resources.tinted_icon("popout", theme.color("muted")))
        delegate = self.thread_view.itemDelegate()
        if isinstance(delegate, ThreadDelegate):
            delegate.clear_cache()
        self.thread_view.viewport().update()

    def set_search(self, text: str) -> None:
        """Highlight the inbox search's matches in the thread."""
        delegate = self.thread_view.itemDelegate()
        if isinstance(delegate, ThreadDelegate) and delegate.search != text:
            delegate.search = text
            self.thread_view.viewport().update()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
