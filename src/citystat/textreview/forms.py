"""The submit form (paste or upload) and the one-field correction form."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from citystat.regions.models import Region
from citystat.textreview.actions import CORRECTABLE
from citystat.textreview.reading import MAX_TEXT_CHARS


class SubmitForm(forms.Form):
    title = forms.CharField(label=_("标题"), max_length=200, required=False)
    text = forms.CharField(
        label=_("粘贴文本"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 10, "maxlength": MAX_TEXT_CHARS}),
    )
    file = forms.FileField(
        label=_("或上传文件(.txt / .docx / .html)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.docx,.html,.htm"}),
    )
    region = forms.ModelChoiceField(
        label=_("文档所属区划"),
        queryset=Region.objects.order_by("sort_order", "code"),
        required=False,
        empty_label=_("(从文本判断)"),
        help_text=_("“全市”“全县”及未写明地区的句子归属此区划"),
    )
    year = forms.IntegerField(
        label=_("文档年份"),
        required=False,
        min_value=1990,
        max_value=2100,
        help_text=_("未写明年份的句子归属此年份"),
        error_messages={
            "min_value": _("年份应在 1990–2100 之间"),
            "max_value": _("年份应在 1990–2100 之间"),
        },
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        has_text = bool((data.get("text") or "").strip())
        if data.get("file") and has_text:
            raise forms.ValidationError(_("请只粘贴文本或只上传文件,不要同时提交两者"))
        if not data.get("file") and not has_text:
            raise forms.ValidationError(_("请粘贴文本或上传文件:文本为空,未保存任何内容"))
        return data


class CorrectionForm(forms.Form):
    field = forms.ChoiceField(label=_("字段"), choices=list(CORRECTABLE.items()))
    value = forms.CharField(label=_("新值"), required=False, max_length=300, strip=True)
