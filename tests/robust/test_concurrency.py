"""Two ArchDesk processes on one archive: the CLI while the "GUI" process holds the archive open and
imports; two imports of the same batch at once; two processes archiving the same cases; an archive
step racing a backup.  Each either works or is refused with a clear message (never an internal
error), and afterwards the archive passes every invariant with no duplicate case and no duplicate 档号."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from crash_harness import PASSWORD, REPO, _packages, child_env
from invariants import check_archive

from desktop_app.core.archive_handle import Archive
from desktop_app.core.intake.service import import_paths
from desktop_app.core.preserve.restore import restore_backup
from desktop_app.core.retention import import_default_table

GUI = """
    import sys, time
    from pathlib import Path
    import desktop_app.core.intake.ingest as ingest
    from desktop_app.core.archive_handle import Archive
    from desktop_app.core.intake.service import import_paths
    real = ingest.write_staged_with_digest
    def slow(*a, **kw):
        time.sleep(0.12)                   # a slow disk: the import stays alive for a while
        return real(*a, **kw)
    ingest.write_staged_with_digest = slow
    a = Archive.open(Path(sys.argv[1]), user="admin", password="password123")   # the window stays open
    print("open", flush=True)
    rep = import_paths(a, [Path(sys.argv[2])])
    print("imported", len(rep.imported), len(rep.failed), flush=True)
    time.sleep(float(sys.argv[3]))
    a.close()
"""

ARCHIVER = """
    import sys
    from pathlib import Path
    from desktop_app.core.archive_handle import Archive
    from desktop_app.core.archiving import archive_cases
    from desktop_app.core.errors import ArchDeskError
    from desktop_app.core.retention import classify_cases
    a = Archive.open(Path(sys.argv[1]), user="admin", password="password123")
    try:
        classify_cases(a, None)
        ids = [r["id"] for r in a.catalog.all("SELECT id FROM cases WHERE status IN ('classified','returned')")]
        rep = archive_cases(a, ids, override_reason="并发测试")
        print("archived", len(rep.archived), "failed", len(rep.failed), flush=True)
    except ArchDeskError as exc:
        print("refused", exc.message, flush=True)
"""

BACKUP = """
    import sys
    from pathlib import Path
    from desktop_app.core.archive_handle import Archive
    from desktop_app.core.errors import ArchDeskError
    from desktop_app.core.preserve.backup import run_backup
    a = Archive.open(Path(sys.argv[1]), user="admin", password="password123")
    try:
        r = run_backup(a, Path(sys.argv[2]))
        print("backup", r.folder, flush=True)
    except ArchDeskError as exc:
        print("refused", exc.message, flush=True)
"""


def spawn(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=child_env(), cwd=REPO)


def cli(root: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "desktop_app", "--archive", str(root), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=child_env(), cwd=REPO)


def finish(p: subprocess.Popen[str]) -> tuple[int, str]:
    out, err = p.communicate(timeout=300)
    assert "Traceback" not in err and "内部错误" not in err, err[-2000:]
    return p.returncode, out + err


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("conc")
    arch = Archive.init(tmp / "arch", fonds="Z001", name="并发测试", password=PASSWORD)
    import_default_table(arch)
    arch.close()
    _packages(tmp / "batch-a", 10, 60_000, "CA")
    _packages(tmp / "batch-b", 6, 60_000, "CB")
    return tmp


def fresh(base: Path, tmp: Path) -> Path:
    shutil.copytree(base / "arch", tmp / "arch")
    return tmp / "arch"


def test_cli_while_the_gui_imports(base, tmp_path):
    root = fresh(base, tmp_path)
    gui = spawn(GUI, str(root), str(base / "batch-a"), "1")
    assert gui.stdout.readline().strip() == "open"
    time.sleep(0.3)
    results = [finish(cli(root, "list")), finish(cli(root, "import", str(base / "batch-b"))),
               finish(cli(root, "import", str(base / "batch-a")))]
    code, out = finish(gui)
    assert code == 0 and "imported" in out, out
    for code, out in results:
        print("cli:", code, out.strip().splitlines()[-1][:120] if out.strip() else "")
        assert code in (0, 1), out                     # worked, or refused/partly skipped with a message
    h = check_archive(root)
    assert h.cases == 16                               # every package exactly once
    arch = Archive.open(root, as_system=True)
    assert arch.catalog.scalar("SELECT count(DISTINCT electronic_record_code) FROM cases") == 16
    arch.close()


@pytest.mark.parametrize("round_", range(3))       # a race: several rounds
def test_two_imports_of_the_same_batch_at_once(base, tmp_path, round_):
    root = fresh(base, tmp_path)
    a, b = cli(root, "import", str(base / "batch-a")), cli(root, "import", str(base / "batch-a"))
    for code, out in (finish(a), finish(b)):
        assert code in (0, 1), out
    assert check_archive(root).cases == 10


def test_two_processes_archiving_the_same_cases(base, tmp_path):
    root = fresh(base, tmp_path)
    arch = Archive.open(root, user="admin", password=PASSWORD)
    assert not import_paths(arch, [base / "batch-a"]).failed
    arch.close()
    a, b = spawn(ARCHIVER, str(root)), spawn(ARCHIVER, str(root))
    outs = [finish(a), finish(b)]
    print("archivers:", [o.strip()[-100:] for _, o in outs])
    assert all(code == 0 for code, _ in outs), outs
    h = check_archive(root)                            # asserts no duplicate 档号
    if h.archived < 10:                                # the loser was refused: a re-run finishes
        finish(spawn(ARCHIVER, str(root)))
    assert check_archive(root).archived == 10


def test_archive_step_racing_a_backup(base, tmp_path):
    root = fresh(base, tmp_path)
    arch = Archive.open(root, user="admin", password=PASSWORD)
    assert not import_paths(arch, [base / "batch-a"]).failed
    arch.close()
    disk = tmp_path / "disk"
    a, b = spawn(ARCHIVER, str(root)), spawn(BACKUP, str(root), str(disk))
    (ca, oa), (cb, ob) = finish(a), finish(b)
    print("race:", oa.strip()[-100:], "|", ob.strip()[-100:])
    assert ca == 0 and cb == 0, (oa, ob)
    check_archive(root, backup_dests=(disk,))
    if "backup" in ob:                                 # whatever moment it saw, the backup restores whole
        folder = ob.split("backup", 1)[1].strip().splitlines()[0]
        rep = restore_backup(folder, tmp_path / "restored")
        assert rep.ok, rep.problems
        check_archive(tmp_path / "restored")
