"""Stage 1: keep the uploaded file unchanged, with who, when and its checksum."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from django.core.files.base import ContentFile

from citystat.intake.models import ImportBatch

if TYPE_CHECKING:
    from citystat.accounts.models import User


def store(
    data: bytes | None, *, filename: str, size: int, user: User | None, channel: str
) -> ImportBatch:
    """A new batch. ``data`` is None when the file was refused before reading (too large)."""
    batch = ImportBatch(
        original_name=filename[:255],
        size=size,
        uploaded_by=user,
        channel=channel,
        status=ImportBatch.Status.REJECTED,
    )
    if data is not None:
        batch.sha256 = hashlib.sha256(data).hexdigest()
        batch.file.save(
            filename.rsplit("/", 1)[-1][-100:] or "upload", ContentFile(data), save=False
        )
    batch.save()
    return batch
