"""The hostile corpus (tests/fixtures/make_hostile.py) through the CLI: every input is refused with a
Chinese message naming the input and the problem, the CLI exits 1 or 2 (never 3, an internal error),
and nothing already stored changes (files and catalog rows compared before/after)."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, archives_archive, build_agency
from make_hostile import Hostile, make_corpus

from desktop_app.cli import main
from desktop_app.core.archive_handle import Archive
from desktop_app.core.digest import digest_file
from desktop_app.core.transfer.create import create_transfer

CJK = re.compile(r"[\u4e00-\u9fff]")
TABLES = ("cases", "documents", "components", "transfers", "receipts", "backups")


def snapshot(root: Path) -> tuple[dict[str, str], dict[str, list[tuple]]]:
    files = {p.relative_to(root).as_posix(): digest_file(p).sm3 for p in sorted(root.rglob("*"))
             if p.is_file() and p.parts[-2:][0] not in ("oplocks",) and "catalog.sqlite" not in p.name
             and p.name != "audit.log" and ".tmp" not in p.relative_to(root).parts}
    con = sqlite3.connect(f"file:{root / 'catalog.sqlite'}?mode=ro", uri=True)
    try:
        rows = {t: con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
    finally:
        con.close()
    return files, rows


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    build_agency(tmp / "agency", n=2)
    shutil.copytree(tmp / "agency", tmp / "agency-bag")
    outs = {}
    for name, fmt in (("agency", "carrier"), ("agency-bag", "bagit")):
        arch = Archive.open(tmp / name, user="admin", password=PASSWORD)
        ids = [r["id"] for r in arch.catalog.all("SELECT id FROM cases")]
        res = create_transfer(arch, tmp / f"out-{fmt}", ids, passphrase=KEYPASS, override_reason=OVERRIDE, fmt=fmt)
        outs[fmt] = Path(res.volumes[0].path)
        arch.close()
    archives_archive(tmp / "archives", tmp / "agency.pem").close()
    corpus = make_corpus(tmp / "corpus", outs["carrier"], outs["bagit"])
    return tmp, corpus


@pytest.fixture
def cli(capsys, monkeypatch):
    monkeypatch.setenv("ARCHDESK_USER", "admin")
    monkeypatch.setenv("ARCHDESK_PASSWORD", PASSWORD)

    def run(*argv: str) -> tuple[int, str, dict]:
        code = main(["--json", *argv])
        out, err = capsys.readouterr()
        return code, out + err, (json.loads(out) if out.strip().startswith("{") else {})
    return run


def _named(h: Hostile, text: str, *, part: bool = False) -> str | None:
    """None when ``text`` names the input and the problem in Chinese; else what is missing.
    ``part``: the damaged file inside the input (``words[0]``) must be named (carrier, bag, package)."""
    if "Traceback" in text:
        return "a traceback was printed"
    if not CJK.search(text):
        return "no Chinese message"
    if h.name and h.name not in text:
        return f"{h.name} is not named"
    if not h.name and not part and h.path.name not in text and h.path.stem not in text:
        return f"the input {h.path.name} is not named"
    words = h.words
    if part:
        if words[0] not in text:
            return f"the damaged part {words[0]} is not named"
        words = words[1:]
    if words and not any(w.lower() in text.lower() for w in words):
        return f"none of {words} in the message"
    return None


def test_corpus_is_big_enough(world):
    _, corpus = world
    groups = {h.group for h in corpus}
    assert len(corpus) >= 40 and groups == {"import", "pdf", "carrier", "bag"}, (len(corpus), groups)
    print(f"hostile inputs: {len(corpus)}")


def test_hostile_packages_csv_and_xml_are_refused(world, cli):
    tmp, corpus = world
    root = tmp / "agency"
    bad = []
    for h in [h for h in corpus if h.group == "import"]:
        before = snapshot(root)
        code, text, _ = cli("--archive", str(root), "import", str(h.path))
        why = _named(h, text) if code in (1, 2) else f"exit code {code}"
        if before != snapshot(root):
            why = "the archive changed"
        if why:
            bad.append(f"{h.id}: {why}: {text[:300]}")
    assert not bad, "\n".join(bad)


def test_hostile_pdfs_are_imported_as_received_and_named_by_the_check(world, cli):
    tmp, corpus = world
    root = tmp / "agency"
    bad = []
    for h in [h for h in corpus if h.group == "pdf"]:
        before_files, _ = snapshot(root)
        code, text, res = cli("--archive", str(root), "import", str(h.path))
        if code != 0:
            bad.append(f"{h.id}: import exit {code}: {text[:300]}")
            continue
        after_files, _ = snapshot(root)
        assert all(after_files[k] == v for k, v in before_files.items()), h.id   # nothing stored changed
        [cid] = res["imported"]
        code, text, _ = cli("--archive", str(root), "check", "--stage", "archiving", "--case", str(cid))
        problems = " | ".join(f"{r['item']} {r['detail']} {r['files']}" for r in json.loads(text)["results"]
                              if r["property"] in ("可用性", "安全性") and r["result"] in ("fail", "manual"))
        why = _named(h, problems, part=True) if code == 1 else f"check exit code {code}"
        text = problems
        if why:
            bad.append(f"{h.id}: {why}: {text[:600]}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("group", ["carrier", "bag"])
def test_hostile_carriers_and_bags_are_refused(world, cli, group):
    tmp, corpus = world
    root = tmp / "archives"
    bad = []
    for h in [h for h in corpus if h.group == group]:
        before = snapshot(root)
        for argv in (["transfer", "verify", str(h.path)], ["--archive", str(root), "receive", str(h.path)],
                     ["--archive", str(root), "receive", str(h.path), "--accept"]):
            code, text, _ = cli(*argv)
            why = f"exit code {code}" if code not in (1, 2) else _named(h, text, part=True)
            if why:
                bad.append(f"{h.id} [{argv[-2] if len(argv) > 3 else argv[0]} {argv[-1]}]: {why}: {text[:300]}")
        if before != snapshot(root):
            bad.append(f"{h.id}: the archive changed")
    assert not bad, "\n".join(bad)
