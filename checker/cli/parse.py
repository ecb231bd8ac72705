"""``checker parse``: registered by the values module (in progress)."""
