"""The demo: deterministic demo data, its loader and simulated customers, for the reference server.

Not part of the runtime server (``app/server``) nor of the desktop bundle: ``agentdesk-server
--demo`` / ``--simulate`` load it (``app/server/cli.py``, lazily), and the desk's ``--demo`` starts
that server as a child process (``app/core/demo.py``). :func:`app.demo.server.demo_server` is
the one way to build a server with demo data in-process (tests, benchmarks).

- ``data/``: the demo world, pure standard library (agents, customers, conversations, canned
  replies, chains and prices);
- ``seed.py`` (+ ``seed_channels.py``, ``seed_vip.py``): loads it into a server database;
- ``simulate.py``: customers writing in through the real ``/customer`` endpoint;
- ``server.py``: the server with both, as extensions of :class:`~app.server.app.ChatServer`.
"""
