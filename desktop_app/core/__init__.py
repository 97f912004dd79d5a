"""Domain and storage. No Qt import anywhere in this package (tests enforce it)."""
