"""Incidents (issue 23): one answer for everyone during an outage or a security incident."""
