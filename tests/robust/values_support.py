"""Shared set-up of the issue-17 tests: a small agency archive with imported cases, the CLI in
process (``--json``), and the before/after snapshot of test_hostile."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from crash_harness import PASSWORD
from pkgbuilder import DEFAULT_FIELDS, make_package
from test_hostile import snapshot

from desktop_app.cli import main
from desktop_app.core.archive_handle import Archive
from desktop_app.core.intake.service import import_paths
from desktop_app.core.retention import import_default_table

CJK = re.compile(r"[\u4e00-\u9fff]")
__all__ = ["CJK", "PASSWORD", "fields", "intake_files", "make_agency", "run_cli", "snapshot"]


def fields(tag: str, **extra: str) -> dict[str, str]:
    return {**DEFAULT_FIELDS, "electronic_record_code": f"350100-Z001-0001-2024-D30-{tag}",
            "project_id": f"BJ-{tag}", **extra}


def make_agency(root: Path, n: int = 2) -> Path:
    """An agency archive with ``n`` imported (not archived) cases and the default retention table."""
    arch = Archive.init(root, fonds="Z001", name="测试县政务服务中心", password=PASSWORD)
    try:
        import_default_table(arch)
        pkgs = [make_package(root.parent / f"pkgs-{root.name}" / f"p{i}", fields=fields(f"OK{i}")) for i in range(n)]
        rep = import_paths(arch, pkgs)
        assert not rep.failed and len(rep.imported) == n, rep.failed
    finally:
        arch.close()
    return root


def intake_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted((root / "intake").rglob("*"))
            if p.is_file()}


def run_cli(capsys, monkeypatch) -> Callable[..., tuple[int, str, dict]]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ARCHDESK_USER", "admin")
    monkeypatch.setenv("ARCHDESK_PASSWORD", PASSWORD)

    def run(*argv: str) -> tuple[int, str, dict]:
        code = main(["--json", *argv])
        out, err = capsys.readouterr()
        try:
            doc = json.loads(out) if out.strip().startswith("{") else {}
        except ValueError:
            doc = {}
        return code, out + err, doc
    return run
