"""One audit shape: every domain's actions (and the admin) write one AuditLog row each,
with the acting user, the reason, the event and the values before and after."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.contrib import admin
from django.db import models
from django.forms import MultiWidget
from django.test import RequestFactory

from citystat.accounts.actions import create_user
from citystat.accounts.models import User
from citystat.audit.models import AuditLog, Domain, EventType
from citystat.indicators.actions import upsert_dimension
from citystat.indicators.models import Dimension, Indicator, LeadUnit, LightRule
from citystat.intake import actions as intake_actions
from citystat.intake.models import ValidationRule
from citystat.observations.actions import (
    ObservationInput,
    approve_observations,
    bulk_create_observations,
    record_observation,
    return_observations,
    submit_observations,
)
from citystat.observations.models import Observation, Source
from citystat.regions.actions import LeadUnitEntry, set_lead_units, upsert_region
from citystat.regions.models import Region
from citystat.targets.actions import set_target

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_log() -> None:
    """Start from an empty log: the demo load wrote its own rows (rolled back after)."""
    AuditLog.objects.all().delete()


def _user(name: str) -> User:
    return User.objects.get(username=name)


def _log(obj: models.Model) -> list[AuditLog]:
    return list(
        AuditLog.objects.filter(object_model=obj._meta.label, object_id=str(obj.pk)).order_by("id")
    )


def _summary(row: AuditLog) -> tuple[object, ...]:
    return (row.event_type, row.domain, row.acting_user, row.reason)


def test_every_step_of_a_figure_is_one_audit_row_with_user_reason_and_values() -> None:
    reporter, reviewer = _user("reporter_140921"), _user("reviewer")
    fai, county = Indicator.objects.get(code="fai"), Region.objects.get(code="140921")
    obs = record_observation(
        indicator=fai,
        region=county,
        year=2031,
        month=3,
        value=Decimal("3.20"),
        user=reporter,
        reason="首次填报",
    )
    submit_observations([obs], user=reporter, explanation="按期报送")
    approve_observations([obs], user=reviewer)
    record_observation(
        indicator=fai,
        region=county,
        year=2031,
        month=3,
        value=Decimal("3.4"),
        user=reporter,
        reason="统计局反馈口径调整",
    )
    return_observations([Observation.objects.get(pk=obs.pk)], user=reviewer, reason="请附调整依据")
    rows = _log(obs)
    assert [_summary(r) for r in rows] == [
        (EventType.OBSERVATION_CREATED, Domain.OBSERVATIONS, reporter, "首次填报"),
        (EventType.OBSERVATION_SUBMITTED, Domain.OBSERVATIONS, reporter, "按期报送"),
        (EventType.OBSERVATION_APPROVED, Domain.OBSERVATIONS, reviewer, "审核通过"),
        (EventType.OBSERVATION_REVISED, Domain.OBSERVATIONS, reporter, "统计局反馈口径调整"),
        (EventType.OBSERVATION_RETURNED, Domain.OBSERVATIONS, reviewer, "请附调整依据"),
    ]

    def figures(value: str, status: str) -> dict[str, Any]:
        return {"value": value, "growth": None, "status": status}

    assert [r.extra_data for r in rows] == [
        {"new": figures("3.2", "draft"), "source": "form"},
        {"old": figures("3.2", "draft"), "new": figures("3.2", "submitted")},
        {"old": figures("3.2", "submitted"), "new": figures("3.2", "approved")},
        {"old": figures("3.2", "approved"), "new": figures("3.4", "submitted"), "source": "form"},
        {"old": figures("3.4", "submitted"), "new": figures("3.4", "returned")},
    ]
    assert rows[0].object_repr == "fai 140921 2031-03"
    # The value history the pages read stays in Revision, one per step as before.
    assert obs.revisions.count() == 5


def test_a_bulk_load_of_figures_is_one_audit_row_with_its_count() -> None:
    planner = _user("admin")
    fai, county = Indicator.objects.get(code="fai"), Region.objects.get(code="140921")
    n = bulk_create_observations(
        [ObservationInput(fai, county, 2032, m, Decimal(m), source=Source.IMPORT) for m in (3, 4)],
        user=planner,
        reason="年报导入",
    )
    (row,) = AuditLog.objects.filter(event_type=EventType.OBSERVATIONS_LOADED)
    assert (n, _summary(row), row.extra_data, row.object_id) == (
        2,
        (EventType.OBSERVATIONS_LOADED, Domain.OBSERVATIONS, planner, "年报导入"),
        {"count": 2},
        "",
    )


def test_a_target_change_is_one_audit_row_with_the_versions_before_and_after() -> None:
    planner = _user("admin")
    fai, county = Indicator.objects.get(code="fai"), Region.objects.get(code="140921")
    first = set_target(
        indicator=fai,
        region=county,
        year=2031,
        target_value=Decimal("10.0"),
        user=planner,
        reason="年初计划",
        recompute=False,
    )
    second = set_target(
        indicator=fai,
        region=county,
        year=2031,
        target_value=Decimal("12.5"),
        user=planner,
        reason="年中调整",
        recompute=False,
    )
    ((created,), (changed,)) = _log(first), _log(second)
    assert _summary(created) == (EventType.TARGET_SET, Domain.TARGETS, planner, "年初计划")
    assert created.extra_data == {
        "new": {"target_value": "10", "target_growth": None, "version": 1}
    }
    assert _summary(changed) == (EventType.TARGET_SET, Domain.TARGETS, planner, "年中调整")
    assert changed.extra_data == {
        "old": {"target_value": "10", "target_growth": None, "version": 1},
        "new": {"target_value": "12.5", "target_growth": None, "version": 2},
    }


def test_a_catalogue_change_records_only_the_fields_that_changed() -> None:
    admin_user = _user("admin")
    dimension = Dimension.objects.order_by("sort_order").first()
    assert dimension is not None
    old_name = dimension.name
    upsert_dimension(
        code=dimension.code,
        name="经济发展质量",
        sort_order=dimension.sort_order,
        description=dimension.description,
        user=admin_user,
        reason="按新版考核办法更名",
    )
    (row,) = _log(dimension)
    assert _summary(row) == (
        EventType.CATALOGUE_CHANGED,
        Domain.CATALOGUE,
        admin_user,
        "按新版考核办法更名",
    )
    assert row.extra_data == {"old": {"name": old_name}, "new": {"name": "经济发展质量"}}
    # Saving the same values again changes nothing and writes nothing.
    upsert_dimension(
        code=dimension.code,
        name="经济发展质量",
        sort_order=dimension.sort_order,
        description=dimension.description,
        user=admin_user,
    )
    assert len(_log(dimension)) == 1


def test_a_lead_unit_is_audited_in_the_catalogue() -> None:
    admin_user = _user("admin")
    fai, county = Indicator.objects.get(code="fai"), Region.objects.get(code="140922")
    LeadUnit.objects.filter(indicator=fai, region=county).delete()
    set_lead_units(
        [LeadUnitEntry(subject="fai", region="140922", unit="五台县发展和改革局")],
        user=admin_user,
        reason="县里调整牵头单位",
    )
    (row,) = _log(LeadUnit.objects.get(indicator=fai, region=county))
    assert _summary(row) == (
        EventType.CATALOGUE_CREATED,
        Domain.CATALOGUE,
        admin_user,
        "县里调整牵头单位",
    )
    assert row.extra_data == {
        "new": {
            "indicator": fai.pk,
            "dimension": None,
            "region": county.pk,
            "unit": "五台县发展和改革局",
        }
    }


def test_a_region_is_audited_when_created_and_when_renamed() -> None:
    admin_user = _user("admin")
    city = Region.objects.get(code="140900")
    fields: dict[str, Any] = {"level": "county", "kind": "county", "parent": city}
    region = upsert_region(
        code="149901", name="示例新区", user=admin_user, reason="区划调整", **fields
    )
    upsert_region(code="149901", name="示例新区(更名)", user=admin_user, reason="更名", **fields)
    created, renamed = _log(region)
    assert _summary(created) == (EventType.REGION_CREATED, Domain.REGIONS, admin_user, "区划调整")
    new = created.extra_data["new"]
    assert (new["code"], new["name"], new["parent"], new["level"]) == (
        "149901",
        "示例新区",
        city.pk,
        "county",
    )
    assert _summary(renamed) == (EventType.REGION_CHANGED, Domain.REGIONS, admin_user, "更名")
    assert renamed.extra_data == {"old": {"name": "示例新区"}, "new": {"name": "示例新区(更名)"}}


def test_a_new_user_is_audited_without_the_password() -> None:
    admin_user = _user("admin")
    county = Region.objects.get(code="140921")
    user = create_user(
        username="audit_newcomer",
        password="Ln7!qw-citystat-2031",
        role="reporter",
        regions=[county],
        unit_name="定襄县统计局",
        by=admin_user,
        reason="新入职填报员",
    )
    (row,) = _log(user)
    assert _summary(row) == (EventType.USER_CREATED, Domain.USERS, admin_user, "新入职填报员")
    new = row.extra_data["new"]
    assert "password" not in new and "last_login" not in new
    assert (new["username"], new["role"], new["regions"], new["is_staff"]) == (
        "audit_newcomer",
        "reporter",
        [county.pk],
        False,
    )
    assert row.object_repr == "audit_newcomer(填报员)"


def test_a_validation_rule_change_is_audited_with_the_changed_fields() -> None:
    admin_user = _user("admin")
    rule = ValidationRule.objects.order_by("id").first()
    assert rule is not None
    old_message = rule.message
    rule.message = "请核对两项指标的口径"
    intake_actions.save_rule(rule=rule, user=admin_user, reason="提示更清楚")
    (row,) = _log(rule)
    assert _summary(row) == (EventType.RULE_CHANGED, Domain.RULES, admin_user, "提示更清楚")
    assert row.extra_data == {
        "old": {"message": old_message},
        "new": {"message": "请核对两项指标的口径"},
    }


# --- the admin --------------------------------------------------------------------------


def _admin_form(obj: models.Model, **changes: object) -> dict[str, Any]:
    """The admin change form of ``obj`` as a browser would post it, with ``changes``."""
    request = RequestFactory().get("/")
    request.user = _user("admin")
    form = admin.site._registry[type(obj)].get_form(request, obj)(instance=obj)
    data: dict[str, Any] = {}
    for bound in form:
        value = bound.value()
        if isinstance(bound.field.widget, MultiWidget):
            for i, part in enumerate(bound.field.widget.decompress(value)):
                data[f"{bound.html_name}_{i}"] = "" if part is None else str(part)
        elif isinstance(value, bool):
            if value:
                data[bound.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[bound.html_name] = [str(v) for v in value]
        else:
            data[bound.html_name] = "" if value is None else str(value)
    data.update(changes)
    return {k: v for k, v in data.items() if v is not False}


def test_an_indicator_edited_in_the_admin_records_the_user_and_the_reason(client) -> None:
    admin_user = _user("admin")
    client.force_login(admin_user)
    indicator = Indicator.objects.get(code="fai")
    old = indicator.description
    url = f"/admin/indicators/indicator/{indicator.pk}/change/"
    inline = {"aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0"}
    form = _admin_form(indicator, description="含农户投资", **inline)
    # Without a reason the form is refused and nothing is written.
    refused = client.post(url, {**form, "reason": ""})
    assert refused.status_code == 200 and "这个字段是必填项" in refused.content.decode()
    assert _log(indicator) == []
    r = client.post(url, {**form, "reason": "按统计制度更新解释"})
    assert r.status_code == 302, r.content.decode()[:3000]
    (row,) = _log(indicator)
    assert _summary(row) == (
        EventType.CATALOGUE_CHANGED,
        Domain.CATALOGUE,
        admin_user,
        "按统计制度更新解释",
    )
    assert row.extra_data == {"old": {"description": old}, "new": {"description": "含农户投资"}}


def test_a_role_change_in_the_admin_is_its_own_event(client) -> None:
    admin_user = _user("admin")
    client.force_login(admin_user)
    user = _user("reporter_140921")
    form = _admin_form(user, role="reviewer", reason="调任审核岗")
    r = client.post(f"/admin/accounts/user/{user.pk}/change/", form)
    assert r.status_code == 302, r.content.decode()[:3000]
    (row,) = _log(user)[-1:]
    assert _summary(row) == (EventType.USER_ROLE_CHANGED, Domain.USERS, admin_user, "调任审核岗")
    assert row.extra_data == {"old": {"role": "reporter"}, "new": {"role": "reviewer"}}


def test_a_light_rule_edited_and_deleted_in_the_admin_is_audited(client) -> None:
    admin_user = _user("admin")
    client.force_login(admin_user)
    rule = LightRule.objects.get(is_active=True)
    url = f"/admin/indicators/lightrule/{rule.pk}/"
    r = client.post(url + "change/", _admin_form(rule, note="试行", reason="试行说明"))
    assert r.status_code == 302, r.content.decode()[:3000]
    (changed,) = _log(rule)
    assert _summary(changed) == (EventType.RULE_CHANGED, Domain.RULES, admin_user, "试行说明")
    assert changed.extra_data["new"] == {"note": "试行"}
    pk = rule.pk
    assert client.post(url + "delete/", {"post": "yes"}).status_code == 302
    (deleted,) = AuditLog.objects.filter(object_id=str(pk), event_type=EventType.RULE_DELETED)
    assert (deleted.acting_user, deleted.reason, deleted.extra_data["old"]["code"]) == (
        admin_user,
        "管理后台删除",
        rule.code,
    )


def test_the_audit_log_is_read_only_in_the_admin_and_filtered(client) -> None:
    admin_user = _user("admin")
    client.force_login(admin_user)
    dimension = Dimension.objects.order_by("sort_order").first()
    assert dimension is not None
    upsert_dimension(
        code=dimension.code,
        name="审计更名",
        sort_order=dimension.sort_order,
        description=dimension.description,
        user=admin_user,
        reason="审计页面测试",
    )
    (row,) = _log(dimension)
    base = "/admin/audit/auditlog/"
    listed = client.get(base, {"domain": "catalogue", "acting_user__id__exact": admin_user.pk})
    assert listed.status_code == 200
    page = listed.content.decode()
    assert "审计页面测试" in page and 'value="delete_selected"' not in page
    other = client.get(base, {"domain": "users"}).content.decode()
    assert "审计页面测试" not in other
    today = row.event_time.date()
    dated = client.get(base, {"event_time__year": today.year, "event_time__month": today.month})
    assert "审计页面测试" in dated.content.decode()
    detail = client.get(f"{base}{row.pk}/change/")
    assert detail.status_code == 200 and "审计更名" in detail.content.decode()
    assert client.get(f"{base}add/").status_code == 403
    assert client.post(f"{base}{row.pk}/change/", {"reason": "改掉"}).status_code == 403
    assert client.post(f"{base}{row.pk}/delete/", {"post": "yes"}).status_code == 403
    assert client.post(
        base, {"action": "delete_selected", "_selected_action": [row.pk], "post": "yes"}
    ).status_code in (200, 302)
    row.refresh_from_db()
    assert row.reason == "审计页面测试"


def test_an_edit_in_the_indicator_list_is_audited_with_the_list_reason(client) -> None:
    admin_user = _user("admin")
    client.force_login(admin_user)
    indicator = Indicator.objects.get(code="fai")
    old = indicator.lead_unit
    r = client.post(
        "/admin/indicators/indicator/?q=fai",
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-MIN_NUM_FORMS": "0",
            "form-MAX_NUM_FORMS": "1000",
            "form-0-id": str(indicator.pk),
            "form-0-lead_unit": "市发展和改革委员会(投资科)",
            "_save": "保存",
        },
    )
    assert r.status_code == 302, r.content.decode()[:3000]
    (row,) = _log(indicator)
    assert _summary(row) == (
        EventType.CATALOGUE_CHANGED,
        Domain.CATALOGUE,
        admin_user,
        "管理后台列表页修改",
    )
    assert row.extra_data == {
        "old": {"lead_unit": old},
        "new": {"lead_unit": "市发展和改革委员会(投资科)"},
    }


def test_a_password_set_in_the_admin_is_audited_without_the_hash(client) -> None:
    admin_user = _user("admin")
    client.force_login(admin_user)
    user = _user("reporter_140921")
    new = "Qp4!citystat-reset-2031"
    r = client.post(
        f"/admin/accounts/user/{user.pk}/password/",
        {"password1": new, "password2": new, "set_usable_password": "true"},
    )
    assert r.status_code == 302, r.content.decode()[:3000]
    (row,) = _log(user)
    assert _summary(row) == (
        EventType.USER_PASSWORD_CHANGED,
        Domain.USERS,
        admin_user,
        "管理后台重设密码",
    )
    assert row.extra_data == {}


def test_the_rules_page_and_a_users_page_read_the_audit_log(client) -> None:
    admin_user = _user("admin")
    rule = ValidationRule.objects.order_by("id").first()
    assert rule is not None
    rule.message = "请核对口径"
    intake_actions.save_rule(rule=rule, user=admin_user, reason="提示改写")
    client.force_login(admin_user)
    rules_page = client.get("/intake/rules/").content.decode()
    assert "提示改写" in rules_page and "修改规则" in rules_page
    own = client.get("/intake/audit/user/admin/").content.decode()
    assert 'id="changes"' in own and "提示改写" in own
