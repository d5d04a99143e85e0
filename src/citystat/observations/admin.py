from django.contrib import admin

from citystat.observations.models import DerivedFigure, Observation, Revision, Status


class RevisionInline(admin.TabularInline):
    model = Revision
    extra = 0
    can_delete = False
    readonly_fields = [f.name for f in Revision._meta.fields]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Observation)
class ObservationAdmin(admin.ModelAdmin):
    list_display = (
        "indicator",
        "region",
        "year",
        "month",
        "value",
        "growth_reported",
        "status",
        "source",
        "is_synthetic",
    )
    list_filter = ("status", "source", "is_synthetic", "year", "indicator__dimension")
    search_fields = ("indicator__name", "indicator__code", "region__name", "region__code")
    raw_id_fields = ("indicator", "region")
    inlines = [RevisionInline]

    def save_model(self, request, obj, form, change):
        # Admin edits go through the action so they are audited like any other write.
        from citystat.observations.actions import recompute_for_observations, record_observation

        obs = record_observation(
            indicator=obj.indicator,
            region=obj.region,
            year=obj.year,
            month=obj.month,
            value=obj.value,
            growth_reported=obj.growth_reported,
            status=obj.status,
            source=obj.source,
            user=request.user,
            reason="管理后台修改",
        )
        # An approved figure edited here (or approved here) shows at once; the rebuild
        # covers only what this figure reaches, as after an approval. Drafts feed nothing.
        if Status.APPROVED in {obs.status, form.initial.get("status")}:
            recompute_for_observations([obs])


@admin.register(Revision)
class RevisionAdmin(admin.ModelAdmin):
    list_display = (
        "observation",
        "action",
        "changed_at",
        "changed_by",
        "old_value",
        "new_value",
        "old_status",
        "new_status",
        "reason",
    )
    list_filter = ("action", "source")
    raw_id_fields = ("observation",)

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(DerivedFigure)
class DerivedFigureAdmin(admin.ModelAdmin):
    list_display = (
        "indicator",
        "region",
        "year",
        "month",
        "value",
        "growth",
        "completion",
        "light",
    )
    list_filter = ("year", "light")
    raw_id_fields = ("indicator", "region")
