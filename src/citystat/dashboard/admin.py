from django.contrib import admin
from django.http import HttpRequest

from citystat.dashboard.models import MapLayer


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
