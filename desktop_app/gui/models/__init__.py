"""Qt item models over catalog queries (lazy, paged)."""
