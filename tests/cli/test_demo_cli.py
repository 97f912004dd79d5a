"""`archdesk demo`: exit codes, the --json shape, no archive and no login needed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_app.cli import main
from desktop_app.core.demo.faults import FAULT_KINDS

ROOT = Path(__file__).resolve().parents[2]


def test_demo_json_shape_in_process(tmp_path, capsys):
    out = tmp_path / "demo"
    assert main(["--json", "demo", str(out), "--cases", "3", "--seed", "7", "--faults"]) == 0
    captured = capsys.readouterr()
    obj = json.loads(captured.out)  # exactly one JSON object on stdout
    assert {"out", "packages", "cases", "faults"} <= set(obj)
    assert obj["out"] == str(out) and obj["cases"] == 3
    kinds = sorted(f["kind"] for f in obj["faults"])
    assert kinds == sorted(k for k in FAULT_KINDS if k != "symlink" or "symlink" in kinds)
    assert "symlink" in kinds or sys.platform == "win32"
    assert obj["packages"] == 3 + len(kinds)
    for f in obj["faults"]:
        assert set(f) == {"name", "kind", "expect"} and (out / f["name"]).exists()
    kinds = {f["kind"]: f["expect"] for f in obj["faults"]}
    assert kinds["zip_bomb"] == {"refused": "zip_bomb"} and kinds["duplicate"] == {"skipped": "duplicate"}
    assert kinds["pdf_javascript"] == {"imported": True, "check": ["GD-3-8"]}
    names = {p.name for p in out.iterdir()}
    assert {"transfer_info.xml", "demo_manifest.json"} <= names and len(names) == obj["packages"] + 2
    assert not (Path(os.environ["HOME"]) / "data" / "ArchDesk").exists()  # no archive touched


def test_demo_process_without_login_and_usage_errors(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARCHDESK_")}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, encoding="utf-8",
                              cwd=ROOT, env=env, stdin=subprocess.DEVNULL, timeout=300)

    out = tmp_path / "d"
    r = run("--json", "demo", str(out), "--cases", "2")
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert obj["packages"] == 2 and obj["faults"] == [] and obj["cases"] == 2
    assert len([p for p in out.iterdir() if p.name.startswith("350100-")]) == 2
    r = run("--json", "demo", str(out), "--cases", "2")          # not empty: refused as a whole
    assert r.returncode == 2 and "不为空" in r.stderr
    assert json.loads(r.stdout)["error"]["code"] == "usage"
    r = run("demo", str(tmp_path / "e"), "--cases", "-1")
    assert r.returncode == 2 and not (tmp_path / "e").exists()
    r = run("demo", str(tmp_path / "f"), "--cases", "1")           # human text mode
    assert r.returncode == 0 and "生成 1 个办件包" in r.stdout
