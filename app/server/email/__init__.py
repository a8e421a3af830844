"""Email in and out (issue 5.2): the SMTP listener, MIME parsing, threading and outbound mail.

- ``listener.py`` — an aiosmtpd ``SMTP`` server on the chat server's own asyncio loop.
- ``parse.py`` — MIME → plain text, threading ids, sender, attachments' metadata (no I/O).
- ``threads.py`` — Message-ID / In-Reply-To / References helpers (no I/O).
- ``compose.py`` — an agent's reply as an RFC 5322 message (no I/O).
- ``autoreply.py`` — whether a mail may get an automatic answer (RFC 3834; no I/O).
- ``outbound.py`` — the sender task: relay (smtplib in a worker thread) or the demo mail folder.

The database side is ``app/server/email/repo.py``; ``docs/server.md`` ("Email") has the knobs.
"""
