"""The Qt user interface.  Talks to ``desktop_app.core`` through services, never through SQL.

``app.py`` sets up the application (fonts, translators, login, crash handler); ``main_window.py``
is the navigation shell; each workflow page is its own module in ``pages/`` (see the registry
convention in ``pages/__init__.py``); ``worker.py`` is the one bridge from core jobs to Qt.
"""
