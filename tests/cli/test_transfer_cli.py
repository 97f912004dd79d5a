"""``archdesk transfer create`` and ``archdesk receive``: JSON shapes, exit codes, round trip."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, archives_archive, build_agency  # noqa: E402

from desktop_app.cli import main  # noqa: E402


def run(capsys, *argv: str) -> tuple[int, dict]:
    code = main(list(argv))
    out, _err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else {}


@pytest.fixture
def env(tmp_path, monkeypatch):
    ids = build_agency(tmp_path / "agency", n=3)
    archives_archive(tmp_path / "archives", tmp_path / "agency.pem").close()
    monkeypatch.setenv("ARCHDESK_USER", "admin")
    monkeypatch.setenv("ARCHDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("ARCHDESK_KEY_PASSPHRASE", KEYPASS)
    return tmp_path, ids


def test_create_verify_receive_round_trip(env, capsys):
    tmp, ids = env
    code, res = run(capsys, "--archive", str(tmp / "agency"), "--json", "transfer", "create", "--out",
                    str(tmp / "out"), "--all-archived", "--override-reason", OVERRIDE, "--media", "dvd")
    assert code == 0, res
    assert set(res) >= {"transfer_id", "volumes"} and len(res["volumes"]) == 1
    vol = res["volumes"][0]
    assert set(vol) >= {"number", "path", "bytes", "cases"} and sorted(vol["cases"]) == sorted(ids)
    code, rep = run(capsys, "--json", "transfer", "verify", vol["path"])      # the signer is not confirmed
    assert code == 1 and not rep["ok"] and rep["signer"]["valid"] and not rep["signer"]["trusted"]
    code, rep = run(capsys, "--json", "transfer", "verify", vol["path"], "--trusted-key", str(tmp / "agency.pem"))
    assert code == 0 and rep["ok"] and rep["signer"]["trusted"]
    # nothing left to transfer: usage error
    code, err = run(capsys, "--archive", str(tmp / "agency"), "--json", "transfer", "create", "--out",
                    str(tmp / "out2"), "--all-archived")
    assert code == 2 and err["error"]["code"] == "usage"
    # verification passes; the receipt checks (run before any decision) fail mandatory items of the samples
    code, rep = run(capsys, "--archive", str(tmp / "archives"), "--json", "receive", vol["path"])
    assert code == 1 and rep["ok"] and rep["decision"] == "" and rep["problems"] == []
    assert rep["check_run"] and "YJ-2-4" in rep["blocked"]
    assert any(r["item"] == "YJ-2-4" and r["result"] == "fail" and r["evidence"] for r in rep["check_results"])
    # accepting is refused, in Chinese, naming the failing items; nothing is ingested
    code, text = main(["--archive", str(tmp / "archives"), "receive", vol["path"], "--accept"]), capsys.readouterr()
    assert code == 1 and "必检项不通过" in text.out and "YJ-2-4" in text.out and "未接收" in text.out
    code, rep = run(capsys, "--archive", str(tmp / "archives"), "--json", "receive", vol["path"], "--accept")
    assert code == 1 and rep["decision"] == "" and rep["cases"] == []
    # a return lists the failed items in the note
    note = tmp / "退回单.txt"
    code, rep = run(capsys, "--archive", str(tmp / "archives"), "--json", "receive", vol["path"], "--return",
                    "--note", str(note))
    assert code == 0 and rep["decision"] == "returned" and "YJ-2-4" in note.read_text("utf-8")
    # an override reason only goes with --accept
    code, err = run(capsys, "--archive", str(tmp / "archives"), "--json", "receive", vol["path"],
                    "--override-reason", OVERRIDE)
    assert code == 2 and err["error"]["code"] == "usage"
    code, rep = run(capsys, "--archive", str(tmp / "archives"), "--json", "receive", vol["path"], "--accept",
                    "--override-reason", OVERRIDE)
    assert code == 0 and rep["decision"] == "accepted" and len(rep["cases"]) == 3 and "YJ-2-4" in rep["overrides"]
    code, rep = run(capsys, "--archive", str(tmp / "archives"), "--json", "receive", vol["path"], "--accept",
                    "--override-reason", OVERRIDE)
    assert code == 1 and any(p["kind"] == "duplicate" for p in rep["problems"])


def test_damaged_carrier_exit_1_and_return_note(env, capsys):
    tmp, _ids = env
    code, res = run(capsys, "--archive", str(tmp / "agency"), "--json", "transfer", "create", "--out",
                    str(tmp / "out"), "--all-archived", "--override-reason", OVERRIDE, "--iso")
    assert code == 0 and res["volumes"][0]["path"].endswith(".iso")
    from desktop_app.core.transfer.iso import extract_iso

    folder = extract_iso(Path(res["volumes"][0]["path"]), tmp / "copy")
    victim = sorted(folder.rglob("*-001.pdf"))[0]
    victim.unlink()
    rel = victim.relative_to(folder).as_posix()
    code, rep = run(capsys, "--json", "transfer", "verify", str(folder))
    assert code == 1 and any(p["path"] == rel and p["kind"] == "missing" for p in rep["problems"])
    code, rep = run(capsys, "--archive", str(tmp / "archives"), "--json", "receive", str(folder), "--accept")
    assert code == 1 and rep["decision"] == "" and any(p["path"] == rel for p in rep["problems"])
    note = tmp / "退回单.txt"
    code, rep = run(capsys, "--archive", str(tmp / "archives"), "--json", "receive", str(folder), "--return",
                    "--note", str(note))
    assert code == 0 and rep["decision"] == "returned" and rel in note.read_text("utf-8")
    # the untouched ISO itself is received directly
    code, rep = run(capsys, "--archive", str(tmp / "archives"), "--json", "receive", res["volumes"][0]["path"],
                    "--accept", "--override-reason", OVERRIDE)
    assert code == 0 and rep["decision"] == "accepted"
    shutil.rmtree(folder)


def test_wrong_passphrase_writes_nothing(env, capsys, monkeypatch):
    tmp, _ids = env
    monkeypatch.setenv("ARCHDESK_KEY_PASSPHRASE", "wrong-passphrase")
    code, res = run(capsys, "--archive", str(tmp / "agency"), "--json", "transfer", "create", "--out",
                    str(tmp / "out"), "--all-archived")
    assert code != 0 and "error" in res
    assert not (tmp / "out").exists()
