"""Issue 20: the transfer-stage 四性检测 takes what the transfer already knows instead of reading every
archive file again — the digests the staging copy took moments ago (by store path) and the
validation recorded for the same SM3 by an earlier run."""

from __future__ import annotations

from carrier_support import KEYPASS, PASSWORD, build_agency

from desktop_app.core.archive_handle import Archive
from desktop_app.core.checks import context
from desktop_app.core.transfer.create import create_transfer

OVERRIDE = "测试：本机无杀毒软件"


def test_transfer_check_reads_no_archive_file_again(tmp_path, monkeypatch):
    ids = build_agency(tmp_path / "agency", n=3, big=300_000, checked=True)   # validations recorded
    arch = Archive.open(tmp_path / "agency", user="admin", password=PASSWORD)
    try:
        digested: list[str] = []
        validated: list[str] = []
        real_digest, real_validate = context.digest_file, context.validate

        def digest(path, *a, **kw):  # type: ignore[no-untyped-def]
            digested.append(str(path))
            return real_digest(path, *a, **kw)

        def validate(path, *a, **kw):  # type: ignore[no-untyped-def]
            validated.append(str(path))
            return real_validate(path, *a, **kw)

        monkeypatch.setattr(context, "digest_file", digest)
        monkeypatch.setattr(context, "validate", validate)
        res = create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE)
        content = [c for i in ids for c in arch.catalog.cases.components(i)]
        assert len(content) == 6
        # the record XML of each case is read by the XML facts; no content file is read or validated
        assert not [p for p in digested if p.endswith(".pdf")], digested
        assert validated == []
        results = arch.catalog.checks.results(int(res.check_run))
        fixity = [r for r in results if r.item == "YJ-1-1"]
        assert fixity and all(r.result == "pass" for r in fixity), fixity
        # the facts say where they came from: the stored validation of the same content
        run = arch.catalog.checks.run(int(res.check_run))
        assert run is not None and run.stage == "transfer"
        assert all(arch.catalog.cases.get(i).status == "transferred" for i in ids)
    finally:
        arch.close()


def test_a_known_digest_whose_size_no_longer_matches_is_not_taken(tmp_path):
    from desktop_app.core.digest import digest_file

    f = tmp_path / "a.bin"
    f.write_bytes(b"x" * 1000)
    true = digest_file(f)
    stale = type(true)(999, "0" * 64, "0" * 64)
    facts = context.file_facts(f, None, "", validating=False, known=stale)
    assert facts.digests == true                       # read again: the size differs
    same = type(true)(1000, "1" * 64, "2" * 64)
    facts = context.file_facts(f, None, "", validating=False, known=same)
    assert facts.digests == same                       # taken as given: this process just read it
