from decimal import Decimal

from django.db import migrations

RULES = [
    (
        "urban-le-total-population",
        "城镇人口不超过常住人口",
        "urban_population",
        "<=",
        "population",
        "error",
        "城镇常住人口不应大于常住人口,请核对两项数值",
    ),
    (
        "import-le-trade",
        "进口不超过进出口总额",
        "import",
        "<=",
        "trade",
        "warning",
        "进口总额不应大于进出口总额,请核对",
    ),
    (
        "rural-retail-le-retail",
        "乡村零售额不超过社零总额",
        "retail_rural",
        "<=",
        "retail",
        "warning",
        "乡村消费品零售额不应大于社会消费品零售总额,请核对",
    ),
]


def seed(apps, schema_editor):
    rule_model = apps.get_model("intake", "ValidationRule")
    for code, name, left, op, right, severity, message in RULES:
        rule_model.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "left": left,
                "operator": op,
                "right": right,
                "severity": severity,
                "message": message,
                "tolerance": Decimal("0.01"),
            },
        )


def unseed(apps, schema_editor):
    apps.get_model("intake", "ValidationRule").objects.filter(
        code__in=[r[0] for r in RULES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("intake", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
