"""Issue 17, class 7: two threads using an XML Schema for the first time at the same moment.  Building
an ``etree.XMLSchema`` in two threads at once crashed (XMLSchemaParseError, double free, segfault —
about 1 fresh process in 5); core.xmlschemas builds under one lock, one instance per thread.  The race
runs in fresh processes (the first use is the dangerous one), through every schema the program loads."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from crash_harness import REPO, child_env

RACE = """
    import threading
    from desktop_app.core.intake import xmlsafe
    from desktop_app.core.formats import xmlcheck
    from desktop_app.core.metadata import case_record
    from desktop_app.core.transfer import catalogue_xml, eep
    getters = [lambda: xmlsafe.schema("transfer_info.xsd"), case_record._schema, catalogue_xml._schema,
               eep._schema, lambda: xmlcheck.schema_for(next(iter(xmlcheck.KNOWN_SCHEMAS)))]
    THREADS = 4
    gate = threading.Barrier(THREADS)
    errors = []
    def run():
        try:
            gate.wait()
            for g in getters:
                s = g()
                assert s is not None and s is g()          # built once for this thread
        except BaseException as exc:
            errors.append(repr(exc))
    ts = [threading.Thread(target=run) for _ in range(THREADS)]
    for t in ts: t.start()
    for t in ts: t.join()
    print("errors", errors, flush=True)
    raise SystemExit(1 if errors else 0)
"""

ROUNDS = int(os.environ.get("ARCHDESK_SCHEMA_RACE_ROUNDS", "12"))


def test_first_use_of_schemas_from_several_threads_in_fresh_processes():
    bad = []
    for n in range(ROUNDS):
        p = subprocess.run([sys.executable, "-c", textwrap.dedent(RACE)], capture_output=True, text=True,
                           env=child_env(), cwd=REPO, timeout=120)
        if p.returncode != 0:
            bad.append(f"round {n}: exit {p.returncode}: {(p.stdout + p.stderr)[-400:]}")
    assert not bad, "\n".join(bad)
