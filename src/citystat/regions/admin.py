from django.contrib import admin
from django.http import HttpRequest

from citystat.audit.admin import AuditedAdmin
from citystat.audit.models import EventType
from citystat.regions.models import (
    ComparisonFigure,
    ComparisonRegion,
    MapLayer,
    Region,
    RegionAlias,
)


class AliasInline(admin.TabularInline):
    model = RegionAlias
    extra = 0


REGION_EVENTS = (EventType.REGION_CREATED, EventType.REGION_CHANGED, EventType.REGION_DELETED)


@admin.register(Region)
class RegionAdmin(AuditedAdmin):
    """Region edits in the admin: audited with the acting user and a required reason."""

    audit_events = REGION_EVENTS
    list_display = ("code", "name", "level", "kind", "parent", "longitude", "latitude")
    list_filter = ("level", "kind")
    search_fields = ("code", "name")
    inlines = [AliasInline]


@admin.register(RegionAlias)
class RegionAliasAdmin(AuditedAdmin):
    audit_events = REGION_EVENTS
    list_display = ("alias", "region")
    search_fields = ("alias", "region__name")


class ComparisonFigureInline(admin.TabularInline):
    model = ComparisonFigure
    extra = 0
    fields = ("indicator", "year", "month", "value", "growth", "source_title", "source_url")


@admin.register(ComparisonRegion)
class ComparisonRegionAdmin(admin.ModelAdmin):
    """The province and its cities beside the city: published figures only, with sources."""

    list_display = ("code", "name", "level")
    list_filter = ("level",)
    inlines = [ComparisonFigureInline]


@admin.register(ComparisonFigure)
class ComparisonFigureAdmin(admin.ModelAdmin):
    list_display = ("region", "indicator", "year", "month", "value", "growth", "source_title")
    list_filter = ("region", "indicator", "year")
    search_fields = ("region__name", "indicator__name", "source_title")


@admin.register(MapLayer)
class MapLayerAdmin(admin.ModelAdmin):
    """Read-only listing; layers are uploaded and validated at /maps/ (dashboard.actions)."""

    list_display = ("name", "feature_count", "is_active", "uploaded_at", "uploaded_by")
    exclude = ("geojson",)
    readonly_fields = (
        "name",
        "feature_count",
        "original_filename",
        "checksum",
        "uploaded_at",
        "uploaded_by",
        "is_active",
    )

    def has_add_permission(self, request: HttpRequest, obj: MapLayer | None = None) -> bool:
        return False
