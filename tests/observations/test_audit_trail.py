"""The audit trail holds: nothing approved is erased or hand-edited in the admin, derived
figures are read-only there, and whoever entered or submitted a figure cannot approve it."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from citystat.accounts.actions import create_user
from citystat.accounts.models import User
from citystat.indicators.models import Indicator
from citystat.intake import actions as intake
from citystat.observations.actions import (
    FourEyesError,
    approve_observations,
    record_observation,
    submit_observations,
)
from citystat.observations.models import DerivedFigure, Observation, Revision, Status
from citystat.regions.models import Region

pytestmark = pytest.mark.django_db


def _user(name: str) -> User:
    return User.objects.get(username=name)


def _approved() -> Observation:
    return Observation.objects.get(
        indicator__code="retail", region__code="140921", year=2023, month=6
    )


def _admin_client(client):  # type: ignore[no-untyped-def]
    client.force_login(_user("admin"))
    return client


def _change_form(obs: Observation, **values: str) -> dict[str, object]:
    return {
        "indicator": obs.indicator_id,
        "region": obs.region_id,
        "year": obs.year,
        "month": obs.month,
        "value": values.get("value", str(obs.value)),
        "growth_reported": values.get("growth_reported", str(obs.growth_reported)),
        "source": obs.source,
        "source_url": obs.source_url,
        "note": obs.note,
        "revisions-TOTAL_FORMS": "0",
        "revisions-INITIAL_FORMS": "0",
        "reason": values.get("reason", "更正录入错误"),
    }


def test_an_approved_figure_cannot_be_edited_or_deleted_in_the_admin(client) -> None:
    c = _admin_client(client)
    obs = _approved()
    revisions = obs.revisions.count()
    url = f"/admin/observations/observation/{obs.pk}/"
    assert c.get(url + "change/").status_code == 200  # view only
    assert c.post(url + "change/", _change_form(obs, value="99.99")).status_code == 403
    assert c.post(url + "delete/", {"post": "yes"}).status_code == 403
    # The bulk action is gone, and posting it anyway deletes nothing.
    page = c.get("/admin/observations/observation/").content.decode()
    assert "delete_selected" not in page
    c.post(
        "/admin/observations/observation/",
        {"action": "delete_selected", "_selected_action": [obs.pk], "post": "yes"},
    )
    obs.refresh_from_db()
    assert (obs.value, obs.status, obs.revisions.count()) == (
        _approved().value,
        Status.APPROVED,
        revisions,
    )


def test_revisions_cannot_be_added_changed_or_deleted_in_the_admin(client) -> None:
    c = _admin_client(client)
    rev = _approved().revisions.first()
    assert rev is not None
    url = f"/admin/observations/revision/{rev.pk}/"
    assert c.get(url + "change/").status_code == 200
    assert c.post(url + "change/", {"reason": "抹掉"}).status_code == 403
    assert c.post(url + "delete/", {"post": "yes"}).status_code == 403
    assert c.get("/admin/observations/revision/add/").status_code == 403
    rev.refresh_from_db()
    assert Revision.objects.filter(pk=rev.pk, reason=rev.reason).exists()


def test_derived_figures_are_not_in_the_admin(client) -> None:
    """Keyed by their cell (a composite primary key), which Django's admin cannot list: the
    engine's output is read on the pages and through the API, and written only by it."""
    c = _admin_client(client)
    figure = DerivedFigure.objects.filter(region__code="140921", year=2023).first()
    assert figure is not None
    before = (figure.value, figure.growth)
    assert c.get("/admin/observations/derivedfigure/").status_code == 404
    assert c.get("/admin/observations/derivedfigure/add/").status_code == 404
    figure.refresh_from_db()
    assert (figure.value, figure.growth) == before


def test_a_draft_is_edited_in_the_admin_with_a_revision_but_never_approved_there(client) -> None:
    draft = record_observation(
        indicator=Indicator.objects.get(code="fai"),
        region=Region.objects.get(code="140921"),
        year=2024,
        month=2,
        value=Decimal("3.2"),
        user=_user("reporter_140921"),
    )
    c = _admin_client(client)
    form = _change_form(draft, value="3.3", growth_reported="")
    form["status"] = Status.APPROVED  # read-only field: ignored
    r = c.post(f"/admin/observations/observation/{draft.pk}/change/", form)
    assert r.status_code == 302, r.content.decode()[:2000]
    draft.refresh_from_db()
    assert (draft.value, draft.status) == (Decimal("3.3"), Status.DRAFT)
    last = draft.revisions.first()
    assert last is not None
    assert (last.old_value, last.new_value, last.changed_by, last.reason) == (
        Decimal("3.2"),
        Decimal("3.3"),
        _user("admin"),
        "更正录入错误",
    )
    # Not even a draft is deleted here: its revisions would go with it.
    r = c.post(f"/admin/observations/observation/{draft.pk}/delete/", {"post": "yes"})
    assert r.status_code == 403
    assert Observation.objects.filter(pk=draft.pk).exists()


def _entered_and_submitted_by(user: User) -> Observation:
    obs = record_observation(
        indicator=Indicator.objects.get(code="fai"),
        region=Region.objects.get(code="140921"),
        year=2024,
        month=2,
        value=Decimal("3.2"),
        user=user,
    )
    submit_observations([obs], user=user)
    return obs


def test_the_one_who_entered_and_submitted_a_figure_cannot_approve_it() -> None:
    admin = _user("admin")
    obs = _entered_and_submitted_by(admin)
    with pytest.raises(FourEyesError) as exc:
        approve_observations([obs], user=admin)
    assert str(exc.value) == (
        "定襄县“固定资产投资”2024年1-2月由您本人填报或报送,按“四眼原则”须由另一位审核人审核通过。"
    )
    obs.refresh_from_db()
    assert obs.status == Status.SUBMITTED
    assert approve_observations([obs], user=_user("reviewer")) == 1


def test_the_submitter_cannot_approve_what_someone_else_entered() -> None:
    reviewer2 = create_user(username="reviewer2", password="Ab3$-long-enough", role="reviewer")
    obs = record_observation(
        indicator=Indicator.objects.get(code="fai"),
        region=Region.objects.get(code="140921"),
        year=2024,
        month=2,
        value=Decimal("3.2"),
        user=_user("reporter_140921"),
    )
    submit_observations([obs], user=_user("admin"))
    with pytest.raises(FourEyesError):
        approve_observations([obs], user=_user("admin"))
    assert approve_observations([obs], user=reviewer2) == 1


def test_who_corrects_an_approved_figure_cannot_approve_the_correction() -> None:
    reviewer = _user("reviewer")
    obs = _approved()
    corrected = record_observation(
        indicator=obs.indicator,
        region=obs.region,
        year=obs.year,
        month=obs.month,
        value=obs.value + Decimal("0.1"),
        growth_reported=obs.growth_reported,
        user=reviewer,
        reason="复核更正",
    )
    assert corrected.status == Status.SUBMITTED
    with pytest.raises(FourEyesError):
        approve_observations([corrected], user=reviewer)
    assert approve_observations([corrected], user=_user("admin")) == 1
    # Once approved, the next cycle starts clean: the earlier approver may enter again later.


def test_the_review_page_and_the_api_refuse_a_self_approval_with_the_reason(client) -> None:
    admin = _admin_client(client)
    _entered_and_submitted_by(_user("admin"))
    r = admin.post("/intake/review/140921/2024-02/", {"action": "approve"}, follow=True)
    assert "四眼原则" in r.content.decode()
    r = admin.post(
        "/api/periods/140921/2024-02/approve/", json.dumps({}), content_type="application/json"
    )
    assert r.status_code == 409 and "四眼原则" in r.json()["error"]
    assert (
        Observation.objects.get(
            region__code="140921", indicator__code="fai", year=2024, month=2
        ).status
        == Status.SUBMITTED
    )


def test_a_deployment_may_turn_four_eyes_off(settings) -> None:
    settings.FOUR_EYES = False
    admin = _user("admin")
    obs = _entered_and_submitted_by(admin)
    assert approve_observations([obs], user=admin) == 1
    assert intake.approve_period is not None  # the same action serves the pages and the API
