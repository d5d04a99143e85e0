"""The Xinzhou region tree as facts: GB/T 2260 codes, names and county centroids.

Centroids (WGS84, degrees) are the polygon centroids of the public county boundary file;
the non-county units have no boundary and sit at their seats.
"""

from __future__ import annotations

from typing import NamedTuple


class RegionFact(NamedTuple):
    code: str
    name: str
    short_name: str
    kind: str
    longitude: float | None
    latitude: float | None
    aliases: tuple[str, ...] = ()
    note: str = ""


PROVINCE = RegionFact("140000", "山西省", "山西", "province", 112.5624, 37.8735)
CITY = RegionFact("140900", "忻州市", "忻州", "city", 112.7341, 38.4177, ("全市", "忻州"))

COUNTIES: tuple[RegionFact, ...] = (
    RegionFact("140902", "忻府区", "忻府", "district", 112.5999, 38.4318),
    RegionFact("140921", "定襄县", "定襄", "county", 113.0300, 38.5101),
    RegionFact("140922", "五台县", "五台", "county", 113.4370, 38.7709),
    RegionFact("140923", "代县", "代县", "county", 113.0447, 39.0851, ("代州",)),
    RegionFact("140924", "繁峙县", "繁峙", "county", 113.5938, 39.1993),
    RegionFact("140925", "宁武县", "宁武", "county", 112.1875, 38.8152),
    RegionFact("140926", "静乐县", "静乐", "county", 112.0596, 38.3945),
    RegionFact("140927", "神池县", "神池", "county", 112.0027, 39.1670),
    RegionFact("140928", "五寨县", "五寨", "county", 111.7381, 39.0016),
    RegionFact("140929", "岢岚县", "岢岚", "county", 111.5355, 38.7316),
    RegionFact("140930", "河曲县", "河曲", "county", 111.3530, 39.2015),
    RegionFact("140931", "保德县", "保德", "county", 111.1356, 38.8816),
    RegionFact("140932", "偏关县", "偏关", "county", 111.6654, 39.4583),
    RegionFact("140981", "原平市", "原平", "county_city", 112.6750, 38.8316),
)

# Units inside the city total that belong to no county (methodology §8). 140971/140972
# follow the statistical division codes; 140999 is an internal code for 市直 units.
NON_COUNTY: tuple[RegionFact, ...] = (
    RegionFact(
        "140971",
        "忻州经济开发区",
        "开发区",
        "dev_zone",
        112.7600,
        38.3900,
        ("经济开发区", "忻州开发区"),
        "不属于任何县(市、区);忻府区GDP不含开发区",
    ),
    RegionFact(
        "140972",
        "五台山风景名胜区",
        "五台山",
        "scenic_area",
        113.5900,
        39.0300,
        ("五台山风景区", "五台山景区"),
        "风景区管理局单独统计",
    ),
    RegionFact(
        "140999",
        "市直",
        "市直",
        "city_direct",
        112.7341,
        38.4177,
        ("市本级", "市直单位"),
        "市本级单位,内部代码,不属于GB/T 2260",
    ),
)
