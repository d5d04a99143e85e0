from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class AnswerForm(forms.Form):
    text = forms.CharField(
        label=_("答复内容"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_("说明原因、已采取的措施和预计完成时间"),
    )


class NoteForm(forms.Form):
    note = forms.CharField(label=_("说明"), max_length=200)


class ManualForm(forms.Form):
    title = forms.CharField(label=_("督办事项"), max_length=120)
    detail = forms.CharField(
        label=_("情况说明"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    responsible_unit = forms.CharField(label=_("责任单位"), max_length=60)
    period = forms.RegexField(label=_("所属月份(YYYY-MM)"), regex=r"^\d{4}-\d{2}$", max_length=7)
    deadline = forms.DateField(label=_("答复期限"), widget=forms.DateInput(attrs={"type": "date"}))
