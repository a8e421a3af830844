"""Preferences: language, theme, automatic away, notifications and sound.

The dialog edits the core's :class:`~app.core.settings.Settings` value and emits the changed
copy; the shell saves it and applies it at once (a new language rebuilds the window).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.settings import Settings


class SettingsDialog(QDialog):
    applied = Signal(object)  # Settings

    def __init__(self, prefs: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = prefs
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(400)
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh-CN")
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Follow the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.idle = QSpinBox(minimum=0, maximum=24 * 60, suffix=self.tr(" min"))
        self.idle.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)  # type or scroll; calmer than arrows
        self.idle.setSpecialValueText(self.tr("Never"))
        self.notifications = QCheckBox(self.tr("Show desktop notifications"))
        self.sound = QCheckBox(self.tr("Play a sound for new messages"))
        self.vip_alert = QCheckBox(self.tr("Distinct alert for VIP messages, also while away"))
        self._select(self.language, prefs.language)
        self._select(self.theme, prefs.theme)
        self.idle.setValue(prefs.idle_away_minutes)
        self.notifications.setChecked(prefs.notifications)
        self.sound.setChecked(prefs.sound)
        self.vip_alert.setChecked(prefs.vip_alert)

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Set me away after"), self.idle)
        form.addRow("", self.notifications)
        form.addRow("", self.sound)
        form.addRow("", self.vip_alert)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def preferences(self) -> Settings:
        return self._original.with_changes(
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            idle_away_minutes=self.idle.value(),
            notifications=self.notifications.isChecked(),
            sound=self.sound.isChecked(),
            vip_alert=self.vip_alert.isChecked(),
        )

    def accept(self) -> None:
        self.applied.emit(self.preferences())
        super().accept()
