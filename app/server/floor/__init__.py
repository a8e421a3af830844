"""The live floor (issue 20): queues per team and channel and agents' load, pushed to watching
supervisors (and VIP managers, for their book) as ``floor.summary`` signals."""
