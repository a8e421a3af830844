"""A customer's screen recording (MP4/WebM) played in the desk — from memory, never from a plain file.

Issue 23: customers attach a short recording of what went wrong; the agent watches it beside the
chat. The controller reads the file from the sealed cache (or downloads it and keeps it sealed)
and hands the bytes over (:meth:`VideoPlayer.load`); they reach Qt's media player through a
``QBuffer``, so the only copy on disk stays the sealed one. Qt's FFmpeg backend decodes MP4 and
WebM on Windows, macOS and Linux alike (also offscreen, which is how the tests watch it play).

When the desk cannot play a recording the window says why and never crashes: QtMultimedia not
installed (a PySide6 without its Addons), no media backend (``QMediaPlayer.isAvailable()``), or
the backend refusing the file (``errorOccurred``: a codec it lacks, a damaged file). Then "Open
in the system player" hands a copy to the OS's player — the one time a recording is written in
plain, in a private temporary folder removed when this window closes — and Save… stays offered.
A recording is never read by the guard: the caveat above it says "Not checked by the guard".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from app.ui.widgets import named, tool_button

try:  # PySide6-Addons; a PySide6 without it degrades to the system player
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    from PySide6.QtMultimediaWidgets import QVideoWidget

    _MULTIMEDIA = True
except ImportError:  # pragma: no cover - the project's locks install it
    _MULTIMEDIA = False  # QMediaPlayer and friends stay unbound: only _make_player uses them


def multimedia_installed() -> bool:
    """Whether QtMultimedia could be imported (the backend may still be missing: see the player)."""
    return _MULTIMEDIA


def clock(ms: int) -> str:
    """``m:ss`` (``h:mm:ss`` past an hour) of a position or a duration in milliseconds."""
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class VideoPlayer(QDialog):
    save_requested = Signal()
    open_external_requested = Signal()

    def __init__(
        self, filename: str, caveat: str = "", parent: QWidget | None = None, *, playback: bool | None = None
    ) -> None:
        """``playback`` False plays nothing (as when QtMultimedia is missing); None: detect."""
        super().__init__(parent)
        self.setObjectName("VideoPlayer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.setWindowTitle(filename)
        self.resize(900, 640)
        self.duration_ms: int | None = None  # known once the backend has read the file
        self.frames = 0  # video frames shown (how tests see it play)
        self.failed = False
        self._buffer: QBuffer | None = None
        self.player: Any = None
        self.video: QWidget | None = None
        self.status = named(QLabel(self.tr("Loading…")), "Muted")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.caveat = named(QLabel(caveat), "GuardWarning")
        self.caveat.setTextFormat(Qt.TextFormat.PlainText)
        self.caveat.setVisible(bool(caveat))
        self.play_button = tool_button(self.tr("Play"))
        self.play_button.clicked.connect(self.toggle)
        self.position = QSlider(Qt.Orientation.Horizontal)
        self.position.setAccessibleName(self.tr("Position in the recording"))
        self.position.sliderMoved.connect(self.seek)
        self.time = named(QLabel(clock(0)), "Muted")
        self.external_button = tool_button(self.tr("Open in the system player"))
        self.external_button.clicked.connect(self.open_external_requested.emit)
        self.external_button.setVisible(False)
        self.save_button = tool_button(self.tr("Save…"))
        self.save_button.clicked.connect(self.save_requested.emit)
        self.save_button.setEnabled(False)  # until the file is read
        self.external_button.setEnabled(False)
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.position, 1)
        controls.addWidget(self.time)
        controls.addWidget(self.external_button)
        controls.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caveat)
        layout.addWidget(self.status)
        if playback is None:
            playback = multimedia_installed()
        video = self._make_player() if playback else None
        if video is not None:
            layout.addWidget(video, 1)
        else:
            layout.addStretch(1)
            self._cannot_play(
                self.tr("This desk cannot play recordings: its media support is not installed.")
            )
        layout.addLayout(controls)
        self._set_enabled(False)

    def _make_player(self) -> QWidget | None:
        """The player and its video widget (also kept as ``self.player``, ``self.video``); ``None``
        when Qt has no media backend."""
        player = QMediaPlayer(self)
        if not player.isAvailable():
            player.deleteLater()
            return None
        video = QVideoWidget()
        video.setAccessibleName(self.tr("Screen recording"))
        self.video = video
        self.audio = QAudioOutput(self)
        player.setAudioOutput(self.audio)
        player.setVideoOutput(video)
        player.videoSink().videoFrameChanged.connect(self._frame)
        player.durationChanged.connect(self._duration)
        player.positionChanged.connect(self._position)
        player.playbackStateChanged.connect(self._state)
        player.errorOccurred.connect(self._error)
        player.mediaStatusChanged.connect(self._status)
        self.player = player
        return video

    # --- from the controller --------------------------------------------------------------------
    def load(self, data: bytes) -> None:
        """Play ``data`` (the recording's bytes) from memory."""
        self.save_button.setEnabled(True)
        self.external_button.setEnabled(True)
        if self.player is None:
            return
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        # the URL only names the stream (FFmpeg probes the bytes, not the name)
        self.player.setSourceDevice(self._buffer, QUrl(self.windowTitle()))
        self.player.play()

    def show_error(self, text: str) -> None:
        """The file could not be read (download failed): nothing to play or save."""
        self.failed = True
        self.status.setText(text)
        self._set_enabled(False)
        self.save_button.setEnabled(False)

    # --- gestures -------------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.player is None:
            return
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def seek(self, ms: int) -> None:
        if self.player is not None:
            self.player.setPosition(ms)

    # --- from the player ------------------------------------------------------------------------
    def _frame(self, *_args: object) -> None:
        self.frames += 1

    def _duration(self, ms: int) -> None:
        if ms > 0:
            self.duration_ms = ms
            self.position.setRange(0, ms)
            self._set_enabled(True)
            self.status.setText("")
            self._position(self.player.position())

    def _position(self, ms: int) -> None:
        if not self.position.isSliderDown():
            self.position.setValue(ms)
        total = self.duration_ms
        self.time.setText(f"{clock(ms)} / {clock(total)}" if total else clock(ms))

    def _state(self, state: Any) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _status(self, status: Any) -> None:
        if status == QMediaPlayer.MediaStatus.LoadedMedia and self.duration_ms is None:
            self._set_enabled(True)
            self.status.setText("")

    def _error(self, error: Any, _detail: str = "") -> None:
        if error == QMediaPlayer.Error.NoError:
            return
        # the backend's own text may quote the stream's name; the agent gets a sentence of ours
        self._cannot_play(self.tr("This recording cannot be played here (its format or codec is not "
                                  "supported, or the file is damaged)."))

    def _cannot_play(self, text: str) -> None:
        self.failed = True
        self.status.setText(text)
        self._set_enabled(False)
        self.external_button.setVisible(True)

    def _set_enabled(self, on: bool) -> None:
        self.play_button.setEnabled(on)
        self.position.setEnabled(on)

    def closeEvent(self, event: Any) -> None:
        if self.player is not None:
            self.player.stop()
            self.player.setSource(QUrl())
        super().closeEvent(event)
