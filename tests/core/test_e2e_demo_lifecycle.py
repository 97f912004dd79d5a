"""Clean demo cases through the whole agency → archives path, with the default retention table and
a real ClamAV: classified, every automatic archiving item passes, archived, transferred, and at
the archives every automatic receipt item passes before anything is ingested; then accepted."""

from __future__ import annotations

import sys
from collections import Counter

import pytest
from test_checks_support import clam_database

from desktop_app.core.archive_handle import Archive
from desktop_app.core.archiving import archive_cases
from desktop_app.core.checks.registry import items_for
from desktop_app.core.checks.service import run_checks
from desktop_app.core.crypto import keystore
from desktop_app.core.demo import write_demo
from desktop_app.core.intake.service import import_paths
from desktop_app.core.receipt.receive import receive_carrier
from desktop_app.core.retention import classify_cases, import_default_table
from desktop_app.core.transfer.create import create_transfer

PASSWORD, KEYPASS = "password123", "keypass-123"


@pytest.mark.skipif(sys.platform == "win32", reason="scans with /usr/bin/clamscan and a signature file: a Linux "
                    "set-up — under Wine that is the Linux program started through Wine; no ClamAV in the "
                    "Windows stage")
def test_clean_demo_cases_pass_archiving_and_receipt_checks(tmp_path):
    write_demo(tmp_path / "demo", cases=16, seed=3)
    scanner = {"kind": "clamscan", "path": "/usr/bin/clamscan", "database": str(clam_database(tmp_path / "db"))}
    agency = Archive.init(tmp_path / "agency", fonds="Z001", name="测试县政务服务中心", password=PASSWORD)
    try:
        agency.catalog.settings.set("checks.virus_scanner", scanner)
        import_default_table(agency)
        ids = sorted(import_paths(agency, [tmp_path / "demo"]).imported)
        assert len(ids) == 16
        classify_cases(agency, ids)
        results = Counter(agency.catalog.cases.get(c).result for c in ids)
        assert any(r.startswith("不予") for r in results), results     # rejected cases are in the mix
        run = run_checks(agency, "archiving", ids)
        automatic = {i.code for i in items_for("archiving") if i.automatic}
        bad = [(r.case_id, r.item, r.detail) for r in run.results
               if r.item in automatic and r.result not in ("pass", "na")]
        assert bad == []
        assert not archive_cases(agency, ids).failed
        keystore.generate_key(agency, KEYPASS, "测试县政务服务中心")
        keystore.export_public_key(agency, tmp_path / "agency.pem")
        out = create_transfer(agency, tmp_path / "out", ids, passphrase=KEYPASS)
    finally:
        agency.close()
    archives = Archive.init(tmp_path / "archives", fonds="A001", name="测试县档案馆", role="archives",
                            password=PASSWORD)
    try:
        archives.catalog.settings.set("checks.virus_scanner", scanner)
        keystore.trust_key(archives, tmp_path / "agency.pem", "测试县政务服务中心")
        carrier = out.volumes[0].path
        rep = receive_carrier(archives, carrier)                       # verify + receipt checks, no decision
        assert rep.ok and set(rep.blocked) == {"YJ-4-4", "YJ-4-5", "YJ-4-6"}   # the carrier's manual items
        auto = {i.code for i in items_for("receipt") if i.automatic}
        got = Counter((r.item, r.result) for r in rep.check_results if r.item in auto)
        assert {k for k, _ in got if _ not in ("pass", "na")} == set(), got
        assert archives.catalog.cases.ids() == []                      # nothing ingested before the decision
        from carrier_support import inspect_carrier

        inspect_carrier(archives, rep.check_run)                       # a person records them
        rep = receive_carrier(archives, carrier, "accept", check_run=rep.check_run)
        assert rep.decision == "accepted" and len(archives.catalog.cases.ids()) == 16
    finally:
        archives.close()
