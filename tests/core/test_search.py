"""Search: Chinese substrings of every length (1, 2, 3+ characters), field filters, both query
paths agreeing, incremental re-indexing, and PDF text from real imported demo packages."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core import search as S
from desktop_app.core import search_text
from desktop_app.core.archive_handle import Archive
from desktop_app.core.catalog import SearchFilter

NOW = "2026-11-28 12:00:00"
CASES = [
    # id, task_name, apply_name, year, retention, status, archival_code, doc titles
    (1, "企业设立登记", "福州榕城科技有限公司", 2021, "Y", "archived", "Z001-ZW·2021-Y-0001", ["营业执照申请书", "章程"]),
    (2, "食品经营许可", "张伟", 2021, "D30", "archived", "Z001-ZW·2021-D30-0001", ["准予许可决定书"]),
    (3, "社会团体成立登记", "李娜", 2022, "D10", "classified", None, ["受理通知书"]),
    (4, "户籍迁移审批", "王芳", 2020, "Y", "archived", "Z001-ZW·2020-Y-0007", ["户口簿", "收件凭证"]),
    (5, "道路运输经营许可", "厦门登记物流有限公司", 2022, "Y", "imported", None, ["道路运输证"]),
]


def _fill(archive: Archive) -> None:
    cases, docs = [], []
    did = 0
    for cid, task, app, year, ret, status, code, titles in CASES:
        cases.append({"id": cid, "electronic_record_code": f"350100-0059-{cid:010d}-{year}", "project_id": f"SP{cid:06d}",
                      "task_name": task, "project_name": app + task, "apply_name": app, "year": year, "retention": ret,
                      "status": status, "archival_code": code, "store_path": f"x/{cid}", "metadata": "{}",
                      "imported_at": NOW, "updated_at": NOW})
        for seq, t in enumerate(titles, 1):
            did += 1
            docs.append({"id": did, "case_id": cid, "seq": seq, "title": t, "standard_name": t})
    archive.catalog.search_index.bulk_insert(cases, docs)


@pytest.fixture
def filled(archive: Archive) -> Archive:
    _fill(archive)
    return archive


def ids(archive: Archive, text: str, flt: SearchFilter | None = None) -> list[int]:
    return sorted(h.case_id for h in S.search(archive, text, flt).hits)


def test_segment_and_query() -> None:
    assert S.segment("许可证 SP-2021") == "许可 可证 证 sp 2021"
    assert S.fts_query("登记") == '"登记"'
    assert S.fts_query("营业执照") == '"营业 业执 执照"'
    assert S.fts_query("证") == '"证"*'
    assert S.fts_query('x" OR *') == '"x"* AND "or"*'   # FTS syntax never leaks through
    assert S.fts_query("  ") == ""


def test_chinese_substrings_of_every_length(filled: Archive) -> None:
    assert ids(filled, "登记") == [1, 3, 5]             # 2 chars: the common case trigram misses
    assert ids(filled, "许可") == [2, 5]
    assert ids(filled, "业执") == [1]                  # substring in the middle of a word
    assert ids(filled, "营业执照申请书") == [1]
    assert ids(filled, "准予许可决定书") == [2]
    assert ids(filled, "社会团体成立登记") == [3]
    assert ids(filled, "芳") == [4]                    # 1 char, last of its run
    assert ids(filled, "户") == [4]
    assert ids(filled, "营业执照章程") == []            # not a substring: no false positive
    assert ids(filled, "量子") == []
    assert ids(filled, "登记 福州") == [1]             # all terms must match
    assert ids(filled, "sp00000") == [1, 2, 3, 4, 5]   # ASCII prefix
    hit = next(h for h in S.search(filled, "受理通知书").hits)
    assert hit.case_id == 3 and hit.matched == ["document"] and hit.document_ids == [4]


def test_field_filters(filled: Archive) -> None:
    assert ids(filled, "登记", SearchFilter(year=2022)) == [3, 5]
    assert ids(filled, "登记", SearchFilter(retention="Y")) == [1, 5]
    assert ids(filled, "登记", SearchFilter(status=("archived",))) == [1]
    assert ids(filled, "许可", SearchFilter(task_name="食品")) == [2]
    assert ids(filled, "许可", SearchFilter(task_name="食品", year=2021)) == [2]      # candidate path
    assert ids(filled, "许可", SearchFilter(task_name="食品", year=2022)) == []
    assert ids(filled, "", SearchFilter(apply_name="登记")) == [5]
    assert ids(filled, "", SearchFilter(code_from="Z001-ZW·2020-Y-0001", code_to="Z001-ZW·2021-Y-9999")) == [1, 2, 4]
    res = S.search(filled, "", SearchFilter(year=2021))
    assert res.total == 2 and not res.more


def test_both_query_paths_agree(filled: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    queries = ["登记", "许可", "业执", "芳", "营业执照申请书", "sp00000", "登记 福州", "量子"]
    filters = [SearchFilter(year=2022), SearchFilter(retention="Y"), SearchFilter(status=("archived", "imported"))]
    monkeypatch.setattr(S, "CANDIDATE_MAX", 10**9)        # always the LIKE path over candidates
    like = {(q, i): ids(filled, q, f) for q in queries for i, f in enumerate(filters)}
    monkeypatch.setattr(S, "CANDIDATE_MAX", -1)           # always the FTS path
    fts = {(q, i): ids(filled, q, f) for q in queries for i, f in enumerate(filters)}
    assert like == fts and any(like.values())


def test_count_cap_and_limit(filled: Archive) -> None:
    res = S.search(filled, "登记", limit=2, count_cap=2)
    assert len(res.hits) == 2 and res.total == 2 and res.more
    res = S.search(filled, "登记", limit=2)
    assert len(res.hits) == 2 and res.total == 3 and not res.more


def test_incremental_reindex_after_edit(filled: Archive) -> None:
    assert ids(filled, "张伟") == [2]
    filled.catalog.cases.update_fields(2, {"apply_name": "赵敏"})
    assert ids(filled, "张伟") == []                   # the changed case was re-indexed
    assert ids(filled, "赵敏") == [2]
    before = filled.catalog.search_index.unit_count()
    assert S.update_index(filled) == 0                    # nothing left: nothing indexed twice
    assert filled.catalog.search_index.unit_count() == before
    # a document retitled, a case deleted: the triggers queue them, the next search sees it
    with filled.catalog.write() as c:
        c.execute("UPDATE documents SET title='法人授权委托书' WHERE case_id=4 AND seq=1")
        c.execute("DELETE FROM documents WHERE case_id=5")
        c.execute("DELETE FROM cases WHERE id=5")
    assert ids(filled, "委托") == [4] and ids(filled, "运输") == []
    assert S.update_index(filled, full=True) == 4         # full: every remaining case once
    assert ids(filled, "登记") == [1, 3]


def test_reader_may_search_but_auditor_may_not(filled: Archive) -> None:
    from desktop_app.core import users
    from desktop_app.core.errors import PermissionDenied

    users.create_user(filled, "reader1", "password123", ["reader"])
    users.create_user(filled, "aud1", "password123", ["auditor"])
    with Archive.open(filled.root, user="reader1", password="password123") as r:
        assert ids(r, "登记") == [1, 3, 5]
    with Archive.open(filled.root, user="aud1", password="password123") as a, pytest.raises(PermissionDenied):
        S.search(a, "登记")


def test_pdf_text_indexed_in_separate_step(archive: Archive, tmp_path: Path) -> None:
    from desktop_app.core.demo import write_demo
    from desktop_app.core.intake.service import import_paths
    from desktop_app.core.jobs import Progress

    write_demo(tmp_path / "pk", cases=2, seed=5)
    assert import_paths(archive, [tmp_path / "pk"]).imported
    assert S.search(archive, "行政复议").hits == []       # only in the PDFs' text
    assert S.pending_text(archive) == 2
    seen: list[tuple[int, int]] = []
    stats = search_text.index_text(archive, Progress(lambda d, t: seen.append((d, t)), None, min_interval=0))
    assert stats.cases == 2 and stats.files > 0 and stats.chars > 100
    assert seen and seen[-1] == (2, 2)
    res = S.search(archive, "行政复议")
    assert res.hits and all("text" in h.matched for h in res.hits)
    assert S.search(archive, "复议").hits                # 2 chars in PDF text
    assert S.pending_text(archive) == 0
    assert search_text.index_text(archive).cases == 0           # incremental: nothing left to read
    actions = [r.action for r in archive.catalog.access.audit_filter(action="search.index")]
    assert actions == ["search.index"]


def _pending_rows(archive: Archive) -> int:
    return int(archive.catalog.scalar("SELECT count(*) FROM search_state WHERE text_done = 0"))


def test_the_pending_text_count_follows_every_change(filled: Archive) -> None:
    """search_pending.n (kept by triggers, migration 25) is the count of search_state rows whose
    text is not indexed, through every way search_state changes; searches report it."""
    cat = filled.catalog
    assert S.pending_text(filled) == 5                   # no search_state rows yet: all 5 cases pending
    res = S.search(filled, "登记")                         # metadata indexed: 5 INSERTs, text_done = 0
    assert res.pending == _pending_rows(filled) == 5
    cat.search_index.replace_text(2, [])                        # 0 -> 1
    cat.search_index.replace_text(2, [])                        # 1 -> 1: no change
    assert S.pending_text(filled) == _pending_rows(filled) == 4
    cat.search_index.replace_metadata(3, NOW, [])               # UPDATE of updated_at only
    assert S.pending_text(filled) == _pending_rows(filled) == 4
    cat.search_index.drop_case(2)                               # a done row deleted
    cat.search_index.drop_case(4)                               # a pending row deleted
    assert S.search(filled, "许可").pending == _pending_rows(filled) == 3
    with cat.write() as c:                                # back to pending, as a re-extraction would
        c.execute("UPDATE search_state SET text_done = 0 WHERE case_id = 1")
        c.execute("UPDATE search_state SET text_done = 1 WHERE case_id = 3")
        c.execute("UPDATE search_state SET text_done = 0 WHERE case_id = 3")
    assert int(cat.scalar("SELECT n FROM search_pending WHERE id = 1")) == _pending_rows(filled) == 3


def test_a_query_is_cut_into_runs_as_the_index_pattern_cuts_text() -> None:
    """Short text (a query) is scanned character by character (a search compiles no pattern); it
    must give exactly what the index's regular expression gives — at every range's edges too."""
    import random
    import re

    pattern = re.compile(f"([{S._CJK}]+)|([{S._WORD}]+)")
    edges = [c for a, b in (*S._CJK_RANGES, *S._WORD_RANGES) for c in (a - 1, a, b, b + 1)]
    alphabet = [chr(c) for c in edges] + list(" -_,，。许可证ÀÿɏSP2024\u3000\U0002a6d6\0")
    rng = random.Random(20)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 70)))
        want = [(m.group(1) or "", m.group(2) or "") for m in pattern.finditer(text)]
        assert S.runs(text) == want, text
    assert S.runs("许可证 SP-2021") == [("许可证", ""), ("", "SP"), ("", "2021")]
    assert S.fts_query("营业执照 3501") == '"营业 业执 执照" AND "3501"*'
