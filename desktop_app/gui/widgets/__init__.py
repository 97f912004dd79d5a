"""Reusable widgets: progress panel, metadata form, materials tree, document preview."""
