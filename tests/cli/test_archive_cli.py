"""CLI contract for retention / classify / archive / rebuild (run as real processes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pkgbuilder import make_package

ROOT = Path(__file__).resolve().parents[2]
CREDS = {"ARCHDESK_USER": "admin", "ARCHDESK_PASSWORD": "password123"}


def run(arch, *args, env_extra=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARCHDESK_")}
    env.update(CREDS if env_extra is None else env_extra)
    return subprocess.run([sys.executable, "-m", "desktop_app", "--archive", str(arch), *args], capture_output=True,
                          text=True, encoding="utf-8", cwd=ROOT, env=env, stdin=subprocess.DEVNULL, timeout=120)


def jrun(arch, *args, code=0):
    r = run(arch, "--json", *args)
    assert r.returncode == code, (r.returncode, r.stdout, r.stderr)
    return json.loads(r.stdout)


def test_retention_classify_archive_rebuild(tmp_path):
    arch = tmp_path / "arch"
    assert run(arch, "init", "--fonds", "Z001", "--name", "测试县政务服务中心",
               env_extra={"ARCHDESK_PASSWORD": "password123"}).returncode == 0
    batch = tmp_path / "batch"
    tasks = [("个体工商户登记", "行政许可", "准予登记"), ("不动产登记（首次登记）", "行政确认", "准予登记"),
             ("不在表中的事项", "其他", "办结")]
    for i, (name, ttype, result) in enumerate(tasks, 1):
        make_package(batch / f"p{i}", {"electronic_record_code": f"E-{i}", "project_id": f"P-{i}", "task_name": name,
                                       "task_type": ttype, "result": result})
    assert sorted(jrun(arch, "import", str(batch))["imported"]) == [1, 2, 3]

    # classify needs a table first
    r = run(arch, "classify", "--all")
    assert r.returncode == 2 and "保管期限表" in r.stderr
    assert jrun(arch, "retention", "import", "--default")["entries"] == 13
    listed = jrun(arch, "retention", "list")
    assert listed["tables"][0]["active"] and listed["entries"][0]["category_code"] == "ZW01"
    for ext in ("csv", "xlsx"):
        assert jrun(arch, "retention", "export", str(tmp_path / f"t.{ext}"))["entries"] == 13
    assert (tmp_path / "t.csv").read_bytes().startswith(b"\xef\xbb\xbf")

    preview = jrun(arch, "classify", "--all", "--dry-run", code=1)        # 1: a case waits for a person
    assert preview["applied"] is False and preview["changed"] == 2 and preview["pending"] == 1
    assert jrun(arch, "list", "--status", "classified")["total"] == 0
    done = jrun(arch, "classify", "--all", code=1)
    assert done["applied"] and done["changed"] == 2
    manual = jrun(arch, "classify", "--case", "3", "--category", "ZW12", "--retention", "D10", "--reason", "人工判定")
    assert manual["method"] == "manual"
    assert run(arch, "classify", "--case", "3", "--category", "ZW12").returncode == 2   # incomplete override

    # nothing is checked yet: the gate refuses, exit 1
    assert jrun(arch, "archive", "--all-checked")["archived"] == []
    refused = jrun(arch, "archive", "--case", "1", code=1)
    assert refused["failed"][0]["code"] == "bad_state"
    plan = jrun(arch, "archive", "--case", "1", "--case", "2", "--case", "3", "--preview")["preview"]
    assert [p["archival_code"] for p in plan] == ["Z001-ZW·2024-D30-0001", "Z001-ZW·2024-Y-0001",
                                                  "Z001-ZW·2024-D10-0001"]
    out = jrun(arch, "archive", "--case", "1", "--case", "2", "--case", "3", "--override-reason", "检测设备故障，科长批准")
    assert [a["archival_code"] for a in out["archived"]] == [p["archival_code"] for p in plan]
    assert (arch / out["archived"][0]["path"] / f"{plan[0]['archival_code']}.xml").is_file()
    assert run(arch, "archive").returncode == 2                             # bad usage
    assert jrun(arch, "archive", "--renumber", "Z001-ZW·2024-D30")["changes"] == []   # archived: frozen

    before = jrun(arch, "list")["cases"]
    for suffix in ("", "-wal", "-shm"):
        (arch / f"catalog.sqlite{suffix}").unlink(missing_ok=True)
    assert run(arch, "rebuild", env_extra={}).returncode == 2                # needs an account to create
    rebuilt = jrun(arch, "rebuild")
    assert rebuilt["ok"] and rebuilt["cases"] == 3
    after = jrun(arch, "list")["cases"]
    key = lambda c: c["archival_code"]  # noqa: E731
    assert [{k: v for k, v in c.items() if k != "id"} for c in sorted(after, key=key)] == \
           [{k: v for k, v in c.items() if k != "id"} for c in sorted(before, key=key)]
    # with a readable catalog, rebuild needs a login and keeps the accounts
    assert jrun(arch, "rebuild")["backup"].startswith("catalog.before-rebuild-")
    assert run(arch, "rebuild", env_extra={}).returncode == 2
