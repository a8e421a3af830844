"""The server process's garbage collector, set once the server has started (``cli._serve``).

Why: CPython's full (generation-2) collection walks every tracked object while holding the GIL,
so it stops the event loop, the database readers and the writer at once. A started server holds
~150,000–200,000 tracked objects (the guard's tables, SQLAlchemy's mappers and compiled
statements, the demo's rows, imported modules), nearly all of which live as long as the process.
Session 9 measured full collections of 83–187 ms on the 2-core bench machine (95 and 130 ms at
the start of a load run, stopping the loop and a reader as long); one such pause in an 8-second
run fits the lead's 124 ms agent request p99 at 300 msg/s (a ``canned.list``; 32 requests, so p99
is the maximum) and its 61 ms customer→agent p99 (``bench/results_perf.md``, "Session 9").

``gc.freeze()`` moves what exists after start-up into the permanent generation, which no collection
walks; later full collections see only what was allocated since (the connections', chats' and
caches' objects), a few ms. Start-up's garbage is collected first, or it would be kept forever.
The young generation's threshold is raised (700 → ``GEN0_THRESHOLD``): fewer young collections
for a server that allocates a frame's worth of objects per message; each stays well under a
millisecond. Reference counting still frees everything acyclic at once, so memory use is
unchanged apart from cycles living a little longer.

Process-wide state, so only the process's owner (the CLI) calls it, never ``ChatServer`` (tests
run many servers in one process)."""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

#: allocations (minus deallocations) between young collections; CPython's default is 700
GEN0_THRESHOLD = 5_000


@dataclass(frozen=True, slots=True)
class Settled:
    collected: int  # unreachable start-up objects freed before the freeze
    frozen: int  # objects in the permanent generation afterwards
    thresholds: tuple[int, int, int]


def settle() -> Settled:
    """Collect start-up's garbage, freeze the survivors, raise the young generation's threshold."""
    collected = gc.collect()
    gc.freeze()
    _, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(GEN0_THRESHOLD, gen1, gen2)
    settled = Settled(collected, gc.get_freeze_count(), gc.get_threshold())
    log.info(
        "heap settled: %d start-up objects frozen (%d garbage freed), gc thresholds %s",
        settled.frozen, settled.collected, settled.thresholds,
    )
    return settled
