"""``archdesk transfer verify DIR``: no archive, no login; exit 0 / 1 / 2; --json shape."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from shared_data import shared_dir

from desktop_app.cli import build_parser, main
from desktop_app.cli.commands import transfer as transfer_cmd
from desktop_app.core.transfer import write_bag, write_sums

SUITE = shared_dir() / "external" / "bagit-conformance-suite"


@pytest.fixture
def carrier(tmp_path: Path) -> Path:
    root = tmp_path / "载体"
    (root / "电子档案").mkdir(parents=True)
    (root / "电子档案" / "a.pdf").write_bytes(b"%PDF" * 100)
    (root / "说明文件.TXT").write_text("说明", encoding="utf-8")
    write_sums(root)
    return root


@pytest.fixture
def bag(tmp_path: Path) -> Path:
    src = tmp_path / "s.bin"
    src.write_bytes(b"x" * 1000)
    return Path(write_bag([(src, "办件/a.bin")], tmp_path / "bag", {"Source-Organization": "测试"}).path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ok_carrier_and_bag_exit_0(capsys: pytest.CaptureFixture[str], carrier: Path, bag: Path) -> None:
    code, out, _ = run(capsys, "transfer", "verify", str(carrier))
    assert code == 0 and "校验通过（移交载体）：2 个文件" in out
    code, out, _ = run(capsys, "transfer", "verify", str(bag))
    assert code == 0 and "校验通过（BagIt 包）：1 个文件，1000 字节" in out


def test_problems_exit_1_one_line_each(capsys: pytest.CaptureFixture[str], carrier: Path) -> None:
    (carrier / "电子档案" / "a.pdf").write_bytes(b"tampered")
    (carrier / "说明文件.TXT").unlink()
    (carrier / "多余.txt").write_text("x")
    code, out, _ = run(capsys, "transfer", "verify", str(carrier))
    assert code == 1
    lines = out.splitlines()
    assert "altered\t电子档案/a.pdf\tSHA-256 摘要不符" in "\n".join(lines)
    assert any(line.startswith("missing\t说明文件.TXT\t") for line in lines)
    assert any(line.startswith("extra\t多余.txt\t") for line in lines)
    assert lines[-1].startswith("校验未通过")


def test_json_output_is_one_object(capsys: pytest.CaptureFixture[str], bag: Path) -> None:
    (bag / "data" / "办件" / "a.bin").write_bytes(b"y" * 1000)
    for argv in (["--json", "transfer", "verify", str(bag)], ["transfer", "verify", str(bag), "--json"]):
        code, out, _ = run(capsys, *argv)
        assert code == 1
        obj = json.loads(out)  # exactly one JSON object on stdout
        assert obj["ok"] is False and obj["kind"] == "bagit"
        assert {"path": "data/办件/a.bin", "kind": "altered"}.items() <= obj["problems"][0].items()
        assert set(obj["problems"][0]) == {"path", "kind", "detail"}


def test_json_ok_on_a_suite_warning_case(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--json", "transfer", "verify", str(SUITE / "v0.97/warning/relative-path"))
    obj = json.loads(out)
    assert code == 0 and obj["ok"] is True and obj["problems"] == [] and obj["warnings"]


def test_not_a_bag_or_carrier_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("x")
    code, out, err = run(capsys, "transfer", "verify", str(tmp_path))
    assert code == 2 and "既不是 BagIt 包" in err and out == ""
    code, out, err = run(capsys, "--json", "transfer", "verify", str(tmp_path / "nope"))
    assert code == 2 and json.loads(out)["error"]["code"] == "not_verifiable"


def test_missing_action_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ei:
        main(["transfer"])
    assert ei.value.code == 2


def test_other_modules_can_add_actions_in_any_order() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    actions = transfer_cmd.actions(sub)  # same object the verify action lives in
    assert "verify" in actions.choices
    p = actions.add_parser("probe")  # "create" is taken by transfer_create.py
    p.set_defaults(func=lambda args, out: 0)
    assert parser.parse_args(["transfer", "probe"]).func(None, None) == 0


def test_console_entry_point_needs_no_login(carrier: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARCHDESK_")}
    env["ARCHDESK_HOME"] = str(tmp_path / "no-archive-here")
    r = subprocess.run([sys.executable, "-m", "desktop_app", "--json", "transfer", "verify", str(carrier)],
                       capture_output=True, text=True, encoding="utf-8", env=env, cwd=Path(__file__).resolve().parents[2],
                       stdin=subprocess.DEVNULL, timeout=60)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["ok"] is True
    assert not (tmp_path / "no-archive-here").exists()


def test_iso_image_is_verified(capsys: pytest.CaptureFixture[str], carrier: Path, bag: Path, tmp_path: Path) -> None:
    from desktop_app.core.transfer.iso import build_iso

    good = tmp_path / "good.iso"
    build_iso(carrier, good, "TEST")
    code, out, _ = run(capsys, "--json", "transfer", "verify", str(good))
    rep = json.loads(out)
    assert code == 0 and rep["ok"] and rep["files"] >= 2
    bag_iso = tmp_path / "bag.iso"
    build_iso(bag, bag_iso, "BAG")
    code, out, _ = run(capsys, "transfer", "verify", str(bag_iso))
    assert code == 0 and "BagIt" in out
    # an image burnt from a carrier whose file changed after its digests were taken
    (carrier / "电子档案" / "a.pdf").write_bytes(b"%PDF" * 99 + b"%PDX")
    bad = tmp_path / "bad.iso"
    build_iso(carrier, bad, "TEST")
    code, out, _ = run(capsys, "transfer", "verify", str(bad))
    assert code == 1 and "电子档案/a.pdf" in out
    # not an image at all
    junk = tmp_path / "junk.iso"
    junk.write_bytes(b"not an image" * 100)
    code, _out, err = run(capsys, "transfer", "verify", str(junk))
    assert code != 0 and "光盘映像" in err


@pytest.mark.parametrize("name", ["9" * 5000, "长" * 2000])
def test_a_path_the_system_cannot_look_up_is_refused_not_a_crash(capsys: pytest.CaptureFixture[str],
                                                                  name: str) -> None:
    """Found by test_fuzz_values: a 5,000-character name made ``transfer verify`` exit 3 (ENAMETOOLONG
    from ``is_file``/``is_dir``); it is a path that cannot be verified, said in Chinese (exit 2)."""
    code, out, err = run(capsys, "--json", "transfer", "verify", name)
    assert code == 2 and json.loads(out)["error"]["code"] == "not_verifiable", err
    assert "Traceback" not in err and "无法访问" in out
