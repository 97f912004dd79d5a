"""``archdesk user …``, ``archdesk audit …`` and ``archdesk search``: JSON contracts, exit codes,
login, permissions, and audit verify naming where the chain breaks."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.archive_handle import Archive

PW = "password123"


@pytest.fixture
def arch_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    Archive.init(tmp_path / "a", fonds="Z001", name="测试单位", password=PW).close()
    monkeypatch.setenv("ARCHDESK_USER", "admin")
    monkeypatch.setenv("ARCHDESK_PASSWORD", PW)
    monkeypatch.setenv("ARCHDESK_NEW_PASSWORD", "new-password-1")
    monkeypatch.setenv("ARCHDESK_KEY_PASSPHRASE", "key-passphrase-1")
    return tmp_path / "a"


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, dict]:
    code = main(argv)
    out = capsys.readouterr().out
    lines = [ln for ln in out.splitlines() if ln.strip()]
    assert len(lines) == 1, out
    return code, json.loads(lines[0])


def test_user_commands_and_separation(arch_dir: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    a = ["--archive", str(arch_dir), "--json"]
    code, d = _json(capsys, [*a, "user", "add", "clerk1", "--roles", "clerk", "--display-name", "张三"])
    assert code == 0 and d["roles"] == ["clerk"] and d["display_name"] == "张三"
    code, d = _json(capsys, [*a, "user", "add", "sec1", "--roles", "安全保密员"])
    assert code == 0 and d["roles"] == ["secadmin"]
    code, d = _json(capsys, [*a, "user", "add", "aud1", "--roles", "auditor"])
    code, d = _json(capsys, [*a, "user", "separation", "on"])
    assert code == 1 and d["error"]["code"] == "role_separation" and "admin" in d["error"]["message"]
    code, d = _json(capsys, [*a, "user", "roles", "admin", "sysadmin,clerk"])
    assert code == 0 and d["roles"] == ["clerk", "sysadmin"]
    code, d = _json(capsys, [*a, "user", "separation", "on"])
    assert code == 0 and d["role_separation"] is True
    code, d = _json(capsys, [*a, "user", "roles", "sec1", "secadmin,auditor"])
    assert code == 2 and "三员分立" in d["error"]["message"]
    code, d = _json(capsys, [*a, "user", "list"])
    assert code == 0 and d["role_separation"] and [u["name"] for u in d["users"]] == ["admin", "clerk1", "sec1", "aud1"]
    code, d = _json(capsys, [*a, "user", "disable", "clerk1"])
    assert code == 0 and d["active"] is False
    code, d = _json(capsys, [*a, "user", "passwd", "clerk1"])
    assert code == 0 and d["reset"]
    # a non-administrator is refused (exit 2), a missing login is exit 2
    monkeypatch.setenv("ARCHDESK_USER", "aud1")
    monkeypatch.setenv("ARCHDESK_PASSWORD", "new-password-1")      # set from ARCHDESK_NEW_PASSWORD by add
    code, d = _json(capsys, [*a, "user", "add", "x1", "--roles", "reader"])
    assert code == 2 and d["error"]["code"] == "permission_denied"
    monkeypatch.delenv("ARCHDESK_USER")
    code, d = _json(capsys, [*a, "user", "list"])
    assert code == 2 and d["error"]["code"] == "login_required"


def test_audit_verify_names_the_break(arch_dir: Path, capsys: pytest.CaptureFixture[str],
                                      tmp_path: Path) -> None:
    a = ["--archive", str(arch_dir), "--json"]
    _json(capsys, [*a, "user", "add", "clerk1", "--roles", "clerk"])
    _json(capsys, [*a, "keys", "generate", "--label", "测试"])
    code, cp = _json(capsys, [*a, "audit", "checkpoint"])
    assert code == 0 and cp["seq"] > 1 and len(cp["fingerprint"]) == 64
    code, d = _json(capsys, [*a, "audit", "verify"])
    assert code == 0 and d["ok"] is True and d["problems"] == [] and d["checkpoints"] >= 1
    db = sqlite3.connect(arch_dir / "catalog.sqlite")
    db.execute("UPDATE audit_log SET actor='mallory' WHERE seq=2")
    db.commit()
    db.close()
    code, d = _json(capsys, [*a, "audit", "verify"])
    assert code == 1 and d["ok"] is False and d["first_break"] == 2
    kinds = {(p["kind"], p["path"]) for p in d["problems"]}
    assert ("edited", "audit_log#2") in kinds and ("mirror_mismatch", "audit_log#2") in kinds
    assert all({"path", "kind", "detail"} <= set(p) for p in d["problems"])
    # human text names the entry too
    assert main(["--archive", str(arch_dir), "audit", "verify"]) == 1
    assert "第 2 条" in capsys.readouterr().out


def test_audit_list_and_export(arch_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    a = ["--archive", str(arch_dir), "--json"]
    _json(capsys, [*a, "user", "add", "clerk1", "--roles", "clerk"])
    code, d = _json(capsys, [*a, "audit", "list", "--action", "user.create"])
    assert code == 0 and d["total"] == 1 and d["entries"][0]["object_id"] == "clerk1"
    code, d = _json(capsys, [*a, "audit", "export", "--out", str(tmp_path / "log.csv"), "--user", "admin"])
    assert code == 0 and d["rows"] >= 3
    raw = (tmp_path / "log.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "新建用户".encode() in raw
    code, d = _json(capsys, [*a, "audit", "export", "--out", str(tmp_path / "log.pdf")])
    assert code == 0 and (tmp_path / "log.pdf").read_bytes().startswith(b"%PDF")
    code, d = _json(capsys, [*a, "audit", "export", "--out", str(tmp_path / "log.txt")])
    assert code == 2


def test_search_cli(arch_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from desktop_app.core.demo import write_demo

    write_demo(tmp_path / "pk", cases=2, seed=4)
    a = ["--archive", str(arch_dir), "--json"]
    assert main([*a, "import", str(tmp_path / "pk")]) == 0
    capsys.readouterr()
    code, d = _json(capsys, [*a, "search", "行政复议"])
    assert code == 0 and d["total"] == 0 and d["pending_index"] == 2
    code, d = _json(capsys, [*a, "search", "复议", "--index"])
    assert code == 0 and d["total"] >= 1 and d["indexed"]["cases"] == 2 and d["pending_index"] == 0
    assert "text" in d["cases"][0]["matched"]
    code, d = _json(capsys, [*a, "search", "复议", "--year", "1999"])
    assert code == 0 and d["total"] == 0
    code, d = _json(capsys, [*a, "search", "--status", "imported"])
    assert code == 0 and d["total"] == 2


def test_use_cli(arch_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path,
                 monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.core.demo import write_demo

    write_demo(tmp_path / "pk", cases=1, seed=3)
    a = ["--archive", str(arch_dir), "--json"]
    assert main([*a, "import", str(tmp_path / "pk")]) == 0
    capsys.readouterr()
    _json(capsys, [*a, "user", "add", "reader1", "--roles", "reader"])
    monkeypatch.setenv("ARCHDESK_USER", "reader1")
    monkeypatch.setenv("ARCHDESK_PASSWORD", "new-password-1")
    code, d = _json(capsys, [*a, "use", "open", "1", "--purpose", "查证"])
    assert code == 2 and d["error"]["code"] == "use_not_permitted"
    monkeypatch.setenv("ARCHDESK_USER", "admin")                  # single operator: holds 安全保密员
    monkeypatch.setenv("ARCHDESK_PASSWORD", PW)
    code, d = _json(capsys, [*a, "use", "permit", "1", "reader1", "--note", "法院调档"])
    assert code == 0 and d["permit_id"] == 1
    monkeypatch.setenv("ARCHDESK_USER", "reader1")
    monkeypatch.setenv("ARCHDESK_PASSWORD", "new-password-1")
    code, d = _json(capsys, [*a, "use", "open", "1", "--purpose", "查证"])
    assert code == 0 and d["opening"] == "控制" and d["files"]
    pdf = next(f for f in d["files"] if f["name"].lower().endswith(".pdf"))
    code, e = _json(capsys, [*a, "use", "export", "1", str(pdf["id"]), "--out", str(tmp_path / "c.pdf"),
                             "--purpose", "查证"])
    assert code == 0 and (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
    monkeypatch.setenv("ARCHDESK_USER", "admin")
    monkeypatch.setenv("ARCHDESK_PASSWORD", PW)
    code, d = _json(capsys, [*a, "use", "list"])
    assert code == 0 and [u["kind"] for u in d["uses"]] == ["查阅", "导出副本"]
    code, d = _json(capsys, [*a, "use", "register", "--out", str(tmp_path / "reg.pdf")])
    assert code == 0 and d["rows"] == 2 and d["pages"] >= 1
