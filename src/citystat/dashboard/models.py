"""Map layers: county boundaries uploaded by an administrator (GB/T 2260 codes).

Without a layer the maps place counties as points at their centroids
(``Region.longitude/latitude``), which always works.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class MapLayer(models.Model):
    """A GeoJSON FeatureCollection of county boundaries, normalised on upload.

    Each stored feature carries ``properties = {"adcode": "<region code>", "name":
    "<region name>"}`` so that the charts match features to regions by name.
    """

    name = models.CharField("名称", max_length=80)
    geojson = models.TextField("边界数据(GeoJSON)")
    feature_count = models.PositiveIntegerField("要素数")
    original_filename = models.CharField("原文件名", max_length=200, blank=True)
    checksum = models.CharField("SHA-256", max_length=64)
    uploaded_at = models.DateTimeField("上传时间", auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="上传人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_active = models.BooleanField("启用", default=True)

    class Meta:
        verbose_name = "地图边界"
        verbose_name_plural = "地图边界"
        ordering = ["-uploaded_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name}({self.feature_count}个区划)"
