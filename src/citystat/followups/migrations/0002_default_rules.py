from django.db import migrations

RULES = [
    {
        "code": "indicator_red_2m",
        "name": "重点指标连续两期红灯",
        "kind": "indicator_red",
        "months": 2,
        "key_only": True,
        "description": "重点指标在同一县(市、区)连续两期亮红灯时督办;下月数据入库后复核,红灯消除即自动办结,未消除即升级。",
    },
    {
        "code": "project_behind_20pp",
        "name": "重点项目投资落后序时进度20个百分点以上",
        "kind": "project_behind",
        "gap_pp": 20,
        "description": "项目本年完成投资完成率落后序时进度超过20个百分点时督办;复核时差距缩小到20个百分点以内即办结。",
    },
    {
        "code": "milestone_overdue",
        "name": "项目节点逾期未完成",
        "kind": "milestone_overdue",
        "description": "开工、主体完工、竣工、投产节点超过计划日期仍未完成时督办;填报实际完成日期后复核办结。",
    },
    {
        "code": "task_red",
        "name": "民生实事亮红灯",
        "kind": "task_behind",
        "description": "民生实事完成进度落后序时进度超过红灯线时督办。",
    },
]


def seed(apps, schema_editor):
    Rule = apps.get_model("followups", "Rule")
    for row in RULES:
        Rule.objects.update_or_create(code=row["code"], defaults=row)


def unseed(apps, schema_editor):
    apps.get_model("followups", "Rule").objects.filter(code__in=[r["code"] for r in RULES]).delete()


class Migration(migrations.Migration):
    dependencies = [("followups", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
