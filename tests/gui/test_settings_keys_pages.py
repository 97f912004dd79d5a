"""The 设置 page (generated from the declarations) and the 密钥 page, driven with clicks and typing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog

from desktop_app.core import settings as svc
from desktop_app.core.archive_handle import Archive
from desktop_app.core.crypto import keystore, pem
from desktop_app.core.crypto.sm2 import PrivateKey

from .clicks import click, click_item, type_text


def _page(cls: Any, ctx: Any, qtbot: Any) -> Any:
    page = cls(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_settings_page_is_made_from_the_declarations(ctx: Any, qtbot: Any, archive: Archive, dialogs: Any,
                                                     tmp_path: Path, clamscan_found: str) -> None:
    from desktop_app.gui.pages.settings_page import SettingsPage

    page = _page(SettingsPage, ctx, qtbot)
    assert set(page.editors) == set(svc.DECLARED)              # one editor per declared setting
    assert not page.editor("archive.fonds").isEnabled()        # kept by the program
    soffice = page.editor("preserve.soffice_path")
    type_text(qtbot, soffice, "/opt/libreoffice/program/soffice")
    spin = page.editor("preserve.backup_interval_days")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "14")
    click(qtbot, page.save_button)
    assert archive.setting("preserve.soffice_path") == "/opt/libreoffice/program/soffice"
    assert archive.setting("preserve.backup_interval_days") == 14
    assert "已保存" in page.message.text() and "LibreOffice 程序位置" in page.message.text()
    n = archive.catalog.scalar("SELECT count(*) FROM audit_log WHERE action='setting.change'")
    assert n == 2
    type_text(qtbot, page.editor("archival_code.category"), "zw")       # refused, said, nothing stored
    click(qtbot, page.save_button)
    assert "门类代码" in page.message.text() and archive.setting("archival_code.category") == "ZW"
    click(qtbot, page.revert_button)
    assert page.editor("archival_code.category").text() == "ZW"
    # the virus scanner is chosen from those found on this machine, with ClamAV's signature folder
    scanner = page.editor("checks.virus_scanner")
    n = next(i for i in range(scanner.combo.count()) if scanner.combo.itemData(i).get("kind") == "clamscan")
    scanner.combo.setFocus()
    qtbot.keyClick(scanner.combo, Qt.Key.Key_Home)
    for _ in range(n):
        qtbot.keyClick(scanner.combo, Qt.Key.Key_Down)
    dialogs.folder = str(tmp_path / "clamdb")
    click(qtbot, scanner.database.button)
    click(qtbot, page.save_button)
    assert archive.setting("checks.virus_scanner") == {"kind": "clamscan", "path": clamscan_found,
                                                       "database": str(tmp_path / "clamdb")}


def _answer(qtbot: Any, fill: Any) -> None:
    """When the next modal dialog opens, fill it like a person and press OK."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        fill(dialog)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    QTimer.singleShot(0, run)


def test_keys_page_generate_export_trust_retire(ctx: Any, qtbot: Any, archive: Archive, tmp_path: Path,
                                                dialogs: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.gui.pages.keys import KeysPage

    page = _page(KeysPage, ctx, qtbot)
    assert not page.export_button.isEnabled() and "还没有签名密钥" in page.own_label.text()
    # an archives signs its receipts with it too (the page spoke of transfers only: “移交前请先生成”)
    assert "接收回执" in page.own_label.text()

    def fill_key(d: QDialog) -> None:
        ok = d.buttons.button(QDialogButtonBox.StandardButton.Ok)
        type_text(qtbot, d.pass_edit, "short")
        assert not ok.isEnabled() and "✘ 至少 8 个字符" in d.rules.text()
        type_text(qtbot, d.pass_edit, "key-pass-99")
        type_text(qtbot, d.confirm_edit, "key-pass-99")
        assert ok.isEnabled()

    _answer(qtbot, fill_key)
    click(qtbot, page.generate_button)
    info = keystore.key_info(archive)
    assert info is not None and page.fingerprint.text() == pem.format_fingerprint(info.fingerprint)
    keystore.load_private_key(archive, "key-pass-99")
    out = tmp_path / "pub.pem"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    click(qtbot, page.export_button)
    assert out.read_text("ascii") == info.public_key_pem and pem.format_fingerprint(info.fingerprint) in page.message.text()

    other = tmp_path / "sender.pem"
    other.write_text(pem.public_key_to_pem(PrivateKey.generate().public_key()), "ascii")
    dialogs.files = [str(other)]

    def fill_trust(d: QDialog) -> None:
        assert len(d.fingerprint.text().split()) == 16          # shown to compare before trusting
        type_text(qtbot, d.label_edit, "某县政务服务中心")

    _answer(qtbot, fill_trust)
    click(qtbot, page.trust_button)
    assert [t.label for t in keystore.list_trusted(archive)] == ["某县政务服务中心"]
    assert page.trusted.topLevelItemCount() == 1 and not page.retire_button.isEnabled()
    bad = tmp_path / "bad.pem"
    bad.write_text("not a key", "ascii")
    dialogs.files = [str(bad)]
    click(qtbot, page.trust_button)                           # refused with the reason, nothing trusted
    assert page.message.text() and len(keystore.list_trusted(archive)) == 1
    click_item(qtbot, page.trusted, page.trusted.topLevelItem(0))
    click(qtbot, page.retire_button)                          # the confirmation is answered Yes
    assert keystore.list_trusted(archive) == [] and page.trusted.topLevelItemCount() == 0
    actions = [r[0] for r in archive.catalog.all("SELECT action FROM audit_log WHERE action LIKE 'key.%' AND action != 'key.unlock'")]
    assert actions == ["key.generate", "key.export", "key.trust", "key.untrust"]


@pytest.fixture
def english(app: Any) -> Any:
    from desktop_app.gui.app import install_translators

    install_translators(app, "en")
    yield app
    install_translators(app, "zh_CN")


def test_settings_page_in_english_when_the_ui_is_english(english: Any, ctx: Any, qtbot: Any,
                                                         archive: Archive) -> None:
    """UX walk: with the UI in English (ARCHDESK_LANG=en, so no ui/language in QSettings) the 设置 page
    still showed every group (档案库, 安全, 检测, 整理, 保管), every label (全宗号, 三员分立, …), the
    档案库类型 choice and the “saved” message in Chinese."""
    import re

    from PySide6.QtWidgets import QGroupBox, QLabel

    from desktop_app.gui.pages.settings_page import SettingsPage

    cjk = re.compile(r"[\u4e00-\u9fff]")
    assert ctx.settings.value("ui/language") is None
    page = _page(SettingsPage, ctx, qtbot)
    titles = [b.title() for b in page.findChildren(QGroupBox)]
    labels = [lab.text() for lab in page.findChildren(QLabel) if lab.buddy() is not None or lab.toolTip()]
    assert titles and labels
    assert not [t for t in titles + labels if cjk.search(t)], titles + labels
    role = page.editor("archive.role")
    assert not [role.itemText(i) for i in range(role.count()) if cjk.search(role.itemText(i))]
    spin = page.editor("preserve.backup_interval_days")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "14")
    click(qtbot, page.save_button)
    assert archive.setting("preserve.backup_interval_days") == 14
    assert page.message.text().startswith("Saved") and not cjk.search(page.message.text()), page.message.text()


def test_settings_tooltips_in_english_and_one_word_for_the_fonds(english: Any, ctx: Any, qtbot: Any) -> None:
    """GUI walk: in English every setting's tooltip (its help, “only … may change it”) was Chinese,
    and 全宗号 read “Fonds code” here but “Fonds number” in the wizard and the registers."""
    import re

    from desktop_app.core.settings import DECLARED
    from desktop_app.gui.pages.settings_page import SettingsPage

    cjk = re.compile(r"[\u4e00-\u9fff]")
    quoted = re.compile(r"“[^”]*”|\{[^}]*\}")        # example values (“长期”, {"办公室": "BGS"}) are data
    page = _page(SettingsPage, ctx, qtbot)
    tips = {key: page.editors[key].toolTip() for key in DECLARED}
    assert [k for k, d in DECLARED.items() if d.help and not tips[k]] == []
    assert {k: t for k, t in tips.items() if cjk.search(quoted.sub("", t))} == {}
    assert page.label(DECLARED["archive.fonds"]) == "Fonds number"
    assert [d.key for d in DECLARED.values() if d.help and not d.help_en] == []
