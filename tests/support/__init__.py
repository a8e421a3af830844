"""Helpers shared by the test suites: a running chat server and thin real-WebSocket clients."""
