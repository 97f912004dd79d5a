"""Issue 20: ``transfer verify X.iso`` reads the carrier in place — every file from the image
straight through SM3 + SHA-256, no temporary folder — and runs the same checks as on a folder:
the SUMS lists, the SM2 signature and its signer, 文件目录.XML against the record folders."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

from carrier_support import KEYPASS, OVERRIDE, PASSWORD, build_agency  # noqa: E402

from desktop_app.cli import main  # noqa: E402
from desktop_app.core.archive_handle import Archive  # noqa: E402
from desktop_app.core.transfer.create import create_transfer  # noqa: E402
from desktop_app.core.transfer.iso_verify import ImageTree  # noqa: E402


@pytest.fixture(scope="module")
def image(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("iso")
    ids = build_agency(base / "agency", n=2, big=50_000)
    arch = Archive.open(base / "agency", user="admin", password=PASSWORD)
    try:
        res = create_transfer(arch, base / "out", ids, passphrase=KEYPASS, iso=True, override_reason=OVERRIDE)
    finally:
        arch.close()
    return Path(res.volumes[0].path)


def verify(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(["--json", "transfer", "verify", *argv])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


def test_an_image_is_verified_in_place_without_a_temporary_folder(image: Path, capsys, monkeypatch):
    def no_temp(*_a, **_k):  # type: ignore[no-untyped-def]
        raise AssertionError("a temporary folder was made")

    monkeypatch.setattr(tempfile, "TemporaryDirectory", no_temp)
    monkeypatch.setattr(tempfile, "mkdtemp", no_temp)
    pem = image.parent.parent / "agency.pem"
    code, rep = verify(capsys, str(image), "--trusted-key", str(pem))
    assert code == 0 and rep["ok"], rep["problems"]
    tree = ImageTree(image)
    payload = [r for r in tree.files if r.startswith("电子档案/")]
    assert rep["files"] == len([r for r in tree.files if r not in ("SHA256SUMS", "SM3SUMS", "SUMS.sig")])
    assert len(payload) >= 4 and rep["signer"]["valid"] and rep["signer"]["trusted_by"]
    code, rep = verify(capsys, str(image))          # no trusted key given: signer not confirmed
    assert code == 1 and rep["signer"]["valid"] and not rep["signer"]["trusted_by"]


def test_a_changed_byte_in_the_image_is_named(image: Path, capsys, tmp_path):
    bad = tmp_path / "bad.iso"
    bad.write_bytes(image.read_bytes())
    tree = ImageTree(bad)
    rel = max((r for r in tree.files if r.endswith(".pdf")), key=lambda r: tree.files[r][1])
    offset, size = tree.files[rel]
    with bad.open("r+b") as fh:
        fh.seek(offset + size // 2)
        b = fh.read(1)
        fh.seek(offset + size // 2)
        fh.write(bytes([b[0] ^ 1]))
    code, rep = verify(capsys, str(bad), "--trusted-key", str(image.parent.parent / "agency.pem"))
    assert code == 1
    altered = [p for p in rep["problems"] if p["kind"] == "altered"]
    assert [p["path"] for p in altered] == [rel, rel]       # SM3 and SHA-256 both differ
    # a changed SUMS list breaks the signature (the lists themselves are checked against the files)
    bad2 = tmp_path / "bad2.iso"
    bad2.write_bytes(image.read_bytes())
    tree = ImageTree(bad2)
    offset, size = tree.files["SM3SUMS"]
    with bad2.open("r+b") as fh:
        fh.seek(offset)
        first = fh.read(1)
        fh.seek(offset)
        fh.write(b"0" if first != b"0" else b"1")
    code, rep = verify(capsys, str(bad2))
    assert code == 1 and any(p["path"] == "SUMS.sig" for p in rep["problems"])
    assert any(p["kind"] == "altered" for p in rep["problems"])


def test_the_chinese_names_are_looked_up_in_the_udf_and_rock_ridge_trees(image: Path, tmp_path: Path):
    """transfer create --iso opens its image once: the Joliet walk and the UDF / Rock Ridge name
    check share that opening (ImageTree(names_under=…))."""
    import pycdlib

    tree = ImageTree(image, names_under="电子档案/")
    assert tree.name_problems == [] and any(r.startswith("电子档案/") for r in tree.files)
    assert ImageTree(image).name_problems == []            # not asked: not looked up
    bare = tmp_path / "joliet-only.iso"                     # Chinese names in Joliet only
    iso = pycdlib.PyCdlib()
    iso.new(interchange_level=3, joliet=3)
    iso.add_directory("/D1", joliet_path="/电子档案")
    iso.add_fp(__import__("io").BytesIO(b"x"), 1, "/D1/F1.;1", joliet_path="/电子档案/说明.txt")
    iso.write(str(bare))
    iso.close()
    assert ImageTree(bare, names_under="电子档案/").name_problems == ["UDF 目录中缺少中文文件名",
                                                                    "Rock Ridge 目录中缺少中文文件名"]


def test_create_refuses_an_image_whose_udf_tree_lacks_the_names(tmp_path: Path, monkeypatch):
    """A writer that drops the UDF names is caught by the read-back, and no image is published."""
    from desktop_app.core.errors import StorageError
    from desktop_app.core.transfer import iso as iso_mod

    real = iso_mod._joliet_iso

    def no_udf():  # type: ignore[no-untyped-def]
        w = real()
        new = w.new
        w.new = lambda **kw: new(**{**kw, "udf": None})
        add_dir, add_file = w.add_directory, w.add_file
        w.add_directory = lambda **kw: add_dir(**{k: v for k, v in kw.items() if k != "udf_path"})
        w.add_file = lambda src, **kw: add_file(src, **{k: v for k, v in kw.items() if k != "udf_path"})
        return w

    monkeypatch.setattr(iso_mod, "_joliet_iso", no_udf)
    ids = build_agency(tmp_path / "agency", n=1, big=2_000)
    arch = Archive.open(tmp_path / "agency", user="admin", password=PASSWORD)
    try:
        with pytest.raises(StorageError, match="UDF 目录中缺少中文文件名"):
            create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, iso=True, override_reason=OVERRIDE)
    finally:
        arch.close()
    assert not list((tmp_path / "out").rglob("*.iso"))
