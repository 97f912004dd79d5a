"""CLI contract of backup / restore / fixity / appraise / destroy / carriers (real processes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_app.core.archive_handle import Archive
from desktop_app.core.security import hash_password

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from preserve_support import archived_cases  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ADMIN = {"ARCHDESK_USER": "admin", "ARCHDESK_PASSWORD": "password123"}


def run(args, env_extra=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARCHDESK_")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, encoding="utf-8", cwd=ROOT,
                          env=env, stdin=subprocess.DEVNULL, timeout=120)


def _one_json(r):
    lines = [ln for ln in r.stdout.splitlines() if ln.strip()]
    assert len(lines) == 1, r.stdout
    return json.loads(lines[0])


def test_backup_fixity_repair_restore_cli(archive, tmp_path):
    archived_cases(archive, tmp_path / "pk", 2)
    root = str(archive.root)
    archive.close()
    r = run(["--archive", root, "--json", "backup", str(tmp_path / "disk")], ADMIN)
    assert r.returncode == 0, r.stderr
    bk = _one_json(r)
    assert bk["ok"] and bk["kind"] == "full" and bk["copied"] == bk["files"]
    r = run(["--archive", root, "--json", "backup", str(tmp_path / "edisk"), "--encrypt"], ADMIN)
    assert r.returncode == 2 and "ARCHDESK_BACKUP_PASSPHRASE" in r.stderr          # no passphrase, no prompt
    r = run(["--archive", root, "--json", "backup", str(tmp_path / "edisk"), "--encrypt"],
            {**ADMIN, "ARCHDESK_BACKUP_PASSPHRASE": "cli-secret-12"})
    enc = _one_json(r)
    assert r.returncode == 0 and enc["encrypted"]
    victim = next((Path(root) / "records").rglob("*.pdf"))
    victim.write_bytes(victim.read_bytes()[:-3] + b"XYZ")
    r = run(["--archive", root, "--json", "fixity"], ADMIN)
    assert r.returncode == 1
    fx = _one_json(r)
    assert not fx["ok"] and fx["run_id"]
    [p] = fx["problems"]
    assert p["kind"] == "damaged" and p["path"] == victim.relative_to(root).as_posix()
    assert p["repair_from"]["backup"] == bk["uuid"]
    r = run(["--archive", root, "--json", "fixity", "--repair"], ADMIN)
    assert r.returncode == 0, r.stdout
    assert _one_json(r)["repaired"][0]["path"] == p["path"]
    r = run(["--archive", root, "--json", "fixity", "--sample", "2"], ADMIN)
    assert r.returncode == 0 and _one_json(r)["checked"] == 2
    r = run(["--archive", root, "--json", "backup", "--list"], ADMIN)
    lst = _one_json(r)
    assert lst["status"]["copies"] == 2 and {b["state"] for b in lst["backups"]} == {"verified"}
    r = run(["--json", "restore", enc["path"], "--to", str(tmp_path / "r1")], {"ARCHDESK_BACKUP_PASSPHRASE": "nope-nope-1"})
    assert r.returncode in (1, 2) and _one_json(r)["error"]["code"] == "wrong_passphrase"
    assert not (tmp_path / "r1").exists()
    r = run(["--json", "restore", enc["path"], "--to", str(tmp_path / "r2")],
            {"ARCHDESK_BACKUP_PASSPHRASE": "cli-secret-12"})
    assert r.returncode == 0, r.stderr
    rs = _one_json(r)
    assert rs["ok"] and rs["integrity"] == ["ok"] and rs["stats"]["cases"] == 2
    r = run(["--json", "restore", bk["path"], "--to", str(tmp_path / "r2")])
    assert r.returncode == 2                                                   # target not empty
    r = run(["--archive", root, "--json", "fixity", "--due"], ADMIN)
    assert r.returncode == 0 and {d["kind"] for d in _one_json(r)["due"]} <= {"appraisal", "carrier"}


def test_appraise_destroy_two_people_and_carriers_cli(archive, tmp_path):
    [c1, c2] = archived_cases(archive, tmp_path / "pk", 2, year=2010, retention="D10")
    with archive.catalog.write():
        archive.catalog.users.create("sec", hash_password("password456"), ["secadmin"])
    root = str(archive.root)
    archive.close()
    sec = {"ARCHDESK_USER": "sec", "ARCHDESK_PASSWORD": "password456"}
    r = run(["--archive", root, "--json", "appraise", "expiry"], ADMIN)
    assert r.returncode == 0 and _one_json(r)["total"] == 2
    r = run(["--archive", root, "--json", "appraise", "decide", str(c1), "--keep", "D30", "--reason", "仍有价值"], ADMIN)
    assert r.returncode == 0 and _one_json(r)["new_retention"] == "D30"
    r = run(["--archive", root, "--json", "appraise", "open", str(c2), "--control", "--reason", "含个人信息"], ADMIN)
    assert r.returncode == 0
    r = run(["--archive", root, "--json", "destroy", "propose", str(c2), "--reason", "期满无保存价值"], ADMIN)
    assert r.returncode == 0
    did = _one_json(r)["id"]
    r = run(["--archive", root, "--json", "destroy", "approve", str(did)], ADMIN)
    assert r.returncode == 2 and _one_json(r)["error"]["code"] == "same_person"
    r = run(["--archive", root, "--json", "destroy", "approve", str(did), "--note", "同意"], sec)
    assert r.returncode == 0 and _one_json(r)["state"] == "approved"
    r = run(["--archive", root, "--json", "destroy", "execute", str(did)], sec)
    d = _one_json(r)
    assert r.returncode == 0 and d["state"] == "executed" and d["items"][0]["files"]
    assert all(not (Path(root) / f["path"]).exists() for f in d["items"][0]["files"])
    r = run(["--archive", root, "--json", "carriers", "add", "DVD-001", "--kind", "dvd", "--purpose", "backup",
             "--written", "2020-01-01"], ADMIN)
    assert r.returncode == 0
    r = run(["--archive", root, "--json", "carriers", "list", "--due"], ADMIN)
    assert r.returncode == 1 and _one_json(r)["carriers"][0]["label"] == "DVD-001"
    r = run(["--archive", root, "--json", "carriers", "check", "DVD-001", "--result", "ok", "--method", "全盘校验"], ADMIN)
    assert r.returncode == 0
    r = run(["--archive", root, "--json", "carriers", "list", "--due"], ADMIN)
    assert r.returncode == 0 and _one_json(r)["carriers"] == []
    a = Archive.open(Path(root), user="admin", password="password123")
    assert a.catalog.cases.get(c2).status == "destroyed"
    a.close()


def test_convert_cli_converts_and_names_what_it_could_not(archive, tmp_path):
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (20, 20), (0, 90, 200)).save(buf, "BMP")
    [cid] = archived_cases(archive, tmp_path / "pk", 1, files={"申报文件/扫描.bmp": buf.getvalue()})
    [bmp] = [c for c in archive.catalog.preserve.stored_components([cid]) if c.store_path.endswith(".bmp")]
    root = str(archive.root)
    archive.close()
    r = run(["--archive", root, "--json", "convert", "--component", str(bmp.id), "--component", "999999"], ADMIN)
    assert r.returncode == 1, r.stderr
    out = _one_json(r)
    assert list(out) == ["ok", "converted", "failed"] and out["ok"] is False
    [done] = out["converted"]
    assert list(done) == ["conversion_id", "component_id", "source_id", "path", "tool", "version", "source_sm3",
                          "result_sm3"]
    assert done["source_id"] == bmp.id and done["tool"] == "Pillow" and done["path"].endswith(".pdf")
    [failed] = out["failed"]
    assert list(failed) == ["component_id", "code", "message"] and failed["component_id"] == 999999
    assert failed["code"] == "not_found" and "999999" in failed["message"]
    text = run(["--archive", root, "convert", "--component", "999999"], ADMIN)
    assert text.returncode == 1 and "未转换 #999999：" in text.stdout
