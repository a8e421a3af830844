"""The alert shown while the open conversation's customer has exposed a secret: what is at risk
now and the advice to give (:mod:`app.policies.exposure`), in the header and the customer panel."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from app.policies.exposure import Exposure
from app.ui import labels
from app.ui.widgets import plain_label


class SecurityAlertBanner(QFrame):
    """``compact``: the first piece of advice only (the conversation's header, where room is
    short; the customer panel shows all of it)."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.compact = compact
        self.setObjectName("SecurityAlert")
        self.title = plain_label("", "SecurityAlertTitle", wrap=True)
        self.advice = plain_label("", "SecurityAlertText", wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.advice)
        self.exposure: Exposure | None = None
        self.hide()

    def show_exposure(self, exposure: Exposure | None, now: datetime | None = None) -> None:
        self.exposure = exposure
        if exposure is None:
            self.hide()
            return
        self.title.setText(labels.exposure_title(exposure, now))
        advice = exposure.advice[:1] if self.compact else exposure.advice
        self.advice.setText("\n".join("• " + labels.exposure_advice(code) for code in advice))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.advice.text())
        self.show()

    def text(self) -> str:
        parent = self.parentWidget()
        shown = self.isVisibleTo(parent) if parent is not None else self.isVisible()
        return f"{self.title.text()}\n{self.advice.text()}" if shown else ""
