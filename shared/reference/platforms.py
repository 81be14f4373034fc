"""Consultation platforms a partnership may say it came out of or reports to: the global fora of
the Compact's follow-up and the regional consultative processes on migration (RCPs), by name.

A fixed list rather than free text, so that reports can count by platform and the same forum is
not spelled five ways. A platform missing here is added here, once, for everyone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class PlatformKind(StrEnum):
    GLOBAL = "global"  # global follow-up and dialogue on migration
    RCP = "rcp"  # regional consultative process on migration (state-led, regional)
    INTERREGIONAL = "interregional"  # interregional forum on migration


@dataclass(frozen=True)
class Platform:
    code: str
    name: str
    kind: PlatformKind
    regions: tuple[str, ...] = ()  # M49 codes of the regions it gathers; empty for global fora


_G, _R, _I = PlatformKind.GLOBAL, PlatformKind.RCP, PlatformKind.INTERREGIONAL

PLATFORMS: tuple[Platform, ...] = (
    Platform("imrf", "International Migration Review Forum", _G),
    Platform("gcm_regional_review", "Regional review of the Global Compact for Migration", _G),
    Platform("un_network_on_migration", "United Nations Network on Migration", _G),
    Platform("gfmd", "Global Forum on Migration and Development", _G),
    Platform("gfmd_mayors_mechanism", "Mayors Mechanism of the GFMD", _G),
    Platform("idm", "International Dialogue on Migration (IOM)", _G),
    Platform("grcp", "Global Meeting of Chairs and Secretariats of RCPs", _G),
    Platform("puebla_process", "Regional Conference on Migration (Puebla Process)", _R, ("019",)),
    Platform("sacm", "South American Conference on Migration", _R, ("019",)),
    Platform("quito_process", "Quito Process", _R, ("019",)),
    Platform("midwa", "Migration Dialogue for West Africa", _R, ("002",)),
    Platform("midsa", "Migration Dialogue for Southern Africa", _R, ("002",)),
    Platform("midcom", "Migration Dialogue for COMESA Member States", _R, ("002",)),
    Platform("midcas", "Migration Dialogue for Central African States", _R, ("002",)),
    Platform("igad_rcp", "IGAD Regional Consultative Process on Migration", _R, ("002",)),
    Platform(
        "arcp",
        "Arab Regional Consultative Process on Migration and Refugee Affairs",
        _R,
        ("002", "142"),
    ),
    Platform("abu_dhabi_dialogue", "Abu Dhabi Dialogue", _R, ("142",)),
    Platform("colombo_process", "Colombo Process", _R, ("142",)),
    Platform("almaty_process", "Almaty Process", _R, ("142",)),
    Platform(
        "bali_process",
        "Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime",
        _R,
        ("142", "009"),
    ),
    Platform("pidc", "Pacific Immigration Development Community", _R, ("009",)),
    Platform("budapest_process", "Budapest Process", _R, ("150", "142")),
    Platform("prague_process", "Prague Process", _R, ("150", "142")),
    Platform(
        "igc", "Intergovernmental Consultations on Migration, Asylum and Refugees", _R, ("150",)
    ),
    Platform(
        "five_plus_five",
        "5+5 Dialogue on Migration in the Western Mediterranean",
        _I,
        ("150", "002"),
    ),
    Platform("mtm", "Mediterranean Transit Migration Dialogue", _I, ("150", "002", "142")),
    Platform(
        "rabat_process",
        "Euro-African Dialogue on Migration and Development (Rabat Process)",
        _I,
        ("150", "002"),
    ),
    Platform(
        "khartoum_process",
        "EU-Horn of Africa Migration Route Initiative (Khartoum Process)",
        _I,
        ("150", "002"),
    ),
    Platform(
        "africa_eu_partnership",
        "Africa-EU Partnership on Migration, Mobility and Employment",
        _I,
        ("150", "002"),
    ),
)

PLATFORM_CODES: frozenset[str] = frozenset(platform.code for platform in PLATFORMS)


def is_platform_code(code: str) -> bool:
    return code in PLATFORM_CODES
