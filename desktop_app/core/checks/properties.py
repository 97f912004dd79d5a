"""The four property modules (真实性, 完整性, 可用性, 安全性) and their item functions by name.

Each property module registers its functions in :data:`.functions.FUNCTIONS` when imported;
:func:`load_all` imports them.  It lives here, not in ``functions.py``, because the property
modules import ``functions.py`` for the decorator and helpers (that made an import cycle).
"""

from __future__ import annotations

from .functions import FUNCTIONS, ItemFn


def load_all() -> dict[str, ItemFn]:
    from . import authenticity, environment, integrity, safety, usability  # noqa: F401  (registration)

    return FUNCTIONS
