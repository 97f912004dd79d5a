"""The transfer check sees the 件号 gaps the archives will see: a batch that leaves out an earlier,
never transferred case of its 档号 group fails YJ-2-6 before any carrier is written; a later batch
continuing an earlier transfer passes."""

from __future__ import annotations

import pytest
from carrier_support import KEYPASS, PASSWORD, build_agency

from desktop_app.core.archive_handle import Archive
from desktop_app.core.errors import StateError
from desktop_app.core.transfer.create import create_transfer


def test_gap_left_by_the_batch_fails_before_writing_and_later_batches_continue(tmp_path, monkeypatch):
    from desktop_app.core.catalog.check_queries import CheckQueries

    ids = build_agency(tmp_path / "agency", n=4)
    arch = Archive.open(tmp_path / "agency", user="admin", password=PASSWORD)
    asked: list[tuple[str, object]] = []
    real = CheckQueries.archival_group_numbers

    def counted(self, prefix, statuses=None):  # type: ignore[no-untyped-def]
        asked.append((prefix, statuses))
        return real(self, prefix, statuses)

    monkeypatch.setattr(CheckQueries, "archival_group_numbers", counted)
    try:
        codes = {i: arch.catalog.cases.get(i).archival_code for i in ids}
        assert len({c.rsplit("-", 1)[0] for c in codes.values()}) == 1          # one 档号 group
        with pytest.raises(StateError) as ei:
            create_transfer(arch, tmp_path / "out1", ids[1:], passphrase=KEYPASS)
        assert "YJ-2-6" in ei.value.message
        # issue 20: the group is read once per question (all holdings, the transferred ones), not
        # once per case of the batch (3 cases here: 6 reads before)
        assert len(asked) == 2 and len(set(asked)) == 2, asked
        assert not any((tmp_path / "out1").glob("*-V01"))                         # nothing written
        assert all(arch.catalog.cases.get(i).status == "archived" for i in ids)
        run = arch.catalog.checks.runs("transfer")[0]
        bad = [r for r in arch.catalog.checks.results(run.id) if r.item == "YJ-2-6" and r.result == "fail"]
        assert bad and "既未移交过，也不在本批" in str(bad[0].evidence)
        first = create_transfer(arch, tmp_path / "out2", ids[:2], passphrase=KEYPASS, override_reason="测试：无杀毒软件")
        assert not any(r.item == "YJ-2-6" and r.result == "fail"
                       for r in arch.catalog.checks.results(int(first.check_run)))
        second = create_transfer(arch, tmp_path / "out3", ids[2:], passphrase=KEYPASS, override_reason="测试：无杀毒软件")
        assert not any(r.item == "YJ-2-6" and r.result == "fail"
                       for r in arch.catalog.checks.results(int(second.check_run)))
    finally:
        arch.close()


def test_two_batches_in_the_same_second_get_distinct_ids(tmp_path, monkeypatch):
    from datetime import datetime

    from carrier_support import OVERRIDE, archives_archive

    from desktop_app.core.receipt.receive import receive_carrier
    from desktop_app.core.transfer import create

    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
            return datetime(2026, 11, 28, 9, 30, 0)

    monkeypatch.setattr(create, "datetime", Frozen)
    ids = build_agency(tmp_path / "agency", n=4)
    arch = Archive.open(tmp_path / "agency", user="admin", password=PASSWORD)
    try:
        first = create_transfer(arch, tmp_path / "o1", ids[:2], passphrase=KEYPASS, override_reason=OVERRIDE)
        second = create_transfer(arch, tmp_path / "o2", ids[2:], passphrase=KEYPASS, override_reason=OVERRIDE)
    finally:
        arch.close()
    assert first.transfer_id == "Z001-YJ-20261128-093000" and second.transfer_id == "Z001-YJ-20261128-093000-2"
    assert second.volumes[0].label == "Z001-YJ-20261128-093000-2-V01"
    side = archives_archive(tmp_path / "archives", tmp_path / "agency.pem")
    try:
        rep = receive_carrier(side, second.volumes[0].path)
        assert rep.ok and rep.transfer_id == second.transfer_id and rep.label == "Z001-YJ-20261128-093000-2-V01"
    finally:
        side.close()
