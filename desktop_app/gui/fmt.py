"""Translated messages with placeholders: ``fmt(self.tr("第 {0} 件，共 {1} 件"), n, total)``.

The translation keeps ``{0}``, ``{1}`` … where its language wants them; :func:`fmt` fills them in
one pass, so a value that itself contains ``{1}`` (a file name, a user's text) is shown as it is
and is not filled in again, as chained ``.replace("{0}", …).replace("{1}", …)`` did.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"\{(\d+)\}")


def fmt(template: str, *args: object) -> str:
    """``template`` with ``{n}`` replaced by ``str(args[n])``; a placeholder without an argument
    stays as written."""
    def fill(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return str(args[n]) if n < len(args) else m.group(0)

    return _PLACEHOLDER.sub(fill, template)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for lupdate under ``context`` and return it unchanged (translated later with
    ``QCoreApplication.translate(context, source)``).  lupdate finds the call by this name; PySide6's
    own function is typed ``-> object``, which would make every label list ``object`` for mypy."""
    return source
