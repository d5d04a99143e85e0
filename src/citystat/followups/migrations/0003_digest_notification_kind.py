from django.db import migrations, models

# Existing rows are classified by the message prefix that followups.actions._notify wrote.
PREFIXES = [("新督办:", "raise"), ("督办已办结:", "close"), ("督办升级(", "escalate")]


def classify(message: str) -> str:
    for prefix, kind in PREFIXES:
        if message.startswith(prefix):
            return kind
    if "已答复:" in message:
        return "answer"
    return "other"


def forwards(apps, schema_editor):
    Notification = apps.get_model("followups", "Notification")
    for n in Notification.objects.only("id", "message").iterator():
        kind = classify(n.message)
        if kind != "other":
            Notification.objects.filter(pk=n.pk).update(kind=kind)


class Migration(migrations.Migration):
    dependencies = [("followups", "0002_default_rules")]

    operations = [
        migrations.AddField(
            model_name="notification",
            name="kind",
            field=models.CharField(
                choices=[
                    ("raise", "新督办"),
                    ("answer", "已答复"),
                    ("close", "已办结"),
                    ("escalate", "升级"),
                    ("other", "其他"),
                ],
                default="other",
                max_length=10,
                verbose_name="类别",
            ),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
