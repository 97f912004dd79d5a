"""``archdesk settings list|get|set``: the declared settings from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.archive_handle import Archive


@pytest.fixture
def arch_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    Archive.init(tmp_path / "a", fonds="Z001", name="测试单位", password="password123").close()
    monkeypatch.setenv("ARCHDESK_USER", "admin")
    monkeypatch.setenv("ARCHDESK_PASSWORD", "password123")
    return tmp_path / "a"


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, dict]:
    code = main(argv)
    lines = [ln for ln in capsys.readouterr().out.splitlines() if ln.strip()]
    assert len(lines) == 1, lines
    return code, json.loads(lines[0])


def test_list_get_set(arch_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = ["--archive", str(arch_dir)]
    code, doc = _json(capsys, [*a, "settings", "list", "--json"])
    keys = {s["key"]: s for s in doc["settings"]}
    assert code == 0 and keys["preserve.soffice_path"]["label"] == "LibreOffice 程序位置"
    assert keys["archive.name"]["value"] == "测试单位" and not keys["archive.fonds"]["editable_by"]
    assert main([*a, "settings", "set", "preserve.soffice_path", "/opt/lo/soffice"]) == 0
    assert "已修改设置“LibreOffice 程序位置”" in capsys.readouterr().out
    code, doc = _json(capsys, [*a, "settings", "get", "preserve.soffice_path", "--json"])
    assert doc == {"key": "preserve.soffice_path", "value": "/opt/lo/soffice"}
    assert main([*a, "settings", "set", "registers.fallback_fonts", "a.ttf; b.otf"]) == 0
    capsys.readouterr()
    with Archive.open(arch_dir, user="admin", password="password123") as arch:
        assert arch.setting("registers.fallback_fonts") == ["a.ttf", "b.otf"]
        actions = [r["action"] for r in arch.catalog.all("SELECT action FROM audit_log WHERE object_type='setting'")]
    assert actions == ["setting.change", "setting.change"]


def test_bad_value_and_unknown_key(arch_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = ["--archive", str(arch_dir)]
    assert main([*a, "settings", "set", "preserve.fixity_interval_days", "一个月"]) == 2
    assert "应为整数" in capsys.readouterr().err
    assert main([*a, "settings", "get", "no.such"]) != 0
    assert "没有这个设置项" in capsys.readouterr().err
    assert main([*a, "settings", "set", "archive.fonds", "Z9"]) != 0
    assert "程序维护" in capsys.readouterr().err
