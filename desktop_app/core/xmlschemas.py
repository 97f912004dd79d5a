"""XML Schemas, built once per thread and never two at a time.

libxml2's schema compiler is not safe when two threads build a schema at the same moment (measured:
``XMLSchemaParseError``, a double free or a segfault in about 1 fresh process in 5 when two threads of
a check met the same schema first) — an ``lru_cache`` does not serialise that first build.  Every
``etree.XMLSchema`` of ArchDesk comes from :func:`load`: the build runs under one process-wide lock,
and each thread keeps its own instance (a schema's ``error_log`` belongs to the last validation, so
one instance shared by threads would mix their errors).
"""

from __future__ import annotations

import os
import threading
from typing import Any

from lxml import etree

_BUILD = threading.Lock()
_local = threading.local()


def load(path: str | os.PathLike[str], parser: Any = None) -> etree.XMLSchema:
    """The schema in file ``path`` for this thread (built under the process-wide lock on first use)."""
    key = os.fspath(path)
    cache: dict[str, etree.XMLSchema] = getattr(_local, "schemas", None) or {}
    _local.schemas = cache
    schema = cache.get(key)
    if schema is None:
        with _BUILD:
            schema = etree.XMLSchema(etree.parse(key, parser))
        cache[key] = schema
    return schema
