"""Approved figures of one indicator as an SDMX-CSV 2.0 data message.

Layout (SDMX-CSV 2.0, ``labels=id``, ``timeFormat=original``, ``keys=none``)::

    STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,
    UNIT_MEASURE,OBS_STATUS,CUMULATIVE,JAN_FEB_COMBINED,GROWTH_YOY,SYNTHETIC

- ``STRUCTURE`` is ``dataflow``; ``STRUCTURE_ID`` is :data:`STRUCTURE_ID`; ``ACTION`` is
  ``I`` (information: a consumer that loads it appends).
- Dimensions in key order: ``FREQ`` (``M``, ``Q`` or ``A`` from the catalogue's frequency),
  ``REF_AREA`` (GB/T 2260 code), ``INDICATOR`` (catalogue code), ``TIME_PERIOD``
  (``2023-11``, ``2023-Q3`` or ``2023``).
- ``OBS_VALUE``: the stored value, in the indicator's unit, exactly as approved.
- Attributes: ``UNIT_MEASURE`` (the catalogue's unit text, e.g. 亿元; not coded),
  ``OBS_STATUS`` (``A``, normal value: only approved figures are exported).
- Custom CITYSTAT columns (allowed by SDMX-CSV 2.0): ``CUMULATIVE`` (``Y`` when the value
  is year-to-date, 1–m月), ``JAN_FEB_COMBINED`` (``Y`` when a February figure covers
  1–2月 published together, with no January figure), ``GROWTH_YOY`` (the reported
  year-on-year growth in %, empty when none was reported), ``SYNTHETIC`` (``Y`` for demo
  figures that were generated, not published).

The file starts with a UTF-8 byte-order mark so Excel reads the Chinese units correctly
(``bom=0`` leaves it out for SDMX tools that expect ``STRUCTURE`` as the first bytes).
"""

from __future__ import annotations

import csv
import io
from urllib.parse import quote

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET

from citystat.api.http import api_view, json_error
from citystat.api.params import REGIONS_AT, BadParamError, Params
from citystat.cells import safe_row
from citystat.indicators.models import Indicator
from citystat.intake.queries import plain
from citystat.observations.models import Observation, Status
from citystat.regions.models import Region

STRUCTURE_ID = "CITYSTAT:DF_XINZHOU(1.0.0)"
HEADER = (
    "STRUCTURE",
    "STRUCTURE_ID",
    "ACTION",
    "FREQ",
    "REF_AREA",
    "INDICATOR",
    "TIME_PERIOD",
    "OBS_VALUE",
    "UNIT_MEASURE",
    "OBS_STATUS",
    "CUMULATIVE",
    "JAN_FEB_COMBINED",
    "GROWTH_YOY",
    "SYNTHETIC",
)
SDMX_CSV_TYPE = "application/vnd.sdmx.data+csv; version=2.0.0"
BOM = "\ufeff"

_FREQ: dict[str, str] = {
    Indicator.Frequency.MONTHLY: "M",
    Indicator.Frequency.QUARTERLY: "Q",
    Indicator.Frequency.ANNUAL: "A",
}


def time_period(frequency: str, year: int, month: int) -> tuple[str, str]:
    """(FREQ, TIME_PERIOD) of a figure; a figure off its indicator's calendar stays monthly.

    >>> time_period("monthly", 2023, 11)
    ('M', '2023-11')
    >>> time_period("quarterly", 2023, 9)
    ('Q', '2023-Q3')
    >>> time_period("annual", 2023, 12)
    ('A', '2023')
    >>> time_period("quarterly", 2023, 8)
    ('M', '2023-08')
    """
    freq = _FREQ.get(frequency, "M")
    if freq == "Q" and month % 3 == 0:
        return "Q", f"{year:04d}-Q{month // 3}"
    if freq == "A" and month == 12:
        return "A", f"{year:04d}"
    return "M", f"{year:04d}-{month:02d}"


def _yn(flag: bool) -> str:
    return "Y" if flag else "N"


def rows(indicator: Indicator, observations: list[Observation]) -> list[list[str]]:
    out = []
    for o in observations:
        freq, period = time_period(indicator.frequency, o.year, o.month)
        out.append(
            [
                "dataflow",
                STRUCTURE_ID,
                "I",
                freq,
                o.region.code,
                indicator.code,
                period,
                "" if o.value is None else plain(o.value),
                indicator.unit,
                "A",
                _yn(indicator.cumulative),
                _yn(o.combined_jan_feb),
                "" if o.growth_reported is None else plain(o.growth_reported),
                _yn(o.is_synthetic),
            ]
        )
    return out


def content_disposition(ascii_name: str, name: str) -> str:
    """``attachment`` with an ASCII ``filename`` and the RFC 5987 ``filename*`` in UTF-8."""
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"


@require_GET
@api_view
def export(request: HttpRequest, indicator: str) -> HttpResponse:
    """``/api/data/<indicator>.csv?region=&start=YYYY-MM&end=YYYY-MM&bom=0``."""
    params = Params(request, ("region", "start", "end", "bom"))
    ind = Indicator.objects.filter(code=indicator).first()
    if ind is None:
        return json_error(
            404,
            f"未知的指标代码:{indicator}。有效代码见 GET /api/indicators/。",
            param="indicator",
            invalid=[indicator],
            valid_codes="/api/indicators/",
        )
    regions = params.objects("region", Region.objects.all(), REGIONS_AT)
    start, end = params.period("start"), params.period("end")
    if start and end and start > end:
        raise BadParamError("start 晚于 end。", param="start")
    bom = params.choice("bom", ("0", "1")) != "0"
    qs = Observation.objects.filter(indicator=ind, status=Status.APPROVED).select_related(
        "region", "region__parent"
    )
    if regions is not None:
        qs = qs.filter(region__in=regions)
    if start:
        qs = qs.filter(Q(year__gt=start[0]) | Q(year=start[0], month__gte=start[1]))
    if end:
        qs = qs.filter(Q(year__lt=end[0]) | Q(year=end[0], month__lte=end[1]))
    observations = list(qs.order_by("region__code", "year", "month"))

    buf = io.StringIO()
    if bom:
        buf.write(BOM)
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(safe_row(row) for row in rows(ind, observations))

    wants_sdmx = "application/vnd.sdmx.data+csv" in request.headers.get("Accept", "")
    content_type = SDMX_CSV_TYPE if wants_sdmx else "text/csv"
    response = HttpResponse(buf.getvalue(), content_type=f"{content_type}; charset=utf-8")
    patch_vary_headers(response, ["Accept"])
    parts = [ind.code]
    if regions is not None:
        parts.append("-".join(r.code for r in regions))
    if start or end:
        parts.append(f"{_ym(start) or 'start'}_{_ym(end) or 'end'}")
    stem = "_".join(parts)
    ascii_stem = stem.encode("ascii", "ignore").decode()
    response["Content-Disposition"] = content_disposition(
        f"citystat_{ascii_stem}.csv", f"{_city_name(observations)}{ind.name}_{stem}.csv"
    )
    return response


def _city_name(observations: list[Observation]) -> str:
    """The city the rows belong to (short name and an underscore) for the download's name.

    Read from the rows' regions (a county's parent), so it costs no query; nothing when
    there are no rows or they are the province's.
    """
    for o in observations:
        region = o.region if o.region.level == Region.Level.CITY else o.region.parent
        if region is not None and region.level == Region.Level.CITY:
            return f"{region.short_name or region.name}_"
    return ""


def _ym(p: tuple[int, int] | None) -> str:
    return "" if p is None else f"{p[0]:04d}-{p[1]:02d}"
