"""Resume: replay what a connection missed, then hand over to live events — no gap, no duplicate.

How the hand-over is made safe: the connection subscribes to the hub *before* its first replay
read, in "replaying" mode, so every event published from then on is buffered. An event published
before the subscription was committed before it (the writer publishes a batch only after its
commit returned), so every replay read — on a reader connection, started after the subscription —
sees it. When the last page has been sent, in one synchronous step (no ``await``, so no event can
slip in between) the connection sends ``synced{head}`` — ``head`` being the log's head in the last
read's snapshot — then the buffered events with a seq above ``head`` and switches to live delivery,
where anything at or below the last delivered seq is dropped. Events committed during the replay
therefore arrive exactly once. (Reads see one snapshot each — SQLite's deferred ``BEGIN``,
PostgreSQL's ``REPEATABLE READ`` — so a page and its ``head`` agree.)
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from app.protocol import codec, frames
from app.server.outbox import Outbox
from app.server.repos.repo_events import ReplayPage

PAGE_SIZE = 500


class LiveCursor:
    """Where a connection stands in the event log."""

    __slots__ = ("_buffer", "last_seq", "replaying", "subscribed")

    def __init__(self) -> None:
        self.subscribed = False
        self.replaying = False
        self.last_seq = 0
        self._buffer: list[tuple[int, str | bytes]] = []

    @property
    def live(self) -> bool:
        """Synced and not replaying: events go straight out."""
        return self.subscribed and not self.replaying

    def offer(self, seq: int, frame: str | bytes, outbox: Outbox, urgent: bool = False) -> None:
        """Called by the hub for each visible committed event, in commit order; ``urgent``: it
        takes the outbox's urgent lane (an event of a conversation the desk has open)."""
        if not self.subscribed:
            return
        if self.replaying:
            self._buffer.append((seq, frame))
        elif seq > self.last_seq:
            outbox.put(frame, urgent)
            self.last_seq = seq

    def begin(self) -> None:
        self.subscribed = True
        self.replaying = True
        self._buffer = []

    def cancel(self) -> None:
        self.subscribed = False
        self.replaying = False
        self._buffer = []

    def finish(self, head: int, last_sent: int, outbox: Outbox) -> None:
        outbox.put(codec.encode(frames.Synced(head=head)))
        self.last_seq = max(head, last_sent)
        for seq, frame in self._buffer:
            if seq > self.last_seq:
                outbox.put(frame)
                self.last_seq = seq
        self._buffer = []
        self.replaying = False


async def replay(
    since: int,
    cursor: LiveCursor,
    outbox: Outbox,
    read_page: Callable[[int, int], Awaitable[ReplayPage]],
) -> None:
    """Answer ``sync{since}``: replay, then ``synced`` and live; or ``resync`` if too old."""
    cursor.begin()
    after = since
    last_sent = since
    first = True
    while True:
        page = await read_page(after, PAGE_SIZE)
        if first:
            first = False
            too_old = page.oldest is not None and since < page.oldest - 1
            if too_old or since > page.head:
                # Too old (pruned), or from another log (the database was replaced): start over.
                cursor.cancel()
                outbox.put(codec.encode(frames.Resync(head=page.head)))
                return
        for seq, frame in page.frames:
            outbox.put(frame)
            last_sent = seq
        if len(page.frames) < PAGE_SIZE:
            cursor.finish(page.head, last_sent, outbox)
            return
        after = page.last_scanned
        await outbox.drained()
