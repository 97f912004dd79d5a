"""`archdesk selftest` — check that this installed copy works: resources, fonts (reportlab and Qt),
a temporary catalog, SM3/SHA-256/SM2 known answers, PDF identification and rendering.
Exit 0 when everything passed, 1 when a check failed.  `--json` prints the full report."""

from __future__ import annotations

import argparse

from .. import Output


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("selftest", help="自检：资源文件、字体、数据库、国密算法、PDF 识别与渲染是否正常")
    p.add_argument("--no-qt", action="store_true", help="跳过 Qt 部分（字体、PDF 渲染、界面翻译）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core.selftest import Check, run_selftest

    extra: list[Check] = []
    extra_versions: dict[str, str] = {}
    if not args.no_qt:
        from ...gui.selftest_qt import QT_CHECKS, qt_versions

        extra, extra_versions = QT_CHECKS, qt_versions()
    report = run_selftest(extra, extra_versions)
    lines = [f"ArchDesk {report.versions['archdesk']} 自检："]
    for c in report.checks:
        first = c.detail.splitlines()[0] if c.detail else ""
        lines.append(f"  [{'通过' if c.ok else '失败'}] {c.title}：{first}（{c.seconds:.2f} 秒）")
    lines.append("全部通过。" if report.ok else "有检查未通过，请把以上内容发给技术支持人员。")
    out.result(report.to_json(), "\n".join(lines))
    return 0 if report.ok else 1
