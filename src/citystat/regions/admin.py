from django.contrib import admin

from citystat.regions.models import Region, RegionAlias


class AliasInline(admin.TabularInline):
    model = RegionAlias
    extra = 0


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "level", "kind", "parent", "longitude", "latitude")
    list_filter = ("level", "kind")
    search_fields = ("code", "name")
    inlines = [AliasInline]


@admin.register(RegionAlias)
class RegionAliasAdmin(admin.ModelAdmin):
    list_display = ("alias", "region")
    search_fields = ("alias", "region__name")
