"""Issue 17, class 9: several processes running mixed commands on one archive at once — two archive
runs, fixity, an import, a backup, list and audit list.  Afterwards ``audit verify`` (the catalog
chain and the audit.log mirror, which two appending processes used to write out of order — a tamper
alarm that never cleared), ``fixity`` and ``PRAGMA integrity_check`` are all clean."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from crash_harness import PASSWORD, REPO, _packages, child_env
from invariants import check_archive
from test_concurrency import ARCHIVER, BACKUP, cli, finish, spawn

from desktop_app.core.archive_handle import Archive
from desktop_app.core.intake.service import import_paths
from desktop_app.core.retention import import_default_table


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("mixed")
    arch = Archive.init(tmp / "arch", fonds="Z001", name="并发测试", password=PASSWORD)
    import_default_table(arch)
    assert not import_paths(arch, [_packages(tmp / "batch-a", 8, 30_000, "MA")]).failed
    arch.close()
    _packages(tmp / "batch-b", 5, 30_000, "MB")
    return tmp


def run_json(root, *args: str) -> tuple[int, dict]:
    p = subprocess.run([sys.executable, "-m", "desktop_app", "--archive", str(root), "--json", *args],
                       capture_output=True, text=True, encoding="utf-8", env=child_env(), cwd=REPO, timeout=300)
    assert "Traceback" not in p.stderr, p.stderr[-2000:]
    return p.returncode, (json.loads(p.stdout) if p.stdout.strip().startswith("{") else {"raw": p.stderr})


@pytest.mark.parametrize("round_", range(2))
def test_mixed_commands_from_several_processes_leave_a_clean_archive(base, tmp_path, round_):
    root = tmp_path / "arch"
    shutil.copytree(base / "arch", root)
    procs = [spawn(ARCHIVER, str(root)), spawn(ARCHIVER, str(root)), cli(root, "fixity"),
             cli(root, "import", str(base / "batch-b")), spawn(BACKUP, str(root), str(tmp_path / "disk")),
             cli(root, "list"), cli(root, "audit", "list", "--limit", "5"), cli(root, "fixity")]
    outs = [finish(p) for p in procs]
    for code, out in outs:
        assert code in (0, 1), out[-800:]                 # worked, or found/refused something with a message
    h = check_archive(root, backup_dests=(tmp_path / "disk",))        # includes PRAGMA integrity_check
    assert h.cases == 13
    code, doc = run_json(root, "audit", "verify")
    assert code == 0 and doc.get("ok", True), doc
    code, doc = run_json(root, "fixity")
    assert code == 0, doc


RECORDER = """
    import sys
    from pathlib import Path
    from desktop_app.core.archive_handle import Archive
    a = Archive.open(Path(sys.argv[1]), user="admin", password="password123")
    for n in range(int(sys.argv[2])):
        a.record("test.concurrent", "process", sys.argv[3], n=n)     # each one appends to audit.log after commit
    a.close()
    print("recorded", flush=True)
"""


def test_audit_mirror_stays_in_order_under_concurrent_appenders(base, tmp_path):
    root = tmp_path / "arch"
    shutil.copytree(base / "arch", root)
    procs = [spawn(RECORDER, str(root), "150", f"p{i}") for i in range(4)] + [cli(root, "fixity")]
    for p in procs:
        code, out = finish(p)
        assert code in (0, 1), out[-800:]
    code, doc = run_json(root, "audit", "verify")
    assert code == 0, json.dumps(doc, ensure_ascii=False)[:2000]
    lines = (root / "audit" / "audit.log").read_text(encoding="utf-8").splitlines()
    seqs = [json.loads(line)["seq"] for line in lines]
    assert seqs == sorted(set(seqs)) and len(seqs) >= 600, (len(seqs), len(set(seqs)))
