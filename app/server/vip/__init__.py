"""The VIP desk (client book, alerts, ``customer.set``, outreach, client notes): handlers,
repositories and tables together. Cover (a manager's backup) is ``app/server/cover``."""
