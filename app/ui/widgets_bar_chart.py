"""A horizontal bar chart painted with QPainter: the reports view's chart.

QtCharts is in PySide6-Addons, which the desk does not ship (PySide6-Essentials only); one bar
per row of a report needs no more than this. Colours come from the palette (light and dark).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

ROW = 22


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BarChart")
        self.bars: list[tuple[str, float, str]] = []  # label, value, value text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, bars: Sequence[tuple[str, float, str]]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, max(ROW, ROW * len(self.bars) + 8))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = painter.fontMetrics()
        label_width = min(max((metrics.horizontalAdvance(b[0]) for b in self.bars), default=0) + 12,
                          self.width() // 3)
        top = max((b[1] for b in self.bars), default=0.0) or 1.0
        for n, (label, value, text) in enumerate(self.bars):
            y = 4 + n * ROW
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(0, y, label_width - 6, ROW - 4),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 6))
            room = self.width() - label_width - metrics.horizontalAdvance(text) - 12
            width = max(1.0, room * value / top) if value > 0 else 0.0
            bar = palette.color(QPalette.ColorRole.Highlight)
            painter.fillRect(QRectF(label_width, y + 3, width, ROW - 10), bar)
            painter.drawText(QRectF(label_width + width + 6, y, metrics.horizontalAdvance(text) + 4, ROW - 4),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()
