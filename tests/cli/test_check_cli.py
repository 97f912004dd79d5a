"""`archdesk check` as a real process: JSON shape of architecture.md §5, exit codes, reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_checks_support import clam_database, clean_files, make_case  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CREDS = {"ARCHDESK_USER": "admin", "ARCHDESK_PASSWORD": "password123"}


def run(args, env_extra=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARCHDESK_")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, encoding="utf-8", cwd=ROOT,
                          env=env, stdin=subprocess.DEVNULL, timeout=180)


@pytest.mark.skipif(sys.platform == "win32", reason="scans with /usr/bin/clamscan and a signature file: a Linux "
                    "set-up — under Wine that is the Linux program started through Wine; no ClamAV in the "
                    "Windows stage")
def test_check_cli_contract(tmp_path):
    arch = str(tmp_path / "arch")
    assert run(["--archive", arch, "init", "--fonds", "Z001", "--name", "测试"], CREDS).returncode == 0
    make_case(tmp_path / "b" / "good", 1)
    make_case(tmp_path / "b" / "bad", 2, files={**clean_files(), "过程文件/受理通知书.pdf": b""})
    assert run(["--archive", arch, "import", str(tmp_path / "b")], CREDS).returncode == 0

    from desktop_app.core.archive_handle import Archive

    with Archive.open(Path(arch), user="admin", password="password123") as a:
        a.catalog.settings.set("checks.virus_scanner", {"kind": "clamscan", "path": "/usr/bin/clamscan",
                                                        "database": str(clam_database(tmp_path / "db"))})
        ids = {a.catalog.cases.get(c).source_name: c for c in a.catalog.cases.ids()}

    r = run(["--archive", arch, "--json", "check", "--stage", "archiving", "--report", str(tmp_path / "r.xml")], CREDS)
    assert r.returncode == 1, r.stderr
    out = json.loads(r.stdout)
    assert set(out) >= {"run_id", "stage", "passed", "results"} and out["stage"] == "archiving"
    assert out["passed"] is False
    assert all(set(x) >= {"case_id", "detail", "item", "property", "result"} for x in out["results"])
    assert {x["result"] for x in out["results"]} <= {"pass", "fail", "na", "manual"}
    fails = {(x["case_id"], x["item"]) for x in out["results"] if x["result"] == "fail"}
    assert fails == {(ids["bad"], "GD-3-4")}
    assert (tmp_path / "r.xml").read_bytes().startswith(b"<?xml")

    # only the good case: everything passes -> exit 0 (it is 'checked' now, so name it explicitly)
    r = run(["--archive", arch, "--json", "check", "--stage", "preservation", "--case", str(ids["good"]),
             "--report", str(tmp_path / "p.json")], CREDS)
    assert r.returncode == 0, r.stdout + r.stderr
    assert json.loads(r.stdout)["passed"] is True
    assert json.loads((tmp_path / "p.json").read_text("utf-8"))["stage"] == "preservation"

    # human output, bad usage, login required
    r = run(["--archive", arch, "check", "--stage", "archiving", "--case", str(ids["bad"])], CREDS)
    assert r.returncode == 1 and "GD-3-4" in r.stdout and "不通过" in r.stdout
    assert run(["--archive", arch, "check", "--stage", "nonsense"], CREDS).returncode == 2
    assert run(["--archive", arch, "check", "--stage", "archiving", "--report", "x.pdf"], CREDS).returncode == 2
    assert run(["--archive", arch, "check", "--stage", "archiving"]).returncode == 2
