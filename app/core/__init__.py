"""The desk's application core (no Qt): what one run of ``agentdesk`` is, whatever shows it.

:class:`~app.core.app.DeskApp` owns the settings, the local cache (store) and the session's
lifecycle, the credentials, the cache paths and the demo/real mode; small evented models
(:mod:`~app.core.collision`, :mod:`~app.core.thread_paging`) hold state the window shows. The Qt
shell (``app/ui/app_shell.py``) renders the core and forwards gestures; tests drive the core
without a window.
"""
