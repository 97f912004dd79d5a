"""Issue 17, class 12: property-based fuzzing of every value a person or a package hands ArchDesk —
every metadata field of a package, every CSV column, CLI arguments of the read-mostly commands —
through the real CLI on a real archive.  Properties: never an internal error (exit 3), never a hang
(each example has a 30 s alarm), and on refusal nothing stored changes.

Examples per property: ``ARCHDESK_FUZZ_EXAMPLES`` (CI default 40 here; these are whole imports), e.g.
``ARCHDESK_FUZZ_EXAMPLES=500 pytest tests/robust/test_fuzz_values.py``.
"""

from __future__ import annotations

import _thread
import contextlib
import csv
import io
import itertools
import json
import os
import signal
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pkgbuilder import DEFAULT_FIELDS, PDF, make_package
from values_support import PASSWORD, make_agency, snapshot

from desktop_app.cli import main

EXAMPLES = int(os.environ.get("ARCHDESK_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=False)
RUNS: dict[str, int] = {}

# text XML can hold (lxml refuses the rest before ArchDesk sees it), biased toward the hostile
XML_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff"
                          + "".join(chr(c) for c in range(1, 32) if c not in (9, 10, 13)))
HOSTILE = ["..", ".", "a/b", "a\\b", "CON", "CONIN$", "nul.txt", "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)",
           "²⁰²⁴", "٢٠٢٤", "9" * 5000, "99999999999999999999999", "-9223372036854775809", "x\u200by", "\u202e",
           "é", "e\u0301", " ", "", "'", '"', "%", "_", "\\", "*", "?", "[", "re:(a+)+$", "<>", "&amp;", "]]>",
           "C:\\Windows", "/etc/passwd", "\t", "\r\n", "长" * 300, "2024-02-30 25:61:61", "NaN", "1e308"]
VALUES = st.one_of(st.sampled_from(HOSTILE), st.text(XML_CHARS, max_size=40),
                   st.builds(lambda a, b: a + b, st.sampled_from(HOSTILE), st.text(XML_CHARS, max_size=8)))
_serial = itertools.count(1)


@contextlib.contextmanager
def alarm(seconds: int = 30):  # type: ignore[no-untyped-def]
    def hung(*_a):  # type: ignore[no-untyped-def]
        raise TimeoutError(f"an example ran longer than {seconds} s (a hang)")
    if not hasattr(signal, "SIGALRM"):
        # Windows has no SIGALRM: a timer thread interrupts the main thread (a loop in Python code;
        # a hang inside one system call is then caught by pytest-timeout instead)
        old = signal.signal(signal.SIGINT, hung)
        timer = threading.Timer(seconds, _thread.interrupt_main)
        timer.start()
        try:
            yield
        finally:
            timer.cancel()
            signal.signal(signal.SIGINT, old)
        return
    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture(scope="module")
def agency(tmp_path_factory):
    return make_agency(tmp_path_factory.mktemp("fuzzvalues") / "agency", n=1)


@pytest.fixture(scope="module", autouse=True)
def login():
    old = {k: os.environ.get(k) for k in ("ARCHDESK_USER", "ARCHDESK_PASSWORD")}
    os.environ.update(ARCHDESK_USER="admin", ARCHDESK_PASSWORD=PASSWORD)
    yield
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    print(f"fuzz examples run: {RUNS}")


def run(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with alarm(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--json", *argv])
        except SystemExit as exc:          # argparse refusing an argument: exit 2 with a message
            code = int(exc.code or 0)
    return code, out.getvalue() + err.getvalue()


def _doc(text: str) -> dict:
    try:
        return json.loads(text[: text.rindex("}") + 1]) if text.lstrip().startswith("{") else {}
    except ValueError:
        return {}


def check_import(root: Path, path: Path, what: str) -> None:
    before = snapshot(root)
    code, text = run("--archive", str(root), "import", str(path))
    assert code != 3 and "Traceback" not in text, f"{what}: exit {code}: {text[-1500:]}"
    doc = _doc(text)
    if code == 2 or not doc.get("imported"):
        assert snapshot(root) == before, f"{what}: refused (exit {code}) but the archive changed: {text[-600:]}"


@FUZZ
@given(st.dictionaries(st.sampled_from(sorted(DEFAULT_FIELDS)), VALUES, min_size=1, max_size=4))
def test_every_metadata_field(agency, fields):
    RUNS["metadata"] = RUNS.get("metadata", 0) + 1
    n = next(_serial)
    base = {**DEFAULT_FIELDS, "electronic_record_code": f"350100-Z001-FZ-2024-D30-{n:06d}", "project_id": f"FZ{n}"}
    with tempfile.TemporaryDirectory() as d:
        try:
            pkg = make_package(Path(d) / f"pkg{n}", fields={**base, **fields})
        except ValueError:
            return                                        # lxml refuses the text: no package to import
        check_import(agency, pkg, f"fields {fields!r}")


CSV_COLUMNS = ["电子文件号", "办件编号", "办件名称", "事项名称", "申请人", "办结时间", "文件路径", "材料类型", "页数",
               "摘要", "摘要算法", "题名", "日期", "来源"]


@FUZZ
@given(st.dictionaries(st.sampled_from(CSV_COLUMNS), VALUES, min_size=1, max_size=4), st.booleans())
def test_every_csv_column(agency, values, two_rows):
    RUNS["csv"] = RUNS.get("csv", 0) + 1
    n = next(_serial)
    row = {"电子文件号": f"CSVFZ{n}", "办件编号": f"P-CSVFZ{n}", "办件名称": "设立登记", "事项名称": "个体工商户登记",
           "申请人": "张三", "办结时间": "2024-03-05 10:00:00", "文件路径": "a.pdf", "材料类型": "A01", **values}
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "a.pdf").write_bytes(PDF)
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(row))
        w.writeheader()
        w.writerow(row)
        if two_rows:
            w.writerow({**row, "文件路径": "a.pdf" if values.get("文件路径") else "b.pdf"})
        (Path(d) / "b.pdf").write_bytes(PDF + b"%b")
        (Path(d) / "批次.csv").write_text(buf.getvalue(), encoding="utf-8")
        check_import(agency, Path(d) / "批次.csv", f"csv {values!r}")


COMMANDS = [["list", "--query"], ["list", "--limit"], ["search"], ["search", "--year"], ["search", "--limit"],
            ["search", "--task"], ["search", "--code-from"], ["audit", "list", "--limit"], ["audit", "list", "--action"],
            ["appraise", "expiry", "--horizon"], ["retention", "list", "--version"], ["check", "--stage", "archiving",
                                                                                       "--case"],
            ["use", "list", "--user"], ["register", "catalog", "--year"], ["register", "catalog", "--case"],
            ["archive", "--case"], ["classify", "--case"], ["user", "info"], ["transfer", "verify"], ["import"]]


@FUZZ
@given(st.sampled_from(COMMANDS), VALUES)
def test_cli_arguments(agency, tmp_path_factory, argv, value):
    RUNS["cli"] = RUNS.get("cli", 0) + 1
    extra = ["--out", str(tmp_path_factory.mktemp("reg") / "r.pdf")] if argv[0] == "register" else []
    before = snapshot(agency)
    code, text = run("--archive", str(agency), *argv, value, *extra)
    assert code != 3 and "Traceback" not in text, f"{argv} {value!r}: exit {code}: {text[-1500:]}"
    if code == 2:
        assert snapshot(agency) == before, f"{argv} {value!r}: refused but the archive changed"
