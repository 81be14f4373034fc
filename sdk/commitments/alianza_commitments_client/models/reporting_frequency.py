from enum import StrEnum


class ReportingFrequency(StrEnum):
    ANNUAL = "annual"
    ONCE = "once"
    QUARTERLY = "quarterly"
    SEMI_ANNUAL = "semi_annual"

    def __str__(self) -> str:
        return str(self.value)
