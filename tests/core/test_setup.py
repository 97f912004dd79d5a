"""core.setup: a plan is checked whole before anything is written; a good one makes a ready archive."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core import setup
from desktop_app.core.crypto import keystore
from desktop_app.core.errors import UsageError
from desktop_app.core.paths import ArchiveLayout


def test_rules_say_what_is_missing() -> None:
    assert setup.unmet(setup.password_rules("short", "short")) == ["至少 8 个字符（已输入 5 个）"]
    assert setup.unmet(setup.password_rules("long-enough", "long-enough")) == []
    assert setup.user_name_problem("admin") == "" and "用户名应为" in setup.user_name_problem("a")
    assert "与登录密码不同" in setup.unmet(setup.passphrase_rules("same-pass", "same-pass", "same-pass"))
    assert setup.fonds_problem("Z 1") and not setup.fonds_problem("Z001")
    assert setup.scanner_options()[-1].kind == "none"


def test_bad_plan_writes_nothing(tmp_path: Path) -> None:
    plan = setup.SetupPlan(root=tmp_path / "a", fonds="Z001", name="单位", password="secret-123",
                           retention="file", retention_file=str(tmp_path / "none.csv"), approval="",
                           key_passphrase="short")
    with pytest.raises(UsageError) as err:
        setup.create(plan)
    problems = err.value.details["problems"]
    assert any("找不到保管期限表文件" in p for p in problems) and any("批复文号" in p for p in problems)
    assert any("签名密钥口令" in p for p in problems)
    assert not ArchiveLayout(tmp_path / "a").catalog.exists()


def test_agency_and_archives_plans(tmp_path: Path) -> None:
    res = setup.create(setup.SetupPlan(root=tmp_path / "a", fonds="Z001", name="某县政务服务中心",
                                       password="secret-123", approval="某档发〔2026〕1 号",
                                       key_passphrase="key-pass-1", scanner={"kind": "none"},
                                       backup_folder=str(tmp_path / "bak")))
    a = res.archive
    try:
        assert res.key is not None and res.retention_table is not None and "不可用" not in setup.SCANNER_NONE_MEANS
        assert a.catalog.retention.active_table().approval == "某档发〔2026〕1 号"
        assert setup.readiness(a) == ["未选用杀毒软件：检测无法完成，办件不能归档。请在“设置”页面选定杀毒软件。"]
        keystore.export_public_key(a, tmp_path / "a.pem")
        actions = {r[0] for r in a.catalog.all("SELECT action FROM audit_log")}
        assert {"archive.init", "retention.import", "key.generate", "setting.change"} <= actions
    finally:
        a.close()
    res = setup.create(setup.SetupPlan(root=tmp_path / "b", fonds="A001", name="某县档案馆", role="archives",
                                       password="secret-123", trusted=[(str(tmp_path / "a.pem"), "某县政务服务中心")]))
    b = res.archive
    try:
        assert res.key is None and [t.label for t in keystore.list_trusted(b)] == ["某县政务服务中心"]
        assert b.catalog.retention.active_table() is None and setup.readiness(b) == []
    finally:
        b.close()
