"""One rule for a project's 序时进度: the project page and the 调度会 briefing agree, also for
a project with history (the briefing used m/12 while the page followed the project's own
past years)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from citystat.projects import actions as pa
from citystat.projects import queries as q
from citystat.reporting import build_document, check_document
from citystat.reporting.builders.briefing import projects as briefing_projects
from citystat.reporting.model import Fig
from citystat.reports.queries import report_data
from citystat.stats import progress_wording

pytestmark = pytest.mark.django_db


def _project_with_history() -> None:
    p = pa.create_project(
        code="T-HIST",
        name="历史项目",
        region_code="140921",
        category="industry",
        total_investment="50",
        responsible_unit="定襄县人民政府",
    )
    # Last year it did 95% of its investment by November; this year 88% of its plan.
    pa.set_plan(p, year=2022, annual_investment="10")
    pa.record_progress(p, year=2022, month=11, completed_ytd="9.5")
    pa.record_progress(p, year=2022, month=12, completed_ytd="10")
    pa.set_plan(p, year=2023, annual_investment="10")
    pa.record_progress(p, year=2023, month=11, completed_ytd="8.8")


def test_page_and_briefing_agree_for_a_project_with_history() -> None:
    _project_with_history()
    page = next(s for s in q.project_statuses(2023, 11) if s.project.code == "T-HIST")
    assert round(page.expected, 1) == 95.0  # the project's own pattern, not 11/12
    assert round(page.gap, 1) == -7.0
    data = report_data("140900", 2023, 11, today=dt.date(2024, 1, 5))
    # ``reports.queries`` fills ``ProjectInfo.history`` from ``projects.queries.project_histories``
    # once merged; until then the test supplies it the same way.
    histories = q.project_histories(2023)
    data.projects = [
        dataclasses.replace(p, history=p.history or histories.get(p.code, ()))
        for p in data.projects
    ]
    info = data.project("T-HIST")
    assert info is not None and info.history == (((11, 9.5), (12, 10.0)),)
    progress = info.progress(11)
    assert (progress.completion, progress.expected, progress.gap) == (
        page.completion,
        page.expected,
        page.gap,
    )
    section = briefing_projects(data)
    assert section is not None
    table = next(b for b in section.blocks if hasattr(b, "rows"))
    row = next(r for r in table.rows if r[0][0].text == "历史项目")
    gap_fig = row[6][0]
    assert isinstance(gap_fig, Fig)
    assert gap_fig.text == progress_wording(page.gap, 1) == "落后序时进度7.0个百分点"
    assert row[5][0].text == "95.0%"
    # Every demo project agrees too (no history: both on m/12).
    for status in q.project_statuses(2023, 11):
        p = data.project(status.project.code)
        assert p is not None and p.progress(11).gap == status.gap
    doc = build_document("briefing", data)
    check_document(doc, data)
