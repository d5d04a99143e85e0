"""Review at the grain of a figure: return some figures with a reason each, approve the rest,
the reporter sees exactly which, and the reviewer sees old → new on resubmission."""

from __future__ import annotations

import re

import pytest

from citystat.intake import actions
from citystat.observations.actions import WorkflowError
from citystat.observations.models import Observation, Status
from citystat.regions.models import Region

pytestmark = pytest.mark.django_db
URL = "/intake/review/140921/2024-02/"
ENTRY = "/intake/entry/140921/2024-02/"


def _status(code: str) -> str:
    return Observation.objects.get(
        indicator__code=code, region__code="140921", year=2024, month=2
    ).status


def _submit_three(client, reporter):  # type: ignore[no-untyped-def]
    client.force_login(reporter)
    r = client.post(
        ENTRY,
        {"action": "submit", "v_fai": "3.2", "g_fai": "3.9", "v_retail": "10.5", "v_trade": "1.1"},
        follow=True,
    )
    assert "已提交审核 3 个。" in r.content.decode(), r.content.decode()[:3000]


def test_return_one_figure_with_its_reason_and_approve_the_rest(client, reporter, reviewer):
    _submit_three(client, reporter)
    client.force_login(reviewer)
    page = client.get(URL).content.decode()
    assert 'name="ret-fai"' in page and 'form="return-figures"' in page
    r = client.post(
        URL,
        {"action": "return_figures", "ret-fai": "与统计局口径不一致,请核对", "ret-retail": ""},
        follow=True,
    )
    assert "已退回 1 个数据,其余数据可继续审核通过。" in r.content.decode()
    assert (_status("fai"), _status("retail"), _status("trade")) == (
        "returned",
        "submitted",
        "submitted",
    )
    r = client.post(URL, {"action": "approve"}, follow=True)
    assert "已审核通过 2 个数据" in r.content.decode()
    assert (_status("fai"), _status("retail"), _status("trade")) == (
        "returned",
        "approved",
        "approved",
    )

    # the reporter sees exactly which figure, with its reason, on the form
    client.force_login(reporter)
    html = client.get(ENTRY).content.decode()
    assert "退回 1 个数据" in html
    returned_rows = re.findall(r'<tr data-indicator="(\w+)" id="row-\w+" class="returned">', html)
    assert returned_rows == ["fai"]
    assert "退回:与统计局口径不一致,请核对" in html
    # fixes it and resubmits
    r = client.post(ENTRY, {"action": "submit", "v_fai": "3.4", "g_fai": "10.4"}, follow=True)
    assert "已提交审核 1 个。" in r.content.decode(), re.findall(
        r"<li class=\"(?:msg-|error|warning)[^<]*</li>|<li class=\"(?:error|warning)\">.*?</li>",
        r.content.decode(),
    )

    # the reviewer sees old → new for the changed figure
    client.force_login(reviewer)
    html = client.get(URL).content.decode()
    row = re.search(r'<tr data-indicator="fai" class="changed">.*?</tr>', html, re.S)
    assert row is not None
    assert re.search(
        r'<span class="was" data-old>3\.20</span> → <span data-new>3\.40</span>', row.group(0)
    )
    assert "退回后已修改(退回原因:“与统计局口径不一致,请核对”)" in row.group(0)
    assert "1 个数据有改动" in html
    client.post(URL, {"action": "approve"})
    assert _status("fai") == "approved"


def test_figure_returns_are_all_or_nothing(reporter, reviewer, client):
    _submit_three(client, reporter)
    dingxiang = Region.objects.get(code="140921")
    with pytest.raises(WorkflowError, match="须填写原因"):
        actions.return_figures(
            user=reviewer, region=dingxiang, year=2024, month=2, reasons={"fai": "x", "retail": " "}
        )
    with pytest.raises(WorkflowError, match="“gdp”不是定襄县待审核的数据"):
        actions.return_figures(
            user=reviewer, region=dingxiang, year=2024, month=2, reasons={"fai": "x", "gdp": "y"}
        )
    with pytest.raises(WorkflowError, match="请在要退回的数据行填写退回原因"):
        actions.return_figures(user=reviewer, region=dingxiang, year=2024, month=2, reasons={})
    assert {_status(c) for c in ("fai", "retail", "trade")} == {Status.SUBMITTED}
    client.force_login(reviewer)
    r = client.post(URL, {"action": "return_figures"}, follow=True)
    assert "请在要退回的数据行填写退回原因" in r.content.decode()
