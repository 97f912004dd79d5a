"""Disc images with Joliet names no ArchDesk writes (a lone UTF-16 surrogate; ``\\``, ``:`` that on
Windows lead out of the folder an image is extracted to): ``transfer verify`` and receiving say so in
Chinese, never an internal error, and nothing is received."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.archive_handle import Archive
from desktop_app.core.errors import ArchDeskError
from desktop_app.core.receipt.receive import receive_carrier

NAME = "ab.txt"


def _image(dest: Path, first: bytes) -> Path:
    """An image (Joliet) holding ``ab.txt`` whose name's first UTF-16 unit is then made ``first``."""
    import pycdlib

    iso = pycdlib.PyCdlib()
    iso.new(joliet=3, interchange_level=3)
    iso.add_fp(io.BytesIO(b"hello"), 5, "/AB.TXT;1", joliet_path=f"/{NAME}")
    iso.write(str(dest))
    iso.close()
    data = dest.read_bytes()
    name = NAME.encode("utf-16-be")
    assert data.count(name) == 1
    dest.write_bytes(data.replace(name, first + name[2:]))
    return dest


CASES = [(b"\xd8\x00", "无法识别的文件名"),       # a lone high surrogate: pycdlib's walk raised UnicodeDecodeError
         (b"\x00\\", "不安全的路径"),             # \b.txt: on Windows the root of the drive
         (b"\x00:", "不安全的路径")]              # :b.txt: a drive-relative name on Windows


@pytest.mark.parametrize("first,said", CASES)
def test_transfer_verify_says_what_is_wrong_with_the_name(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                          first: bytes, said: str) -> None:
    image = _image(tmp_path / "载体.iso", first)
    code = main(["transfer", "verify", str(image)])
    out, err = capsys.readouterr()
    assert code in (1, 2) and said in out + err and "Traceback" not in err, (out, err)


@pytest.mark.parametrize("first,said", CASES)
def test_receiving_the_image_refuses_it_and_receives_nothing(tmp_path: Path, first: bytes, said: str) -> None:
    image = _image(tmp_path / "载体.iso", first)
    arch = Archive.init(tmp_path / "archives", fonds="A001", name="测试县档案馆", role="archives",
                        password="password123")
    try:
        with pytest.raises(ArchDeskError) as exc:
            receive_carrier(arch, image)
        assert said in exc.value.message
        assert arch.catalog.cases.count() == 0 and not arch.catalog.ops.running()
    finally:
        arch.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archives", "载体.iso"]
