"""One rule per check (issue 11): drop the seeded hand-written rules the hierarchy now generates.

``urban-le-total-population`` is the generated 其中 rule (城镇常住人口 ⊂ 常住人口);
``import-le-trade`` and ``rural-retail-le-retail`` are the generated composition rule
(出口 + 进口 = 进出口, 城镇 + 乡村 = 社零, and a part alone never exceeds its whole). A seeded
rule an administrator has since edited is kept. In their place, hand-written rules the
hierarchy cannot express: 城镇化率 from the two populations, and 全体居民 income between the
rural and the urban one.
"""

from decimal import Decimal

from django.db import migrations

DUPLICATES = [
    ("urban-le-total-population", "urban_population", "<=", "population"),
    ("import-le-trade", "import", "<=", "trade"),
    ("rural-retail-le-retail", "retail_rural", "<=", "retail"),
]

RULES = [
    (
        "urbanisation-from-population",
        "城镇化率等于城镇人口占常住人口比重",
        "urbanisation",
        "==",
        "urban_population / population * 100",
        Decimal("0.1"),
        "warning",
        "常住人口城镇化率应等于城镇常住人口÷常住人口×100,请核对三项数值",
    ),
    (
        "income-le-urban-income",
        "居民人均可支配收入不高于城镇居民",
        "income",
        "<=",
        "income_urban",
        Decimal("0.5"),
        "warning",
        "全体居民人均可支配收入不应高于城镇居民人均可支配收入,请核对",
    ),
    (
        "rural-income-le-income",
        "农村居民人均可支配收入不高于全体居民",
        "income_rural",
        "<=",
        "income",
        Decimal("0.5"),
        "warning",
        "农村居民人均可支配收入不应高于全体居民人均可支配收入,请核对",
    ),
]


def forward(apps, schema_editor):
    rule_model = apps.get_model("intake", "ValidationRule")
    for code, left, op, right in DUPLICATES:
        rule_model.objects.filter(code=code, left=left, operator=op, right=right).delete()
    for code, name, left, op, right, tolerance, severity, message in RULES:
        rule_model.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "left": left,
                "operator": op,
                "right": right,
                "tolerance": tolerance,
                "severity": severity,
                "message": message,
            },
        )


def backward(apps, schema_editor):
    apps.get_model("intake", "ValidationRule").objects.filter(
        code__in=[r[0] for r in RULES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("intake", "0003_hardening_batch_rows")]
    operations = [migrations.RunPython(forward, backward)]
