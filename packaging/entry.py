"""The frozen app's entry script: run ``app.main.main()`` exactly as the ``agentdesk`` command does.

Why a shim instead of pointing PyInstaller at ``app/main.py``: PyInstaller runs its script as
``__main__``, so ``app/main.py`` would be imported twice (as ``__main__`` and, by anything that
imports it, as ``app.main``) with two copies of its module state. Importing it from here keeps one.
"""

from __future__ import annotations

import multiprocessing
import sys


def run() -> int:
    # A frozen executable re-runs itself for multiprocessing's spawn children (Windows, macOS);
    # without this a child would open a second window instead of running its task.
    multiprocessing.freeze_support()
    from app.main import main

    code = main()
    return code if isinstance(code, int) else 0


if __name__ == "__main__":
    sys.exit(run())
