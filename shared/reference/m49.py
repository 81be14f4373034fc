"""UN M49 geographic regions and sub-regions (the UN Statistics Division's standard country or
area codes for statistical use), with the countries and areas in each by ISO 3166-1 alpha-2.

Sub-Saharan Africa and Latin America and the Caribbean are divided further by M49 into
intermediate regions; those are kept too, since regional reviews often work at that level
(West Africa, the Caribbean). Two ISO codes belong to no M49 region: AQ (Antarctica, which M49
lists without one) and TW (which M49 does not list); reports count them as "unassigned".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Area:
    """A region, sub-region or intermediate region: its three-digit M49 code and name."""

    code: str
    name: str
    parent: str | None  # the enclosing area's M49 code; None for the five regions


@dataclass(frozen=True)
class CountryPlace:
    country: str
    region: str
    sub_region: str
    intermediate_region: str | None


REGIONS: tuple[Area, ...] = (
    Area("002", "Africa", None),
    Area("019", "Americas", None),
    Area("142", "Asia", None),
    Area("150", "Europe", None),
    Area("009", "Oceania", None),
)

SUB_REGIONS: tuple[Area, ...] = (
    Area("015", "Northern Africa", "002"),
    Area("202", "Sub-Saharan Africa", "002"),
    Area("419", "Latin America and the Caribbean", "019"),
    Area("021", "Northern America", "019"),
    Area("143", "Central Asia", "142"),
    Area("030", "Eastern Asia", "142"),
    Area("035", "South-eastern Asia", "142"),
    Area("034", "Southern Asia", "142"),
    Area("145", "Western Asia", "142"),
    Area("151", "Eastern Europe", "150"),
    Area("154", "Northern Europe", "150"),
    Area("039", "Southern Europe", "150"),
    Area("155", "Western Europe", "150"),
    Area("053", "Australia and New Zealand", "009"),
    Area("054", "Melanesia", "009"),
    Area("057", "Micronesia", "009"),
    Area("061", "Polynesia", "009"),
)

# M49's code for the whole world: no region holds it, so it is no filter value, but an IATI export
# names it as the recipient of a global partnership.
WORLD = Area("001", "World", None)

INTERMEDIATE_REGIONS: tuple[Area, ...] = (
    Area("014", "Eastern Africa", "202"),
    Area("017", "Middle Africa", "202"),
    Area("018", "Southern Africa", "202"),
    Area("011", "Western Africa", "202"),
    Area("029", "Caribbean", "419"),
    Area("013", "Central America", "419"),
    Area("005", "South America", "419"),
    Area("830", "Channel Islands", "154"),
)

# The innermost area of each country: an intermediate region where M49 has one, else a sub-region.
# fmt: off
_MEMBERS: dict[str, tuple[str, ...]] = {
    "015": ("DZ", "EG", "EH", "LY", "MA", "SD", "TN"),
    "014": ("BI", "DJ", "ER", "ET", "IO", "KE", "KM", "MG", "MU", "MW", "MZ", "RE", "RW", "SC",
            "SO", "SS", "TF", "TZ", "UG", "YT", "ZM", "ZW"),
    "017": ("AO", "CD", "CF", "CG", "CM", "GA", "GQ", "ST", "TD"),
    "018": ("BW", "LS", "NA", "SZ", "ZA"),
    "011": ("BF", "BJ", "CI", "CV", "GH", "GM", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SH",
            "SL", "SN", "TG"),
    "029": ("AG", "AI", "AW", "BB", "BL", "BQ", "BS", "CU", "CW", "DM", "DO", "GD", "GP", "HT",
            "JM", "KN", "KY", "LC", "MF", "MQ", "MS", "PR", "SX", "TC", "TT", "VC", "VG", "VI"),
    "013": ("BZ", "CR", "GT", "HN", "MX", "NI", "PA", "SV"),
    "005": ("AR", "BO", "BR", "BV", "CL", "CO", "EC", "FK", "GF", "GS", "GY", "PE", "PY", "SR",
            "UY", "VE"),
    "021": ("BM", "CA", "GL", "PM", "US"),
    "143": ("KG", "KZ", "TJ", "TM", "UZ"),
    "030": ("CN", "HK", "JP", "KP", "KR", "MN", "MO"),
    "035": ("BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"),
    "034": ("AF", "BD", "BT", "IN", "IR", "LK", "MV", "NP", "PK"),
    "145": ("AE", "AM", "AZ", "BH", "CY", "GE", "IL", "IQ", "JO", "KW", "LB", "OM", "PS", "QA",
            "SA", "SY", "TR", "YE"),
    "151": ("BG", "BY", "CZ", "HU", "MD", "PL", "RO", "RU", "SK", "UA"),
    "154": ("AX", "DK", "EE", "FI", "FO", "GB", "IE", "IM", "IS", "LT", "LV", "NO", "SE", "SJ"),
    "830": ("GG", "JE"),
    "039": ("AD", "AL", "BA", "ES", "GI", "GR", "HR", "IT", "ME", "MK", "MT", "PT", "RS", "SI",
            "SM", "VA"),
    "155": ("AT", "BE", "CH", "DE", "FR", "LI", "LU", "MC", "NL"),
    "053": ("AU", "CC", "CX", "HM", "NF", "NZ"),
    "054": ("FJ", "NC", "PG", "SB", "VU"),
    "057": ("FM", "GU", "KI", "MH", "MP", "NR", "PW", "UM"),
    "061": ("AS", "CK", "NU", "PF", "PN", "TK", "TO", "TV", "WF", "WS"),
}
# fmt: on

UNASSIGNED = "unassigned"

_AREAS: dict[str, Area] = {area.code: area for area in REGIONS + SUB_REGIONS + INTERMEDIATE_REGIONS}
_INTERMEDIATE_CODES = frozenset(area.code for area in INTERMEDIATE_REGIONS)
# Every region, sub-region and intermediate region code (what a `region` filter may name).
AREA_CODES: frozenset[str] = frozenset(_AREAS)


def _place(country: str, innermost: str) -> CountryPlace:
    if innermost in _INTERMEDIATE_CODES:
        sub_region = _AREAS[innermost].parent
        assert sub_region is not None
        intermediate: str | None = innermost
    else:
        sub_region, intermediate = innermost, None
    region = _AREAS[sub_region].parent
    assert region is not None
    return CountryPlace(country, region, sub_region, intermediate)


PLACES: dict[str, CountryPlace] = {
    country: _place(country, innermost)
    for innermost, countries in _MEMBERS.items()
    for country in countries
}


def area(code: str) -> Area:
    return _AREAS[code]


def countries_in(code: str) -> list[str]:
    """Every country in an area of any level, sorted."""
    return sorted(
        country
        for country, place in PLACES.items()
        if code in (place.region, place.sub_region, place.intermediate_region)
    )


def is_area_code(code: str) -> bool:
    return code in _AREAS
