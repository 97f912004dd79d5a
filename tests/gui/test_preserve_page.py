"""The 保管 page: backup with progress and cancel, register, fixity + repair, appraisal and
two-person destruction, driven through the real widgets."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.archive_handle import Archive
from desktop_app.core.digest import digest_file
from desktop_app.core.security import hash_password

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from preserve_support import archived_cases  # noqa: E402


@pytest.fixture
def page(ctx: Any, archive: Archive, qtbot: Any, tmp_path: Path) -> Any:
    from desktop_app.gui.pages.preserve import PreservePage

    archived_cases(archive, tmp_path / "pk", 2, year=2010, retention="D10")
    p = PreservePage(ctx)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    return p


def _wait_job(tab: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: tab.job is None and not tab.ctx.busy, timeout=30_000)


def test_backup_register_fixity_and_repair(page: Any, archive: Archive, qtbot: Any, tmp_path: Path) -> None:
    # seen on a fresh demo archive: "【已超过备份周期（7 天）…】" — no period had passed, there was no backup
    assert page.status_label.text() == "还没有经核验的备份。【请立即备份】"
    assert "需要备份" in page.due_label.text()
    bt = page.backup_tab
    bt.dest_edit.setText(str(tmp_path / "disk"))
    qtbot.mouseClick(bt.start_button, Qt.MouseButton.LeftButton)
    assert not bt.start_button.isEnabled()                      # busy while it runs
    _wait_job(bt, qtbot)
    assert "已读回核验" in bt.message.text()
    # the job's last line (正在读回核验备份…) does not stay under the full bar (seen as a clerk)
    assert bt.progress.status_label.text() == "完成。"
    assert bt.table.rowCount() == 1 and bt.table.item(0, 3).text() == "已核验"
    assert bt.table.item(0, 2).text() == "否"                  # 加密: said, not left blank
    assert "共 1 份" in page.status_label.text()
    assert bt.start_button.isEnabled()

    comp = archive.catalog.preserve.stored_components()[1]
    path = archive.root / comp.store_path
    data = bytearray(path.read_bytes())
    data[12] ^= 0x40
    path.write_bytes(bytes(data))
    ft = page.fixity_tab
    ft.start_button.click()
    _wait_job(ft, qtbot)
    assert "发现 1 个问题" in ft.message.text()
    assert ft.table.rowCount() == 1 and ft.table.item(0, 0).text() == "摘要不符"
    uuid = archive.catalog.preserve.backups()[0].uuid
    assert ft.table.item(0, 3).text().startswith(uuid[:8])
    assert ft.repair_button.isEnabled()
    ft.repair_button.click()
    _wait_job(ft, qtbot)
    assert "已从备份修复 1 个文件" in ft.message.text()
    assert digest_file(path).sm3 == comp.sm3
    bt.restore_src.setText(str(archive.catalog.preserve.backups()[0].dest))
    bt.restore_to.setText(str(tmp_path / "restored"))
    bt.restore_button.click()
    _wait_job(bt, qtbot)
    assert "恢复完成，验证通过" in bt.message.text()
    assert (tmp_path / "restored" / "catalog.sqlite").is_file()
    page.grab().save(str(tmp_path / "preserve.png"))
    assert (tmp_path / "preserve.png").stat().st_size > 10_000


def test_backup_cancel(page: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from desktop_app.core.preserve import backup as backup_mod

    real = backup_mod._plan

    def slow_plan(*a: Any) -> Any:
        prog = a[3]
        qtbot_deadline = 200
        while not prog.cancelled and qtbot_deadline:
            import time

            time.sleep(0.02)
            qtbot_deadline -= 1
        prog.check()
        return real(*a)

    monkeypatch.setattr(backup_mod, "_plan", slow_plan)
    bt = page.backup_tab
    bt.dest_edit.setText(str(tmp_path / "disk"))
    bt.start_button.click()
    qtbot.waitUntil(lambda: bt.progress.cancel_button.isEnabled(), timeout=5000)
    bt.progress.cancel_button.click()
    _wait_job(bt, qtbot)
    assert "已取消" in bt.message.text()
    assert bt.table.item(0, 3).text() == "已取消"
    assert bt.progress.status_label.text() != "完成。"           # a cancelled job is not "done"
    assert list((tmp_path / "disk").iterdir()) == []


def test_appraisal_and_two_person_destruction(page: Any, ctx: Any, archive: Archive, qtbot: Any,
                                              app: Any, settings: Any) -> None:
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.pages.preserve_disposal import DestructionTab

    at = page.appraisal_tab
    assert at.table.rowCount() == 2 and at.table.item(0, 5).text() == "未鉴定"
    at.table.selectRow(0)
    at.reason_edit.setText("期满，无继续保存价值")
    at.destroy_button.click()
    assert at.table.item(0, 5).text() == "拟销毁"
    at.propose_button.click()
    assert "销毁清册 #1" in at.message.text()
    dt = page.destruction_tab
    assert dt.table.rowCount() == 1 and dt.table.item(0, 2).text() == "待审批"
    dt.table.selectRow(0)
    dt.approve_button.click()                                   # the proposer cannot approve
    assert "另一人" in dt.message.text()
    assert archive.catalog.preserve.destruction(1).state == "proposed"

    with archive.catalog.write():
        archive.catalog.users.create("sec", hash_password("password-456"), ["secadmin"])
    other = Archive.open(archive.root, user="sec", password="password-456")
    ctx2 = AppContext(other, settings)
    tab = DestructionTab(ctx2, lambda: None)
    qtbot.addWidget(tab)
    tab.table.selectRow(0)
    assert "期满" in tab.detail.text()
    tab.note_edit.setText("同意")
    tab.approve_button.click()
    assert tab.table.item(0, 2).text() == "已批准"
    from desktop_app.gui.pages.preserve_disposal import ID_ROLE

    case_id = int(at.table.item(0, 0).data(ID_ROLE))
    comps = archive.catalog.preserve.stored_components([case_id])
    assert comps
    tab.table.selectRow(0)
    tab.execute_button.click()
    _wait_job(tab, qtbot)
    assert "已执行" in tab.message.text()
    d = archive.catalog.preserve.destruction(1)
    assert d.state == "executed" and d.proposed_by != d.approved_by
    assert all(not (archive.root / f["path"]).exists() for i in d.items for f in i.files)
    assert all(not (archive.root / c.store_path).exists() for c in comps)
    assert archive.catalog.cases.get(case_id).status == "destroyed"
    ctx2.wait_for_jobs(10_000)
    qtbot.wait(1)
    other.close()


def test_page_is_in_the_main_window(window: Any) -> None:
    from desktop_app.gui.pages import page_spec
    from desktop_app.gui.pages.preserve import PreservePage

    assert page_spec("preserve").display_title
    window.show()
    assert isinstance(window.show_page("preserve"), PreservePage)


def test_carrier_tab_register_check_and_reminder(page: Any, archive: Archive) -> None:
    from desktop_app.core.preserve.carriers import register_carrier

    ct = page.carrier_tab
    ct.label_edit.setText("DVD-2026-01")
    ct.kind_box.setCurrentIndex(ct.kind_box.findData("dvd"))
    ct.purpose_box.setCurrentIndex(ct.purpose_box.findData("backup"))
    ct.add_button.click()
    assert "已登记" in ct.message.text() and ct.table.rowCount() == 1
    register_carrier(archive, "BD-2019", "bd", "transfer", written_at="2019-05-01")
    ct.refresh()
    page.refresh_status()
    row = next(r for r in range(ct.table.rowCount()) if ct.table.item(r, 0).text() == "BD-2019")
    assert "已到期" in ct.table.item(row, 5).text()
    assert "BD-2019" in page.due_label.text()
    ct.table.selectRow(row)
    ct.method_edit.setText("全盘读取校验")
    ct.check_button.click()
    assert "已记录" in ct.message.text()
    page.refresh_status()
    assert "BD-2019" not in page.due_label.text()
    assert archive.catalog.preserve.carrier_checks(archive.catalog.preserve.carrier("BD-2019").id)[0].result == "ok"


def test_convert_and_migrate_tab(ctx: Any, archive: Archive, qtbot: Any, tmp_path: Path) -> None:
    import io

    from PIL import Image

    from desktop_app.gui.pages.preserve import PreservePage

    buf = io.BytesIO()
    Image.new("RGB", (20, 20), (0, 90, 200)).save(buf, "BMP")
    [cid] = archived_cases(archive, tmp_path / "pk", 1, files={"申报文件/扫描.bmp": buf.getvalue()})
    page = PreservePage(ctx)
    qtbot.addWidget(page)
    tab = page.convert_tab
    assert tab.table.rowCount() == 1 and "LibreOffice" in tab.tool_label.text()
    tab.table.selectRow(0)
    tab.convert_button.click()
    qtbot.waitUntil(lambda: tab.job is None and not ctx.busy, timeout=30_000)
    assert "已转换 1 个文件" in tab.message.text() and tab.table.rowCount() == 0
    assert [c.role for c in archive.catalog.preserve.stored_components([cid])] == ["original", "migrated"]
    tab.dest_edit.setText(str(tmp_path / "new-disk" / "archive"))
    tab.migrate_button.click()
    qtbot.waitUntil(lambda: tab.job is None and not ctx.busy, timeout=30_000)
    assert "迁移完成，验证通过" in tab.message.text()
    assert (tmp_path / "new-disk" / "archive" / "catalog.sqlite").is_file()


def test_encrypted_backup_and_restore_from_the_page(page: Any, qtbot: Any, tmp_path: Path) -> None:
    bt = page.backup_tab
    bt.dest_edit.setText(str(tmp_path / "edisk"))
    bt.encrypt_box.setChecked(True)
    bt.pass_edit.setText("page-secret-1")
    bt.start_button.click()
    _wait_job(bt, qtbot)
    assert bt.table.item(0, 2).text() == "是（SM4）" and bt.table.item(0, 3).text() == "已核验"
    assert bt.pass_edit.text() == ""                            # not kept in the form
    bt.restore_src.setText(bt.table.item(0, 6).text())
    bt.restore_to.setText(str(tmp_path / "r"))
    bt.restore_button.click()                                   # no passphrase: refused, says why
    _wait_job(bt, qtbot)
    assert "口令" in bt.message.text() and not (tmp_path / "r").exists()
    bt.pass_edit.setText("page-secret-1")
    bt.restore_button.click()
    _wait_job(bt, qtbot)
    assert "恢复完成，验证通过" in bt.message.text()


def test_backup_register_says_whether_each_backup_is_encrypted(page: Any, archive: Archive, qtbot: Any,
                                                               tmp_path: Path) -> None:
    """GUI walk: the printed 备份登记表 (and the page's 加密 column) left an unencrypted backup blank."""
    from pypdf import PdfReader
    from PySide6.QtCore import Qt

    from desktop_app.core.registers import backup_section, render_pdf
    from desktop_app.core.registers.preserve_sources import load_backups

    bt = page.backup_tab
    for folder, encrypt in (("plain", False), ("sealed", True)):
        bt.dest_edit.setText(str(tmp_path / folder))
        bt.encrypt_box.setChecked(encrypt)
        bt.pass_edit.setText("page-secret-1" if encrypt else "")
        qtbot.mouseClick(bt.start_button, Qt.MouseButton.LeftButton)
        _wait_job(bt, qtbot)
    shown = sorted(bt.table.item(r, 2).text() for r in range(bt.table.rowCount()))
    assert shown == ["否", "是（SM4）"]
    out = tmp_path / "backups.pdf"
    render_pdf([backup_section(load_backups(archive.catalog))], out, fallback_fonts=[])
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages).replace("\n", "")
    assert "未加密" in text and "SM4 加密" in text, text
