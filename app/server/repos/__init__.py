"""The server's core repositories: agents, sessions, customers, conversations, messages, the
event log, the inbox, SLA breaches, audit reads, and the steps every new conversation shares
(:mod:`~app.server.repos.linked`). They run on the database thread (``db/executor.py``) and
check visibility in the same transaction that reads or writes. Feature repositories live with
their feature (``tickets/``, ``callbacks/``, ``vip/``, ``cover/``, ``email/``) and build on these;
these never import a feature except cover routing (``cover/``, below them)."""
