"""The line above the thread about earlier messages: a "Load earlier messages" button (keyboard
reachable), "Loading…", "Beginning of the conversation" or "Older messages need a connection".

Renders the :class:`~app.core.thread_paging.History` it is given and forwards the click; the
rules (when there is more, when to ask the server) are the core's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from app.core.thread_paging import History
from app.ui.widgets import plain_label


class ThreadHistoryBar(QFrame):
    load_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ThreadHistoryBar")
        self.state: History | None = None
        self.button = QPushButton(self.tr("Load earlier messages"))
        self.button.setObjectName("LoadEarlierButton")
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.setAutoDefault(False)
        self.button.setFlat(True)
        self.button.clicked.connect(self.load_requested)
        self.status = plain_label("", "Muted")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addStretch(1)
        layout.addWidget(self.button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.hide()

    def show_state(self, state: History | None) -> None:
        """``None``: no conversation open (the bar hides)."""
        self.state = state
        if state is None:
            self.hide()
            return
        if state is History.BEGINNING:
            text = self.tr("Beginning of the conversation")
        elif state is History.NEEDS_CONNECTION:
            text = self.tr("Older messages need a connection")
        else:
            text = ""
        # The button stays while a page loads (its text says so), so keyboard focus stays on it.
        if state is History.LOADING:
            self.button.setText(self.tr("Loading earlier messages…"))
        else:
            self.button.setText(self.tr("Load earlier messages"))
        self.button.setVisible(state in (History.MORE, History.LOADING))
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.show()
