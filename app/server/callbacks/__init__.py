"""Phone callbacks (``callback.create``, ``callback.log``, the ``callback.due``/``missed``
reminders): handlers, repository, reminder monitor and tables together."""
