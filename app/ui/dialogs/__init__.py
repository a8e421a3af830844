"""dialogs of the AgentDesk window."""
