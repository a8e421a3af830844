"""Reading stages for the pool tests, run inside spawned worker processes (importable by name).

Each takes (engine state, RGB array) like ``app.attachments.worker.read_and_judge``.
"""

from __future__ import annotations

import os
import time
from typing import Any

from app.attachments import Verdict

HANGING_WIDTH = 13  # images this wide make the reader hang: a deadline test needs no timing
CRASHING_WIDTH = 17  # images this wide kill the worker process


def hangs_on_marked_images(ocr: Any, rgb: Any) -> Verdict:
    width = rgb.shape[1]
    if width == HANGING_WIDTH:
        while True:
            time.sleep(60)
    if width == CRASHING_WIDTH:
        os._exit(3)
    return Verdict.safe()
