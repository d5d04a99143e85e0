"""The demo's follow-up history: every month of 2023 re-checked in order, plus a few answers."""

from __future__ import annotations

from citystat.accounts.models import User

from . import actions
from .models import Followup

DEMO_YEAR = 2023


def replay_2023() -> None:
    for month in range(1, 13):
        actions.recheck(DEMO_YEAR, month)
    # A couple of synthetic answers so the board shows the whole cycle.
    for username in ("unit_140981", "unit_fgw", "unit_140921"):
        user = User.objects.filter(username=username).first()
        if user is None:
            continue
        f = (
            Followup.objects.filter(responsible_unit=user.unit_name, status="open")
            .order_by("year", "month", "id")
            .first()
        )
        if f is not None:
            actions.answer(
                f,
                user=user,
                text="(示例)已召开专题调度会,逐项分析原因,明确整改措施和完成时限,下月报送进展。",
            )
