"""Developer tools (translations, sounds)."""
