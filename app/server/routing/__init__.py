"""Routing: who gets the work, by which clock (issue 19). Sits below the core repositories, like
cover: every new conversation asks it (``hooks.opened`` / ``hooks.reopened``, called by the writers
with the session and the conversation), so it never imports ``repos``; the jobs, methods and events
built on it live in ``app/server/dispatch``."""
