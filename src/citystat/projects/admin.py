from django.contrib import admin
from django.http import HttpRequest

from citystat.projects import models as m


class PlanInline(admin.TabularInline):
    model = m.ProjectPlan
    extra = 0


class ProgressInline(admin.TabularInline):
    model = m.ProjectProgress
    extra = 0


class MilestoneInline(admin.TabularInline):
    model = m.Milestone
    extra = 0


@admin.register(m.Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = (
        "code",
        "name",
        "region",
        "category",
        "status",
        "total_investment",
        "responsible_unit",
        "is_synthetic",
    )
    list_filter = ("category", "status", "region", "chain")
    search_fields = ("code", "name")
    inlines = [PlanInline, MilestoneInline, ProgressInline]


class ChainIndicatorInline(admin.TabularInline):
    model = m.ChainIndicator
    extra = 0
    autocomplete_fields = ("indicator",)


@admin.register(m.IndustryChain)
class ChainAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "level", "lead_unit")
    inlines = [ChainIndicatorInline]


@admin.register(m.SpecialisedTown)
class TownAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "region", "level", "batch", "product")


class TaskTargetInline(admin.TabularInline):
    model = m.TaskTarget
    extra = 0


@admin.register(m.LivelihoodTask)
class TaskAdmin(admin.ModelAdmin):
    list_display = ("year", "seq", "title", "responsible_unit", "deadline")
    list_filter = ("year",)
    inlines = [TaskTargetInline]


@admin.register(m.Enterprise)
class EnterpriseAdmin(admin.ModelAdmin):
    list_display = ("name", "region", "chain", "town", "is_synthetic")
    list_filter = ("chain", "town")


@admin.register(m.TaskUpdate)
class TaskUpdateAdmin(admin.ModelAdmin):
    list_display = ("target", "year", "month", "value", "evidence_name", "created_by", "created_at")
    list_filter = ("year",)
    readonly_fields = ("evidence", "evidence_name", "evidence_type", "evidence_size")


@admin.register(m.ProjectLog)
class ProjectLogAdmin(admin.ModelAdmin):
    list_display = ("at", "action", "project", "task", "detail", "user")
    list_filter = ("action",)

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False  # the project log is an audit trail: never erased


@admin.register(m.ReviewPriority)
class ReviewPriorityAdmin(admin.ModelAdmin):
    list_display = ("sort_order", "code", "title", "show_chains", "show_towns", "show_tasks")
    list_display_links = ("code", "title")
    filter_horizontal = ("dimensions",)


@admin.register(m.Honour)
class HonourAdmin(admin.ModelAdmin):
    list_display = ("year", "subject", "title", "level", "region", "priority", "is_synthetic")
    list_filter = ("year", "level", "priority")
    search_fields = ("subject", "title")
