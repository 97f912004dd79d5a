"""A check run loads ClamAV's signatures only for its own scan.  ``clamscan`` loads its whole signature
database at each start (10–30 s and about 1 GB with ClamAV's real database), so ``virus.detect`` no
longer proves it with a probe scan first: it runs ``clamscan --version`` and looks at the database —
and GD-4-1 still fails, with the cause, for a missing or broken program, a missing or empty database
folder, and (from the run's own scan) a database that does not load.

The scanner here is a stand-in for clamscan, a real program that logs every start (argv) and behaves
as ClamAV 1.4.6 does on this CI machine: ``--version`` prints ``ClamAV 1.4.6/NNNNN/date`` only when the
folder it would load (``-d``, else its default folder) has ``daily.cvd``; a scan first loads every
signature file of that folder (no signature file, or a malformed one: ``LibClamAV Error: …`` and exit
2, no file reported), then reports ``path: OK`` / ``path: Name FOUND``.  Every start that is not
``--version`` loads the signatures — those are counted.  A last test does the same with the real
ClamAV behind a logging wrapper (Linux)."""

from __future__ import annotations

import json
import stat
import sys
from pathlib import Path

import pytest
from test_checks_service import _import
from test_checks_support import EICAR, by_item, clam_database, clean_files, failing

from desktop_app.core import setup
from desktop_app.core.checks import virus
from desktop_app.core.checks.service import gate, run_checks
from desktop_app.core.digest import workers

FAKE = r'''
import json, os, sys
sys.stdout.reconfigure(encoding="utf-8")
sys.stderr.reconfigure(encoding="utf-8")
args = sys.argv[1:]
with open({log!r}, "a", encoding="utf-8") as fh:
    fh.write(json.dumps(args) + "\n")
db = args[args.index("-d") + 1] if "-d" in args else {default!r}
if "--version" in args:
    daily = os.path.join(db, "daily.cvd")
    if os.path.isfile(daily):    # header: ClamAV-VDB:date:version:…
        number = open(daily, encoding="ascii").read().split(":")[2]
        print(f"ClamAV 1.4.6/{{number}}/Mon Dec  7 09:00:00 2026")
    else:
        print("ClamAV 1.4.6")
    sys.exit(0)
signatures, loaded = {{}}, 0
for name in sorted(os.listdir(db)) if os.path.isdir(db) else []:
    path = os.path.join(db, name)
    if name.endswith(".cvd"):
        loaded += 1
    elif name.endswith(".ndb"):
        lines = open(path, encoding="ascii").read().splitlines()
        for line in lines:
            parts = line.split(":")
            if len(parts) != 4:
                print("LibClamAV Error: Problem parsing database at line 1", file=sys.stderr)
                print(f"LibClamAV Error: Can't load {{path}}: Malformed database", file=sys.stderr)
                print("ERROR: Malformed database", file=sys.stderr)
                sys.exit(2)
            signatures[parts[0]] = bytes.fromhex(parts[3])
        loaded += bool(lines)
if not loaded:
    print(f"LibClamAV Error: cli_loaddbdir: No supported database files found in {{db}}", file=sys.stderr)
    print("ERROR: Can't open file or directory", file=sys.stderr)
    sys.exit(2)
targets = [a for i, a in enumerate(args) if not a.startswith("-") and args[i - 1] != "-d"]
for a in args:
    if a.startswith("--file-list="):
        targets += open(a.split("=", 1)[1], encoding="utf-8").read().splitlines()
found = error = False
for t in filter(None, targets):
    try:
        data = open(t, "rb").read()
    except OSError:
        print(f"{{t}}: No such file or directory", file=sys.stderr)
        error = True
        continue
    hit = next((n for n, sig in signatures.items() if sig in data), None)
    print(f"{{t}}: {{hit}} FOUND" if hit else f"{{t}}: OK")
    found = found or hit is not None
sys.exit(2 if error else 1 if found else 0)
'''

BROKEN = r'''
import sys
print("clamscan: error while loading shared libraries: libclamav.so.12: cannot open shared object file",
      file=sys.stderr)
sys.exit(127)
'''


def _program(folder: Path, name: str, script: str) -> Path:
    """A program: a #! script on Linux, a batch file running the script on Windows."""
    folder.mkdir(parents=True, exist_ok=True)
    if sys.platform == "win32":
        (folder / f"{name}.py").write_text(script, "utf-8")
        exe = folder / f"{name}.bat"
        exe.write_text(f'@"{sys.executable}" "%~dp0{name}.py" %*\r\n@exit /b %ERRORLEVEL%\r\n', "utf-8")
        return exe
    exe = folder / name
    exe.write_text(f"#!{sys.executable}\n{script}", "utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return exe


class Clam:
    """The stand-in clamscan, its default signature folder and its log."""

    def __init__(self, tmp_path: Path) -> None:
        self.log = tmp_path / "clamscan.log"
        self.default = tmp_path / "default-db"
        self.default.mkdir()
        self.exe = _program(tmp_path / "clamav", "clamscan",
                            FAKE.format(log=str(self.log), default=str(self.default)))

    def starts(self) -> list[list[str]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text("utf-8").splitlines()]

    def loads(self) -> list[list[str]]:
        """The starts that load the signature database: every start but --version."""
        return [a for a in self.starts() if "--version" not in a]

    def clear(self) -> None:
        self.log.write_text("", "utf-8")

    def conf(self, database: Path | None) -> dict[str, str]:
        conf = {"kind": "clamscan", "path": str(self.exe)}
        if database is not None:
            conf["database"] = str(database)
        return conf


def _daily(folder: Path, number: int) -> None:
    (folder / "daily.cvd").write_text(f"ClamAV-VDB:07 Dec 2026 09-00 +0000:{number}:2000000:90:x:x:x:1", "ascii")


@pytest.fixture
def clam(tmp_path: Path) -> Clam:
    return Clam(tmp_path)


def _files(archive, ids) -> int:  # type: ignore[no-untyped-def]
    return sum(len(archive.catalog.cases.components(c)) for c in ids)


def test_a_check_run_loads_the_signatures_only_in_its_own_scan(archive, tmp_path, clam):
    archive.catalog.settings.set(virus.SETTING, clam.conf(clam_database(tmp_path / "clamdb")))
    ids = _import(archive, tmp_path, clean=None,
                  infected={**clean_files(), "申报文件/说明.pdf": b"%PDF-1.4\n" + EICAR + b"\n"})
    clam.clear()
    run = run_checks(archive, "archiving")
    n = _files(archive, ids.values())
    loads = clam.loads()
    # one load per scanning process, each scanning its part of the list — no probe scan of its own
    assert len(loads) == min(workers(), n) and all(any(a.startswith("--file-list=") for a in s) for s in loads)
    assert sum(1 for s in clam.starts() if "--version" in s) == 1
    assert by_item(run, ids["clean"])["GD-4-1"] == "pass" and by_item(run, ids["clean"])["GD-4-2"] == "pass"
    assert "GD-4-2" in failing(run, ids["infected"])
    r = next(r for r in run.results if r.case_id == ids["infected"] and r.item == "GD-4-2")
    assert "ArchDesk.Test.EICAR" in r.evidence[0]["found"]
    # every clean result reused: the signatures are not loaded at all, and GD-4-1 still stands
    clam.clear()
    again = run_checks(archive, "archiving", [ids["clean"]])
    assert clam.loads() == []
    assert by_item(again, ids["clean"])["GD-4-1"] == "pass"
    r = next(r for r in again.results if r.case_id == ids["clean"] and r.item == "GD-4-2")
    assert r.result == "pass" and "沿用" in r.detail


def test_the_default_folder_s_daily_version_is_in_the_fingerprint(archive, tmp_path, clam):
    """No database configured: ClamAV's own folder.  --version names its daily database (no scan
    needed to know it has signatures), and a new daily database means everything is scanned again."""
    clam_database(clam.default)
    _daily(clam.default, 27500)
    archive.catalog.settings.set(virus.SETTING, clam.conf(None))
    sc, why = virus.detect(archive.setting(virus.SETTING))
    assert sc is not None and sc.version.startswith("ClamAV 1.4.6/27500/"), why
    assert clam.loads() == []
    ids = _import(archive, tmp_path, clean=None)
    cid = ids["clean"]
    n = _files(archive, [cid])
    run_checks(archive, "archiving", [cid])
    assert len(clam.loads()) == min(workers(), n)
    clam.clear()
    run_checks(archive, "archiving", [cid])
    assert clam.loads() == []                                  # same daily database: reused
    _daily(clam.default, 27501)
    run = run_checks(archive, "archiving", [cid])
    loads = clam.loads()
    assert len(loads) == min(workers(), n)                     # new signatures: scanned again, once
    r = next(r for r in run.results if r.case_id == cid and r.item == "GD-4-2")
    assert r.result == "pass" and "沿用" not in r.detail


def test_without_a_daily_database_in_view_one_probe_scan_decides(archive, tmp_path, clam):
    """ClamAV's default folder without daily.cvd/.cld: --version cannot tell, so a scan does — once."""
    clam_database(clam.default)
    sc, why = virus.detect(clam.conf(None))
    assert sc is not None and sc.version == "ClamAV 1.4.6", why
    assert len(clam.loads()) == 1
    assert sum(1 for s in clam.starts() if "--version" in s) == 1     # asked once, not again by the probe
    for f in clam.default.iterdir():
        f.unlink()
    clam.clear()
    sc, why = virus.detect(clam.conf(None))
    assert sc is None and "退出码 2" in why and "No supported database files" in why
    assert len(clam.loads()) == 1


@pytest.mark.parametrize("case", ["no program", "broken program", "no database folder", "no signature file"])
def test_gd41_fails_with_the_cause_and_nothing_is_loaded(archive, tmp_path, clam, case):
    db = tmp_path / "clamdb"
    conf = clam.conf(db)
    if case == "no program":
        conf["path"] = str(tmp_path / "nowhere" / clam.exe.name)
        clam_database(db)
    elif case == "broken program":
        conf["path"] = str(_program(tmp_path / "broken", "clamscan", BROKEN))
        clam_database(db)
    elif case == "no signature file":      # what freshclam leaves beside the databases, an empty .ndb
        db.mkdir()
        (db / "freshclam.dat").write_bytes(b"\0" * 16)
        (db / "local.ign2").write_text("Some.Signature\n", "ascii")
        (db / "empty.ndb").write_bytes(b"")
    archive.catalog.settings.set(virus.SETTING, conf)
    ids = _import(archive, tmp_path, clean=None)
    cid = ids["clean"]
    clam.clear()
    run = run_checks(archive, "archiving")
    got = by_item(run, cid)
    assert got["GD-4-1"] == "fail" and got["GD-4-2"] == "manual"          # never a silent pass
    assert gate(archive, cid).environment == ["GD-4-1"] and not gate(archive, cid).failing
    r = next(r for r in run.results if r.case_id == cid and r.item == "GD-4-1")
    cause = r.evidence[0]["problem"]
    expected = {"no program": "程序不存在", "broken program": "退出码 127",
                "no database folder": "无法读取病毒库文件夹", "no signature file": "没有病毒库文件"}[case]
    assert expected in cause, cause
    if case == "broken program":
        assert "libclamav.so.12" in cause
    fix = run.environment()
    assert len(fix) == 1 and ("安装 ClamAV" if case == "no program" else "病毒库文件") in fix[0], fix
    assert clam.loads() == []


def test_a_database_that_does_not_load_fails_gd41_from_the_run_s_own_scan(archive, tmp_path, clam):
    """A malformed signature file passes detect's look (it does not load the signatures): the run's
    scan is the first to load them, fails — and GD-4-1 fails with ClamAV's reason, GD-4-2 is left to a
    person, the run is incomplete.  A file the scan cannot read is that file's problem, not GD-4-1's."""
    db = clam_database(tmp_path / "clamdb")
    (db / "local.ndb").write_text("garbage:zz\n", "ascii")
    archive.catalog.settings.set(virus.SETTING, clam.conf(db))
    ids = _import(archive, tmp_path, clean=None)
    cid = ids["clean"]
    sc, why = virus.detect(archive.setting(virus.SETTING))
    assert sc is not None, why
    clam.clear()
    run = run_checks(archive, "archiving")
    got = by_item(run, cid)
    assert got["GD-4-1"] == "fail" and got["GD-4-2"] == "manual"
    assert gate(archive, cid).environment == ["GD-4-1"] and not gate(archive, cid).failing and not run.passed
    r = next(r for r in run.results if r.case_id == cid and r.item == "GD-4-1")
    assert "退出码 2" in r.evidence[0]["problem"] and "Malformed database" in r.evidence[0]["problem"]
    assert "病毒库" in run.environment()[0]
    assert archive.catalog.checks.run(run.run_id).summary["scanner"] == ""
    assert len(clam.loads()) == min(workers(), _files(archive, [cid]))       # only the run's own scan
    # the same scanner with a good database, a file it cannot read: an error of the scan, not a broken scanner
    (db / "local.ndb").unlink()
    sc, why = virus.detect(archive.setting(virus.SETTING))
    assert sc is not None, why
    res = virus.finish_scan(sc, virus.start_scan(sc, [str(tmp_path / "gone.pdf")]))
    assert res.error and not res.broken and not res.scanned


def test_the_setup_wizard_still_proves_the_scanner_with_a_scan(tmp_path, clam):
    """The person setting up learns there that the signatures really load: one probe scan."""
    db = clam_database(tmp_path / "clamdb")
    assert setup.probe_scanner(clam.conf(db)) == ""
    assert len(clam.loads()) == 1
    (db / "local.ndb").write_text("garbage:zz\n", "ascii")
    clam.clear()
    problem = setup.probe_scanner(clam.conf(db))
    assert "退出码 2" in problem and len(clam.loads()) == 1


@pytest.mark.skipif(sys.platform == "win32" or not Path("/usr/bin/clamscan").exists(),
                    reason="the real ClamAV (/usr/bin/clamscan): a Linux set-up; the Windows stage has none")
def test_real_clamscan_loads_its_signatures_once_per_scanning_process(archive, tmp_path):
    log = tmp_path / "real.log"
    wrapper = tmp_path / "bin" / "clamscan"
    wrapper.parent.mkdir()
    wrapper.write_text(f'#!/bin/sh\nprintf "%s\\n" "$*" >> "{log}"\nexec /usr/bin/clamscan "$@"\n', "utf-8")
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    db = clam_database(tmp_path / "clamdb")
    archive.catalog.settings.set(virus.SETTING, {"kind": "clamscan", "path": str(wrapper), "database": str(db)})
    ids = _import(archive, tmp_path, clean=None,
                  infected={**clean_files(), "申报文件/说明.pdf": b"%PDF-1.4\n" + EICAR + b"\n"})
    log.write_text("", "utf-8")
    run = run_checks(archive, "archiving")
    starts = log.read_text("utf-8").splitlines()
    loads = [s for s in starts if "--version" not in s]
    assert len(loads) == min(workers(), _files(archive, ids.values())), starts
    assert all("--file-list=" in s for s in loads)
    assert by_item(run, ids["clean"])["GD-4-1"] == "pass" and "GD-4-2" in failing(run, ids["infected"])
    # a malformed signature file: ClamAV's own message fails GD-4-1
    (db / "local.ndb").write_text("garbage:zz\n", "ascii")
    run = run_checks(archive, "archiving", [ids["clean"]])
    r = next(r for r in run.results if r.case_id == ids["clean"] and r.item == "GD-4-1")
    assert r.result == "fail" and "Malformed database" in r.evidence[0]["problem"], r.evidence
    assert by_item(run, ids["clean"])["GD-4-2"] == "manual"
