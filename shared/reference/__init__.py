"""Reference data every service validates against and the registry serves: countries and M49
regions, SDG goals and targets, GCM objectives, consultation platforms and the vocabularies."""

from shared.reference.countries import COUNTRY_CODES, is_country_code
from shared.reference.gcm import GCM_OBJECTIVE_TITLES, GCM_OBJECTIVES, objective_titles
from shared.reference.languages import DEFAULT_LANGUAGE, LANGUAGES, Language, is_language
from shared.reference.platforms import PLATFORM_CODES, PLATFORMS, is_platform_code
from shared.reference.sdg import SDG_GOAL_TITLES, SDG_TARGETS, goal_of, is_sdg_target
from shared.reference.vocabularies import CountryRole, Level, PartnerKind, Theme

__all__ = [
    "COUNTRY_CODES",
    "DEFAULT_LANGUAGE",
    "GCM_OBJECTIVES",
    "GCM_OBJECTIVE_TITLES",
    "LANGUAGES",
    "PLATFORMS",
    "PLATFORM_CODES",
    "SDG_GOAL_TITLES",
    "SDG_TARGETS",
    "CountryRole",
    "Language",
    "Level",
    "PartnerKind",
    "Theme",
    "goal_of",
    "is_country_code",
    "is_language",
    "is_platform_code",
    "is_sdg_target",
    "objective_titles",
]
