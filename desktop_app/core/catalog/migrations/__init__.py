"""Ordered schema migrations: ``mNNN_name.py`` each define ``apply(conn)``; NNN unique and increasing
(numbers are reserved per capability, so gaps are allowed).

A migration runs inside one transaction together with the ``user_version`` bump.  Released
migrations are never edited: add a new one.
"""
