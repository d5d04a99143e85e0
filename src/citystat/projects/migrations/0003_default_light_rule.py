from django.db import migrations

YINCHUAN_NOTE = (
    "默认规则参照银川市发展改革委重点项目红黄绿灯办法(方法说明第6节):"
    "投资完成率达到或超过序时进度为绿灯;落后序时进度10至30个百分点(含)为黄灯;"
    "落后超过30个百分点为红灯。计划开工月份未开工为黄灯,连续3个月未开工为红灯。"
    "银川办法未规定落后0至10个百分点的情形,本平台将其定为黄灯(本地选择,可在此调整)。"
)


def seed(apps, schema_editor):
    LightRule = apps.get_model("projects", "LightRule")
    LightRule.objects.update_or_create(
        code="yinchuan",
        defaults={
            "name": "银川规则(默认)",
            "green_from": 0,
            "red_below": -30,
            "start_red_months": 3,
            "is_active": True,
            "note": YINCHUAN_NOTE,
        },
    )


def unseed(apps, schema_editor):
    apps.get_model("projects", "LightRule").objects.filter(code="yinchuan").delete()


class Migration(migrations.Migration):
    dependencies = [("projects", "0002_livelihoodtask_completion_rule_and_more")]
    operations = [migrations.RunPython(seed, unseed)]
