"""What the catalog returns is a typed, immutable entity (issue #19).

``tests/test_entity_boundary.py`` checks the return annotations at the boundary (no ``sqlite3.Row``
or ``dict[str, Any]`` reaches ``gui/`` or ``cli/``); this file checks the entities themselves and
that the annotations are true at run time:

* every public class in ``core/entities/`` is a ``@dataclass(frozen=True, slots=True)`` or, for the
  few every login or search builds, the same written out (``entities._frozen.Frozen``: its fields are
  its annotated ``__slots__``) — assigning to a field raises, and there is no ``__dict__`` to grow an
  unknown attribute on;
* no entity field is annotated as a row, and no entity module imports ``sqlite3``;
* on a real archive, the catalog methods a page or a command calls hand back those entities, not
  rows — a query that went back to ``dict(r)`` fails here even if its annotation was left alone.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import sqlite3
from pathlib import Path

import pytest

import desktop_app.core.entities as entities_pkg
from desktop_app.core.entities._frozen import Frozen, as_dict, replace

ENTITY_MODULES = [m.name for m in pkgutil.iter_modules(entities_pkg.__path__, entities_pkg.__name__ + ".")
                  if not m.name.rsplit(".", 1)[1].startswith("_")]


def _entity_classes() -> list[type]:
    out = []
    for name in ENTITY_MODULES:
        mod = importlib.import_module(name)
        out += [obj for n, obj in vars(mod).items()
                if inspect.isclass(obj) and obj.__module__ == mod.__name__ and not n.startswith("_")]
    return out


def test_there_are_entity_modules_and_classes() -> None:
    assert len(ENTITY_MODULES) >= 8 and len(_entity_classes()) >= 30


@pytest.mark.parametrize("cls", _entity_classes(), ids=lambda c: f"{c.__module__.rsplit('.', 1)[1]}.{c.__name__}")
def test_every_entity_is_a_frozen_slotted_dataclass(cls: type) -> None:
    if issubclass(cls, Frozen):              # written out: the same guarantees, checked on the class
        assert "__slots__" in vars(cls), f"{cls.__name__} has no __slots__"
        assert tuple(vars(cls).get("__annotations__", {})) == cls.__slots__, f"{cls.__name__}: fields ≠ slots"
        assert cls.__setattr__ is Frozen.__setattr__ and cls.__delattr__ is Frozen.__delattr__, cls.__name__
        for name, ann in cls.__annotations__.items():
            assert "Row" not in str(ann).replace("Rows", ""), f"{cls.__name__}.{name}: {ann}"
        return
    assert dataclasses.is_dataclass(cls), f"{cls.__name__} is not a dataclass"
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    assert params.frozen, f"{cls.__name__} is not frozen"
    assert "__slots__" in vars(cls), f"{cls.__name__} has no __slots__ (slots=True)"
    for f in dataclasses.fields(cls):
        assert "Row" not in str(f.type).replace("Rows", ""), f"{cls.__name__}.{f.name}: {f.type}"


def test_entity_modules_do_not_import_sqlite3() -> None:
    root = Path(entities_pkg.__file__).parent
    for path in root.glob("*.py"):
        assert "import sqlite3" not in path.read_text(encoding="utf-8"), path.name


def test_an_entity_cannot_be_changed_or_grown(archive) -> None:
    user = archive.catalog.users.get("admin")
    assert user is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        user.name = "other"  # type: ignore[misc]
    with pytest.raises((AttributeError, TypeError)):
        user.password = "x"  # type: ignore[attr-defined]


def test_the_catalog_hands_back_entities_not_rows(archive, tmp_path) -> None:
    """Each catalog area of this change, called on a real archive: no row, no dict."""
    from pkgbuilder import make_package

    from desktop_app.core.audit_report import entries
    from desktop_app.core.checks.service import run_checks
    from desktop_app.core.entities.audit import AuditEntry, AuditKeyMeta
    from desktop_app.core.entities.audit_checks import AuditListing
    from desktop_app.core.entities.checks import CheckResult, CheckRunInfo, MatrixRow
    from desktop_app.core.entities.preserve import CaseStats
    from desktop_app.core.entities.users import UserAccount
    from desktop_app.core.intake.service import import_paths
    from desktop_app.core.preserve.backup import run_backup

    fields = {"electronic_record_code": "350100-Z001-T0001-2024-D30-000001", "project_id": "BJ2024000001",
              "project_name": "第1号办件", "apply_name": "申请人1", "receive_time": "2024-03-01 09:00:00",
              "transact_time": "2024-04-01 16:30:00"}
    report = import_paths(archive, [make_package(tmp_path / "pkg", fields)])
    assert report.imported and not report.failed
    cat = archive.catalog
    run = run_checks(archive, "archiving")
    values: list[object] = [
        *cat.users.all(), cat.audit.last(), *cat.audit.search(limit=5), *cat.access.audit_filter(limit=5),
        cat.audit_keys.meta(), *entries(archive), *cat.checks.runs(), *cat.checks.results(run.run_id)[:5],
        *cat.checks.matrix(run.run_id, ("真实性",)), cat.preserve.case_stats(), *cat.access.permits(),
    ]
    res = run_backup(archive, tmp_path / "backups")
    values += [cat.preserve.backup(res.backup_id), *cat.preserve.stored_components()[:3]]
    for v in values:
        assert v is not None
        assert not isinstance(v, sqlite3.Row | dict), type(v)
        assert dataclasses.is_dataclass(v) or isinstance(v, Frozen), type(v)
    kinds = {type(v) for v in values}
    assert {UserAccount, AuditEntry, AuditKeyMeta, AuditListing, CheckRunInfo, CheckResult, MatrixRow,
            CaseStats} <= kinds


def test_a_written_out_entity_behaves_as_its_dataclass_would() -> None:
    """``Frozen`` (the entities a login or search builds) against the frozen slotted dataclass it
    stands for: fields in order, equality and hash by value, repr, no change, copy and pickle,
    ``as_dict`` / ``replace`` as ``dataclasses.asdict`` / ``dataclasses.replace``."""
    import copy
    import pickle

    from desktop_app.core.entities.audit import AuditKeySlot
    from desktop_app.core.entities.search import SearchCase
    from desktop_app.core.status import Status

    @dataclasses.dataclass(frozen=True, slots=True)
    class Twin:
        user_name: str
        kdf: str
        cipher: str
        nonce: str
        wrapped: str
        created_at: str

    values = ("bob", "login$16384$8$1$c2FsdA==", "HMAC-SM3-EtM", "bm9uY2U=", "d3JhcHBlZA==", "2026-12-07 10:00:00")
    slot, twin = AuditKeySlot(*values), Twin(*values)
    assert as_dict(slot) == dataclasses.asdict(twin) and list(as_dict(slot)) == list(dataclasses.asdict(twin))
    assert repr(slot) == "AuditKeySlot(" + repr(twin).split("Twin(", 1)[1]
    assert slot == AuditKeySlot(*values) and hash(slot) == hash(AuditKeySlot(*values))
    assert slot != AuditKeySlot(*values[:-1], "later") and slot != twin
    with pytest.raises(dataclasses.FrozenInstanceError):
        slot.kdf = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del slot.kdf  # type: ignore[misc]
    with pytest.raises(AttributeError):
        slot.extra = 1  # type: ignore[attr-defined]
    assert not hasattr(slot, "__dict__")
    assert copy.copy(slot) == slot and copy.deepcopy(slot) == slot and pickle.loads(pickle.dumps(slot)) == slot
    moved = replace(slot, user_name="admin")
    assert moved.user_name == "admin" and moved.kdf == slot.kdf and slot.user_name == "bob"
    assert replace(twin, user_name="admin") == dataclasses.replace(twin, user_name="admin")
    with pytest.raises(TypeError):
        replace(slot, password="x")
    with pytest.raises(TypeError):
        AuditKeySlot(*values[:-1])  # type: ignore[call-arg]
    case = SearchCase(1, "350100-0059-0000000001-2024-Y-000000", "SP1", "登记", "项目", "申请人", Status("archived"),
                      "Z001-2024-Y-0001", "Y", 2024, "2024-01-01 00:00:00")
    assert as_dict(case)["status"] is Status("archived") and list(as_dict(case))[:2] == ["id", "electronic_record_code"]
