"""BagIt (RFC 8493) for ArchDesk's offline transfer: verify any bag, write BagIt 1.0 bags.

Reading lives in :mod:`.read` (tag-file parsing in :mod:`.parse`), writing in
:mod:`.write`; this module is the one import other code needs.
"""

from __future__ import annotations

from .read import is_bag, verify_bag
from .write import BAG_ALGORITHMS, write_bag

__all__ = ["BAG_ALGORITHMS", "is_bag", "verify_bag", "write_bag"]
