"""Ordered schema migrations: ``mNNN_name.py`` each define ``apply(conn)``; NNN = 1..N, no gaps.

A migration runs inside one transaction together with the ``user_version`` bump.  Released
migrations are never edited: add a new one.
"""
