"""``archdesk keys …``: generate, export, fingerprint, trust, untrust, list."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.archive_handle import Archive
from desktop_app.core.crypto import keystore, pem
from desktop_app.core.crypto.sm2 import PrivateKey
from desktop_app.core.security import hash_password

ROOT = Path(__file__).resolve().parents[2]
PASS = "key-passphrase-1"


@pytest.fixture
def arch_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    Archive.init(tmp_path / "a", fonds="Z001", name="测试单位", password="password123").close()
    monkeypatch.setenv("ARCHDESK_USER", "admin")
    monkeypatch.setenv("ARCHDESK_PASSWORD", "password123")
    monkeypatch.setenv("ARCHDESK_KEY_PASSPHRASE", PASS)
    return tmp_path / "a"


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, dict]:
    code = main(argv)
    out = capsys.readouterr().out
    lines = [ln for ln in out.splitlines() if ln.strip()]
    assert len(lines) == 1, out  # exactly one JSON object on stdout
    return code, json.loads(lines[0])


def test_generate_export_fingerprint_list(arch_dir: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    a = str(arch_dir)
    code, gen = _json(capsys, ["--archive", a, "--json", "keys", "generate", "--label", "测试单位签名"])
    assert code == 0 and gen["label"] == "测试单位签名" and len(gen["fingerprint"]) == 64
    with Archive.open(arch_dir, user="admin", password="password123") as arch:
        assert keystore.load_private_key(arch, PASS).public_key() == keystore.public_key(arch)

    code, again = _json(capsys, ["--archive", a, "keys", "generate", "--json"])
    assert code == 2 and again["error"]["code"] == "key_exists"

    out_pem = tmp_path / "z001.pem"
    code, exp = _json(capsys, ["--archive", a, "--json", "keys", "export", str(out_pem)])
    assert code == 0 and exp["fingerprint"] == gen["fingerprint"]
    assert pem.fingerprint(pem.load_public_key(out_pem.read_text())) == gen["fingerprint"]

    code, fp = _json(capsys, ["--archive", a, "--json", "keys", "fingerprint"])
    assert fp == {"fingerprint": gen["fingerprint"], "grouped": gen["fingerprint_grouped"]}
    assert main(["keys", "fingerprint", str(out_pem)]) == 0  # a file: no archive, no login
    text = capsys.readouterr().out
    assert gen["fingerprint_grouped"] in text

    code, lst = _json(capsys, ["--archive", a, "--json", "keys", "list"])
    assert code == 0 and lst["own"]["fingerprint"] == gen["fingerprint"] and lst["trusted"] == []


def test_trust_untrust(arch_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = str(arch_dir)
    sender = PrivateKey.generate().public_key()
    (tmp_path / "sender.pem").write_text(pem.public_key_to_pem(sender))
    fp = pem.fingerprint(sender)
    code, t = _json(capsys, ["--archive", a, "--json", "keys", "trust", str(tmp_path / "sender.pem"),
                             "--label", "某县政务服务中心"])
    assert code == 0 and t["fingerprint"] == fp and t["label"] == "某县政务服务中心"
    assert main(["--archive", a, "keys", "list"]) == 0
    text = capsys.readouterr().out
    assert "某县政务服务中心" in text and pem.format_fingerprint(fp) in text and "尚未生成" in text

    code, r = _json(capsys, ["--archive", a, "--json", "keys", "untrust", pem.format_fingerprint(fp)])
    assert code == 0 and r["removed"] == fp
    code, lst = _json(capsys, ["--archive", a, "--json", "keys", "list"])
    assert lst["trusted"] == [] and lst["own"] is None
    code, err = _json(capsys, ["--archive", a, "--json", "keys", "untrust", fp])
    assert code == 1 and err["error"]["code"] == "not_found"

    (tmp_path / "bad.pem").write_text("not a key")
    code, err = _json(capsys, ["--archive", a, "--json", "keys", "trust", str(tmp_path / "bad.pem"),
                               "--label", "x"])
    assert code == 2 and err["error"]["code"] == "bad_key"


def test_import(arch_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    key = PrivateKey.generate()
    (tmp_path / "k.pem").write_text(pem.private_key_to_pem(key))
    code, imp = _json(capsys, ["--archive", str(arch_dir), "--json", "keys", "import", str(tmp_path / "k.pem")])
    assert code == 0 and imp["fingerprint"] == pem.fingerprint(key.public_key())
    with Archive.open(arch_dir, user="admin", password="password123") as arch:
        assert keystore.load_private_key(arch, PASS).d == key.d


def test_passphrase_login_and_permission_are_required(arch_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    a = str(arch_dir)
    monkeypatch.delenv("ARCHDESK_KEY_PASSPHRASE")
    assert main(["--archive", a, "keys", "generate"]) == 2  # no passphrase, no terminal
    assert "ARCHDESK_KEY_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("ARCHDESK_KEY_PASSPHRASE", "short")
    assert main(["--archive", a, "keys", "generate"]) == 1
    assert "至少需要" in capsys.readouterr().err
    assert not (arch_dir / "keys" / "archive-sm2.key").exists()

    with Archive.open(arch_dir, user="admin", password="password123") as arch:
        arch.catalog.users.create("clerk1", hash_password("password123"), ["clerk"])
    monkeypatch.setenv("ARCHDESK_KEY_PASSPHRASE", PASS)
    monkeypatch.setenv("ARCHDESK_USER", "clerk1")
    assert main(["--archive", a, "keys", "generate"]) == 2
    assert "keys.manage" in capsys.readouterr().err

    monkeypatch.delenv("ARCHDESK_USER")
    monkeypatch.delenv("ARCHDESK_PASSWORD")
    assert main(["--archive", a, "keys", "list"]) == 2
    assert "登录" in capsys.readouterr().err


def test_real_process_json_contract(arch_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARCHDESK_")}
    env.update(ARCHDESK_USER="admin", ARCHDESK_PASSWORD="password123", ARCHDESK_KEY_PASSPHRASE=PASS)
    r = subprocess.run([sys.executable, "-m", "desktop_app", "--archive", str(arch_dir), "--json",
                        "keys", "generate"], capture_output=True, text=True, encoding="utf-8", cwd=ROOT, env=env,
                       stdin=subprocess.DEVNULL, timeout=120)
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["fingerprint"]) == 64
