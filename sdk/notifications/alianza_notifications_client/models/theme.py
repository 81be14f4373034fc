from enum import StrEnum


class Theme(StrEnum):
    DATA_COOPERATION = "data_cooperation"
    DEVELOPMENT_CONTRIBUTION = "development_contribution"
    HUMAN_RIGHTS = "human_rights"
    MIGRATION_GOVERNANCE = "migration_governance"
    SHARED_RESPONSIBILITY = "shared_responsibility"
    VULNERABLE_MIGRANTS = "vulnerable_migrants"

    def __str__(self) -> str:
        return str(self.value)
