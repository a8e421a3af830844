"""``python -m app.server``: the same as the ``agentdesk-server`` console script."""

from app.server.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
