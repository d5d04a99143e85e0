"""MapLayer moves from dashboard to regions; its table (dashboard_maplayer) stays as it is."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("regions", "0002_province_comparison"),
        ("dashboard", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="MapLayer",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("name", models.CharField(max_length=80, verbose_name="名称")),
                        ("geojson", models.TextField(verbose_name="边界数据(GeoJSON)")),
                        ("feature_count", models.PositiveIntegerField(verbose_name="要素数")),
                        (
                            "original_filename",
                            models.CharField(blank=True, max_length=200, verbose_name="原文件名"),
                        ),
                        ("checksum", models.CharField(max_length=64, verbose_name="SHA-256")),
                        (
                            "uploaded_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="上传时间"),
                        ),
                        ("is_active", models.BooleanField(default=True, verbose_name="启用")),
                        (
                            "uploaded_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="上传人",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "地图边界",
                        "verbose_name_plural": "地图边界",
                        "ordering": ["-uploaded_at", "-id"],
                        "db_table": "dashboard_maplayer",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
