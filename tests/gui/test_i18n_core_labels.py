"""In the English UI the labels that come from the core (Chinese codes and names) show in English,
while what is handed back to the core stays the core's own Chinese value."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, build_agency  # noqa: E402

from desktop_app.core.archive_handle import Archive  # noqa: E402

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def english(app: Any) -> Any:
    from desktop_app.gui.app import install_translators

    loaded = install_translators(app, "en")
    assert any(p.endswith("archdesk_en.qm") for p in loaded)
    yield app
    install_translators(app, "zh_CN")


@pytest.fixture
def agency_ctx(english: Any, tmp_path: Path, qtbot: Any) -> Any:
    from desktop_app.gui.context import AppContext

    build_agency(tmp_path / "agency", n=2)
    arch = Archive.open(tmp_path / "agency", user="admin", password=PASSWORD)
    ctx = AppContext(arch, QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat))
    yield ctx
    ctx.cancel_all()
    assert ctx.wait_for_jobs(60_000)
    qtbot.wait(1)
    arch.close()


def _combo(box: Any) -> list[tuple[str, Any]]:
    return [(box.itemText(i), box.itemData(i)) for i in range(box.count())]


def test_transfer_page_opening_choices_and_reasons_in_english(agency_ctx: Any, tmp_path: Path, qtbot: Any) -> None:
    from desktop_app.gui.pages.transfer import OPENING_ROLE, TransferPage

    page = TransferPage(agency_ctx)
    qtbot.addWidget(page)
    assert _combo(page.opening) == [("Open", "开放"), ("Restricted", "控制")]
    assert page.media.itemText(0) == "USB stick / external disk (by free space)"
    assert page.drives.itemText(0).startswith("Removable disk")
    rows = [page.cases.topLevelItem(i) for i in range(page.cases.topLevelItemCount())]
    assert len(rows) == 2
    for it in rows:      # the core's proposal, shown in English, kept in Chinese behind the text
        assert it.text(4) in ("Open", "Restricted") and it.data(4, OPENING_ROLE) in ("开放", "控制")
        assert it.text(5) and not CJK.search(it.text(5)), it.text(5)
        assert CJK.search(it.data(5, OPENING_ROLE))

    from .clicks import choose, click, click_item, type_text

    page.show()
    qtbot.waitExposed(page)
    first = rows[0]
    click_item(qtbot, page.cases, first, 1)
    choose(qtbot, page.opening, "开放")
    type_text(qtbot, page.reason, "不涉及个人隐私，经开放鉴定")
    click(qtbot, page.apply_button)
    assert first.text(4) == "Open" and first.data(4, OPENING_ROLE) == "开放"
    # the carrier gets the core's values, not the English shown on screen
    first.setCheckState(0, first.checkState(0).Checked)
    type_text(qtbot, page.out, str(tmp_path / "out"))
    type_text(qtbot, page.passphrase, KEYPASS)
    type_text(qtbot, page.override, OVERRIDE)
    click(qtbot, page.start_button)
    assert page.job is not None
    with qtbot.waitSignal(page.job.ended, timeout=120_000):
        pass
    assert page.result is not None, page.summary.text()
    catalogue = (Path(page.result.volumes[0].path) / "文件目录.XML").read_text("utf-8")
    assert "开放" in catalogue and "不涉及个人隐私" in catalogue and "Open" not in catalogue


def test_registers_checks_users_and_fields_in_english(english: Any, ctx: Any, qtbot: Any) -> None:
    from desktop_app.core.registers import KINDS
    from desktop_app.gui.labels import separation_problem_text
    from desktop_app.gui.pages.checks import ChecksPage
    from desktop_app.gui.pages.registers import RegistersPage
    from desktop_app.gui.pages.users import UsersPage
    from desktop_app.gui.widgets.metadata_form import MetadataForm

    registers = RegistersPage(ctx)
    qtbot.addWidget(registers)
    names = [t for t, _ in _combo(registers.kind_combo)]
    assert names[0] == "Catalogue of archived records" and len(names) == len(KINDS)
    assert not [n for n in names if CJK.search(n)], names

    checks = ChecksPage(ctx)
    qtbot.addWidget(checks)
    stages = dict((d, t) for t, d in _combo(checks.stage_combo))
    assert stages["archiving"] == "Archiving" and stages["preservation"] == "Preservation"

    users = UsersPage(ctx)
    qtbot.addWidget(users)
    headers = [users.table.horizontalHeaderItem(c).text() for c in range(users.table.columnCount())]
    assert headers == ["User name", "Full name", "Roles", "Status", "Created at"]
    roles = users.table.item(0, 2).text()
    assert "System administrator" in roles and not CJK.search(roles), roles
    assert separation_problem_text("还没有担任安全审计员的有效账户。") == \
        "no active account holds the role Security auditor yet"
    note = users.separation_note.text()
    assert note and not CJK.search(note.replace("clerk", "")), note

    form = MetadataForm()
    qtbot.addWidget(form)
    labels = [lab.text() for lab in form._labels.values()]
    assert "Electronic record number *" in labels and not [t for t in labels if CJK.search(t)], labels
    assert QCoreApplication.translate("material_groups", "申报材料") == "Application materials"


def test_every_check_item_name_is_declared_and_translated(english: Any) -> None:
    from desktop_app.core.checks.registry import all_items
    from desktop_app.gui.labels import DECLARED, check_item_text

    names = {i.name for i in all_items()}
    assert set(DECLARED["check_items"]) == names
    untranslated = [n for n in names if CJK.search(check_item_text(n))]
    assert untranslated == []
    assert check_item_text("病毒感染检测") == "Virus infection check"


def test_core_label_tables_shown_by_pages_have_english(english: Any) -> None:
    """Each core table a page shows through tr()/translate() is declared, so lupdate extracts it."""
    from desktop_app.core.audit_report import ACTION_LABELS, OUTCOME_LABELS
    from desktop_app.core.model import CASE_FIELDS, MATERIAL_GROUPS
    from desktop_app.core.preserve.fixity import KIND_LABELS as FIXITY
    from desktop_app.core.registers import KIND_LABELS as REGISTERS
    from desktop_app.core.retention.table import COLUMNS as RETENTION_COLUMNS
    from desktop_app.core.security import ROLE_LABELS
    from desktop_app.core.use import KIND_LABELS as USE_KINDS

    tables = {"FixityTab": FIXITY.values(), "RegistersPage": REGISTERS.values(), "roles": ROLE_LABELS.values(),
              "RetentionTablePage": [label for _k, label in RETENTION_COLUMNS], "UsePage": USE_KINDS.values(),
              "case_fields": [label for _k, label in CASE_FIELDS], "material_groups": MATERIAL_GROUPS.values(),
              "audit": [*ACTION_LABELS.values(), *OUTCOME_LABELS.values()]}
    chinese = [(ctx, s) for ctx, values in tables.items() for s in values
               if CJK.search(QCoreApplication.translate(ctx, s))]
    assert chinese == []
    from desktop_app.gui.labels import opening_reason_text

    assert opening_reason_text("依保管期限表类目 ZW05 的开放状态") == "Access status of retention schedule category ZW05"
    assert opening_reason_text("经鉴定可以开放") == "经鉴定可以开放"        # a typed reason is data


def test_due_preservation_work_in_english(english: Any, ctx: Any, qtbot: Any) -> None:
    """No backup yet: the preservation page's due list is English, and so is the core's sentence in
    its tooltip (declared in gui/core_errors.py)."""
    from desktop_app.gui.pages.preserve import PreservePage

    page = PreservePage(ctx)
    qtbot.addWidget(page)
    page.refresh_status()
    text = page.due_label.text()
    assert text.startswith("Preservation work due") or "backup" in text.lower(), text
    assert not CJK.search(text), text
    tip = page.due_label.toolTip()
    assert "backup" in tip.lower() and not CJK.search(tip), tip
