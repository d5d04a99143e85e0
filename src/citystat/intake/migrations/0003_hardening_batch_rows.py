from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("intake", "0002_seed_rules")]

    operations = [
        migrations.AddField(
            model_name="importbatch",
            name="rows",
            field=models.JSONField(blank=True, default=list, verbose_name="预检数据行"),
        ),
    ]
