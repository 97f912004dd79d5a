"""Importing this module registers the preserve operations' start-up recovery handlers."""

from . import backup, convert, destruction  # noqa: F401
