"""Check schemes: which items run (and gate), allowed formats, metadata rules.

The shipped default (``resources/checks/default_scheme.json``) is overlaid, key by key, by the
archive's setting ``checks.scheme`` (same shape, any subset).  The version string names the
scheme's content (SM3 of its canonical JSON), so a run records exactly what it checked against.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..catalog._util import dumps
from ..digest import sm3_hex
from ..paths import resource
from .registry import Item

SETTING = "checks.scheme"


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def default_scheme_data() -> dict[str, Any]:
    return dict(json.loads(resource("checks", "default_scheme.json").read_text("utf-8")))


@dataclass
class Scheme:
    data: dict[str, Any]

    @classmethod
    def load(cls, settings_value: dict[str, Any] | None = None) -> Scheme:
        return cls(_merge(default_scheme_data(), settings_value or {}))

    @classmethod
    def for_archive(cls, archive: Any) -> Scheme:
        return cls.load(archive.setting(SETTING, None))

    @property
    def name(self) -> str:
        return str(self.data.get("name", ""))

    @cached_property
    def version(self) -> str:
        return f"{self.data.get('version', '')}+{sm3_hex(dumps(self.data).encode())[:12]}"

    # -- items -------------------------------------------------------------------------------
    def _item_conf(self, item: Item) -> dict[str, Any]:
        return dict(self.data.get("items", {}).get(item.code, {}))

    def enabled(self, item: Item) -> bool:
        return bool(self._item_conf(item).get("enabled", True))

    def mandatory(self, item: Item) -> bool:
        return bool(self._item_conf(item).get("mandatory", True))

    # -- formats -----------------------------------------------------------------------------
    def format_allowed(self, puid: str, mime: str, kind: str) -> bool:
        f = self.data.get("allowed_formats", {})
        return (puid in f.get("puids", []) or mime.lower() in f.get("mimes", [])
                or kind in f.get("kinds", []))

    # -- metadata ----------------------------------------------------------------------------
    @property
    def metadata_rules(self) -> dict[str, dict[str, Any]]:
        return dict(self.data.get("metadata", {}))

    @property
    def document_rules(self) -> dict[str, dict[str, Any]]:
        return dict(self.data.get("documents", {}))

    @cached_property
    def forbidden(self) -> re.Pattern[str]:
        return re.compile(self.data.get("forbidden_chars") or r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

    @cached_property
    def patterns(self) -> dict[str, re.Pattern[str]]:
        out = {}
        for scope in ("metadata", "documents"):
            for name, rule in self.data.get(scope, {}).items():
                if rule.get("pattern"):
                    out[f"{scope}.{name}"] = re.compile(rule["pattern"])
        return out

    def section(self, name: str) -> dict[str, Any]:
        return dict(self.data.get(name, {}))
