"""docs/cli.md is generated from the parser; it must match the program."""

from pathlib import Path

from desktop_app.cli.docgen import generate


def test_cli_reference_is_current():
    doc = Path(__file__).resolve().parents[2] / "docs" / "cli.md"
    assert doc.read_text(encoding="utf-8") == generate(), "run: python -m desktop_app.cli.docgen > docs/cli.md"
