"""Revision.origin: the import batch or text document a change came from (generic, nullable)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("observations", "0003_causes_explanation"),
    ]

    operations = [
        migrations.AddField(
            model_name="revision",
            name="origin_type",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="contenttypes.contenttype",
                verbose_name="来源记录类型",
            ),
        ),
        migrations.AddField(
            model_name="revision",
            name="origin_id",
            field=models.PositiveBigIntegerField(
                blank=True, null=True, verbose_name="来源记录编号"
            ),
        ),
    ]
