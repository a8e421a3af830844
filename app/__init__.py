"""AgentDesk: the support desk of a crypto exchange.

This module is the one source of truth for the application's identity: the package metadata,
``agentdesk --version``, the About box and the window title all read it from here.
"""

__version__ = "0.1.0"
APP_NAME = "AgentDesk"
ORG_NAME = "AgentDesk"
ORG_DOMAIN = "agentdesk.example"
