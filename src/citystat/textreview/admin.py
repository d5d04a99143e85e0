"""Admin views of submitted documents and their facts; the text itself is read-only.

Administrators extend the alias table in 指标别名 (indicators admin); new aliases apply to
documents submitted afterwards and to subjects corrected on the review page.
"""

from django.contrib import admin
from django.http import HttpRequest

from citystat.textreview.models import ExtractionJob, FactCorrection, SourceDocument, TextFact


class FactInline(admin.TabularInline):
    model = TextFact
    extra = 0
    can_delete = False
    fields = ("fact_id", "text_span", "subject", "indicator", "period", "measure", "status")
    readonly_fields = fields
    show_change_link = True


@admin.register(SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin):
    list_display = ("title", "source_type", "region", "year", "created_by", "created_at")
    list_filter = ("source_type",)
    search_fields = ("title", "filename")
    readonly_fields = (
        "text",
        "text_sha256",
        "upload_sha256",
        "encoding",
        "notes",
        "created_by",
        "created_at",
        "source_type",
        "filename",
    )
    inlines = [FactInline]


@admin.register(TextFact)
class TextFactAdmin(admin.ModelAdmin):
    list_display = ("fact_id", "document", "text_span", "subject", "indicator", "status")
    list_filter = ("status", "measure", "match_method")
    search_fields = ("subject", "text_span")
    readonly_fields = (
        "document",
        "text_span",
        "char_start",
        "char_end",
        "extracted",
        "observation",
    )


@admin.register(FactCorrection)
class FactCorrectionAdmin(admin.ModelAdmin):
    list_display = ("fact", "field", "old_value", "new_value", "corrected_by", "corrected_at")
    readonly_fields = ("fact", "field", "old_value", "new_value", "corrected_by", "corrected_at")


@admin.register(ExtractionJob)
class ExtractionJobAdmin(admin.ModelAdmin):
    list_display = ("id", "title", "chars", "status", "progress", "facts", "seconds", "created_by")
    list_filter = ("status",)
    readonly_fields = [f.name for f in ExtractionJob._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # jobs are created by submitting a text on /text/
