"""Attachments on the server (issue 18, step 2): every channel's files through one path.

``service.py`` checks a file (``app/attachments``: content, limits, the image guard's pool) and
stores what passed through the storage seam (``blobs.py``: the database by default, or a folder);
``handlers.py`` (agent methods) and ``customer.py`` (web chat frames) are the upload and download
protocol; ``repo.py`` the tables' rules (``schema.py``), retention included. Email builds on this
(``email/files.py``, ``email/outgoing_files.py``), never the other way round.
Rules on the wire: docs/protocol.md "Attachments"; operating: docs/server.md.
"""
