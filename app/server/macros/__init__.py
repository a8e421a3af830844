"""Macros and bulk actions (issue 20): named, shared steps run on one conversation or a
selection, server-side, audited, guarded like any reply, undoable within a grace time."""
