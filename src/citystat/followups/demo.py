"""The demo's follow-up history: every month of 2023 re-checked in order, with units answering."""

from __future__ import annotations

from citystat.accounts.models import User

from . import actions
from .models import Followup

DEMO_YEAR = 2023
ANSWER = "(示例)已召开专题调度会,逐项分析原因,明确整改措施和完成时限,下月报送进展。"


def replay_2023() -> None:
    units = list(User.objects.filter(is_demo=True, role="responsible"))
    for month in range(1, 13):
        actions.recheck(DEMO_YEAR, month)
        # Each demo unit answers what it was handed this month (demo accounts only).
        for user in units:
            for f in Followup.objects.filter(
                responsible_unit=user.unit_name, status="open", year=DEMO_YEAR, month=month
            ):
                actions.answer(f, user=user, text=ANSWER)
