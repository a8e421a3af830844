"""Request handlers of the core methods (inbox, conversations, customers, agents, sessions, audit);
feature handlers live with their feature. :mod:`app.server.registry` collects them all."""
