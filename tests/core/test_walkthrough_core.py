"""Issue 16 walk-through findings in the core: system mounts offered as carriers, a full progress bar after a cancel."""

from __future__ import annotations

from desktop_app.core.transfer.drives import parse_mounts

MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
tmpfs /mnt/sandboxing/tools tmpfs rw 0 0
/home/clerk/share /mnt/share none rw,bind 0 0
overlay /mnt/container overlay rw 0 0
//server/share /mnt/nas cifs rw 0 0
/dev/loop3 /media/snap/core squashfs ro 0 0
/dev/sdb1 /media/clerk/U\\040盘 vfat rw 0 0
/dev/sr0 /run/media/clerk/DISC iso9660 ro 0 0
/dev/sdc1 /mnt/usb ntfs3 rw 0 0
"""


def test_only_block_devices_under_the_media_roots_are_offered():
    assert parse_mounts(MOUNTS) == [("/media/clerk/U 盘", "vfat"), ("/run/media/clerk/DISC", "iso9660"),
                                    ("/mnt/usb", "ntfs3")]


def test_a_cancelled_run_does_not_fill_the_bar():
    """Issue 16: the progress bar stood at 100 % after 取消 (services call ``finish()`` on the way out)."""
    from desktop_app.core.jobs import Progress

    seen: list[tuple[int, int]] = []
    p = Progress(lambda d, t: seen.append((d, t)))
    p.start(10)
    p.advance(3)
    p.cancel()
    p.finish()
    assert seen[-1] == (3, 10)
    q = Progress(lambda d, t: seen.append((d, t)))
    q.start(10)
    q.finish()
    assert seen[-1] == (10, 10)


def test_messages_name_fields_and_statuses_in_chinese(archive, tmp_path):
    """Issue 16: “receive_time”晚于“transact_time” and 状态是“returned” inside Chinese messages."""
    import pytest
    from test_checks_service import _import

    from desktop_app.core.checks.service import run_checks
    from desktop_app.core.errors import StateError
    from desktop_app.core.transfer.package import select_cases

    ids = _import(archive, tmp_path, late=None)
    cid = ids["late"]
    with archive.catalog.write() as c:      # received after it was completed: a plausibility failure
        c.execute("UPDATE cases SET metadata=json_set(metadata, '$.receive_time', '2024-05-09 10:00:00',"
                  " '$.transact_time', '2024-05-01 10:00:00') WHERE id=?", (cid,))
    run = run_checks(archive, "archiving", [cid])
    text = " ".join(r.detail + " ".join(str(e.get("problem", "")) for e in r.evidence)
                    for r in run.results if r.case_id == cid)
    assert "受理时间" in text and "办结时间" in text, text
    assert "receive_time" not in text and "transact_time" not in text
    status = archive.catalog.cases.get(cid).status
    from desktop_app.core.checks.registry import labelled

    failed = [e.detail for e in archive.catalog.cases.events(cid) if "未通过" in (e.detail or "")]
    assert failed and labelled(["GD-1-5"]) in failed[-1], failed          # the code comes with its name
    with pytest.raises(StateError) as err:
        select_cases(archive, case_ids=[cid])
    assert status not in err.value.message and "状态是“" in err.value.message, err.value.message
