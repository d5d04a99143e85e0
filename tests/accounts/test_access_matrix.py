"""Every sensitive URL requested as every demo role (plus an analyst and an anonymous visitor).

One row per URL: the status code each role gets, and for writes who actually changed
something. The rules behind the table are in ``citystat.accounts.permissions``
(figures, targets and unit work alike):

- approved figures: every signed-in user; drafts (draft, submitted, returned): reviewers,
  leaders, analysts, administrators and the reporter of the region;
- writes of figures: the region's reporter and administrators; approval: reviewers and
  administrators;
- projects and tasks: every signed-in user reads; the responsible unit and administrators
  update; evidence files and follow-ups: the unit itself and those who see all units;
- text review: reporters, reviewers, analysts and administrators; own documents unless
  reviewer, analyst or administrator;
- uploaded import files: their uploader and administrators.

Pages send anonymous visitors to the login page (302); the API answers 401.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.test import Client

from citystat.accounts.actions import create_user
from citystat.accounts.models import User
from citystat.followups.models import Followup, Response
from citystat.indicators.models import Indicator
from citystat.intake.models import ImportBatch
from citystat.observations.actions import record_observation, submit_observations
from citystat.observations.models import Explanation, Observation, Status
from citystat.projects import actions as pa
from citystat.projects import models as pm
from citystat.regions.models import Region
from citystat.reports.models import ReportJob
from citystat.reports.storage import job_dir
from citystat.textreview import actions as ta
from citystat.textreview.reading import read_paste

pytestmark = pytest.mark.django_db

ROLES = (
    "anonymous",
    "admin",
    "reviewer",
    "leader",
    "analyst",  # not in the demo: made here
    "reporter_140921",  # 定襄县统计局
    "unit_fgw",  # 市发展和改革委员会
    "unit_140981",  # 原平市人民政府
    "unit_140921",  # 定襄县人民政府
    "unit_jyj",  # 市教育局
    "unit_140971",  # 忻州经济开发区管委会
)
READ_ALL = ("admin", "reviewer", "leader", "analyst")
PDF = b"%PDF-1.4\n%matrix\n" + b"2" * 64


class World:
    """The objects a row needs, made on first use inside the test's transaction."""

    @cached_property
    def wutai_draft(self) -> Observation:
        """五台县 fai 2024-02, submitted (not approved): no demo user but READ_ALL may read it."""
        o = record_observation(
            indicator=Indicator.objects.get(code="fai"),
            region=Region.objects.get(code="140922"),
            year=2024,
            month=2,
            value=Decimal("2.5"),
        )
        submit_observations([o], user=None)
        return o

    @cached_property
    def dingxiang_draft(self) -> Observation:
        """定襄县 fai 2024-02, a draft of reporter_140921's own county."""
        return record_observation(
            indicator=Indicator.objects.get(code="fai"),
            region=Region.objects.get(code="140921"),
            year=2024,
            month=2,
            value=Decimal("3.1"),
        )

    @cached_property
    def approved(self) -> Observation:
        return Observation.objects.get(
            indicator__code="fai", region__code="140922", year=2023, month=12
        )

    @cached_property
    def evidence(self) -> pm.TaskUpdate:
        """放心午餐 (task 2023/1, 市教育局) progress with a PDF."""
        return pa.record_task_update(
            pm.TaskTarget.objects.get(task__seq=1, name="覆盖小学"),
            year=2024,
            month=3,
            value=20,
            evidence_name="验收报告.pdf",
            evidence_data=PDF,
            user=User.objects.get(username="unit_jyj"),
        )

    @cached_property
    def lunch_target(self) -> pm.TaskTarget:
        return pm.TaskTarget.objects.get(task__seq=1, name="覆盖小学")

    @cached_property
    def dingxiang_followup(self) -> Followup:
        """An escalated follow-up of 定襄县人民政府 (unit_140921)."""
        f = Followup.objects.filter(responsible_unit="定襄县人民政府", status="escalated")
        return f.order_by("id").first()  # type: ignore[return-value]

    @cached_property
    def batch(self) -> ImportBatch:
        """A file uploaded by reporter_140921."""
        b = ImportBatch(
            original_name="定襄县2024年2月.xlsx",
            size=4,
            uploaded_by=User.objects.get(username="reporter_140921"),
            channel=ImportBatch.Channel.WEB,
            status=ImportBatch.Status.REJECTED,
        )
        b.file.save("matrix.xlsx", ContentFile(b"PK\x03\x04"), save=False)
        b.save()
        return b

    @cached_property
    def document(self) -> Any:
        """A text submitted by reporter_140921 for review."""
        return ta.submit_document(
            user=User.objects.get(username="reporter_140921"),
            read=read_paste("2023年,定襄县地区生产总值完成150.2亿元,增长5.1%。"),
            title="定襄县简报",
        )

    @cached_property
    def report(self) -> ReportJob:
        job = ReportJob.objects.create(
            kind="briefing",
            region=Region.objects.get(code="140900"),
            period="2023-11",
            fmt="html",
            status=ReportJob.Status.DONE,
            file_name="briefing.html",
        )
        (job_dir(job.pk) / job.file_name).write_text("<p>调度会材料</p>", encoding="utf-8")
        return job


URL = str | Callable[[World], str]
Data = dict[str, Any] | Callable[[World], dict[str, Any]]


@dataclass(frozen=True)
class Case:
    id: str
    url: URL
    expected: dict[str, int]
    method: str = "get"
    data: Data = field(default_factory=dict)
    api_json: bool = False
    # For writes: whether the request changed anything, and which roles should.
    written: Callable[[World], bool] | None = None
    writers: tuple[str, ...] = ()


def expect(default: int, anonymous: int = 302, **by_role: int) -> dict[str, int]:
    """``default`` for every signed-in role unless named; unknown role names are mistakes."""
    unknown = set(by_role) - set(ROLES)
    assert not unknown, unknown
    return {r: by_role.get(r, anonymous if r == "anonymous" else default) for r in ROLES}


def only(status: int, roles: tuple[str, ...], default: int = 403, anonymous: int = 302) -> dict:
    return expect(default, anonymous, **dict.fromkeys(roles, status))


ALL_200 = expect(200)
API_ALL_200 = expect(200, anonymous=401)

CASES = [
    # --- projects and tasks --------------------------------------------------------------
    Case(
        "evidence download",
        lambda w: f"/projects/evidence/{w.evidence.pk}/",
        only(200, (*READ_ALL, "unit_jyj")),
    ),
    Case("project page", "/projects/p/XZ-2023-009/?period=2023-12", ALL_200),
    Case("task page", "/projects/tasks/2023/1/", ALL_200),
    Case(
        "task update",
        "/projects/tasks/2023/1/update/",
        only(302, ("admin", "unit_jyj")),
        method="post",
        data=lambda w: {"target": w.lunch_target.pk, "year": 2024, "month": 5, "value": "25"},
        written=lambda w: pm.TaskUpdate.objects.filter(
            target=w.lunch_target, year=2024, month=5
        ).exists(),
        writers=("admin", "unit_jyj"),
    ),
    Case(
        "project progress",
        "/projects/p/XZ-2023-005/progress/",  # 原平市人民政府
        only(302, ("admin", "unit_140981")),
        method="post",
        data={"year": 2024, "month": 1, "completed_ytd": "0.5"},
        written=lambda w: pm.ProjectProgress.objects.filter(
            project__code="XZ-2023-005", year=2024, month=1
        ).exists(),
        writers=("admin", "unit_140981"),
    ),
    Case("project progress import page", "/projects/import/", ALL_200),
    # --- follow-ups ----------------------------------------------------------------------
    Case("follow-up board", "/followups/", ALL_200),
    Case(
        "follow-up page",
        lambda w: f"/followups/{w.dingxiang_followup.pk}/",
        only(200, (*READ_ALL, "unit_140921")),
    ),
    Case(
        "follow-up answer",
        lambda w: f"/followups/{w.dingxiang_followup.pk}/answer/",
        only(302, (*READ_ALL, "unit_140921")),  # refused in the message when not the unit
        method="post",
        data={"text": "已召开专题会议,本月底前完成整改。"},
        written=lambda w: Response.objects.filter(
            followup=w.dingxiang_followup, text="已召开专题会议,本月底前完成整改。"
        ).exists(),
        writers=("admin", "unit_140921"),
    ),
    Case(
        "follow-up close",
        lambda w: f"/followups/{w.dingxiang_followup.pk}/close/",
        only(302, (*READ_ALL, "unit_140921")),
        method="post",
        data={"note": "整改完成"},
        written=lambda w: Followup.objects.get(pk=w.dingxiang_followup.pk).status == "closed",
        writers=("admin", "reviewer", "leader"),
    ),
    Case("follow-up raise page", "/followups/new/", only(200, ("admin", "reviewer", "leader"))),
    Case("notifications", "/followups/notifications/", ALL_200),
    # --- intake: entry, templates, review, uploads, audit --------------------------------
    Case(
        "entry, another county's drafts",
        lambda w: (w.wutai_draft, "/intake/entry/140922/2024-02/")[1],
        only(200, READ_ALL),
    ),
    Case(
        "entry, own county",
        lambda w: (w.dingxiang_draft, "/intake/entry/140921/2024-02/")[1],
        only(200, (*READ_ALL, "reporter_140921")),
    ),
    Case(
        "entry save",
        "/intake/entry/140921/2024-03/",
        only(302, ("admin", "reporter_140921")),
        method="post",
        data={"action": "save", "v_fai": "4.2"},
        written=lambda w: Observation.objects.filter(
            indicator__code="fai", region__code="140921", year=2024, month=3
        ).exists(),
        writers=("admin", "reporter_140921"),
    ),
    Case(
        "entry 原因说明",
        "/intake/entry/140921/2023-11/",
        only(302, ("admin", "reporter_140921")),
        method="post",
        data={"action": "save", "c_retail": "矩阵测试:限上企业销售下滑。"},
        written=lambda w: Explanation.objects.filter(
            indicator__code="retail", region__code="140921", year=2023, month=11
        )
        .filter(text="矩阵测试:限上企业销售下滑。")
        .exists(),
        writers=("admin", "reporter_140921"),
    ),
    Case(
        "template with another county's drafts",
        lambda w: (w.wutai_draft, "/intake/template/?unit=140922&period=2024-02")[1],
        only(200, ("admin", "reviewer")),
    ),
    Case("review queue", "/intake/review/", only(200, ("admin", "reviewer"))),
    Case(
        "review page",
        lambda w: (w.wutai_draft, "/intake/review/140922/2024-02/")[1],
        only(200, ("admin", "reviewer")),
    ),
    Case(
        "review approve",
        lambda w: (w.wutai_draft, "/intake/review/140922/2024-02/")[1],
        only(302, ("admin", "reviewer")),
        method="post",
        data={"action": "approve"},
        written=lambda w: Observation.objects.get(pk=w.wutai_draft.pk).status == Status.APPROVED,
        writers=("admin", "reviewer"),
    ),
    Case(
        "review 原因说明",
        lambda w: (w.wutai_draft, "/intake/review/140922/2024-02/")[1],
        only(302, ("admin", "reviewer")),
        method="post",
        data={"action": "explain", "cause-fai": "矩阵测试:审核补充说明。"},
        written=lambda w: Explanation.objects.filter(
            indicator__code="fai", region__code="140922", stage="review"
        )
        .filter(text="矩阵测试:审核补充说明。")
        .exists(),
        writers=("admin", "reviewer"),
    ),
    Case(
        "completeness board",
        "/intake/board/?year=2024",
        expect(200, unit_fgw=403, unit_140981=403, unit_140921=403, unit_jyj=403, unit_140971=403),
    ),
    Case(
        "import batch page",
        lambda w: f"/intake/batch/{w.batch.pk}/",
        only(200, ("admin", "reporter_140921")),
    ),
    Case(
        "import batch file",
        lambda w: f"/intake/batch/{w.batch.pk}/file/",
        only(200, ("admin", "reporter_140921")),
    ),
    Case(
        "audit of a draft",
        lambda w: f"/intake/audit/observation/{w.wutai_draft.pk}/",
        only(200, READ_ALL),
    ),
    Case(
        "audit of an approved figure",
        lambda w: f"/intake/audit/observation/{w.approved.pk}/",
        ALL_200,
    ),
    Case(
        "audit of a user",
        "/intake/audit/user/reporter_140921/",
        only(200, ("admin", "reviewer", "reporter_140921")),
    ),
    Case(
        "audit of an unknown user",
        "/intake/audit/user/no_such_user/",
        only(404, ("admin", "reviewer")),
    ),
    Case("validation rules", "/intake/rules/", ALL_200),
    # --- API -----------------------------------------------------------------------------
    Case(
        "API draft",
        lambda w: f"/api/observations/{w.wutai_draft.pk}/",
        only(200, READ_ALL, anonymous=401),
    ),
    Case("API approved", lambda w: f"/api/observations/{w.approved.pk}/", API_ALL_200),
    Case("API list", "/api/observations/?region=140922&year=2024", API_ALL_200),
    Case(
        "API create",
        "/api/observations/",
        only(201, ("admin", "reporter_140921"), anonymous=401),
        method="post",
        data={"region": "140921", "indicator": "fai", "year": 2024, "month": 3, "value": 4.2},
        api_json=True,
        written=lambda w: Observation.objects.filter(
            indicator__code="fai", region__code="140921", year=2024, month=3
        ).exists(),
        writers=("admin", "reporter_140921"),
    ),
    Case(
        "API submit",
        lambda w: (w.dingxiang_draft, "/api/periods/140921/2024-02/submit/")[1],
        only(200, ("admin", "reporter_140921"), anonymous=401),
        method="post",
        data={"explanation": "已核实"},
        api_json=True,
        written=lambda w: Observation.objects.get(pk=w.dingxiang_draft.pk).status
        == Status.SUBMITTED,
        writers=("admin", "reporter_140921"),
    ),
    Case(
        "API approve",
        lambda w: (w.wutai_draft, "/api/periods/140922/2024-02/approve/")[1],
        only(200, ("admin", "reviewer"), anonymous=401),
        method="post",
        api_json=True,
        written=lambda w: Observation.objects.get(pk=w.wutai_draft.pk).status == Status.APPROVED,
        writers=("admin", "reviewer"),
    ),
    Case(
        "API return",
        lambda w: (w.wutai_draft, "/api/periods/140922/2024-02/return/")[1],
        only(200, ("admin", "reviewer"), anonymous=401),
        method="post",
        data={"reason": "请核实"},
        api_json=True,
        written=lambda w: Observation.objects.get(pk=w.wutai_draft.pk).status == Status.RETURNED,
        writers=("admin", "reviewer"),
    ),
    Case("OpenAPI document", "/api/openapi.json", expect(200, anonymous=200)),
    # --- text review ---------------------------------------------------------------------
    Case(
        "text review index",
        "/text/",
        only(200, ("admin", "reviewer", "analyst", "reporter_140921")),
    ),
    Case(
        "text document",
        lambda w: f"/text/{w.document.pk}/",
        only(200, ("admin", "reviewer", "analyst", "reporter_140921")),
    ),
    Case(
        "text accept",
        lambda w: f"/text/{w.document.pk}/accept/",
        only(302, ("admin", "reviewer", "analyst", "reporter_140921")),
        method="post",
    ),
    # --- reports, dashboard, exports, maps, admin ----------------------------------------
    Case("reports", "/reports/", ALL_200),
    # A job is read by its owner and by who reads every unit; this one has no owner (CLI).
    Case(
        "report status",
        lambda w: f"/reports/jobs/{w.report.pk}/status.json",
        only(200, ("admin", "reviewer", "leader", "analyst")),
    ),
    Case(
        "report download",
        lambda w: f"/reports/jobs/{w.report.pk}/download",
        only(200, ("admin", "reviewer", "leader", "analyst")),
    ),
    Case("dashboard", "/?period=2023-12", ALL_200),
    Case("county page", "/region/140921/?period=2023-12", ALL_200),
    Case("Excel export", "/export/county.xlsx?region=140921&period=2023-12", ALL_200),
    Case("map layers", "/maps/", only(200, ("admin",))),
    Case("map layer delete", "/maps/999999/delete/", only(404, ("admin",)), method="post"),
    Case("admin site", "/admin/", only(200, ("admin", "reviewer"), default=302)),
]


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path


def _client(role: str) -> Client:
    client = Client()
    if role == "anonymous":
        return client
    if role == "analyst":
        user = create_user(
            username="analyst",
            password="analyst-room-2026",
            role="analyst",
            unit_name="市统计局分析室",
        )
    else:
        user = User.objects.get(username=role)
    client.force_login(user)
    return client


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_access(case: Case, role: str) -> None:
    world = World()
    url = case.url(world) if callable(case.url) else case.url
    data = case.data(world) if callable(case.data) else case.data
    client = _client(role)
    if case.method == "get":
        r = client.get(url)
    elif case.api_json:
        r = client.post(url, json.dumps(data), content_type="application/json")
    else:
        r = client.post(url, data)
    assert r.status_code == case.expected[role], (url, role)
    if r.status_code == 302 and role == "anonymous" and not url.startswith("/admin/"):
        assert r["Location"].startswith("/login/?next=")
    if case.written is not None:
        assert case.written(world) is (role in case.writers), (url, role)


def test_the_table_covers_every_role_and_is_not_all_open() -> None:
    assert len(CASES) * len(ROLES) == 539
    for case in CASES:
        assert set(case.expected) == set(ROLES), case.id
    refused = sum(s in (401, 403) for c in CASES for s in c.expected.values())
    assert refused == 245  # 217 + report jobs refused to the 6 roles that do not read all
    # + 原因说明 at entry and at review (8 roles refused each)


def test_api_list_shows_drafts_only_to_those_who_may_read_them() -> None:
    """Status codes alone do not show it: the list is 200 for everyone, its rows differ."""
    world = World()
    world.wutai_draft, world.dingxiang_draft  # noqa: B018
    seen = {}
    for role in ROLES[1:]:
        data = _client(role).get("/api/observations/?year=2024&month=2&indicator=fai").json()
        seen[role] = sorted(o["region"] for o in data["results"] if o["status"] != "approved")
    assert seen == {
        "admin": ["140921", "140922"],
        "reviewer": ["140921", "140922"],
        "leader": ["140921", "140922"],
        "analyst": ["140921", "140922"],
        "reporter_140921": ["140921"],
        "unit_fgw": [],
        "unit_140981": [],
        "unit_140921": [],
        "unit_jyj": [],
        "unit_140971": [],
    }


def test_refused_writes_change_nothing_on_the_follow_up() -> None:
    """The follow-up answer and close forms refuse by message (302), not 403: nothing moves."""
    world = World()
    f = world.dingxiang_followup
    before = (f.status, f.updated_at, Response.objects.filter(followup=f).count())
    _client("analyst").post(f"/followups/{f.pk}/close/", {"note": "整改完成"})
    _client("leader").post(f"/followups/{f.pk}/answer/", {"text": "已召开专题会议,马上整改。"})
    f.refresh_from_db()
    assert (f.status, f.updated_at, Response.objects.filter(followup=f).count()) == before
