"""Issue 17, class 2: every command that writes a file the user names refuses a target inside the
archive folder (catalog.sqlite, an original under records/, audit/audit.log, the archive itself) with
a Chinese message, and nothing stored changes.  One check for all: core.outputs.output_target."""

from __future__ import annotations

from pathlib import Path

import pytest
from carrier_support import KEYPASS, PASSWORD, build_agency
from values_support import CJK, run_cli, snapshot

from desktop_app.core import outputs
from desktop_app.core.errors import UsageError


@pytest.fixture(scope="module")
def agency(tmp_path_factory):
    root = tmp_path_factory.mktemp("outputs") / "agency"
    build_agency(root, n=2)
    return root


@pytest.fixture
def cli(capsys, monkeypatch):
    monkeypatch.setenv("ARCHDESK_KEY_PASSPHRASE", KEYPASS)
    return run_cli(capsys, monkeypatch)


def original(root: Path) -> Path:
    return sorted(p for p in (root / "records").rglob("*.pdf"))[0]


def targets(root: Path, ext: str) -> list[Path]:
    """Inside the archive: its own files (refused whatever the suffix) and new files with the
    writer's own suffix (refused only by the output-target check)."""
    return [root / "catalog.sqlite", original(root), root / "audit" / "audit.log", root / f"新建.{ext}",
            root / "records" / ".." / f"新建2.{ext}", original(root).parent / f"旁边.{ext}"]


WRITERS = [(["register", "catalog", "--out"], "pdf"), (["register", "catalog", "--csv"], "csv"),
           (["register", "catalog", "--xlsx"], "xlsx"), (["audit", "export", "--out"], "csv"),
           (["use", "register", "--out"], "pdf"),
           (["check", "--stage", "archiving", "--case", "1", "--report"], "xml"),
           (["retention", "export"], "xlsx")]


def test_every_writer_refuses_a_target_inside_the_archive(agency, cli):
    bad = []
    for argv, ext in WRITERS:
        for t in targets(agency, ext):
            before, pdf, log = snapshot(agency), original(agency).read_bytes(), (agency / "audit" / "audit.log").read_bytes()
            existed = t.exists()
            code, text, _ = cli("--archive", str(agency), *argv, str(t))
            name = f"{' '.join(argv[:2])} → {t.relative_to(agency)}"
            if code != 2 or not CJK.search(text) or (t.suffix == f".{ext}" and "档案库文件夹之内" not in text):
                bad.append(f"{name}: exit {code}: {text[-300:]}")
            if (snapshot(agency) != before or original(agency).read_bytes() != pdf
                    or not (agency / "audit" / "audit.log").read_bytes().startswith(log)):
                bad.append(f"{name}: the archive changed")
            if not existed and t.exists():
                bad.append(f"{name}: a file was written inside the archive")
    assert not bad, "\n".join(bad)


def test_use_export_refuses_a_target_inside_the_archive(agency, cli):
    from desktop_app.core import use
    from desktop_app.core.archive_handle import Archive

    arch = Archive.open(agency, user="admin", password=PASSWORD)
    try:
        pdf = original(agency).read_bytes()
        for t in (original(agency), agency / "副本.pdf"):
            with pytest.raises(UsageError) as e:
                use.export_copy(arch, 1, 1, t, "测试")
            assert "档案库文件夹之内" in e.value.message
            assert original(agency).read_bytes() == pdf and not (agency / "副本.pdf").exists()
    finally:
        arch.close()


def test_folders_named_by_the_user_inside_the_archive_are_refused(agency, cli, tmp_path):
    a = ["--archive", str(agency)]
    for argv in (a + ["transfer", "create", "--out", str(agency / "carriers"), "--case", "1"],
                 a + ["backup", str(agency / "backups")], a + ["migrate", str(agency / "moved")],
                 a + ["migrate", str(agency.parent)]):
        before = snapshot(agency)
        code, text, _ = cli(*argv)
        assert code == 2 and "档案库" in text and CJK.search(text), (argv, code, text[-400:])
        assert snapshot(agency) == before and not (agency / "carriers").exists() and not (agency / "moved").exists()


def test_output_target_itself(tmp_path):
    root = tmp_path / "arch"
    (root / "records").mkdir(parents=True)
    targets = [root, root / "catalog.sqlite", root / "x" / ".." / "catalog.sqlite"]
    try:
        (tmp_path / "link").symlink_to(root / "records")
    except OSError:
        pass                        # Windows without the symlink privilege
    if (tmp_path / "link").is_symlink():            # (Wine reports success without making the link)
        targets.append(tmp_path / "link" / "a.pdf")
    for t in targets:
        with pytest.raises(UsageError) as e:
            outputs.output_target(root, t)
        assert e.value.code == "output_in_archive"
    for t in (tmp_path / "CON.csv", tmp_path / "conin$", tmp_path):
        with pytest.raises(UsageError):
            outputs.output_target(root, t)
    assert outputs.output_target(root, tmp_path / "登记表.xlsx") == (tmp_path / "登记表.xlsx").resolve()
    assert outputs.output_target(root, tmp_path / "out", folder=True) == (tmp_path / "out").resolve()
    with pytest.raises(UsageError):
        outputs.output_target(root, tmp_path, folder=True, contains_ok=False)
