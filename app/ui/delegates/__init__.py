"""delegates of the AgentDesk window."""
