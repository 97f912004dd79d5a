"""Issue 17, class 6 (patterns): a retention table whose ``re:`` pattern backtracks catastrophically
(``(a+)+$``, ``(a|aa)*b``, ``.*a.*a.*a.*b``) is refused when the table is imported — in any condition
column, not only 事项编码/名称 — so classifying a case can never hang; sane patterns still work."""

from __future__ import annotations

import csv
import io
import time

import pytest
from values_support import PASSWORD, make_agency

from desktop_app.core.archive_handle import Archive
from desktop_app.core.errors import UsageError
from desktop_app.core.retention.matching import pattern_matches
from desktop_app.core.retention.service import export_table, import_table

EVIL = ["(a+)+$", "(a|aa)*b", "(.*)*x", "^(\\d+)*$", ".*a.*a.*a.*b", "(a)\\1", "(?=a)a+", "x" * 300]


@pytest.fixture(scope="module")
def agency(tmp_path_factory):
    return make_agency(tmp_path_factory.mktemp("patterns") / "agency", n=1)


@pytest.mark.parametrize("column", [1, 3])
def test_catastrophic_patterns_are_refused_at_import(agency, tmp_path, column):
    arch = Archive.open(agency, user="admin", password=PASSWORD)
    try:
        src = tmp_path / "t.csv"
        export_table(arch, src)
        rows = list(csv.reader(io.StringIO(src.read_bytes().decode("utf-8-sig"))))
        cols = [i for i, h in enumerate(rows[0]) if h in ("事项编码", "事项名称", "事项类型", "办理结果", "办件类型")]
        col = cols[min(column, len(cols) - 1)]
        active = arch.catalog.retention.active_table().id
        for pat in EVIL:
            rows[1][col] = f"re:{pat}"
            buf = io.StringIO()
            csv.writer(buf).writerows(rows)
            src.write_bytes(buf.getvalue().encode("utf-8-sig"))
            t = time.monotonic()
            with pytest.raises(UsageError) as e:
                import_table(arch, src, name="坏表")
            assert "第 2 行" in e.value.message and "已拒绝" in e.value.message, e.value.message
            assert time.monotonic() - t < 5
            assert arch.catalog.retention.active_table().id == active       # nothing stored changed
    finally:
        arch.close()


def test_sane_patterns_match_quickly_even_on_long_values():
    t = time.monotonic()
    assert pattern_matches("re:.*许可.*", "食品经营许可" + "证" * 5000)
    assert pattern_matches("re:0001(01|02)", "000102") and not pattern_matches("re:[0-9]{4}", "12345")
    assert time.monotonic() - t < 1
