"""Dispatch (issue 19): what is built on routing and the core — the queue, re-route, snooze and
SLA-warning jobs; transfer to a team and escalation; @mentions; presence with its database row;
the teams list and agents' load. Its methods are in ``handlers.py`` (``ROUTES``)."""
