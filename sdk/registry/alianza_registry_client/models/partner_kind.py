from enum import StrEnum


class PartnerKind(StrEnum):
    ACADEMIA = "academia"
    CIVIL_SOCIETY = "civil_society"
    DIASPORA_ORGANISATION = "diaspora_organisation"
    EMPLOYER_OR_RECRUITER = "employer_or_recruiter"
    FINANCIAL_SECTOR = "financial_sector"
    INTERGOVERNMENTAL_BODY = "intergovernmental_body"
    INTERNATIONAL_NGO = "international_ngo"
    LINE_MINISTRY = "line_ministry"
    LOCAL_COMMUNITY = "local_community"
    LOCAL_GOVERNMENT = "local_government"
    LOCAL_NGO = "local_ngo"
    MEDIA = "media"
    MIGRANT_ORGANISATION = "migrant_organisation"
    NATIONAL_GOVERNMENT = "national_government"
    PRIVATE_SECTOR = "private_sector"
    TRANSNATIONAL_NETWORK = "transnational_network"
    UN_AGENCY = "un_agency"

    def __str__(self) -> str:
        return str(self.value)
