"""The desk's rules as pure functions (no Qt, no I/O): SLA and VIP-lane timers, attention and
presence decisions, canned-reply rendering, the composer's pre-send check, ticket edits.

Policies read values and return decisions; the app core and the UI call them. They never open a
connection, a file or the cache (that is :mod:`app.core`, :mod:`app.client`, :mod:`app.store`).
"""
