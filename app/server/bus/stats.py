"""Where another node's commit spends its time before this node's desks have it (issue 15's
cross-node latency), kept as a few recent samples per stage and shown by ``GET /metrics``.

Stages, in milliseconds, for each notification that moved this node's log forward:

- ``notify`` — from the writing node's ``pg_notify`` (just before its commit; the timestamp rides
  in the payload) to this node reading the notification: the writer's commit, PostgreSQL's
  delivery and this node's loop getting round to its socket.
- ``read`` — from the notification to the log read returning (waiting for the read, the query,
  building the frames).
- ``publish`` — the fan-out to this node's connections (the hub puts frames on their outboxes).

Clocks: the writer's and this node's wall clocks (one machine in the bench; across hosts NTP's
skew is in ``notify``). Only samples, never a decision: nothing reads them but ``/metrics``.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

STAGES = ("notify", "read", "publish")
KEEP = 4096  # samples per stage: the last few seconds at the bench's rate


def quantile(values: list[float], q: float) -> float:
    """The ``q`` quantile (nearest rank) of ``values`` (not empty)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1))
    return ordered[rank]


@dataclass
class BusStats:
    samples: dict[str, deque[float]] = field(
        default_factory=lambda: {stage: deque(maxlen=KEEP) for stage in STAGES}
    )
    notifications: int = 0  # log notifications from other nodes that were news here
    own_notifications: int = 0  # this node's own, skipped (its commits come from memory)
    reads: int = 0  # log reads (each may carry many events)
    remote_events: int = 0  # events this node learnt from the log

    def add(self, stage: str, ms: float) -> None:
        self.samples[stage].append(max(ms, 0.0))

    def metrics(self, node: str) -> list[str]:
        """Prometheus text lines: counters, and a summary (p50, p99, max) per stage."""
        label = f'node="{node}"'
        lines = [
            "# TYPE agentdesk_bus_notifications_total counter",
            f"agentdesk_bus_notifications_total{{{label}}} {self.notifications}",
            "# TYPE agentdesk_bus_own_notifications_total counter",
            f"agentdesk_bus_own_notifications_total{{{label}}} {self.own_notifications}",
            "# TYPE agentdesk_bus_log_reads_total counter",
            f"agentdesk_bus_log_reads_total{{{label}}} {self.reads}",
            "# TYPE agentdesk_bus_remote_events_total counter",
            f"agentdesk_bus_remote_events_total{{{label}}} {self.remote_events}",
            "# TYPE agentdesk_bus_stage_ms summary",
        ]
        for stage, values in self.samples.items():
            got = list(values)
            for q, name in ((0.5, "0.5"), (0.99, "0.99"), (1.0, "1")):
                value = quantile(got, q) if got else 0.0
                key = f'agentdesk_bus_stage_ms{{{label},stage="{stage}",quantile="{name}"}}'
                lines.append(f"{key} {value:.3f}")
            lines.append(f'agentdesk_bus_stage_ms_count{{{label},stage="{stage}"}} {len(got)}')
        return lines
