from django.contrib import admin

from citystat.audit.admin import AuditedAdmin
from citystat.audit.models import EventType
from citystat.indicators.models import (
    Dimension,
    Indicator,
    IndicatorAlias,
    IndicatorGroup,
    LeadUnit,
    LightRule,
    Placement,
)

CATALOGUE_EVENTS = (
    EventType.CATALOGUE_CREATED,
    EventType.CATALOGUE_CHANGED,
    EventType.CATALOGUE_DELETED,
)


class CatalogueAdmin(AuditedAdmin):
    """Catalogue edits in the admin: audited with the acting user and a required reason."""

    audit_events = CATALOGUE_EVENTS


@admin.register(Dimension)
class DimensionAdmin(CatalogueAdmin):
    list_display = ("code", "name", "weight", "sort_order")


class AliasInline(admin.TabularInline):
    model = IndicatorAlias
    extra = 0


@admin.register(Indicator)
class IndicatorAdmin(CatalogueAdmin):
    list_display = (
        "code",
        "name",
        "unit",
        "dimension",
        "kind",
        "additive",
        "polarity",
        "growth_method",
        "target_kind",
        "parent",
        "subset_of",
        "is_key",
        "source_unit",
        "lead_unit",
    )
    list_editable = ("lead_unit",)
    list_filter = ("dimension", "kind", "polarity", "growth_method", "frequency", "is_key")
    search_fields = ("code", "name")
    inlines = [AliasInline]


@admin.register(IndicatorAlias)
class IndicatorAliasAdmin(CatalogueAdmin):
    list_display = ("alias", "indicator")
    search_fields = ("alias", "indicator__name")


@admin.register(IndicatorGroup)
class IndicatorGroupAdmin(CatalogueAdmin):
    list_display = ("code", "name", "sort_order")
    filter_horizontal = ("members",)


@admin.register(LeadUnit)
class LeadUnitAdmin(CatalogueAdmin):
    """County (or other unit) overrides of the city's 牵头单位, per indicator or dimension."""

    list_display = ("region", "indicator", "dimension", "unit")
    list_filter = ("region",)
    list_editable = ("unit",)
    search_fields = ("unit", "indicator__name", "indicator__code", "region__name")
    autocomplete_fields = ("indicator", "region")


@admin.register(Placement)
class PlacementAdmin(admin.ModelAdmin):
    """Which indicators the county tables of the reports and the project pages feature."""

    list_display = ("place", "indicator", "sort_order")
    list_editable = ("sort_order",)
    list_filter = ("place",)
    autocomplete_fields = ("indicator",)


@admin.register(LightRule)
class LightRuleAdmin(AuditedAdmin):
    """红黄绿 rules: edits audited with the acting user and a required reason; an edit of
    the active rule rebuilds the derived figures' lights."""

    audit_events = (EventType.RULE_CREATED, EventType.RULE_CHANGED, EventType.RULE_DELETED)
    list_display = (
        "code",
        "name",
        "green_from",
        "red_below",
        "growth_green_from",
        "growth_red_below",
        "start_red_months",
        "is_active",
    )
