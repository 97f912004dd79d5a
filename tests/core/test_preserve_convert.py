"""Conversion keeps the original, links the new component and records the migration event."""

from __future__ import annotations

import io
import stat
import sys

import pytest
from PIL import Image
from pkgbuilder import PDF
from preserve_support import archived_cases

from desktop_app.core.digest import digest_bytes, digest_file
from desktop_app.core.errors import StateError
from desktop_app.core.preserve import convert
from desktop_app.core.preserve.fixity import run_fixity


def _gif() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buf, "GIF")
    return buf.getvalue()


DOCX = b"PK\x03\x04" + b"\x00" * 60   # stand-in bytes; the component is catalogued as Word


def test_image_converted_to_pdf_keeps_original_and_event(archive, tmp_path):
    gif = _gif()
    [cid] = archived_cases(archive, tmp_path / "pk", 1, files={"申报文件/照片.gif": gif, "结果文件/执照.pdf": PDF})
    cands = convert.candidates(archive)
    assert [c.file.original_name for c in cands] == ["照片.gif"] and cands[0].convert == "image"
    orig = cands[0]
    res = convert.convert_component(archive, orig.file.id)
    assert res.tool == "Pillow" and res.version
    # original kept, byte for byte
    assert (archive.root / orig.file.store_path).read_bytes() == gif
    assert res.source_sm3 == digest_bytes(gif).sm3
    new = archive.catalog.preserve.component(res.component_id)
    assert new.role == "migrated" and new.derived_from == orig.file.id and new.case_id == cid
    data = (archive.root / new.store_path).read_bytes()
    assert data.startswith(b"%PDF") and digest_file(archive.root / new.store_path).sm3 == new.sm3 == res.result_sm3
    conv = archive.catalog.preserve.conversions(cid)
    assert len(conv) == 1 and conv[0].actor == "admin" and conv[0].tool == "Pillow"
    assert conv[0].source_sha256 == digest_bytes(gif).sha256 and conv[0].time
    ev = [e for e in archive.catalog.cases.events(cid) if e.action == "格式转换"]
    assert ev and "Pillow" in ev[0].detail and res.source_sm3 in ev[0].detail
    assert convert.candidates(archive) == []                     # not offered twice
    with pytest.raises(StateError):
        convert.convert_component(archive, orig.file.id)
    assert run_fixity(archive).ok                                # both files are under fixity now


def _office_case(archive, tmp_path):
    [cid] = archived_cases(archive, tmp_path / "pk", 1, files={"申报文件/申请书.docx": DOCX})
    c = archive.catalog.preserve.stored_components([cid])[0]
    with archive.catalog.write():   # catalogued as Word (as format identification records it)
        archive.catalog.conn.execute("UPDATE components SET format_puid='fmt/412', format_name='Microsoft Word for "
                                     "Windows', mime='application/vnd.openxmlformats-officedocument."
                                     "wordprocessingml.document' WHERE id=?", (c.id,))
    return cid, c


def test_office_document_without_libreoffice_is_reported(archive, tmp_path, monkeypatch):
    _, c = _office_case(archive, tmp_path)
    monkeypatch.setattr(convert, "find_office", lambda archive=None: None)
    assert convert.candidates(archive)[0].convert == "office"
    with pytest.raises(convert.ConversionError) as err:
        convert.convert_component(archive, c.id)
    assert err.value.code == "no_converter" and "LibreOffice" in err.value.message
    assert archive.catalog.preserve.conversions() == []


def test_office_document_through_configured_soffice(archive, tmp_path):
    cid, c = _office_case(archive, tmp_path)
    fake = tmp_path / "soffice"
    script = f"""#!{sys.executable}
import sys, pathlib
a = sys.argv[1:]
if a == ["--version"]:
    print("LibreOffice 7.6.4.1 (fake for tests)"); sys.exit(0)
out = pathlib.Path(a[a.index("--outdir") + 1]); src = pathlib.Path(a[-1])
(out / (src.stem + ".pdf")).write_bytes({PDF!r})
"""
    if sys.platform == "win32":     # no #! there: a batch file runs the script, as soffice.exe is run
        (tmp_path / "soffice.py").write_text(script, "utf-8")
        fake = tmp_path / "soffice.bat"
        fake.write_text(f'@"{sys.executable}" "%~dp0soffice.py" %*\r\n', "utf-8")
    else:
        fake.write_text(script, "utf-8")
        fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    with archive.catalog.write():
        archive.catalog.settings.set(convert.SETTING_SOFFICE, str(fake))
    res = convert.convert_component(archive, c.id)
    assert res.tool == "LibreOffice" and "7.6.4.1" in res.version
    assert (archive.root / c.store_path).read_bytes() == DOCX
    new = archive.catalog.preserve.component(res.component_id)
    assert (archive.root / new.store_path).read_bytes() == PDF and new.derived_from == c.id


def test_failed_conversion_leaves_no_file(archive, tmp_path, monkeypatch):
    from preserve_support import PASSWORD

    from desktop_app.core.archive_handle import Archive
    from desktop_app.core.catalog.preserve_queries import PreserveQueries

    archived_cases(archive, tmp_path / "pk", 1, files={"申报文件/照片.gif": _gif()})
    [orig] = convert.candidates(archive)
    folder = (archive.root / orig.file.store_path).parent

    def boom(*a, **k):
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(PreserveQueries, "add_conversion", boom)
    with pytest.raises(RuntimeError):
        convert.convert_component(archive, orig.file.id)
    assert sorted(p.name for p in folder.iterdir()) == ["照片.gif"]
    assert archive.catalog.ops.count("running") == 0
    monkeypatch.undo()
    archive.close()
    again = Archive.open(archive.root, user="admin", password=PASSWORD)
    res = convert.convert_component(again, orig.file.id)             # and it can be done again
    assert again.catalog.preserve.component(res.component_id).mime == "application/pdf"
    again.close()
