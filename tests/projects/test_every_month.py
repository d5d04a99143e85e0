"""Pages, lights and follow-ups work for every month of 2023 of the demo."""

from __future__ import annotations

import pytest

from citystat.accounts.models import User
from citystat.followups.models import Followup
from citystat.projects import queries as q

pytestmark = pytest.mark.django_db

# Lights of the ten demo projects (XZ-2023-001 … 010), month by month.
EXPECTED_RED = {month: {"XZ-2023-009"} if month >= 7 else set() for month in range(1, 13)}


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_has_lights_and_pages(client, month):
    rows = q.project_statuses(2023, month)
    assert len(rows) == 10 and all(r.light in {"green", "yellow", "red"} for r in rows)
    assert {r.project.code for r in rows if r.light == "red"} == EXPECTED_RED[month]
    tasks = q.task_statuses(2023, month)
    assert len(tasks) == 3 and all(t.light for t in tasks)
    client.force_login(User.objects.get(username="leader"))
    for url in ("/projects/", "/projects/map/", "/projects/tasks/", "/projects/p/XZ-2023-009/"):
        assert client.get(f"{url}?period=2023-{month}").status_code == 200
    assert Followup.objects.filter(year=2023, month__lte=month).exists() == (month >= 2)
