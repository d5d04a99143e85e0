# The derived figures keyed by their cell (indicator, region, year, month) instead of an id
# plus a unique constraint on the cell: one index fewer to build and one column fewer to
# write at every full rebuild (docs/performance.md). Django does not migrate a table to a
# composite primary key, so the table is made afresh from the new model and its rows
# copied over (it is a cache: `citystat compute` would rebuild it as well). Irreversible.

from django.db import migrations, models


def rekey(apps, schema_editor):
    model = apps.get_model("observations", "DerivedFigure")
    table = model._meta.db_table
    q = schema_editor.quote_name
    names = ", ".join(q(f.column) for f in model._meta.local_concrete_fields if f.column)
    kept = "citystat_derived_rekey"
    schema_editor.execute(f"DROP TABLE IF EXISTS {q(kept)}")
    schema_editor.execute(f"CREATE TEMPORARY TABLE {q(kept)} AS SELECT {names} FROM {q(table)}")
    schema_editor.execute(f"DROP TABLE {q(table)}")
    schema_editor.create_model(model)  # its other indexes are built after the copy (deferred)
    schema_editor.execute(f"INSERT INTO {q(table)} ({names}) SELECT {names} FROM {q(kept)}")
    schema_editor.execute(f"DROP TABLE {q(kept)}")


class Migration(migrations.Migration):
    dependencies = [
        ("observations", "0008_scale15_derived_region_index"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveConstraint(
                    model_name="derivedfigure",
                    name="derived_unique_period",
                ),
                migrations.RemoveField(
                    model_name="derivedfigure",
                    name="id",
                ),
                migrations.AddField(
                    model_name="derivedfigure",
                    name="pk",
                    field=models.CompositePrimaryKey(
                        "indicator",
                        "region",
                        "year",
                        "month",
                        blank=True,
                        editable=False,
                        primary_key=True,
                        serialize=False,
                    ),
                ),
            ],
        ),
        migrations.RunPython(rekey),
    ]
