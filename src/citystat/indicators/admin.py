from django.contrib import admin

from citystat.indicators.models import Dimension, Indicator, IndicatorAlias, IndicatorGroup


@admin.register(Dimension)
class DimensionAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "weight", "sort_order")


class AliasInline(admin.TabularInline):
    model = IndicatorAlias
    extra = 0


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
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
    )
    list_filter = ("dimension", "kind", "polarity", "growth_method", "frequency", "is_key")
    search_fields = ("code", "name")
    inlines = [AliasInline]


@admin.register(IndicatorAlias)
class IndicatorAliasAdmin(admin.ModelAdmin):
    list_display = ("alias", "indicator")
    search_fields = ("alias", "indicator__name")


@admin.register(IndicatorGroup)
class IndicatorGroupAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "sort_order")
    filter_horizontal = ("members",)
