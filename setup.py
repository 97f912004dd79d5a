"""What pyproject.toml cannot say: the top-level ``resources/`` folder and the user guide (with the
screenshots it shows) ship INSIDE the package, as ``desktop_app/resources`` and ``desktop_app/docs``,
so a wheel install finds them where ``desktop_app.core.paths.install_root`` looks.  In the repository
they stay where they are; ``build.spec`` bundles the same files for the frozen build.
"""

import re
from pathlib import Path

from setuptools import find_packages, setup

ROOT = Path(__file__).resolve().parent
GUIDE = ROOT / "docs" / "user-guide.md"
shown = sorted(set(re.findall(r"\(screenshots/([^)]+\.png)\)", GUIDE.read_text(encoding="utf-8")))) \
    if GUIDE.is_file() else []

setup(
    packages=[*find_packages(include=["desktop_app", "desktop_app.*"]), "desktop_app.resources", "desktop_app.docs"],
    package_dir={"desktop_app.resources": "resources", "desktop_app.docs": "docs"},
    include_package_data=False,           # exactly the patterns below, never what MANIFEST.in adds
    package_data={
        "desktop_app.resources": ["**/*"],
        "desktop_app.docs": ["user-guide.md", *(f"screenshots/{n}" for n in shown)],
    },
    exclude_package_data={"desktop_app.resources": ["i18n/*.ts"]},  # Qt Linguist sources; the .qm ship
)
