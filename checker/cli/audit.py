"""``checker audit``: (in progress)."""
