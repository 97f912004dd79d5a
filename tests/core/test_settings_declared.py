"""Settings are declared data: every key the code reads or writes is declared; changes are checked
and audited."""

from __future__ import annotations

import ast
import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core import settings
from desktop_app.core.archive_handle import Archive
from desktop_app.core.errors import NotFound, PermissionDenied, UsageError

PKG = Path(__file__).resolve().parents[2] / "desktop_app"
READERS = {"setting", "_setting"}          # archive.setting(KEY), schedule._setting(archive, KEY)


def _module_name(path: Path) -> str:
    rel = path.relative_to(PKG.parent).with_suffix("")
    return ".".join(rel.parts)


def _resolve(node: ast.AST, mod: Any) -> str | None:
    """A string literal, or a module constant (NAME / module.NAME) holding one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and isinstance(getattr(mod, node.id, None), str):
        return str(getattr(mod, node.id))
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        owner = getattr(mod, node.value.id, None)
        value = getattr(owner, node.attr, None)
        return value if isinstance(value, str) else None
    return None


def _call_sites() -> list[tuple[str, int, ast.AST, Any]]:
    out = []
    for path in sorted(PKG.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        mod = None
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            on_settings = isinstance(f, ast.Attribute) and isinstance(f.value, ast.Attribute) and \
                f.value.attr == "settings" and name in ("get", "set")
            if name in READERS or on_settings:
                if mod is None:
                    mod = importlib.import_module(_module_name(path))
                arg = node.args[1] if name == "_setting" and len(node.args) > 1 else node.args[0]
                out.append((f"{path.relative_to(PKG)}:{node.lineno}", node.lineno, arg, mod))
    return out


def test_every_setting_call_site_reads_a_declared_key() -> None:
    sites = _call_sites()
    assert len(sites) > 30                       # the scan really finds the call sites
    literal, undeclared = 0, []
    for where, _line, arg, mod in sites:
        key = _resolve(arg, mod)
        if key is None:
            continue                             # a variable: checked at run time by Archive.setting
        literal += 1
        if key not in settings.DECLARED and not where.startswith("gui/"):   # QSettings keys use '/'
            undeclared.append(f"{where}: {key}")
        if where.startswith("gui/") and "/" not in key:
            assert key in settings.DECLARED, where
    assert literal > 25 and not undeclared, undeclared


def test_aliased_reads_use_declared_keys() -> None:
    """numbering.rule_from_settings reads through ``get = archive.setting``: its keys too."""
    from desktop_app.core.retention import numbering

    for key in numbering.SETTINGS:
        assert key in settings.DECLARED and settings.DECLARED[key].default == numbering.SETTINGS[key]


def test_undeclared_key_is_refused_at_run_time(archive: Archive) -> None:
    with pytest.raises(NotFound):
        archive.setting("no.such.key")
    assert archive.setting("preserve.backup_interval_days") == 7     # the declared default


def test_declarations_are_complete() -> None:
    for d in settings.DECLARED.values():
        assert d.type in settings.TYPES and d.label_zh and d.label_en, d.key
        if d.type == "choice":
            assert d.default in dict(d.choices)
        settings.check_value(d, settings.default_of(d.key))      # every default is valid


def test_set_is_checked_and_audited(archive: Archive) -> None:
    settings.set_text(archive, "preserve.backup_interval_days", "14")
    assert archive.setting("preserve.backup_interval_days") == 14
    row = archive.catalog.one("SELECT action, object_id, detail FROM audit_log ORDER BY seq DESC LIMIT 1")
    assert row["action"] == "setting.change" and row["object_id"] == "preserve.backup_interval_days"
    assert json.loads(row["detail"]) == {"old": 7, "value": 14}
    with pytest.raises(UsageError, match="整数"):
        settings.set_text(archive, "preserve.backup_interval_days", "两周")
    with pytest.raises(UsageError, match="不能小于"):
        settings.set_text(archive, "preserve.backup_interval_days", "0")
    with pytest.raises(UsageError, match="门类代码"):
        settings.set_text(archive, "archival_code.category", "zw")
    with pytest.raises(PermissionDenied, match="程序维护"):
        settings.set_text(archive, "archive.fonds", "Z999")
    assert archive.setting("preserve.backup_interval_days") == 14 and archive.fonds_code != "Z999"


def test_role_that_may_change(archive: Archive) -> None:
    from desktop_app.core import users

    users.create_user(archive, "reader1", "secret-123", ["reader"])
    other = Archive.open(archive.root, user="reader1", password="secret-123")
    try:
        views = {v.decl.key: v for v in settings.list_values(other)}
        assert not views["archive.name"].may_edit
        with pytest.raises(PermissionDenied, match="系统管理员"):
            settings.set_text(other, "archive.name", "别的单位")
    finally:
        other.close()
