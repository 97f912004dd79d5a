"""Numbers in outside files that Python's ``int()`` refuses — over 4,300 digits, ``²``, ``١٢٣`` — are
reported in Chinese through the command the clerk runs, never an internal error (exit 3), and nothing
is changed.  (A 5,000-digit 字节数 in 文件目录.XML crashed receiving; these are the other parsers.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.transfer import write_bag

HUGE = "9" * 5000


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def bag(tmp_path: Path) -> Path:
    src = tmp_path / "s.bin"
    src.write_bytes(b"x" * 1000)
    return Path(write_bag([(src, "办件/a.bin")], tmp_path / "bag", {"Source-Organization": "测试"}).path)


@pytest.mark.parametrize("tag,text,said", [
    ("bag-info.txt", f"Source-Organization: 测试\nPayload-Oxum: {HUGE}.1\n", "Payload-Oxum 格式不对"),
    ("bag-info.txt", f"Source-Organization: 测试\nPayload-Oxum: 1000.{HUGE}\n", "Payload-Oxum 格式不对"),
    ("fetch.txt", f"http://example.invalid/a {HUGE} data/办件/b.bin\n", "第 1 行格式不对"),
    ("fetch.txt", "http://example.invalid/a ² data/办件/b.bin\n", "第 1 行格式不对"),
    ("fetch.txt", "http://example.invalid/a ١٢٣ data/办件/b.bin\n", "第 1 行格式不对"),
])
def test_bag_tag_numbers_int_refuses_are_problems(capsys: pytest.CaptureFixture[str], bag: Path, tag: str,
                                                  text: str, said: str) -> None:
    (bag / tag).write_text(text, encoding="utf-8")
    before = _tree(bag)
    code = main(["transfer", "verify", str(bag)])
    out, err = capsys.readouterr()
    assert code == 1, (out, err)                                # a problem found, not exit 3
    assert said in out and "Traceback" not in err and "ValueError" not in out + err
    assert _tree(bag) == before
