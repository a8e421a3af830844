"""item_models of the AgentDesk window."""
