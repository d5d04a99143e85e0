"""The region tree (GB/T 2260 codes) and the units that belong to no county."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Region(models.Model):
    class Level(models.TextChoices):
        PROVINCE = "province", "省"
        CITY = "city", "市"
        COUNTY = "county", "县级"

    class Kind(models.TextChoices):
        PROVINCE = "province", "省"
        CITY = "city", "地级市"
        DISTRICT = "district", "市辖区"
        COUNTY = "county", "县"
        COUNTY_CITY = "county_city", "县级市"
        DEV_ZONE = "dev_zone", "开发区"
        SCENIC_AREA = "scenic_area", "风景区"
        CITY_DIRECT = "city_direct", "市直/市本级"

    # Kinds ranked against each other in county league tables (methodology §7).
    COUNTY_KINDS = (Kind.DISTRICT, Kind.COUNTY, Kind.COUNTY_CITY)

    code = models.CharField("区划代码", max_length=12, unique=True)
    name = models.CharField("名称", max_length=50)
    short_name = models.CharField("简称", max_length=20, blank=True)
    level = models.CharField("层级", max_length=10, choices=Level.choices)
    kind = models.CharField("类型", max_length=16, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name="上级",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    longitude = models.DecimalField(
        "中心点经度", max_digits=9, decimal_places=6, null=True, blank=True
    )
    latitude = models.DecimalField(
        "中心点纬度", max_digits=9, decimal_places=6, null=True, blank=True
    )
    sort_order = models.PositiveIntegerField("排序", default=0)
    note = models.CharField("备注", max_length=200, blank=True)

    class Meta:
        verbose_name = "行政区划"
        verbose_name_plural = "行政区划"
        ordering = ["sort_order", "code"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(level="province") | models.Q(parent__isnull=False),
                name="region_parent_required_below_province",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name}({self.code})"

    @property
    def is_county(self) -> bool:
        return self.kind in self.COUNTY_KINDS

    @classmethod
    def example(cls, name_first: bool = False) -> str:
        """A county of the database, for messages: 「990521(青柘县)」 (or 「青柘县(990521)」)."""
        county = cls.objects.filter(kind__in=cls.COUNTY_KINDS).order_by("sort_order", "code")
        first = county.values_list("code", "name").first()
        if first is None:
            return "县名(6位区划代码)" if name_first else "6位区划代码"
        code, name = first
        return f"{name}({code})" if name_first else f"{code}({name})"


class RegionAlias(models.Model):
    """Name variants seen in files (云渡, 云渡区, 澄川市云渡区) mapped to a region."""

    alias = models.CharField("别名", max_length=50, unique=True)
    region = models.ForeignKey(
        Region, verbose_name="区划", on_delete=models.CASCADE, related_name="aliases"
    )

    class Meta:
        verbose_name = "区划别名"
        verbose_name_plural = "区划别名"

    def __str__(self) -> str:
        return f"{self.alias} → {self.region.code}"


class ComparisonRegion(models.Model):
    """The province and all its cities (the platform's own city among them), for comparison.

    Kept apart from ``Region`` on purpose: a comparison region is never one of the city's
    units, so it enters no ranking, sum, light or follow-up of theirs (issue 11). The own
    city is listed too (same code as its ``Region``) so that 居全省N市第X位 counts it.
    """

    class Level(models.TextChoices):
        PROVINCE = "province", "省"
        CITY = "city", "地级市"

    code = models.CharField("区划代码", max_length=12, unique=True)
    name = models.CharField("名称", max_length=50)
    level = models.CharField("层级", max_length=10, choices=Level.choices)

    class Meta:
        verbose_name = "对比地区"
        verbose_name_plural = "对比地区"
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.name}({self.code})"


class ComparisonFigure(models.Model):
    """A published figure of a comparison region (never synthetic), with its source."""

    region = models.ForeignKey(
        ComparisonRegion, verbose_name="对比地区", on_delete=models.CASCADE, related_name="figures"
    )
    indicator = models.ForeignKey(
        "indicators.Indicator",
        verbose_name="指标",
        on_delete=models.PROTECT,
        related_name="comparison_figures",
    )
    year = models.PositiveSmallIntegerField("年份")
    month = models.PositiveSmallIntegerField("截至月份", help_text="前三季度为9,全年为12")
    value = models.DecimalField("数值", max_digits=20, decimal_places=4, null=True, blank=True)
    growth = models.DecimalField("增速(%)", max_digits=9, decimal_places=2, null=True, blank=True)
    source_title = models.CharField("来源", max_length=200)
    source_url = models.URLField("来源网址", max_length=500, blank=True)
    published = models.CharField("发布日期", max_length=20, blank=True)
    note = models.CharField("备注", max_length=200, blank=True)

    class Meta:
        verbose_name = "对比地区公开数据"
        verbose_name_plural = "对比地区公开数据"
        ordering = ["indicator", "year", "month", "region"]
        constraints = [
            models.UniqueConstraint(
                fields=["region", "indicator", "year", "month"],
                name="comparison_figure_unique",
            )
        ]

    def __str__(self) -> str:
        return f"{self.region.name} {self.indicator_id} {self.year}-{self.month}"


class MapLayer(models.Model):
    """A GeoJSON FeatureCollection of county boundaries, normalised on upload.

    Without an active layer the maps place counties as points at their centroids
    (``Region.longitude/latitude``), which always works. Uploaded and validated at /maps/
    (``dashboard.actions``).

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
        db_table = "dashboard_maplayer"  # created by the dashboard app, moved here unchanged

    def __str__(self) -> str:
        return f"{self.name}({self.feature_count}个区划)"
