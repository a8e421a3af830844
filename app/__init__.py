"""AgentDesk: the support desk of a crypto exchange.

This module is the one source of truth for the application's identity: the package metadata,
``agentdesk --version``, the About box, the window title, the installers and the release check
all read it from here (``packaging/manifest.py`` parses it without importing the app).

Before the first release, set the organisation's real identity here — ``ORG_NAME``, ``ORG_DOMAIN``
(a domain the organisation owns) and ``BUNDLE_ID`` (its reversed domain plus the app's name). The
values below are placeholders; ``packaging/release_check.py`` fails a tag build while they are.
``BUNDLE_ID`` never changes after the first release: macOS binds the Keychain items (the agent's
token and cache key) and the notification permission to it, and Windows its AppUserModelID (the
taskbar button, the toasts' sender, the installer's shortcut); a new one makes every desk forget.
"""

__version__ = "0.1.0"
APP_NAME = "AgentDesk"
ORG_NAME = "AgentDesk"
ORG_DOMAIN = "agentdesk.example"  # placeholder (.example is reserved): the release check refuses it
BUNDLE_ID = "example.agentdesk.agentdesk"  # placeholder: the reversed ORG_DOMAIN + the app name
