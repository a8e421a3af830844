"""Customer satisfaction (issue 20): the rating table, its rules, the web chat frames and the
``/csat`` page of an email conversation's closing mail."""
