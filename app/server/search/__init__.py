"""Server-side search (issue 15): ``repo.py`` (the queries, visibility in SQL), ``handlers.py``."""
