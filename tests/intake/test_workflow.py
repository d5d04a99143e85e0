"""Import → submit → approve / return; approved figures are locked; derived figures follow."""

from __future__ import annotations

from decimal import Decimal

import pytest

from citystat.intake import actions, pipeline
from citystat.observations.actions import ObservationLockedError, WorkflowError, record_observation
from citystat.observations.models import DerivedFigure, Observation, Status
from citystat.regions.models import Region
from tests.intake.helpers import HEADER, fingerprint, xlsx

pytestmark = pytest.mark.django_db

GOOD = [
    HEADER,
    ["fai", "固定资产投资", "亿元", 3.20, 3.9],
    ["retail", "社会消费品零售总额", "亿元", 3.80, 5.0],
]


def imported(user, rows=GOOD, **kw):  # type: ignore[no-untyped-def]
    return pipeline.run(xlsx(rows), filename="dx.xlsx", user=user, channel="web", **kw)


def obs(code: str) -> Observation:
    return Observation.objects.get(indicator__code=code, region__code="140921", year=2024, month=2)


def test_an_accepted_file_is_stored_as_drafts_with_one_revision_each(reporter):
    out = imported(reporter)
    assert out.accepted and out.written == 2
    assert out.batch.status == "accepted" and len(out.batch.sha256) == 64
    fai = obs("fai")
    assert (fai.value, fai.growth_reported, fai.status, fai.source, fai.combined_jan_feb) == (
        Decimal("3.2"),
        Decimal("3.9"),
        Status.DRAFT,
        "import",
        True,
    )
    (rev,) = fai.revisions.all()
    assert (rev.action, rev.changed_by, rev.new_value) == ("create", reporter, Decimal("3.2"))


def test_reimporting_the_same_file_changes_nothing(reporter):
    imported(reporter)
    before = fingerprint()
    out = imported(reporter)
    assert out.accepted and out.written == 0
    assert fingerprint() == before


def test_a_dry_run_lists_old_and_new_and_writes_nothing(reporter):
    imported(reporter)
    before = fingerprint()
    rows = [HEADER, ["fai", "固定资产投资", "亿元", 3.25, 5.5]]
    out = imported(reporter, rows, dry_run=True)
    (c,) = out.changes
    assert (c.kind, c.old_value, c.new_value) == ("update", Decimal("3.2"), Decimal("3.25"))
    assert out.batch.status == "preview"
    assert fingerprint() == before


def test_submit_approve_then_the_dashboard_figures_include_it(reporter, reviewer):
    imported(reporter)
    dingxiang = Region.objects.get(code="140921")
    assert actions.submit_period(user=reporter, region=dingxiang, year=2024, month=2) == 2
    assert obs("fai").status == Status.SUBMITTED
    assert not DerivedFigure.objects.filter(year=2024).exists()
    assert actions.approve_period(user=reviewer, region=dingxiang, year=2024, month=2) == 2
    assert obs("fai").status == Status.APPROVED
    d = DerivedFigure.objects.get(indicator__code="fai", region=dingxiang, year=2024, month=2)
    assert d.value == pytest.approx(3.2)
    assert d.growth == pytest.approx(3.9)
    assert [r.new_status for r in obs("fai").revisions.order_by("pk")] == [
        "draft",
        "submitted",
        "approved",
    ]


def test_returned_needs_a_reason_and_goes_back_to_the_reporter(reporter, reviewer):
    imported(reporter, submit=True)
    dingxiang = Region.objects.get(code="140921")
    with pytest.raises(WorkflowError, match="退回须填写原因"):
        actions.return_period(user=reviewer, region=dingxiang, year=2024, month=2, reason=" ")
    n = actions.return_period(
        user=reviewer, region=dingxiang, year=2024, month=2, reason="固定资产投资增速偏高,请核实"
    )
    assert n == 2
    assert obs("fai").status == Status.RETURNED
    assert obs("fai").revisions.first().reason == "固定资产投资增速偏高,请核实"  # type: ignore[union-attr]
    assert actions.submit_period(user=reporter, region=dingxiang, year=2024, month=2) == 2


def test_approved_figures_are_locked_and_a_change_with_a_reason_is_reviewed_again(
    reporter, reviewer
):
    imported(reporter, submit=True)
    dingxiang = Region.objects.get(code="140921")
    actions.approve_period(user=reviewer, region=dingxiang, year=2024, month=2)
    before = fingerprint()
    rows = [HEADER, ["fai", "固定资产投资", "亿元", 3.30, 7.1]]
    out = imported(reporter, rows)
    (e,) = out.errors
    assert e.code == "locked" and (e.row, e.column) == (3, "D")
    assert "已审核锁定" in e.message
    assert fingerprint() == before
    with pytest.raises(ObservationLockedError):
        record_observation(
            indicator=obs("fai").indicator,
            region=dingxiang,
            year=2024,
            month=2,
            value=Decimal("3.3"),
            user=reporter,
        )
    out = imported(reporter, rows, reason="统计局反馈更正")
    assert out.accepted
    fai = obs("fai")
    assert (fai.value, fai.status) == (Decimal("3.3"), Status.SUBMITTED)
    assert fai.revisions.first().reason == "统计局反馈更正"  # type: ignore[union-attr]
    # No longer approved, so it left the derived figures until it is approved again.
    assert not DerivedFigure.objects.filter(indicator__code="fai", year=2024).exists()


def test_warnings_need_a_written_explanation_before_submission(reporter):
    rows = [*GOOD, ["fiscal_revenue", "一般公共预算收入", "亿元", 1.7, 250.0]]
    out = imported(reporter, rows)
    assert out.needs_explanation and not out.accepted
    out = imported(reporter, rows, explanation="大额土地出让收入一次性入库")
    assert out.accepted
    assert obs("fiscal_revenue").note == "大额土地出让收入一次性入库"
    dingxiang = Region.objects.get(code="140921")
    assert actions.submit_period(user=reporter, region=dingxiang, year=2024, month=2) == 3


def test_a_note_on_the_row_explains_its_warning(reporter):
    header = [*HEADER, "说明"]
    rows = [header, ["fiscal_revenue", "一般公共预算收入", "亿元", 1.7, 250.0, "土地出让收入入库"]]
    out = imported(reporter, rows)
    assert out.warnings and out.accepted


def test_a_draft_saved_from_the_form_with_warnings_cannot_be_submitted_unexplained(reporter):
    from citystat.importers.harmonise import Row

    dingxiang = Region.objects.get(code="140921")
    row = Row("", 1, "140921", "fiscal_revenue", Decimal("1.7"), Decimal("250"))
    result = actions.save_entry(user=reporter, region=dingxiang, year=2024, month=2, rows=[row])
    assert result.saved == 1 and {p.code for p in result.warnings} >= {"growth_band"}
    with pytest.raises(WorkflowError, match="报送前须填写说明"):
        actions.submit_period(user=reporter, region=dingxiang, year=2024, month=2)
    n = actions.submit_period(
        user=reporter, region=dingxiang, year=2024, month=2, explanation="土地出让收入入库"
    )
    assert n == 1
    assert obs("fiscal_revenue").revisions.first().reason == "土地出让收入入库"  # type: ignore[union-attr]


def test_a_reporter_can_neither_approve_nor_submit_for_another_county(reporter):
    from django.core.exceptions import PermissionDenied

    wutai = Region.objects.get(code="140922")
    dingxiang = Region.objects.get(code="140921")
    imported(reporter, submit=True)
    with pytest.raises(PermissionDenied):
        actions.approve_period(user=reporter, region=dingxiang, year=2024, month=2)
    with pytest.raises(PermissionDenied):
        actions.submit_period(user=reporter, region=wutai, year=2023, month=11)
