"""The admin: only administrators administer; rule edits there are audited."""

from __future__ import annotations

import pytest

from citystat.intake.models import RuleChange, ValidationRule

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
        },
    )
    assert r.status_code == 302, r.content.decode()[:2000]
    rule = ValidationRule.objects.get(code="tax-le-fiscal")
    (change,) = RuleChange.objects.filter(rule_code="tax-le-fiscal")
    assert (change.action, change.changed_by, change.old) == ("create", admin, None)
    client.post(f"/admin/intake/validationrule/{rule.pk}/delete/", {"post": "yes"})
    assert not ValidationRule.objects.filter(code="tax-le-fiscal").exists()
    assert RuleChange.objects.filter(rule_code="tax-le-fiscal", action="delete").count() == 1


def test_the_admin_refuses_a_rule_on_an_unknown_indicator_and_saves_nothing(
    client, django_user_model
):
    client.force_login(django_user_model.objects.get(username="admin"))
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
        },
    )
    assert r.status_code == 200
    assert "no_such_indicator" in r.content.decode()
    assert not ValidationRule.objects.filter(code="no-such").exists()
    assert not RuleChange.objects.filter(rule_code="no-such").exists()
