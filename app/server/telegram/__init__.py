"""Telegram as a channel (issue 23): the exchange's support bot in webhook mode."""
