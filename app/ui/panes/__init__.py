"""panes of the AgentDesk window."""
