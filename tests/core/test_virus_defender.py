"""The Microsoft Defender path of GD-4-1/4-2, against a stand-in for MpCmdRun.exe (Linux has no
Defender).  The stand-in takes MpCmdRun's documented arguments (``-Scan -ScanType 3 -File <path>
-DisableRemediation``), scans a file or a whole folder for the EICAR string, prints the threat list
in MpCmdRun's layout and exits 2 when it found threats, 0 when not — and logs every invocation, so
the test sees how many times the scanner was started."""

from __future__ import annotations

import json
import stat
import sys
from pathlib import Path

import pytest
from test_checks_service import _import
from test_checks_support import EICAR, by_item, clean_files, failing

from desktop_app.core.checks import virus
from desktop_app.core.checks.service import run_checks

# A script with a #! line runs as a program only on Linux; Windows runs the real MpCmdRun.exe
# (installer/README.md's release checklist scans with it).
pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="the MpCmdRun.exe stand-in is a #! script: runs only on Linux")

FAKE = r'''#!{python}
import json, os, sys
args = sys.argv[1:]
with open({log!r}, "a", encoding="utf-8") as fh:
    fh.write(json.dumps(args) + "\n")
if args[:3] != ["-Scan", "-ScanType", "3"] or "-File" not in args or "-DisableRemediation" not in args:
    print("CmdTool: Invalid command line argument"); sys.exit(1)
target = args[args.index("-File") + 1]
files = [target] if os.path.isfile(target) else [os.path.join(d, f) for d, _, fs in os.walk(target) for f in fs]
hits = [f for f in files if b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE" in open(f, "rb").read()]
print("Scan starting...")
print("Scan finished.")
if not hits:
    print(f"Scanning {{target}} found no threats."); sys.exit(0)
print(f"Scanning {{target}} found {{len(hits)}} threats.")
print()
print("<===========================LIST OF DETECTED THREATS==========================>")
for f in hits:
    print("----------------------------- Threat information ------------------------------")
    print("Threat                  : Virus:DOS/EICAR_Test_File")
    print("Resources               : 1 total")
    print(f"    file                : {{f}}")
    print("-------------------------------------------------------------------------------")
sys.exit(2)
'''


@pytest.fixture
def defender(tmp_path: Path, archive):  # type: ignore[no-untyped-def]
    exe = tmp_path / "bin" / "MpCmdRun.exe"
    exe.parent.mkdir()
    log = tmp_path / "mpcmdrun.log"
    exe.write_text(FAKE.format(python=sys.executable, log=str(log)), encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    archive.catalog.settings.set(virus.SETTING, {"path": str(exe)})      # kind guessed from the name
    return log


def _calls(log: Path) -> list[list[str]]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def test_defender_is_detected_and_finds_eicar_per_file_with_one_scan_per_case(archive, tmp_path, defender):
    sc, why = virus.detect(archive.setting(virus.SETTING))
    assert sc is not None and sc.kind == "defender", why
    ids = _import(archive, tmp_path, clean=None,
                  infected={**clean_files(), "申报文件/说明.pdf": b"%PDF-1.4\n" + EICAR + b"\n"})
    defender.write_text("", encoding="utf-8")
    run = run_checks(archive, "archiving")
    assert by_item(run, ids["clean"])["GD-4-2"] == "pass" and by_item(run, ids["clean"])["GD-4-1"] == "pass"
    assert "GD-4-2" in failing(run, ids["infected"])
    r = next(r for r in run.results if r.case_id == ids["infected"] and r.item == "GD-4-2")
    assert r.evidence[0]["file"] == "申报文件/说明.pdf" and "EICAR_Test_File" in r.evidence[0]["found"]
    calls = _calls(defender)
    assert all("-DisableRemediation" in c for c in calls)           # never quarantines archive files
    n_files = sum(len(archive.catalog.cases.components(c)) for c in ids.values())
    assert len(calls) <= 2 * len(ids) < n_files                     # folders, not one start per file


def test_defender_output_parsing():
    out = ("Scan starting...\nScan finished.\nScanning C:\\a found 2 threats.\n\n"
           "<===========================LIST OF DETECTED THREATS==========================>\n"
           "Threat                  : Virus:DOS/EICAR_Test_File\nResources               : 1 total\n"
           "    file                : C:\\a\\x.pdf\n"
           "Threat                  : Trojan:Win32/Test\nResources               : 1 total\n"
           "    containerfile       : C:\\a\\b.zip\n    file                : C:\\a\\b.zip->inner.exe\n")
    assert virus.parse_defender(out) == {"C:\\a\\x.pdf": "Virus:DOS/EICAR_Test_File",
                                         "C:\\a\\b.zip": "Trojan:Win32/Test"}
    assert virus.parse_defender("Scan starting...\nScanning C:\\a found no threats.\n") == {}


def test_defender_failing_run_is_an_error_not_a_pass(archive, tmp_path, defender):
    ids = _import(archive, tmp_path, clean=None)
    exe = Path(archive.setting(virus.SETTING)["path"])
    exe.write_text(exe.read_text(encoding="utf-8").replace('target = args', 'sys.exit(5)\ntarget = args'),
                   encoding="utf-8")
    sc, why = virus.detect(archive.setting(virus.SETTING))
    assert sc is None and "退出码 5" in why
    run = run_checks(archive, "archiving")
    assert by_item(run, ids["clean"])["GD-4-1"] == "fail" and by_item(run, ids["clean"])["GD-4-2"] == "manual"
