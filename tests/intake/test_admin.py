"""The admin: only administrators administer; rule edits there are audited."""

from __future__ import annotations

import pytest

from citystat.audit.models import AuditLog, EventType
from citystat.intake.models import ValidationRule

pytestmark = pytest.mark.django_db


def test_a_reviewer_sees_no_admin_models(client, django_user_model):
    client.force_login(django_user_model.objects.get(username="reviewer"))
    assert client.get("/admin/observations/observation/").status_code == 403
    assert client.get("/admin/intake/validationrule/").status_code == 403


def test_an_administrator_adds_a_rule_in_the_admin_and_it_is_audited(client, django_user_model):
    admin = django_user_model.objects.get(username="admin")
    client.force_login(admin)
    r = client.post(
        "/admin/intake/validationrule/add/",
        {
            "code": "tax-le-fiscal",
            "name": "税收不超过一般公共预算收入",
            "left": "tax_revenue",
            "operator": "<=",
            "right": "fiscal_revenue",
            "tolerance": "0",
            "severity": "warning",
            "message": "税收收入不应大于一般公共预算收入",
            "is_active": "on",
            "reason": "税收口径核对",
        },
    )
    assert r.status_code == 302, r.content.decode()[:2000]
    rule = ValidationRule.objects.get(code="tax-le-fiscal")
    logged = AuditLog.objects.filter(object_model="intake.ValidationRule", object_id=str(rule.pk))
    (change,) = logged
    assert (change.event_type, change.acting_user, change.reason) == (
        EventType.RULE_CREATED,
        admin,
        "税收口径核对",
    )
    assert "old" not in change.extra_data
    client.post(f"/admin/intake/validationrule/{rule.pk}/delete/", {"post": "yes"})
    assert not ValidationRule.objects.filter(code="tax-le-fiscal").exists()
    (deleted,) = logged.filter(event_type=EventType.RULE_DELETED)
    assert (deleted.reason, deleted.extra_data["old"]["code"]) == ("管理后台删除", "tax-le-fiscal")


def test_the_admin_refuses_a_rule_on_an_unknown_indicator_and_saves_nothing(
    client, django_user_model
):
    client.force_login(django_user_model.objects.get(username="admin"))
    logged_before = AuditLog.objects.count()
    r = client.post(
        "/admin/intake/validationrule/add/",
        {
            "code": "no-such",
            "name": "未知指标",
            "left": "no_such_indicator",
            "operator": "<=",
            "right": "fiscal_revenue",
            "tolerance": "0",
            "severity": "warning",
            "message": "不应出现",
            "is_active": "on",
            "reason": "新增核对规则",
        },
    )
    assert r.status_code == 200
    assert "no_such_indicator" in r.content.decode()
    assert not ValidationRule.objects.filter(code="no-such").exists()
    assert AuditLog.objects.count() == logged_before
