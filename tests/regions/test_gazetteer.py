"""The catalogue's regions and aliases reach the text extractor (real database)."""

from __future__ import annotations

import pytest

from citystat.regions.gazetteer import extraction_regions
from citystat.regions.models import Region, RegionAlias
from citystat.textfacts import extract

pytestmark = pytest.mark.django_db

TEXT = "前三季度,河边新区地区生产总值增长7.2%。"


def test_an_alias_added_in_the_admin_reaches_the_next_extraction() -> None:
    region = Region.objects.get(code="140902")
    assert [f.region for f in extract(TEXT, region="忻州市", regions=extraction_regions())] == [
        "忻州市"
    ]
    RegionAlias.objects.create(alias="河边新区", region=region)
    facts = extract(TEXT, region="忻州市", year=2023, regions=extraction_regions())
    assert [(f.region, f.region_code) for f in facts] == [(region.name, "140902")]


def test_county_short_names_count_only_as_aliases_and_one_character_never() -> None:
    county = Region.objects.get(code="140902")
    county.aliases.all().delete()
    table = extraction_regions()
    assert county.short_name and county.short_name not in table
    assert table[county.name].code == "140902"
    RegionAlias.objects.create(alias="忻", region=county)
    assert "忻" not in extraction_regions()
    assert all(len(name) >= 2 for name in extraction_regions())
