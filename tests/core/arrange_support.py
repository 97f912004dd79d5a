"""Helpers for the retention / 档号 / archiving tests: real packages imported through intake."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pkgbuilder import make_package

from desktop_app.core.intake.service import import_paths


def case_fields(i: int, **over: str) -> dict[str, str]:
    day = 1 + (i % 27)
    f = {"electronic_record_code": f"350100-Z001-T{i:04d}-2024-D30-{i:06d}", "project_id": f"BJ2024{i:06d}",
         "project_name": f"第{i}号办件", "apply_name": f"申请人{i}",
         "receive_time": f"2024-03-{day:02d} 09:00:00", "transact_time": f"2024-04-{day:02d} 16:30:00"}
    f.update(over)
    return f


def import_cases(archive: Any, tmp: Path, specs: list[dict[str, str]]) -> list[int]:
    """Import one package per field dict; returns the case ids in the same order."""
    base = tmp / f"pkgs{len(list(tmp.glob('pkgs*')))}"
    paths = []
    for n, spec in enumerate(specs):
        paths.append(make_package(base / f"p{n:03d}", spec))
    report = import_paths(archive, paths)
    assert not report.failed, report.failed
    by_project = {archive.catalog.cases.get(cid).project_id: cid for cid in report.imported}
    return [by_project[s["project_id"]] for s in specs]


def set_status(archive: Any, ids: list[int], status: str = "checked") -> None:
    with archive.catalog.write():
        for cid in ids:
            archive.catalog.cases.set_status(cid, status)


def leftovers(tmp: Path) -> list[Path]:
    """Staging folders, temp files and archive-step locks left in the archive's .tmp (lock files of
    the operations journal under .tmp/oplocks and of open archives under .tmp/sessions are their
    own business)."""
    if not tmp.exists():
        return []
    found = [p for p in tmp.rglob("*") if p.is_file() or p.name.startswith("archive-")]
    return [p for p in found if not ({"oplocks", "sessions"} & set(p.relative_to(tmp).parts)) or p.suffix != ".lock"]
