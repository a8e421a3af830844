"""Cover: a VIP manager's backup takes new conversations of the manager's clients while the
manager is away (``agent.backup.set``, ``cover.report``, and the routing of new conversations).
Below the core repositories (a new chat or email asks :func:`~app.server.cover.repo.decide`), so
its two request handlers live with the VIP desk's (``app/server/vip/handlers.py``)."""
