"""The whole job through the GUI only, with clicks: a fresh agency archive made by the first-run
wizard imports the demo packages, classifies, checks, archives, prints a register and transfers;
a second archive (archives side) made by the wizard trusts the sender's key and receives that
carrier.  No terminal, no core call to set anything up."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog

from .clicks import click, type_text
from .wizard_support import make_archive

EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
KEY_PASS = "key-pass-2026"


def _window(arch: Any, tmp_path: Path, name: str, qtbot: Any) -> Any:
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.main_window import MainWindow

    ctx = AppContext(arch, QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _open(win: Any, key: str) -> Any:
    win.page_actions[key].trigger()               # 视图 menu / Ctrl+n, as a person switches pages
    assert win.current_key == key
    return win.pages[key]


def _wait(page: Any, qtbot: Any) -> None:
    assert page.job is not None
    with qtbot.waitSignal(page.job.ended, timeout=180_000):
        pass
    qtbot.wait(1)


def _statuses(arch: Any) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in arch.catalog.cases.ids():
        st = arch.catalog.cases.get(c).status
        out[st] = out.get(st, 0) + 1
    return out


@pytest.mark.skipif(sys.platform == "win32", reason="scans with ClamAV (clamscan and the signature folder chosen in "
                    "the wizard): the Windows stage has no ClamAV and Wine no Defender; the release checklist "
                    "(installer/README.md) does this job on Windows with Defender")
def test_fresh_archives_do_the_whole_job_through_the_gui(app: Any, qtbot: Any, tmp_path: Path, dialogs: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.core.demo import write_demo
    from desktop_app.gui.widgets.bulk_dialogs import BulkDialog

    clamdb = tmp_path / "病毒库"
    clamdb.mkdir()
    (clamdb / "local.ndb").write_text(f"Local.Test.EICAR:0:*:{EICAR.hex()}\n", "ascii")
    packages = tmp_path / "办件包"
    write_demo(packages, cases=4, seed=3)
    saved: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (saved[-1], "")))

    # -- agency side: the wizard, then every step on its page ------------------------------
    w = make_archive(qtbot, dialogs, tmp_path / "机构档案库", role="agency", fonds="Z001", name="某县政务服务中心",
                     password="secret-123", key_pass=KEY_PASS, clamdb=clamdb, backup=tmp_path / "备份")
    fingerprint = w.done_page.fingerprint.text()
    assert len(fingerprint.split()) == 16
    from .wizard_support import finish

    finish(qtbot, w)
    agency = w.archive
    win = _window(agency, tmp_path, "agency", qtbot)
    try:
        preserve = _open(win, "preserve")               # the backup folder chosen in the wizard is proposed
        assert preserve.backup_tab.dest_edit.text() == str(tmp_path / "备份")
        intake = _open(win, "intake")
        dialogs.folder = str(packages)
        click(qtbot, intake.folder_button)
        _wait(intake, qtbot)
        assert _statuses(agency) == {"imported": 4}

        arrange = _open(win, "arrange")
        click(qtbot, arrange.preview_button)                 # 分类预览 of every case in 待分类
        _wait(arrange, qtbot)
        click(qtbot, arrange.apply_button)                   # 应用分类
        _wait(arrange, qtbot)
        assert _statuses(agency) == {"classified": 4}, arrange.preview_label.text()

        checks = _open(win, "checks")
        click(qtbot, checks.run_button)                      # 开始检测 (archiving stage)
        _wait(checks, qtbot)
        assert "检测未完成" not in checks.summary_label.text()
        assert _statuses(agency) == {"checked": 4}, checks.summary_label.text()

        arrange = _open(win, "arrange")
        arrange.tabs.setCurrentIndex(2)                      # 待归档（已通过检测）
        click(qtbot, arrange.archive_button)                 # 归档 (the confirmation is answered 是)
        _wait(arrange, qtbot)
        assert _statuses(agency) == {"archived": 4}, arrange.preview_label.text()

        registers = _open(win, "registers")
        click(qtbot, registers.preview_button)               # 生成预览
        _wait(registers, qtbot)
        saved.append(str(tmp_path / "登记表.pdf"))
        click(qtbot, registers.save_button)                  # 保存 PDF…
        assert (tmp_path / "登记表.pdf").read_bytes().startswith(b"%PDF")

        keys = _open(win, "keys")
        assert keys.fingerprint.text() == fingerprint
        saved.append(str(tmp_path / "机构公钥.pem"))
        click(qtbot, keys.export_button)                     # 导出公钥…
        assert (tmp_path / "机构公钥.pem").is_file()

        transfer = _open(win, "transfer")
        click(qtbot, transfer.all_box)                       # 全选
        dialogs.folder = str(tmp_path / "载体")
        (tmp_path / "载体").mkdir()
        click(qtbot, transfer.out_button)
        type_text(qtbot, transfer.passphrase, KEY_PASS)
        click(qtbot, transfer.start_button)                  # 开始移交
        _wait(transfer, qtbot)
        assert transfer.result is not None, transfer.summary.text()
        volume = transfer.result.volumes[0].path
        assert _statuses(agency) == {"transferred": 4}
    finally:
        win.close()
        win.ctx.cancel_all()
        win.ctx.wait_for_jobs()
        qtbot.wait(1)

    # -- archives side: the wizard trusts the sender's key, the 接收 page receives ---------
    wb = make_archive(qtbot, dialogs, tmp_path / "档案馆库", role="archives", fonds="A001", name="某县档案馆",
                      password="secret-456", clamdb=clamdb,
                      trusted=[(tmp_path / "机构公钥.pem", "某县政务服务中心")])
    assert fingerprint in wb.done_page.summary.text()         # compared with the one written down
    finish(qtbot, wb)
    archives = wb.archive
    win = _window(archives, tmp_path, "archives", qtbot)
    try:
        receive = _open(win, "receive")
        dialogs.folder = volume
        click(qtbot, receive.folder_button)                  # 打开文件夹… starts 校验
        _wait(receive, qtbot)
        rep = receive.report
        assert rep.ok and rep.sender == "某县政务服务中心", receive.summary.text()
        assert not receive.accept_button.isEnabled() and "待人工检测" in receive.summary.text()

        def inspected(dlg: BulkDialog) -> int:
            type_text(qtbot, dlg.note, "载体外观完好，读取正常，光盘型号与登记一致")
            return int(QDialog.DialogCode.Accepted.value)

        monkeypatch.setattr(BulkDialog, "exec", inspected)
        click(qtbot, receive.manual_button)                  # 记录人工检测…
        assert not receive.report.blocked, receive.summary.text()
        click(qtbot, receive.accept_button)                  # 接收入库 (confirmation answered 是)
        assert tuple(k for k, _ in dialogs.calls[-1:]) == ("question", )
        _wait(receive, qtbot)
        assert receive.report.decision == "accepted", receive.summary.text()
        assert _statuses(archives) == {"archived": 4}
        assert Path(receive.report.register).is_file()
    finally:
        win.close()
        win.ctx.cancel_all()
        win.ctx.wait_for_jobs()
        qtbot.wait(1)
        agency.close()
        archives.close()
