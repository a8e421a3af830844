"""An attachment's image at full size: zoom, fit, copy, save — a window that never blocks the desk.

Non-modal and deleted on close. It opens at once with "Loading…"; the controller downloads the
file (or reads it from the sealed cache) and decodes it off the Qt loop, scaled down when it is
very large (``app/ui/image_decode.py``), then hands the QImage over (:meth:`ImageViewer.show_image`).
The QImage is painted as it is (:class:`_ImageItem`): no pixmap conversion on the loop. Zoom with
the buttons, Ctrl+wheel, Ctrl++ / Ctrl+- / Ctrl+0 (fit); Copy puts the image on the clipboard;
Save asks the controller for a file name. An image the guard did not read says so above it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPainter, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QStyleOptionGraphicsItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.image_decode import ViewImage
from app.ui.widgets import named, tool_button

MIN_SCALE, MAX_SCALE, STEP = 0.05, 16.0, 1.25


class _ImageItem(QGraphicsItem):
    """A QImage in the scene, painted directly: only the exposed part is drawn, at the view's
    scale, and nothing is converted when the image arrives."""

    def __init__(self) -> None:
        super().__init__()
        self.image = QImage()

    def set_image(self, image: QImage) -> None:
        self.prepareGeometryChange()
        self.image = image
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.image.width(), self.image.height())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QPointF(0, 0), self.image)


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
        self.item = _ImageItem()
        self.scene.addItem(self.item)
        self.view = _View(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setAccessibleName(self.tr("Image"))
        self.view.zoom_by.connect(self.zoom)
        self.status = named(QLabel(self.tr("Loading…")), "Muted")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.caveat = named(QLabel(caveat), "GuardWarning")
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
            QShortcut(keys, self).activated.connect(slot)
        self._set_enabled(False)

    def _button(self, text: str, slot: object) -> QToolButton:
        button = tool_button(text)
        button.clicked.connect(slot)
        return button

    def _set_enabled(self, on: bool) -> None:
        for b in (self.zoom_in, self.zoom_out, self.fit_button, self.actual):
            b.setEnabled(on)
        self.copy_button.setEnabled(on)
        self.save_button.setEnabled(on)

    # --- from the controller --------------------------------------------------------------------
    def show_image(self, shown: ViewImage) -> None:
        """The decoded image (at most ``MAX_VIEW_PIXELS``; Copy copies what is shown, Save the
        original file); the status line gives the original's size."""
        if shown.image.isNull():
            self.show_error(self.tr("This image could not be decoded."))
            return
        self.image = shown.image
        self.item.set_image(shown.image)
        self.scene.setSceneRect(self.item.boundingRect())
        self.status.setText(self.tr("%1 × %2 pixels").replace("%1", str(shown.width))
                            .replace("%2", str(shown.height)))
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
