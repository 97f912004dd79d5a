"""The CLI contract of architecture.md §5 for init, import and list (run as a real process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pkgbuilder import make_package

ROOT = Path(__file__).resolve().parents[2]


def run(args, env_extra=None, **kw):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARCHDESK_")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, encoding="utf-8", cwd=ROOT,
                          env=env, stdin=subprocess.DEVNULL, timeout=120, **kw)


def test_init_import_list_contract(tmp_path):
    arch = tmp_path / "arch"
    creds = {"ARCHDESK_USER": "admin", "ARCHDESK_PASSWORD": "password123"}
    r = run(["--archive", str(arch), "--json", "init", "--fonds", "Z001", "--name", "测试县政务服务中心"],
            {"ARCHDESK_PASSWORD": "password123"})
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["fonds"] == "Z001"
    assert (arch / "catalog.sqlite").is_file() and (arch / "audit" / "audit.log").is_file()

    batch = tmp_path / "batch"
    make_package(batch / "good")
    make_package(batch / "secret", fields={"electronic_record_code": "S", "project_id": "SP",
                                           "security_classification": "绝密"})
    r = run(["--archive", str(arch), "--json", "import", str(batch)], creds)
    assert r.returncode == 1                                  # some packages refused
    out = json.loads(r.stdout)                                # stdout is exactly one JSON object
    assert set(out) >= {"imported", "skipped", "failed"}
    assert len(out["imported"]) == 1 and out["failed"][0]["code"] == "classified"
    assert set(out["failed"][0]) >= {"path", "code", "message"}

    r = run(["--archive", str(arch), "import", str(batch / "good"), "--json"], creds)   # options after command
    assert r.returncode == 0 and json.loads(r.stdout)["skipped"][0]["reason"] == "duplicate"

    r = run(["--archive", str(arch), "--json", "list", "--status", "imported"], creds)
    assert r.returncode == 0
    lst = json.loads(r.stdout)
    assert lst["total"] == 1
    assert set(lst["cases"][0]) == {"id", "electronic_record_code", "project_id", "task_name", "status",
                                    "archival_code", "retention", "year"}

    r = run(["--archive", str(arch), "list"])                  # no login, no terminal
    assert r.returncode == 2 and "登录" in r.stderr

    r = run(["--archive", str(arch), "list"], {"ARCHDESK_USER": "admin", "ARCHDESK_PASSWORD": "nope-nope"})
    assert r.returncode == 2 and "密码" in r.stderr

    r = run(["--archive", str(tmp_path / "none"), "list"], creds)
    assert r.returncode == 2 and "archdesk init" in r.stderr

    r = run(["--archive", str(arch), "import"], creds)
    assert r.returncode == 2


def test_archdesk_home_env(tmp_path):
    home = tmp_path / "home-arch"
    r = run(["init", "--fonds", "Z002", "--name", "环境变量单位"], {"ARCHDESK_HOME": str(home),
                                                                 "ARCHDESK_PASSWORD": "password123"})
    assert r.returncode == 0, r.stderr
    assert (home / "catalog.sqlite").is_file()
    r = run(["init", "--fonds", "Z002", "--name", "x"], {"ARCHDESK_HOME": str(home), "ARCHDESK_PASSWORD": "password123"})
    assert r.returncode == 2 and "已经是一个档案库" in r.stderr
