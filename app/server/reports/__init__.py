"""Reports (issue 20): figures over a period computed in SQL on the server (SQLite and
PostgreSQL), with the business hours of the routing policy; RBAC applied."""
