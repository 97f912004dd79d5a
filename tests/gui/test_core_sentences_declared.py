"""Every sentence the core builds for a user — the message of each error it raises, each status line of
its progress — is declared for translation (gui/core_messages.py, gui/core_errors.py) and reads in
English in the English UI.  The sentences are found by reading desktop_app/core (tests/gui/core_sentences.py),
so a new or reworded core sentence fails here instead of showing in Chinese to an English user."""

from __future__ import annotations

import re
from typing import Any

import pytest

from .core_sentences import CJK, Sentence, scan

# Messages not written where the error is raised (the scan sees an expression, not a sentence).  Each is
# covered some other way, said here; anything else not written out in the raise fails the test.
BUILT_ELSEWHERE = {
    # the lines of the lost-catalog explanation, joined: declared whole (core_errors.py), checked below
    "core/catalog_loss.py": "''.join(lines)",
    # the sentences of the _MISSING table: checked below
    "core/registers/sources.py": "_MISSING[kind]",
    # setup.validate's problems joined: each problem is scanned (problems.append) and declared
    "core/setup.py": "'；'.join(problems)",
}


@pytest.fixture(scope="module")
def sentences() -> list[Sentence]:
    return scan()


@pytest.fixture
def english(app: Any) -> Any:
    from desktop_app.gui.app import install_translators

    install_translators(app, "en")
    yield app
    install_translators(app, "zh_CN")


def test_the_scan_reads_the_core_s_raises(sentences: list[Sentence]) -> None:
    """The scan itself: it finds the core's errors in their template form, with the parts inside them."""
    by_template = {s.template: s for s in sentences}
    assert len([s for s in sentences if s.kind == "error"]) > 380
    assert len({s.where.split(":")[0] for s in sentences if s.kind == "error"}) > 60
    assert len([s for s in sentences if s.kind == "status"]) > 50
    assert len([s for s in sentences if s.kind == "detail"]) > 120
    # an f-string's fields become {0}, {1} … in order; a subclass defined outside errors.py counts
    assert by_template["这里不是 ArchDesk 备份（缺少 {0}）：{1}"].where.startswith("core/preserve/backupset.py")
    assert by_template["密钥口令不正确（或密钥文件已损坏），无法解锁签名密钥。"].kind == "error"
    # a value chosen between literals is a part; os_error_to_archdesk's “what” is a part
    assert by_template["账户已被锁定 15 分钟。"].kind == "part"
    assert by_template["写入载体"].kind == "part"
    assert by_template["正在读回核验备份…"].kind == "status"
    assert by_template["写入后回读：载体上没有此文件"].kind == "detail"          # report.problem(path, kind, detail)
    assert by_template["备份中没有目录数据库"].kind == "detail"                  # RestoreProblem(…)
    assert by_template["到期鉴定"].kind == "detail"                              # DueCheck(…)
    assert by_template["请填写立档单位名称。"].kind == "detail"                  # problems.append(…), joined


def test_every_core_sentence_is_declared(sentences: list[Sentence]) -> None:
    from desktop_app.core.registers.sources import _MISSING
    from desktop_app.gui.core_messages import TEMPLATES
    from desktop_app.gui.labels import DECLARED

    declared = set(TEMPLATES)
    assert set(DECLARED["core_messages"]) == declared
    missing = sorted({f"{s.where}: {s.template}" for s in sentences if s.template is not None
                      and s.template not in declared})
    assert missing == [], "declare these in desktop_app/gui/core_errors.py:\n" + "\n".join(missing)
    unwritten = {s.where.split(":")[0]: s.expr for s in sentences if s.template is None}
    assert unwritten == BUILT_ELSEWHERE
    assert [m for m in _MISSING.values() if m not in declared] == []


def _sample(template: str) -> tuple[str, list[str]]:
    values = [f"v{i}x" for i in range(len(re.findall(r"\{\d+\}", template)))]
    from desktop_app.gui.fmt import fmt

    return fmt(template, *values), values


def test_every_core_sentence_reads_in_english(english: Any, sentences: list[Sentence]) -> None:
    """Each sentence, filled with plain values, comes out English with every value in it."""
    from desktop_app.gui.core_errors import DETAILS, ERRORS, STATUS
    from desktop_app.gui.core_messages import message_text

    templates = sorted({s.template for s in sentences if s.template} | set(ERRORS) | set(STATUS) | set(DETAILS))
    bad = []
    for t in templates:
        text, values = _sample(t)
        shown = message_text(text)
        if CJK.search(shown) or any(v not in shown for v in values):
            bad.append((t, shown))
    assert bad == []
    assert message_text("这里不是 ArchDesk 备份：D:\\备份") == "This is not an ArchDesk backup: D:\\备份"
    assert message_text("写入载体失败：E:\\（No space left on device）") == \
        "Error while writing to the carrier: E:\\ (No space left on device)"
    assert message_text("用户名或密码不正确。") == "Wrong user name or password."
    assert message_text("需要备份：尚未做过经核验的备份") == "Backup needed: no verified backup yet"   # a due task's tooltip
    # values that are labels of the core: a status, roles, a metadata field
    assert message_text("办件 7 当前为“已归档”，不能由“归档”改为“已检测”。") == \
        "Case 7 is now “Archived”; it cannot change from “Archiving” to “Checked”."
    assert message_text("只有系统管理员、安全保密员可以修改设置“全宗号”。") == \
        "Only the System administrator, Security officer may change setting “Fonds number”."


def test_a_job_s_status_lines_show_in_english(english: Any, ctx: Any, qtbot: Any) -> None:
    from desktop_app.core.jobs import Progress

    def work(progress: Progress) -> None:
        progress.start(2, "正在读回核验备份…")
        progress.status("正在回读校验光盘映像：E:\\carrier-01.iso")

    statuses: list[str] = []
    job = ctx.run_job(work)
    job.status.connect(statuses.append)
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert statuses == ["Reading back and verifying the backup…",
                        "Reading back and verifying the disc image: E:\\carrier-01.iso"]


def test_pages_show_an_error_s_message_through_message_text() -> None:
    """A page that shows ``exc.message`` (or a verification problem's ``p.detail``) as it is shows Chinese
    to an English user, declared or not."""
    import ast
    from pathlib import Path

    gui = Path(__file__).resolve().parents[2] / "desktop_app" / "gui"
    raw = []
    for path in sorted(gui.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        wrapped = {id(n) for call in ast.walk(tree) if isinstance(call, ast.Call)
                   and getattr(call.func, "id", None) == "message_text" and call.args for n in ast.walk(call.args[0])}
        raw += [f"{path.name}:{node.lineno}" for node in ast.walk(tree)
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and isinstance(node.ctx, ast.Load)
                and ((node.attr == "message" and node.value.id in ("exc", "error", "err", "e", "f"))
                     or (node.attr == "detail" and node.value.id == "p"))       # a verification's problem
                and id(node) not in wrapped]
    assert raw == []


def test_the_index_finds_what_trying_every_template_finds(english: Any, sentences: list[Sentence]) -> None:
    """message_text tries only the templates a message can match (by first character and a fixed
    piece); the result is the one trying every template in order gives."""
    from desktop_app.gui import core_messages
    from desktop_app.gui.fmt import fmt

    every_template = core_messages.message_text_every_template
    texts = [_sample(t)[0] for t in core_messages.TEMPLATES]
    texts += [fmt(t, *["办件类型", "“a”", "写入载体", "3"][: t.count("{")]) for t in core_messages.TEMPLATES]
    texts += ["缺少元数据项“办件类型”；元素：service_type；应为：service_type；实为：无", "随便一句：原样", "", "x"]
    assert len(texts) > 1500
    assert [t for t in texts if core_messages.message_text(t) != every_template(t)] == []


@pytest.mark.parametrize("state", ["empty file", "blank database", "missing, with a backup"])
def test_the_lost_catalog_explanation_reads_in_english(english: Any, tmp_path: Any, state: str) -> None:
    """The message the lost-catalog dialog shows is joined from lines; each way it can read is declared."""
    import json
    import sqlite3

    from desktop_app.core import catalog_loss
    from desktop_app.gui.core_messages import message_text

    root = tmp_path / "my archive"                # a space in the path: the path is quoted in the sentence
    (root / "records" / "2024" / "D30" / "ZW" / "Z001-ZW·2024-D30-0001").mkdir(parents=True)
    (root / "audit").mkdir()
    log = root / "audit" / "audit.log"
    if state == "empty file":
        (root / "catalog.sqlite").write_bytes(b"")
        log.write_text("", "utf-8")
    elif state == "blank database":
        with sqlite3.connect(root / "catalog.sqlite") as db:
            db.execute("CREATE TABLE t (x)")             # a database file with no table left
            db.execute("DROP TABLE t")
    else:
        detail = json.dumps({"dest": "E:\\backups\\b1"})
        log.write_text(json.dumps({"action": "preserve.backup", "outcome": "ok", "time": "2026-12-01T10:00:00",
                                   "detail": detail}) + "\n", "utf-8")
    lost = catalog_loss.problem(root)
    assert lost is not None
    shown = message_text(lost.message)
    assert str(root / "catalog.sqlite") in shown and "rebuild the catalog" in shown, shown
    assert not CJK.search(shown), shown
    assert {"empty file": "empty file (0 bytes)", "blank database": "without any tables",
            "missing, with a backup": "” is missing"}[state] in shown, shown
    if state.endswith("backup"):
        assert "E:\\backups\\b1" in shown and "2026-12-01T10:00:00" in shown, shown


def test_a_clerk_s_metadata_problems_read_in_english(english: Any) -> None:
    """core.cases.validate_fields' problems: shown by the metadata form and inside “元数据有误：…”."""
    from desktop_app.core.cases import validate_fields
    from desktop_app.gui.core_messages import message_text

    problems = validate_fields({"case_name": "", "accept_time": "yesterday", "security_classification": "机密",
                                "applicant": "张三\x01"})
    assert len(problems) >= 3
    shown = [message_text(p) for p in problems.values()]
    assert [s for s in shown if CJK.search(s)] == [], shown
    joined = message_text("元数据有误：" + "；".join(problems.values()))
    assert joined.startswith("The metadata has errors: ") and not CJK.search(joined), joined
