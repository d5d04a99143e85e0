"""Rule changes move into the one audit log (audit.AuditLog); RuleChange goes away.

Each RuleChange row becomes one AuditLog row of the rules domain with the same time,
acting user, reason and old/new values (event 601/602/603 for create/update/delete).
Reversible: going back recreates RuleChange from those audit rows.
"""

from django.db import migrations

EVENTS = {"create": 601, "update": 602, "delete": 603}
LABEL = "intake.ValidationRule"


def forward(apps, schema_editor):
    RuleChange = apps.get_model("intake", "RuleChange")
    ValidationRule = apps.get_model("intake", "ValidationRule")
    AuditLog = apps.get_model("audit", "AuditLog")
    ids = dict(ValidationRule.objects.values_list("code", "id"))
    rows = []
    for change in RuleChange.objects.order_by("changed_at", "id"):
        extra = {}
        if change.old is not None:
            extra["old"] = change.old
        if change.new is not None:
            extra["new"] = change.new
        rows.append(
            AuditLog(
                event_type=EVENTS.get(change.action, 602),
                domain="rules",
                event_time=change.changed_at,
                acting_user_id=change.changed_by_id,
                object_model=LABEL,
                object_id=str(ids.get(change.rule_code, "")),
                object_repr=change.rule_code,
                reason=change.reason,
                extra_data=extra,
            )
        )
    AuditLog.objects.bulk_create(rows)


def backward(apps, schema_editor):
    RuleChange = apps.get_model("intake", "RuleChange")
    AuditLog = apps.get_model("audit", "AuditLog")
    actions = {v: k for k, v in EVENTS.items()}
    for row in AuditLog.objects.filter(domain="rules", object_model=LABEL).order_by("id"):
        change = RuleChange.objects.create(
            rule_code=row.object_repr.split(":")[0][:40],
            action=actions[row.event_type],
            changed_by_id=row.acting_user_id,
            old=row.extra_data.get("old"),
            new=row.extra_data.get("new"),
            reason=row.reason,
        )
        RuleChange.objects.filter(pk=change.pk).update(changed_at=row.event_time)
    AuditLog.objects.filter(domain="rules", object_model=LABEL).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0004_coherence_one_rule_per_check"),
        ("audit", "0001_audit_log"),
    ]

    operations = [
        migrations.RunPython(forward, backward),
        migrations.DeleteModel(name="RuleChange"),
    ]
