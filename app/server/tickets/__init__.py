"""Tickets (``ticket.create``, the ticket fields of ``conversation.update``): handlers, repository
and table together."""
