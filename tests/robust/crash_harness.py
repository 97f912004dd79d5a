"""Crash harness: run one ArchDesk operation in a child process, SIGKILL it at a random moment,
reopen the archive (start-up recovery runs) and check every invariant (``invariants.check_archive``);
at the end re-run the operation and check that it completes.

Seven operations: import, classify+archive, transfer writing (carrier folder, BagIt), receipt, backup,
destruction.  Each has a prepared starting archive (built once into ``bases``, copied per round).  Used by
tests/robust/test_crash.py (short mode) and bench/crash_long.py (``--kills N``).
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

from invariants import check_archive

REPO = Path(__file__).resolve().parents[2]
TESTS = REPO / "tests"
PASSWORD = "password123"
KEYPASS = "keypass-123"
OVERRIDE = "崩溃测试：人工确认越过检测"
TODAY = date(2026, 6, 1)


def child_env() -> dict[str, str]:
    path = os.pathsep.join([str(REPO), str(TESTS), str(TESTS / "core"), str(TESTS / "robust")])
    return {**os.environ, "ARCHDESK_USER": "admin", "ARCHDESK_PASSWORD": PASSWORD,
            "ARCHDESK_KEY_PASSPHRASE": KEYPASS, "PYTHONPATH": path, "QT_QPA_PLATFORM": "offscreen"}


def _cli(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop_app", "--archive", str(root), *args]


def _py(code: str) -> list[str]:
    return [sys.executable, "-c", textwrap.dedent(code)]


# -- the prepared starting points --------------------------------------------------------------
def _packages(dest: Path, n: int, size: int, tag: str) -> Path:
    from arrange_support import case_fields
    from pkgbuilder import PDF, make_package

    rnd = random.Random(n)
    for i in range(1, n + 1):
        files = {"申报文件/申请表.pdf": PDF + b"%" + rnd.randbytes(size) + b"\n",
                 "结果文件/执照.pdf": PDF + b"%r" + rnd.randbytes(size // 2) + b"\n"}
        spec = case_fields(i, electronic_record_code=f"350100-Z001-{tag}-2024-D30-{i:06d}",
                           project_id=f"{tag}2024{i:06d}", task_name="个体工商户登记", task_type="行政许可",
                           result="准予登记")
        make_package(dest / f"p{i:03d}", spec, files, as_zip=i % 4 == 0)
    return dest


def build_bases(where: Path, n: int = 12, size: int = 150_000) -> Path:
    """Every starting archive, under ``where`` (idempotent: reused when already built)."""
    if (where / "ready").exists():
        return where
    from carrier_support import archives_archive, build_agency
    from preserve_support import archived_cases, second_user

    from desktop_app.core.archive_handle import Archive
    from desktop_app.core.intake.service import import_paths
    from desktop_app.core.preserve import destruction
    from desktop_app.core.retention import import_default_table
    from desktop_app.core.transfer.create import create_transfer

    shutil.rmtree(where, ignore_errors=True)
    # import: an empty archive and a batch
    b = where / "import"
    Archive.init(b / "arch", fonds="Z001", name="测试县政务服务中心", password=PASSWORD).close()
    _packages(b / "batch", n, size, "IM")
    # archive: imported cases, retention table loaded (the child classifies and archives)
    b = where / "archive"
    arch = Archive.init(b / "arch", fonds="Z001", name="测试县政务服务中心", password=PASSWORD)
    import_default_table(arch)
    rep = import_paths(arch, [_packages(where / "scratch" / "ar", n, size, "AR")])
    assert not rep.failed, rep.failed
    arch.close()
    # transfer + backup: an agency archive with archived cases and a signing key
    build_agency(where / "agency" / "arch", n=n, big=size)
    # receive: an archives archive and a carrier written by the agency
    b = where / "receive"
    shutil.copytree(where / "agency" / "arch", where / "scratch" / "agency2")
    arch = Archive.open(where / "scratch" / "agency2", user="admin", password=PASSWORD)
    ids = [r["id"] for r in arch.catalog.all("SELECT id FROM cases WHERE status='archived'")]
    res = create_transfer(arch, where / "scratch" / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE)
    arch.close()
    shutil.copytree(res.volumes[0].path, b / "carrier")
    shutil.copy(where / "agency" / "agency.pem", where / "scratch" / "agency.pem")
    archives_archive(b / "arch", where / "scratch" / "agency.pem").close()
    (b / "n").write_text(str(len(ids)))
    # destroy: expired archived cases in an approved destruction list
    b = where / "destroy"
    arch = Archive.init(b / "arch", fonds="Z001", name="测试县政务服务中心", password=PASSWORD)
    ids = archived_cases(arch, where / "scratch" / "de", n, year=2010, retention="D10",
                         files={"申报文件/申请表.pdf": os.urandom(size), "结果文件/执照.pdf": os.urandom(size)})
    approver = second_user(arch, "secadm", ["secadmin"])
    did = destruction.propose(arch, ids, reason="期满鉴定：无继续保存价值", today=TODAY)
    destruction.approve(approver, did)
    (b / "did").write_text(str(did))
    approver.close()
    arch.close()
    shutil.rmtree(where / "scratch")
    (where / "ready").write_text("ok")
    return where


# -- operations --------------------------------------------------------------------------------
@dataclass
class Op:
    name: str
    base: str                                    # folder under the bases
    command: Callable[[Path], list[str]]         # work dir -> child argv (may look at the catalog)
    finished: Callable[[Path], bool]             # is the operation complete in this work dir?
    backups: bool = False
    carriers: bool = False


def _scalar(work: Path, sql: str) -> object:
    con = sqlite3.connect(f"file:{work / 'arch' / 'catalog.sqlite'}?mode=ro", uri=True)
    try:
        row = con.execute(sql).fetchone()
        return row[0] if row else None
    finally:
        con.close()


def _transfer_cmd(work: Path, *extra: str) -> list[str]:
    tid = _scalar(work, "SELECT transfer_id FROM transfers WHERE state IN ('interrupted','writing','planned') "
                        "ORDER BY rowid DESC")
    if tid:
        return _cli(work / "arch", "transfer", "create", "--resume", str(tid))
    return _cli(work / "arch", "transfer", "create", "--out", str(work / "out"), "--all-archived",
                "--override-reason", OVERRIDE, *extra)


ARCHIVE_CHILD = """
    import sys
    from pathlib import Path
    from desktop_app.core.archive_handle import Archive
    from desktop_app.core.archiving import archive_cases
    from desktop_app.core.retention import classify_cases
    a = Archive.open(Path(sys.argv[1]), user="admin", password="password123")
    classify_cases(a, None)
    ids = [r["id"] for r in a.catalog.all("SELECT id FROM cases WHERE status IN ('classified','returned')")]
    rep = archive_cases(a, ids, override_reason="崩溃测试：人工确认越过检测")
    sys.exit(1 if rep.failed else 0)
"""

DESTROY_CHILD = """
    import sys
    from pathlib import Path
    from desktop_app.core.archive_handle import Archive
    from desktop_app.core.preserve import destruction
    a = Archive.open(Path(sys.argv[1]), user="secadm", password="password123")
    did = int(sys.argv[2])
    if a.catalog.preserve.destruction(did).state == "approved":
        destruction.execute(a, did)
"""

OPS: dict[str, Op] = {
    "import": Op("import", "import", lambda w: _cli(w / "arch", "import", str(w / "batch")),
                 lambda w: _scalar(w, "SELECT count(*) FROM cases") == len(list((w / "batch").iterdir()))),
    "archive": Op("archive", "archive", lambda w: [*_py(ARCHIVE_CHILD), str(w / "arch")],
                  lambda w: _scalar(w, "SELECT count(*) FROM cases WHERE status!='archived'") == 0),
    "transfer": Op("transfer", "agency", _transfer_cmd,
                   lambda w: _scalar(w, "SELECT count(*) FROM transfers WHERE state='done'") == 1, carriers=True),
    "transfer-bagit": Op("transfer-bagit", "agency", lambda w: _transfer_cmd(w, "--format", "bagit"),
                         lambda w: _scalar(w, "SELECT count(*) FROM transfers WHERE state='done'") == 1,
                         carriers=True),
    "receive": Op("receive", "receive",
                  lambda w: _cli(w / "arch", "receive", str(w / "carrier"), "--accept", "--override-reason", OVERRIDE),
                  lambda w: _scalar(w, "SELECT count(*) FROM cases WHERE status='archived'")
                  == int((w / "n").read_text())),
    "backup": Op("backup", "agency", lambda w: _cli(w / "arch", "backup", str(w / "disk")),
                 lambda w: _scalar(w, "SELECT count(*) FROM backups WHERE state='verified'") == 1, backups=True),
    "destroy": Op("destroy", "destroy",
                  lambda w: [*_py(DESTROY_CHILD), str(w / "arch"), (w / "did").read_text()],
                  lambda w: _scalar(w, "SELECT count(*) FROM destructions WHERE state='executed'") == 1),
}


@dataclass
class Tally:
    op: str
    kills: int = 0            # SIGKILLs delivered while the child was running
    recovered: int = 0        # of those, kills after which start-up recovery had a journal row to handle
    completed_runs: int = 0   # runs that finished before the kill came
    duration: float = 0.0     # one full run (seconds), for picking kill moments
    failures: list[str] = field(default_factory=list)


def _reset(bases: Path, op: Op, work: Path) -> None:
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(bases / op.base, work, symlinks=True)


def _run(cmd: list[str], kill_after: float | None, work: Path | None = None, window: float = 0.0
         ) -> tuple[bool, int]:
    """Run the child; SIGKILL it ``kill_after`` seconds after start or, with ``work``, a random moment
    within ``window`` seconds after its journal row appears (so the kill lands inside the operation).
    Returns (killed, returncode)."""
    with tempfile.TemporaryFile() as errfile:
        proc = _spawn(cmd, errfile)
        if work is not None and kill_after is not None:
            _wait_for_op(work, proc, kill_after)
            kill_after = window
        try:
            proc.wait(timeout=kill_after)
            killed = False
        except subprocess.TimeoutExpired:
            proc.kill()          # SIGKILL; TerminateProcess on Windows
            killed = True
        proc.wait(timeout=300)
        if not killed and proc.returncode not in (0,):
            raise AssertionError(f"child failed ({proc.returncode}): {_tail(errfile)}")
    return killed, proc.returncode


def _spawn(cmd: list[str], errfile: IO[bytes]) -> subprocess.Popen[bytes]:
    """The child, its stderr to a file, not a pipe: under Wine a format-sandbox worker whose parent
    was killed while spawning it stays blocked (its pipe never breaks) and, holding the inherited
    stderr, kept a pipe reader (``communicate``) waiting for an end that never came."""
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errfile, env=child_env(), cwd=REPO)


def _tail(errfile: IO[bytes]) -> str:
    errfile.seek(0)
    return errfile.read().decode(errors="replace")[-2000:]


def _wait_for_op(work: Path, proc: subprocess.Popen[bytes], limit: float) -> bool:
    end = time.monotonic() + limit
    while time.monotonic() < end and proc.poll() is None:
        with contextlib.suppress(sqlite3.Error):
            if _running_ops(work):
                return True
        time.sleep(0.004)
    return False


def _running_ops(work: Path) -> int:
    return int(_scalar(work, "SELECT count(*) FROM operations WHERE state='running'") or 0)


def check(op: Op, work: Path) -> None:
    check_archive(work / "arch", backup_dests=(work / "disk",) if op.backups else (),
                  carrier_dirs=(work / "out",) if op.carriers else ())


def hammer(bases: Path, name: str, work: Path, kills: int, seed: int = 0) -> Tally:
    """Kill the operation ``kills`` times at random moments; check after each; finally re-run it."""
    op = OPS[name]
    rnd = random.Random(f"{name}-{seed}")
    tally = Tally(name)
    _reset(bases, op, work)
    t0 = time.monotonic()
    with tempfile.TemporaryFile() as errfile:
        proc = _spawn(op.command(work), errfile)
        seen = _wait_for_op(work, proc, 600)
        t_op = time.monotonic() - t0
        proc.wait(timeout=600)
        assert proc.returncode == 0, _tail(errfile)
    tally.duration = time.monotonic() - t0
    window = max(tally.duration - t_op, 0.05) if seen else tally.duration
    assert op.finished(work), f"{name}: a full run did not complete the operation"
    check(op, work)
    _reset(bases, op, work)
    attempts = 0
    while tally.kills < kills and attempts < kills * 4:
        attempts += 1
        if op.finished(work):
            _reset(bases, op, work)
        if attempts % 2:      # a random moment of the whole run (start-up and recovery included)
            killed, _rc = _run(op.command(work), rnd.uniform(0.15, 1.05) * tally.duration)
        else:                 # a random moment inside the operation (after its journal row exists)
            killed, _rc = _run(op.command(work), tally.duration * 2, work, rnd.uniform(0.0, 1.1) * window)
        if not killed:
            tally.completed_runs += 1
            continue
        tally.kills += 1
        tally.recovered += _running_ops(work) > 0
        check(op, work)                                     # reopen: recovery + invariants
    if not op.finished(work):
        _run(op.command(work), None)                        # the re-run completes the operation
    assert op.finished(work), f"{name}: re-run after kills did not complete"
    check(op, work)
    return tally
