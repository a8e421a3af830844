"""WebSocket handlers: ``/agent`` (agent.py, methods.py) and ``/customer`` (customer.py)."""
