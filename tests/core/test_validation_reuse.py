"""A re-check of unchanged files reuses their content validation (same SM3, same validators) and
says so in the evidence; new validators or changed bytes validate again."""

from __future__ import annotations

import importlib

from test_checks_service import _import
from test_checks_support import by_item, use_clamscan

from desktop_app.core.checks import context
from desktop_app.core.checks.service import run_checks

formats_validate = importlib.import_module("desktop_app.core.formats.validate")


def _counting(monkeypatch):  # type: ignore[no-untyped-def]
    calls: list[str] = []

    def counted(path, info):  # type: ignore[no-untyped-def]
        calls.append(str(path))
        return formats_validate.validate(path, info)

    monkeypatch.setattr(context, "validate", counted)
    return calls


def test_second_run_reuses_validations_until_validators_or_bytes_change(archive, tmp_path, monkeypatch):
    use_clamscan(archive, tmp_path)
    ids = _import(archive, tmp_path, clean=None)
    cid = ids["clean"]
    n_files = len(archive.catalog.cases.components(cid))
    calls = _counting(monkeypatch)
    first = run_checks(archive, "archiving")
    assert len(calls) == n_files
    calls.clear()
    second = run_checks(archive, "archiving", [cid])
    assert calls == []                                          # nothing validated again
    assert by_item(second, cid) == by_item(first, cid)          # and the verdicts are the same
    gd34 = next(r for r in second.results if r.case_id == cid and r.item == "GD-3-4")
    assert f"其中 {n_files} 个内容摘要未变" in gd34.detail
    # new validators (a library upgrade, a validator fix): everything is validated again
    monkeypatch.setattr(formats_validate, "VALIDATORS_VERSION", formats_validate.VALIDATORS_VERSION + 1)
    run_checks(archive, "archiving", [cid])
    assert len(calls) == n_files
    calls.clear()
    # a file whose bytes changed is validated again (and GD-2 flags the changed digest)
    comp = archive.catalog.cases.components(cid)[0]
    path = archive.root / comp.store_path
    path.write_bytes(path.read_bytes() + b"\n")
    third = run_checks(archive, "archiving", [cid])
    assert calls == [str(path)]
    assert "fail" in by_item(third, cid).values()
