"""A county reporter: no other county's drafts, no other county's writes, no approvals, no admin.

Checked through pages, the API and the CLI.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from click.testing import CliRunner

from citystat.cli import cli
from citystat.indicators.models import Indicator
from citystat.observations.actions import (
    approve_observations,
    record_observation,
    return_observations,
    submit_observations,
)
from citystat.observations.models import Observation, Status
from citystat.regions.models import Region
from tests.intake.helpers import HEADER, fingerprint, xlsx

pytestmark = pytest.mark.django_db


@pytest.fixture
def wutai_draft(db):  # type: ignore[no-untyped-def]
    """五台县 has a submitted figure for 2024-02 (not approved)."""
    o = record_observation(
        indicator=Indicator.objects.get(code="fai"),
        region=Region.objects.get(code="140922"),
        year=2024,
        month=2,
        value=Decimal("2.5"),
    )
    submit_observations([o], user=None)
    return o


@pytest.fixture
def reporter_client(client, db):  # type: ignore[no-untyped-def]
    from citystat.accounts.models import User

    client.force_login(User.objects.get(username="reporter_140921"))
    return client


def test_pages_refuse_another_countys_drafts_writes_and_approval(reporter_client, wutai_draft):
    c = reporter_client
    before = fingerprint()
    assert c.get("/intake/entry/140922/2024-02/").status_code == 403
    assert (
        c.post("/intake/entry/140922/2024-02/", {"action": "save", "v_fai": "9"}).status_code == 403
    )
    assert c.get(f"/intake/audit/observation/{wutai_draft.pk}/").status_code == 403
    assert c.get("/intake/review/").status_code == 403
    assert c.get("/intake/review/140922/2024-02/").status_code == 403
    assert c.post("/intake/review/140922/2024-02/", {"action": "approve"}).status_code == 403
    assert c.post("/intake/review/140921/2024-02/", {"action": "approve"}).status_code == 403
    board = c.get("/intake/board/?year=2024").content.decode()
    assert 'data-region="140921"' in board and 'data-region="140922"' not in board
    assert c.get("/intake/template/?unit=140922&period=2024-02").status_code == 403
    assert fingerprint() == before
    # Their own unit works.
    assert c.get("/intake/entry/140921/2024-02/").status_code == 200


def test_the_reporter_cannot_reach_the_admin(reporter_client):
    r = reporter_client.get("/admin/")
    assert r.status_code == 302 and r["Location"].startswith("/admin/login/")
    r = reporter_client.get("/admin/observations/observation/")
    assert r.status_code == 302


def test_api_refuses_another_countys_drafts_writes_and_approval(reporter_client, wutai_draft):
    c = reporter_client
    before = fingerprint()
    assert c.get(f"/api/observations/{wutai_draft.pk}/").status_code == 403
    listed = c.get("/api/observations/?region=140922&year=2024").json()
    assert listed["count"] == 0
    r = c.post(
        "/api/observations/",
        json.dumps({"region": "140922", "indicator": "fai", "year": 2024, "month": 2, "value": 9}),
        content_type="application/json",
    )
    assert r.status_code == 403 and "无权填报五台县" in r.json()["error"]
    for action in ("approve", "return"):
        r = c.post(
            f"/api/periods/140922/2024-02/{action}/",
            json.dumps({"reason": "x"}),
            content_type="application/json",
        )
        assert r.status_code == 403
    r = c.post("/api/periods/140922/2024-02/submit/", "{}", content_type="application/json")
    assert r.status_code == 403
    assert fingerprint() == before


def test_cli_refuses_a_file_for_another_county(tmp_path, settings, wutai_draft):
    settings.MEDIA_ROOT = tmp_path / "media"
    path = tmp_path / "wutai.xlsx"
    path.write_bytes(
        xlsx(
            [HEADER, ["fai", "固定资产投资", "亿元", 9.0, 3.0]],
            title="五台县主要经济指标完成情况(2024年1-2月)",
        )
    )
    before = fingerprint()
    result = CliRunner().invoke(cli, ["import", str(path), "--user", "reporter_140921"])
    assert result.exit_code == 1
    assert "您无权填报五台县的数据(第3行)" in result.output
    assert fingerprint() == before
    assert Observation.objects.get(pk=wutai_draft.pk).status == Status.SUBMITTED


def test_cli_unknown_user_is_refused(tmp_path):
    path = tmp_path / "f.xlsx"
    path.write_bytes(xlsx([HEADER]))
    result = CliRunner().invoke(cli, ["import", str(path), "--user", "nobody"])
    assert result.exit_code == 1
    assert "用户“nobody”不存在" in result.output


def test_leader_reads_approved_but_cannot_write(client, wutai_draft):
    from citystat.accounts.models import User

    client.force_login(User.objects.get(username="leader"))
    assert client.get(f"/api/observations/{wutai_draft.pk}/").status_code == 200
    r = client.post(
        "/api/observations/",
        json.dumps({"region": "140921", "indicator": "fai", "year": 2024, "month": 2, "value": 1}),
        content_type="application/json",
    )
    assert r.status_code == 403
    assert client.post("/intake/review/140922/2024-02/", {"action": "approve"}).status_code == 403


def test_the_history_of_another_countys_approved_figure_hides_what_came_before_approval(
    reporter_client,
):
    """Approved figures are public; the draft values and return reasons before them are not."""
    from citystat.accounts.models import User

    reviewer = User.objects.get(username="reviewer")
    fai, wutai = Indicator.objects.get(code="fai"), Region.objects.get(code="140922")
    o = record_observation(indicator=fai, region=wutai, year=2024, month=3, value=Decimal("9.9"))
    submit_observations([o], user=None)
    return_observations([o], user=reviewer, reason="数值偏高请核实")
    o = record_observation(indicator=fai, region=wutai, year=2024, month=3, value=Decimal("3.4"))
    submit_observations([o], user=None)
    approve_observations([o], user=reviewer, recompute=False)
    url = f"/intake/audit/observation/{o.pk}/"
    r = reporter_client.get(url)
    html = r.content.decode()
    assert r.status_code == 200
    assert html.count("<tr><td>") == 1  # the approval only
    assert "3.4000 → 3.4000" in html and "submitted → approved" in html
    assert "9.9" not in html and "数值偏高请核实" not in html
    reporter_client.force_login(reviewer)
    html = reporter_client.get(url).content.decode()
    assert html.count("<tr><td>") == 6
    assert "9.9" in html and "数值偏高请核实" in html


def test_another_users_audit_is_refused_whether_the_account_exists_or_not(reporter_client):
    assert reporter_client.get("/intake/audit/user/admin/").status_code == 403
    assert reporter_client.get("/intake/audit/user/no_such_user/").status_code == 403
    assert reporter_client.get("/intake/audit/user/reporter_140921/").status_code == 200
