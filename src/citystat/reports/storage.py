"""Where generated report files live: $CITYSTAT_HOME/media/reports/<job id>/."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings


def job_dir(job_id: int) -> Path:
    path = Path(settings.MEDIA_ROOT) / "reports" / str(job_id)
    path.mkdir(parents=True, exist_ok=True)
    return path
