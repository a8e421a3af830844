"""A macro run as the desk follows it (issue 20): the request it made, so that after a reconnect
it asks again with the *same* ``run_id`` (the server answers the run as it stands and starts
nothing twice); the latest state the server reported; whether undo is still possible.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from app.protocol.macros import MacroRun, RunParams


def new_run(macro_id: int, conversation_ids: list[int]) -> RunParams:
    return RunParams(run_id=uuid.uuid4().hex, macro_id=macro_id, conversation_ids=conversation_ids)


@dataclass
class TrackedRun:
    params: RunParams
    run: MacroRun | None = None
    history: list[str] = field(default_factory=list)  # states seen, in order

    def update(self, run: MacroRun) -> bool:
        """A ``macro.progress`` or an answer; False when it is another run's."""
        if run.run_id != self.params.run_id:
            return False
        self.run = run
        if not self.history or self.history[-1] != run.state:
            self.history.append(run.state)
        return True

    @property
    def finished(self) -> bool:
        return self.run is not None and self.run.state in ("released", "undone")

    def must_ask_again(self) -> bool:
        """After a reconnect: a run not known to be finished is asked for again (same run id)."""
        return not self.finished

    def can_undo(self, now: datetime) -> bool:
        run = self.run
        if run is None or run.state != "holding" or run.release_at is None:
            return False
        return now < run.release_at
