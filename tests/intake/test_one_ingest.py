"""The web entry form and a file go through one validate-and-load sequence (intake.ingest).

The same figures typed into the form and uploaded in a file leave the same stored figures
and the same revisions; the same bad value reads the same message; each file revision
points to its import batch.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.test import Client

from citystat.accounts.models import User
from citystat.intake import pipeline
from citystat.intake.models import ImportBatch
from citystat.observations.models import Observation, Revision
from tests.intake.helpers import HEADER, xlsx

pytestmark = pytest.mark.django_db

ENTRY = "/intake/entry/140921/2024-02/"
NOT_A_NUMBER = "“约1.7亿”不是数字。请只填写数字(可带小数点),不填单位或文字;无数据请填“—”。"


def _form(client: Client, action: str, figures: dict[str, tuple[str, str]], **extra: str) -> Any:
    data = {"action": action, **extra}
    for code, (value, growth) in figures.items():
        data[f"v_{code}"], data[f"g_{code}"] = value, growth
    return client.post(ENTRY, data, headers={"x-requested-with": "fetch"})


def _file(user: User, figures: dict[str, tuple[str, str]], **kw: Any) -> pipeline.Outcome:
    rows = [HEADER, *([code, code, "亿元", v, g] for code, (v, g) in figures.items())]
    return pipeline.run(xlsx(rows), filename="dx.xlsx", user=user, channel="web", **kw)


def _stored() -> list[tuple[object, ...]]:
    return list(
        Observation.objects.filter(region__code="140921", year=2024, month=2)
        .order_by("indicator__code")
        .values_list("indicator__code", "value", "growth_reported", "status", "note")
    )


def _revisions() -> list[tuple[object, ...]]:
    return list(
        Revision.objects.filter(
            observation__region__code="140921", observation__year=2024, observation__month=2
        )
        .order_by("observation__indicator__code", "pk")
        .values_list(
            "observation__indicator__code",
            "action",
            "old_value",
            "new_value",
            "new_growth",
            "old_status",
            "new_status",
            "reason",
            "changed_by__username",
        )
    )


def _forget() -> None:
    Observation.objects.filter(region__code="140921", year=2024, month=2).delete()


FIGURES = {"fai": ("3.2", "3.9"), "retail": ("3.8", "5.0")}


@pytest.fixture
def as_reporter(client: Client, reporter: User) -> Client:
    client.force_login(reporter)
    return client


def test_form_and_file_store_the_same_figures_with_the_same_revisions(
    as_reporter: Client, reporter: User
) -> None:
    r = _form(as_reporter, "save", FIGURES)
    assert r.status_code in (200, 302)
    by_form, form_revisions = _stored(), _revisions()
    _forget()
    out = _file(reporter, FIGURES)
    assert out.accepted and out.written == 2
    assert (
        _stored()
        == by_form
        == [
            ("fai", Decimal("3.2"), Decimal("3.9"), "draft", ""),
            ("retail", Decimal("3.8"), Decimal("5.0"), "draft", ""),
        ]
    )
    assert _revisions() == form_revisions
    assert [(r[0], r[1], r[6]) for r in form_revisions] == [
        ("fai", "create", "draft"),
        ("retail", "create", "draft"),
    ]


def test_form_and_file_submit_alike_draft_then_submitted(
    as_reporter: Client, reporter: User
) -> None:
    """Submitting writes the drafts, then sends the unit-month to review: two revisions
    a figure, the same by either channel (the file used to write one, straight as submitted)."""
    r = _form(as_reporter, "submit", FIGURES)
    assert r.status_code in (200, 302)
    by_form, form_revisions = _stored(), _revisions()
    _forget()
    out = _file(reporter, FIGURES, submit=True)
    assert out.accepted
    assert _stored() == by_form
    assert {s[3] for s in by_form} == {"submitted"}
    assert _revisions() == form_revisions
    assert [(r[0], r[1], r[5], r[6]) for r in form_revisions] == [
        ("fai", "create", "", "draft"),
        ("fai", "status", "draft", "submitted"),
        ("retail", "create", "", "draft"),
        ("retail", "status", "draft", "submitted"),
    ]


def test_the_same_bad_value_reads_the_same_and_nothing_is_written(
    as_reporter: Client, reporter: User
) -> None:
    bad = {"fai": ("约1.7亿", "3.9")}
    r = _form(as_reporter, "save", bad)
    (by_form,) = [p for p in r.json()["problems"] if p["severity"] == "error"]
    out = _file(reporter, bad)
    (by_file,) = out.errors
    assert by_form["message"] == by_file.message == NOT_A_NUMBER
    assert by_form["code"] == by_file.code == "not_a_number"
    assert not Observation.objects.filter(region__code="140921", year=2024, month=2).exists()


def test_the_same_refused_figure_reads_the_same_by_form_and_file(
    as_reporter: Client, reporter: User
) -> None:
    """A negative investment: the check's message is one, whichever way it came."""
    bad = {"fai": ("-3.2", "3.9")}
    r = _form(as_reporter, "save", bad)
    by_form = sorted(p["message"] for p in r.json()["problems"] if p["severity"] == "error")
    out = _file(reporter, bad)
    assert by_form and by_form == sorted(p.message for p in out.errors)
    assert not Observation.objects.filter(region__code="140921", year=2024, month=2).exists()


def test_each_revision_of_a_file_points_to_its_batch_and_the_forms_to_none(
    as_reporter: Client, reporter: User
) -> None:
    out = _file(reporter, {"fai": ("3.2", "3.9")})
    _form(as_reporter, "save", {"fai": ("3.3", "3.9"), "retail": ("3.8", "5.0")})
    fai = Revision.objects.filter(
        observation__indicator__code="fai",
        observation__region__code="140921",
        observation__year=2024,
        observation__month=2,
    ).order_by("pk")
    assert [(r.action, r.origin) for r in fai] == [("create", out.batch), ("update", None)]
    assert isinstance(out.batch, ImportBatch)


def test_the_revision_history_links_the_batch(as_reporter: Client, reporter: User) -> None:
    out = _file(reporter, {"fai": ("3.2", "3.9")})
    obs = Observation.objects.get(indicator__code="fai", region__code="140921", year=2024, month=2)
    html = as_reporter.get(f"/intake/audit/observation/{obs.pk}/").content.decode()
    assert f'href="/intake/batch/{out.batch.pk}/"' in html
    assert "dx.xlsx" in html
