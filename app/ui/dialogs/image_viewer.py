"""An attachment's image at full size: zoom, fit, copy, save — a window that never blocks the desk.

Non-modal and deleted on close. It opens at once with "Loading…"; the controller downloads the
file (or reads it from the sealed cache) and decodes it off the Qt loop, then hands the QImage
over (:meth:`ImageViewer.show_image`). Zoom with the buttons, Ctrl+wheel, Ctrl++ / Ctrl+- /
Ctrl+0 (fit); Copy puts the image on the clipboard; Save asks the controller for a file name.
An image the guard did not read says so above it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPainter, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

MIN_SCALE, MAX_SCALE, STEP = 0.05, 16.0, 1.25


class _View(QGraphicsView):
    zoom_by = Signal(float)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by.emit(STEP if event.angleDelta().y() > 0 else 1 / STEP)
            event.accept()
            return
        super().wheelEvent(event)


class ImageViewer(QDialog):
    save_requested = Signal()

    def __init__(self, filename: str, caveat: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImageViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.setWindowTitle(filename)
        self.resize(900, 680)
        self.image: QImage | None = None
        self.scale_factor = 1.0
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.view = _View(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setAccessibleName(self.tr("Image"))
        self.view.zoom_by.connect(self.zoom)
        self.status = QLabel(self.tr("Loading…"), objectName="Muted")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.caveat = QLabel(caveat, objectName="GuardWarning")
        self.caveat.setTextFormat(Qt.TextFormat.PlainText)
        self.caveat.setVisible(bool(caveat))
        buttons = QHBoxLayout()
        self.zoom_in = self._button(self.tr("Zoom in"), lambda: self.zoom(STEP))
        self.zoom_out = self._button(self.tr("Zoom out"), lambda: self.zoom(1 / STEP))
        self.fit_button = self._button(self.tr("Fit"), self.fit)
        self.actual = self._button(self.tr("Actual size"), self.actual_size)
        self.copy_button = self._button(self.tr("Copy"), self.copy)
        self.save_button = self._button(self.tr("Save…"), self.save_requested.emit)
        for b in (self.zoom_in, self.zoom_out, self.fit_button, self.actual):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caveat)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(1 / STEP)),
            (QKeySequence("Ctrl+0"), self.fit),
            (QKeySequence.StandardKey.Copy, self.copy),
            (QKeySequence.StandardKey.Save, self.save_requested.emit),
        ):
            QShortcut(keys, self, activated=slot)
        self._set_enabled(False)

    def _button(self, text: str, slot: object) -> QToolButton:
        button = QToolButton(text=text)
        button.clicked.connect(slot)
        return button

    def _set_enabled(self, on: bool) -> None:
        for b in (self.zoom_in, self.zoom_out, self.fit_button, self.actual):
            b.setEnabled(on)
        self.copy_button.setEnabled(on)
        self.save_button.setEnabled(on)

    # --- from the controller --------------------------------------------------------------------
    def show_image(self, image: QImage) -> None:
        self.image = image
        self.item.setPixmap(QPixmap.fromImage(image))
        self.scene.setSceneRect(self.item.boundingRect())
        self.status.setText(self.tr("%1 × %2 pixels").replace("%1", str(image.width()))
                            .replace("%2", str(image.height())))
        self._set_enabled(True)
        self.fit()

    def show_error(self, text: str) -> None:
        self.status.setText(text)

    # --- gestures -------------------------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        target = min(MAX_SCALE, max(MIN_SCALE, self.scale_factor * factor))
        self.view.scale(target / self.scale_factor, target / self.scale_factor)
        self.scale_factor = target

    def actual_size(self) -> None:
        self.view.resetTransform()
        self.scale_factor = 1.0

    def fit(self) -> None:
        if self.image is None:
            return
        self.view.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
        self.scale_factor = self.view.transform().m11()
        if self.scale_factor > 1.0:  # a small image is not blown up
            self.actual_size()

    def copy(self) -> None:
        if self.image is not None:
            QGuiApplication.clipboard().setImage(self.image)
