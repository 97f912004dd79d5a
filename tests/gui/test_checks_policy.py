"""The checks page shows the scheme's active-content policy (issue 21), and a tightened policy
shows after a refresh (F5)."""

from __future__ import annotations

from typing import Any

from desktop_app.core.archive_handle import Archive
from desktop_app.core.checks.scheme import SETTING


def test_checks_page_shows_the_active_content_policy(window: Any, archive: Archive, qtbot: Any) -> None:
    window.page_actions["checks"].trigger()
    page = window.pages["checks"]
    text = page.policy_label.text()
    assert page.policy_label.isVisibleTo(page)
    assert "活动内容策略" in text and "不通过：JavaScript、Launch、SubmitForm、ImportData、Rendition" in text
    assert "记为警告：URI" in text and "声明 PDF/A-3 的文件允许" in text
    archive.catalog.settings.set(SETTING, {"active_content": {"actions": {"URI": "fail"}}})
    window.refresh_action.trigger()
    tightened = page.policy_label.text()
    assert "URI" in tightened.split("记为警告")[0] and tightened != text
