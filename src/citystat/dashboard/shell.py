"""The site's shell around every page: the menu a role may open and its 待办 (to-do) list.

The menu shows only what the signed-in user can open (each entry asks the same predicate
its page asks), so no menu item leads to a refusal. The to-do list gathers, for each role,
the work waiting for it, each item one click from its page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from citystat.accounts.permissions import can_set_targets, sees_targets_in_menu

if TYPE_CHECKING:
    from citystat.accounts.models import User


@dataclass(frozen=True)
class MenuItem:
    url: str
    label: str
    on: bool = False


@dataclass(frozen=True)
class TodoItem:
    label: str
    count: int
    url: str


def menu(user: User, path: str = "") -> list[MenuItem]:
    """The sections ``user`` may open, the one holding ``path`` marked ``on``."""
    return [
        MenuItem(m.url, m.label, path == m.url if m.url == "/" else path.startswith(m.url))
        for m in _sections(user)
    ]


def _sections(user: User) -> list[MenuItem]:
    """By role alone (no query): the shell is on every page, under the pages' query budgets."""
    from citystat.accounts.permissions import is_admin
    from citystat.projects.permissions import can_supervise, sees_all_units
    from citystat.textreview.access import can_use

    items = [MenuItem("/", _("监测看板"))]
    if user.role in ("reporter", "reviewer") or is_admin(user):
        items.append(MenuItem("/intake/", _("数据报送")))
    items.append(MenuItem("/projects/", _("重点项目")))
    if sees_all_units(user) or can_supervise(user) or user.role == "responsible":
        items.append(MenuItem("/followups/", _("督办事项")))
    items.append(MenuItem("/reports/", _("分析报告")))
    if sees_targets_in_menu(user):
        items.append(MenuItem("/targets/", _("年度目标")))
    if can_use(user):
        items.append(MenuItem("/text/", _("文本提取")))
    if user.is_staff:
        items.append(MenuItem("/admin/", _("系统管理")))
    return items


def todo(user: User) -> list[TodoItem]:
    """The work waiting for ``user``; only items with a count are listed."""
    from citystat.targets.grid import missing_count, planning_year

    items: list[TodoItem] = []
    if can_set_targets(user):
        year = planning_year()
        if year is not None:
            n = missing_count(year)
            if n:
                items.append(
                    TodoItem(
                        _("%(year)d年度目标未设") % {"year": year},
                        n,
                        f"{reverse('targets:grid')}?year={year}",
                    )
                )
    return items


def shell(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    todo_items = SimpleLazyObject(lambda: todo(user))  # type: ignore[arg-type]
    return {
        "menu": SimpleLazyObject(lambda: menu(user, request.path)),  # type: ignore[arg-type]
        "todo_items": todo_items,
        "todo_total": SimpleLazyObject(lambda: sum(i.count for i in todo_items)),
    }


def todo_page(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return render(request, "dashboard/todo.html", {"items": todo(request.user)})  # type: ignore[arg-type]
