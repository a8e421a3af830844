"""The websockets library's loggers, capped at INFO, for both ends of the wire.

At DEBUG, websockets logs every frame's text: the login frame with the password, tokens, and
customers' messages. Connection events (INFO and up) still reach the log.
"""

from __future__ import annotations

import logging


class NoFrameDumps(logging.LoggerAdapter[logging.Logger]):
    def isEnabledFor(self, level: int) -> bool:
        return level > logging.DEBUG and self.logger.isEnabledFor(level)


def wire_logger(name: str) -> NoFrameDumps:
    """``wire_logger("websockets.server")``: pass as ``logger=`` to ``serve``/``connect``."""
    return NoFrameDumps(logging.getLogger(name), {})
