"""The case-status state machine: every allowed transition moves the case and is audited with its
operation; every other (status, status, operation) is refused and changes nothing; no module but
``core/lifecycle.py`` writes a case's status."""

from __future__ import annotations

import ast
import itertools
import json
import re
from pathlib import Path

import pytest

from bench.synthetic_cases import insert_synthetic_cases
from desktop_app.core import lifecycle
from desktop_app.core.archive_handle import Archive
from desktop_app.core.entities._frozen import as_dict
from desktop_app.core.errors import NotFound, PermissionDenied, StateError
from desktop_app.core.lifecycle import OPERATIONS, TRANSITIONS, change_status
from desktop_app.core.model import Status
from desktop_app.core.security import User

PACKAGE = Path(lifecycle.__file__).resolve().parents[1]


def _one_case(archive: Archive, status: Status) -> int:
    cat = archive.catalog
    insert_synthetic_cases(cat, 1, prefix=f"L{cat.cases.count()}")
    cid = max(cat.cases.ids())
    cat.cases.set_status(cid, status.value)      # fixture: put the case where the walk starts
    return cid


def _status_entries(archive: Archive, cid: int) -> list[dict]:
    return [{**as_dict(r), "detail": json.loads(r.detail)}
            for r in archive.catalog.audit.search(action="case.status", object_id=str(cid))]


def test_every_allowed_transition_moves_and_audits(archive: Archive) -> None:
    assert len(TRANSITIONS) == len({(t.source, t.target, t.operation) for t in TRANSITIONS})
    for t in TRANSITIONS:
        cid = _one_case(archive, t.source)
        moved = change_status(archive.catalog, cid, t.target, t.operation, actor=archive.user, run_id=7)
        assert moved == {cid: t.source.value}
        assert archive.catalog.cases.get(cid).status == t.target.value
        (entry,) = _status_entries(archive, cid)
        assert entry["actor"] == archive.user.name
        assert entry["detail"] == {"old": t.source.value, "new": t.target.value, "operation": t.operation,
                                   "run_id": 7}


def test_every_forbidden_transition_is_refused_and_changes_nothing(archive: Archive) -> None:
    allowed = {(t.source, t.target, t.operation) for t in TRANSITIONS}
    refused = 0
    for source, target, op in itertools.product(Status, Status, sorted(OPERATIONS)):
        if source == target or (source, target, op) in allowed:
            continue
        cid = _one_case(archive, source)
        before = archive.catalog.audit.count()
        with pytest.raises(StateError) as e:
            change_status(archive.catalog, cid, target, op, actor=archive.user)
        assert e.value.details["operation"] == op and "不能" in e.value.message
        assert archive.catalog.cases.get(cid).status == source.value
        assert _status_entries(archive, cid) == []
        assert archive.catalog.audit.count() == before
        refused += 1
    # 7 statuses, 42 ordered pairs, each with every operation, less the allowed rows
    assert refused == 42 * len(OPERATIONS) - len(allowed)
    # a destroyed case never moves again, by any operation
    assert not [t for t in TRANSITIONS if t.source == Status.DESTROYED]


def test_batch_is_all_or_nothing(archive: Archive) -> None:
    ok = [_one_case(archive, Status.ARCHIVED) for _ in range(3)]
    bad = _one_case(archive, Status.CLASSIFIED)
    with pytest.raises(StateError):
        change_status(archive.catalog, [*ok, bad], Status.TRANSFERRED, "transfer", actor=archive.user)
    assert {archive.catalog.cases.get(c).status for c in ok} == {"archived"}
    with pytest.raises(NotFound):
        change_status(archive.catalog, [*ok, 999_999], Status.TRANSFERRED, "transfer", actor=archive.user)
    assert {archive.catalog.cases.get(c).status for c in ok} == {"archived"}
    # a case already in the target is left alone (and not audited again)
    moved = change_status(archive.catalog, ok, Status.TRANSFERRED, "transfer", actor=archive.user)
    assert sorted(moved) == ok
    assert change_status(archive.catalog, ok, Status.TRANSFERRED, "transfer", actor=archive.user) == {}
    assert all(len(_status_entries(archive, c)) == 1 for c in ok)


def test_permission_of_the_row_is_required(archive: Archive) -> None:
    reader = User(99, "reader", frozenset({"reader"}))
    clerk = User(98, "clerk", frozenset({"clerk"}))
    cid = _one_case(archive, Status.IMPORTED)
    with pytest.raises(PermissionDenied):
        change_status(archive.catalog, cid, Status.CLASSIFIED, "classify", actor=reader)
    assert archive.catalog.cases.get(cid).status == "imported"
    secadmin = User(97, "sec", frozenset({"secadmin"}))
    cid2 = _one_case(archive, Status.ARCHIVED)
    with pytest.raises(PermissionDenied):          # the same move, by another operation's rule
        change_status(archive.catalog, cid2, Status.DESTROYED, "restore", actor=secadmin)
    assert archive.catalog.cases.get(cid2).status == "archived"
    change_status(archive.catalog, cid2, Status.DESTROYED, "destroy", actor=secadmin)
    assert archive.catalog.cases.get(cid2).status == "destroyed"
    change_status(archive.catalog, cid, Status.CLASSIFIED, "classify", actor=clerk)
    assert archive.catalog.cases.get(cid).status == "classified"
    with pytest.raises(ValueError):
        change_status(archive.catalog, cid, Status.CHECKED, "no-such-operation", actor=clerk)


# -- no other writer ---------------------------------------------------------------------------
_UPDATE_STATUS = re.compile(r"(?is)\bUPDATE\s+cases\b.*\bstatus\s*=")
_STATUS_FRAGMENT = re.compile(r"(?i)^[\s,]*status\s*=\s*[?'\"]")
# creating a case is not a transition: import inserts 'imported', rebuild restores its record's
INSERTERS = {"core/catalog/case_queries.py", "core/catalog/archiving_queries.py"}


def _strings(tree: ast.AST) -> list[str]:
    out = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    # f-strings: join their literal parts
    for n in ast.walk(tree):
        if isinstance(n, ast.JoinedStr):
            out.append("".join(v.value for v in n.values if isinstance(v, ast.Constant) and isinstance(v.value, str)))
    return out


def test_no_other_status_writer() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("core/catalog/migrations/"):
            continue
        src = path.read_text(encoding="utf-8")
        tree = ast.parse(src)
        for node in ast.walk(tree):       # the raw writer is called from the state machine only
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "set_status" and isinstance(node.func.value, ast.Attribute)
                    and node.func.value.attr == "cases" and rel != "core/lifecycle.py"):
                offenders.append(f"{rel}:{node.lineno} calls cases.set_status")
        for s in _strings(tree):
            if _UPDATE_STATUS.search(s) and not (rel == "core/catalog/case_queries.py" and
                                                  s.startswith("UPDATE cases SET status=?, updated_at=?")):
                offenders.append(f"{rel}: SQL writes cases.status: {s[:60]!r}")
            if _STATUS_FRAGMENT.search(s):
                offenders.append(f"{rel}: SQL fragment sets status: {s[:60]!r}")
            if re.search(r"(?i)\b(INSERT|REPLACE)\s+(OR\s+\w+\s+)?INTO\s+cases\s*\(", s) and rel not in INSERTERS:
                offenders.append(f"{rel}: inserts cases rows: {s[:60]!r}")
    assert offenders == []


def test_the_scan_finds_a_writer(tmp_path: Path) -> None:
    """The scanner itself works: the old forms it replaced would be found."""
    bad = ("cat.cases.set_status(1, 'transferred')\n"
           "c.execute(\"UPDATE cases SET status='archived', store_path=? WHERE id=?\")\n"
           "sets = ', status=?'\n")
    tree = ast.parse(bad)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
             and n.func.attr == "set_status"]
    assert calls
    strings = _strings(tree)
    assert any(_UPDATE_STATUS.search(s) for s in strings)
    assert any(_STATUS_FRAGMENT.search(s) for s in strings)
