"""The closed vocabularies a partnership is described with: themes, levels, partner kinds and
the roles a country plays. Every service validates against these and the registry serves them."""

from __future__ import annotations

from enum import StrEnum


class Theme(StrEnum):
    """The concept note's six themes."""

    HUMAN_RIGHTS = "human_rights"
    VULNERABLE_MIGRANTS = "vulnerable_migrants"
    DEVELOPMENT_CONTRIBUTION = "development_contribution"
    SHARED_RESPONSIBILITY = "shared_responsibility"
    DATA_COOPERATION = "data_cooperation"
    MIGRATION_GOVERNANCE = "migration_governance"


class Level(StrEnum):
    LOCAL = "local"
    NATIONAL = "national"
    BILATERAL = "bilateral"
    REGIONAL = "regional"
    GLOBAL = "global"


class PartnerKind(StrEnum):
    NATIONAL_GOVERNMENT = "national_government"
    LOCAL_GOVERNMENT = "local_government"
    LINE_MINISTRY = "line_ministry"
    CIVIL_SOCIETY = "civil_society"
    PRIVATE_SECTOR = "private_sector"
    MIGRANT_ORGANISATION = "migrant_organisation"
    DIASPORA_ORGANISATION = "diaspora_organisation"
    ACADEMIA = "academia"
    MEDIA = "media"
    EMPLOYER_OR_RECRUITER = "employer_or_recruiter"
    FINANCIAL_SECTOR = "financial_sector"
    LOCAL_NGO = "local_ngo"
    INTERNATIONAL_NGO = "international_ngo"
    LOCAL_COMMUNITY = "local_community"
    UN_AGENCY = "un_agency"
    INTERGOVERNMENTAL_BODY = "intergovernmental_body"
    TRANSNATIONAL_NETWORK = "transnational_network"


class CountryRole(StrEnum):
    ORIGIN = "origin"
    TRANSIT = "transit"
    DESTINATION = "destination"


def label(value: StrEnum | str) -> str:
    """A readable English label for a vocabulary value: `national_government` → `National government`."""
    return humanise(value.value if isinstance(value, StrEnum) else value)


def humanise(code: str) -> str:
    words = code.replace("_", " ").split()
    words = ["UN" if word == "un" else word for word in words]
    text = " ".join(words)
    return text[:1].upper() + text[1:]
