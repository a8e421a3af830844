"""Real short screen recordings for tests (issue 23), made with OpenCV's FFmpeg encoders (the dev
extra installs OpenCV): MPEG-4 Part 2 in MP4, VP8 in WebM — what the desk plays and the server's
checks accept."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

FPS, FRAMES = 10, 20  # a two-second recording


def recording(folder: Path, suffix: str) -> bytes:
    """A real two-second 96x64 recording (``suffix``: ``mp4`` or ``webm``), written in ``folder``."""
    fourcc = {"mp4": "mp4v", "webm": "VP80"}[suffix]
    path = folder / f"made.{suffix}"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*fourcc), FPS, (96, 64))
    assert writer.isOpened(), f"OpenCV cannot encode {suffix} here"
    for i in range(FRAMES):
        frame = np.zeros((64, 96, 3), np.uint8)
        frame[:, : (i + 1) * 4] = (40, 200, 90)  # a bar growing across the screen
        writer.write(frame)
    writer.release()
    return path.read_bytes()
