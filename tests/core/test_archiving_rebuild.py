"""Rebuild: delete catalog.sqlite, reconstruct it from records/ alone, compare field by field."""

from __future__ import annotations

from dataclasses import asdict

import pytest
from arrange_support import case_fields, import_cases, set_status

from desktop_app.core import audit
from desktop_app.core.archive_handle import Archive
from desktop_app.core.archiving import archive_cases, correct_metadata, rebuild_catalog
from desktop_app.core.catalog._util import loads
from desktop_app.core.retention import classify_cases, import_default_table, override_classification

PASSWORD = "password123"   # tests/conftest.py archive fixture


def _snapshot(arch: Archive) -> dict[str, dict]:
    cat = arch.catalog
    out = {}
    for cid in cat.archiving.archived_ids():
        found = cat.cases.get(cid)
        assert found is not None
        row = asdict(found)
        code = row["archival_code"]
        case = {k: v for k, v in row.items() if k not in ("id", "fonds_id", "batch_id", "metadata")}
        cls = cat.retention.classification(cid)
        ref = {c.id: (c.doc_seq, c.seq) for c in cat.cases.components(cid)}
        out[code] = {
            "case": case,
            "metadata": cat.cases.metadata(cid),
            "fonds": cat.one("SELECT code, name FROM fonds WHERE id=?", (row["fonds_id"],))[:],
            "documents": [{k: v for k, v in asdict(d).items() if k not in ("id", "case_id")} | {"metadata": loads(d.metadata)}
                          for d in cat.cases.documents(cid)],
            "components": [{k: v for k, v in asdict(c).items() if k not in ("id", "document_id", "case_id", "derived_from")}
                           | {"derived_from": ref.get(c.derived_from)} for c in cat.cases.components(cid)],
            "events": [{k: v for k, v in asdict(e).items() if k not in ("id", "case_id")} for e in cat.cases.events(cid)],
            "classification": {k: v for k, v in asdict(cls).items() if k not in ("case_id", "table_id", "entry_id")}
                              if cls else None,
        }
    return out


def _add_derived_component(archive, case_id):
    """A converted copy (as format migration makes) beside the first file of the case."""
    from desktop_app.core.digest import digest_bytes

    cat = archive.catalog
    first = cat.cases.components(case_id)[0]
    data = b"%PDF-1.7 converted copy\n%%EOF\n"
    rel = first.store_path.rsplit("/", 1)[0] + "/converted.pdf"
    (archive.root / rel).write_bytes(data)
    d = digest_bytes(data)
    with cat.write() as c:
        c.execute("INSERT INTO components(document_id, case_id, seq, original_name, original_path, store_path, size,"
                  " sm3, sha256, role, derived_from, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                  (first.document_id, case_id, 2, "converted.pdf", "converted.pdf", rel, len(data), d.sm3,
                   d.sha256, "derived", first.id, "2024-06-01 10:00:00"))


@pytest.fixture
def archived(archive, tmp_path):
    import_default_table(archive)
    specs = [case_fields(1, task_name="个体工商户登记", task_type="行政许可", result="准予登记"),
             case_fields(2, task_name="不动产登记（首次登记）", task_type="行政确认", result="准予登记"),
             case_fields(3, task_name="城乡居民最低生活保障审批", task_type="行政给付", result="准予给付",
                         transact_time="2023-11-02 10:00:00"),
             case_fields(4, task_name="无对应类目的事项", result="办结"),
             case_fields(5, task_name="个体工商户登记", task_type="行政许可", result="准予登记")]
    ids = import_cases(archive, tmp_path, specs)
    classify_cases(archive, ids)
    override_classification(archive, ids[3], category_code="ZW12", retention="D10", reason="人工判定为公共服务")
    _add_derived_component(archive, ids[0])
    set_status(archive, ids[:3], "checked")
    assert archive_cases(archive, ids[:3]).ok
    assert archive_cases(archive, [ids[3]], override_reason="经批准越过检测").ok
    correct_metadata(archive, ids[0], {"apply_name": "更正后的申请人"}, reason="录入错误")
    return ids


def test_rebuild_round_trip(archive, archived):
    before = _snapshot(archive)
    assert len(before) == 4
    root = archive.root
    archive.close()
    for suffix in ("", "-wal", "-shm"):
        (root / f"catalog.sqlite{suffix}").unlink(missing_ok=True)

    report = rebuild_catalog(root)
    assert report.ok and report.cases == 4 and report.files == 13 and report.backup == ""
    assert report.intake_not_indexed and len(report.intake_not_indexed) == 1      # case 5 was never archived
    # the catalog had no users left: create the first account the way a fresh start would
    arch = Archive(root)
    from desktop_app.core.security import ALL_ROLES, hash_password

    with arch.catalog.write():
        arch.catalog.users.create("admin", hash_password(PASSWORD), list(ALL_ROLES), display_name="admin")
    arch.close()
    arch = Archive.open(root, user="admin", password=PASSWORD)
    after = _snapshot(arch)
    assert sorted(after) == sorted(before)
    for code in before:
        for part in before[code]:
            assert after[code][part] == before[code][part], (code, part)
    assert arch.setting("archive.fonds") == "Z001"
    assert arch.catalog.audit.search(action="catalog.rebuild")
    arch.close()


def test_rebuild_with_readable_catalog_carries_users_and_audit(archive, archived):
    before = _snapshot(archive)
    n_audit = archive.catalog.audit.count()
    root = archive.root
    archive.close()
    report = rebuild_catalog(root)
    assert report.ok and report.backup.startswith("catalog.before-rebuild-")
    assert (root / report.backup).is_file()
    assert report.carried["users"] == 1 and report.carried["audit_log"] == n_audit
    arch = Archive.open(root, user="admin", password=PASSWORD)      # the account survived
    assert _snapshot(arch) == before
    assert audit.verify_chain(arch.catalog) == []                   # the audit chain is intact and continues
    assert arch.catalog.retention.active_table() is not None
    arch.close()


def test_rebuild_reports_damaged_records(archive, archived):
    root = archive.root
    code = archive.catalog.cases.get(archived[1]).archival_code
    folder = archive.root / archive.catalog.cases.get(archived[1]).store_path
    archive.close()
    (folder / f"{code}.xml").write_bytes(b"<case_record>broken")
    (folder / f"{code}-002.pdf").unlink()
    report = rebuild_catalog(root)
    assert not report.ok and report.cases == 3
    kinds = {p.kind for p in report.problems}
    assert "bad_package" in kinds


def test_rebuild_without_a_catalog_creates_the_first_account_audited(archive, tmp_path):
    """The account `archdesk rebuild` needs after losing the catalog is made by the core service,
    with every role and a user.create entry (the CLI used to insert it with raw catalog calls)."""
    from desktop_app.core.security import ALL_ROLES

    root = archive.root
    archive.close()
    (root / "catalog.sqlite").unlink()
    report = rebuild_catalog(root, actor="boss", first_account=("boss", "password123"))
    assert report.ok
    with Archive.open(root, user="boss", password="password123") as again:
        assert set(again.user.roles) == set(ALL_ROLES)
        (entry,) = again.catalog.audit.search(action="user.create", object_id="boss")
        assert entry.actor == "boss" and "重建" in entry.detail
    # with the account already there (carried over), nothing is created
    rebuild_catalog(root, actor="boss", first_account=("boss", "password123"))
    with Archive.open(root, user="boss", password="password123") as again:
        assert len(again.catalog.audit.search(action="user.create", object_id="boss")) == 1


def test_archiving_leaves_updated_at_as_the_record_holds_it(archive, tmp_path, monkeypatch):
    """The status move inside the archiving transaction must not leave a later updated_at than the
    record XML (archived_at): a rebuilt catalog would differ by that second (a flake seen in CI)."""
    import desktop_app.core.catalog.case_queries as catalog_cases

    import_default_table(archive)
    ids = import_cases(archive, tmp_path, [case_fields(1, task_name="个体工商户登记", task_type="行政许可",
                                                       result="准予登记")])
    classify_cases(archive, ids)
    set_status(archive, ids, "checked")
    monkeypatch.setattr(catalog_cases, "now", lambda: "2099-01-01 00:00:00")   # the clock ticks mid-step
    assert archive_cases(archive, ids).ok
    row = archive.catalog.cases.get(ids[0])
    assert row.updated_at == row.archived_at != "2099-01-01 00:00:00"


def test_a_correction_leaves_updated_at_as_its_record_holds_it(archive, tmp_path, monkeypatch):
    """A metadata correction writes the new record with its own time; the catalog's updated_at must be
    that time, not the clock's a moment later (the rebuild round trip failed once under load: case 1,
    the corrected one, differed after rebuild)."""
    import desktop_app.core.catalog.archiving_queries as catalog_archiving
    import desktop_app.core.catalog.case_queries as catalog_cases
    from desktop_app.core.archiving.corrections import latest_record
    from desktop_app.core.metadata.case_record import read_record

    import_default_table(archive)
    ids = import_cases(archive, tmp_path, [case_fields(1, task_name="个体工商户登记", task_type="行政许可",
                                                       result="准予登记")])
    classify_cases(archive, ids)
    set_status(archive, ids, "checked")
    assert archive_cases(archive, ids).ok
    later = "2099-01-01 00:00:00"                                   # the clock ticks mid-step
    monkeypatch.setattr(catalog_cases, "now", lambda: later)
    monkeypatch.setattr(catalog_archiving, "now", lambda: later)
    correct_metadata(archive, ids[0], {"apply_name": "更正后的申请人"}, reason="录入错误")
    row = archive.catalog.cases.get(ids[0])
    folder = archive.root / row.store_path
    rec = read_record(latest_record(folder, folder.name)[1].read_bytes())
    assert row.updated_at == rec["case"]["updated_at"] != later
