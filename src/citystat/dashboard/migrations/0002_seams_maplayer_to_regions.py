"""MapLayer now lives in regions (regions 0003_seams_maplayer); the table is kept."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("dashboard", "0001_initial"),
        ("regions", "0003_seams_maplayer"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="MapLayer")],
            database_operations=[],
        ),
    ]
