"""``checker rules`` and ``checker claims``: registered by the ruleset module (in progress)."""
