from __future__ import annotations

from django import forms

from citystat.intake.forms import UPLOAD_ACCEPT
from citystat.projects import models as pm

MONTHS = [(m, f"{m}月") for m in range(1, 13)]


class ProgressForm(forms.Form):
    year = forms.IntegerField(label="年份", min_value=2000, max_value=2100)
    month = forms.TypedChoiceField(label="月份", choices=MONTHS, coerce=int)
    completed_ytd = forms.CharField(label="本年完成投资(亿元)", max_length=20)
    note = forms.CharField(label="进展说明", max_length=300, required=False)


class PlanForm(forms.Form):
    year = forms.IntegerField(label="年份", min_value=2000, max_value=2100)
    annual_investment = forms.CharField(label="年度计划投资(亿元)", max_length=20)
    planned_start_month = forms.TypedChoiceField(
        label="计划开工月份",
        choices=[("", "—"), *MONTHS],
        coerce=int,
        required=False,
        empty_value=None,
    )
    reason = forms.CharField(label="调整原因", max_length=200, required=False)


class MilestoneForm(forms.Form):
    kind = forms.ChoiceField(label="节点", choices=pm.Milestone.Kind.choices)
    planned_date = forms.DateField(label="计划日期", widget=forms.DateInput(attrs={"type": "date"}))
    actual_date = forms.DateField(
        label="实际日期", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class TaskUpdateForm(forms.Form):
    target = forms.ModelChoiceField(label="目标项", queryset=pm.TaskTarget.objects.none())
    year = forms.IntegerField(label="年份", min_value=2000, max_value=2100)
    month = forms.TypedChoiceField(label="月份", choices=MONTHS, coerce=int)
    value = forms.CharField(label="累计完成值", max_length=20)
    note = forms.CharField(label="进展说明", max_length=300, required=False)
    evidence = forms.FileField(label="佐证材料(PDF、图片、Word、Excel,≤5 MB)", required=False)

    def __init__(self, *args: object, task: pm.LivelihoodTask, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        field = self.fields["target"]
        field.queryset = task.targets.order_by("id")  # type: ignore[attr-defined]
        field.label_from_instance = lambda t: f"{t.name}({t.unit})"  # type: ignore[attr-defined]


def form_errors(form: forms.Form) -> str:
    parts = []
    for name, errs in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        text = ";".join(str(e) for e in errs)
        parts.append(f"{label}:{text}" if label else text)
    return ";".join(parts)


class ProgressImportForm(forms.Form):
    year = forms.IntegerField(label="年份", min_value=2000, max_value=2100)
    month = forms.TypedChoiceField(label="月份(1–N月累计)", choices=MONTHS, coerce=int)
    file = forms.FileField(
        label="文件(.xlsx、.xls 或 .csv:列“项目编号”“本年完成投资(亿元)”,可选“进展说明”)",
        widget=forms.ClearableFileInput(attrs={"accept": UPLOAD_ACCEPT}),
    )
