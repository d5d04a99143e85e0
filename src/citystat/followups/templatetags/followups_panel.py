"""The 督办事项 panel that project and task pages show, provided by the follow-ups app.

``{% load followups_panel %}{% followups_panel project=project %}`` (or ``task=task``): the
ten newest follow-ups of that project or task that the follow-up board would show the
signed-in user (their unit's, or all). The pages that show it import nothing of followups.
"""

from __future__ import annotations

from typing import Any

from django import template

from citystat.followups.models import Followup
from citystat.followups.queries import visible_followups
from citystat.projects.models import LivelihoodTask, Project

register = template.Library()

PANEL_SIZE = 10


@register.inclusion_tag("followups/_panel.html", takes_context=True)
def followups_panel(
    context: template.Context,
    project: Project | None = None,
    task: LivelihoodTask | None = None,
) -> dict[str, Any]:
    rows = visible_followups(context["request"].user)
    if project is not None:
        rows = rows.filter(project=project)
    if task is not None:
        rows = rows.filter(task=task)
    newest: list[Followup] = list(rows.order_by("-year", "-month")[:PANEL_SIZE])
    return {"followups": newest}
