"""The archives' signed receipt (接收回执.xml) as the agency reads it after checking its signature."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import PackageError
from desktop_app.core.receipt.signed import RECEIPT_XML, VERSION, _parse


def _receipt(volumes: str, volume: str) -> bytes:
    return (f'<接收回执 版本="{VERSION}" 移交批次="YJ-1" 移交单位="甲" 接收单位="乙" 总卷数="{volumes}" '
            f'签收时间="2026-12-07 10:00:00"><载体 载体编号="YJ-1-V01" 卷号="{volume}"><数字摘要>AB</数字摘要>'
            f'<档号><项>Z001-1</项></档号></载体></接收回执>').encode()


def test_a_receipt_is_read() -> None:
    rec = _parse(_receipt("1", "1"))
    assert rec["volumes"] == 1 and rec["carriers"][0]["volume"] == 1
    assert rec["carriers"][0]["digest"] == "ab" and rec["carriers"][0]["codes"] == ["Z001-1"]


@pytest.mark.parametrize(("volumes", "volume"), [("二", "1"), ("1", "x"), ("9" * 5000, "1")])
def test_a_number_that_is_not_one_is_refused_in_words_not_raised(volumes: str, volume: str) -> None:
    with pytest.raises(PackageError) as exc:
        _parse(_receipt(volumes, volume))
    assert exc.value.message == f"{RECEIPT_XML} 中的卷号或总卷数不是数字，无法导入"
