from enum import StrEnum


class MemberRole(StrEnum):
    FUNDING = "funding"
    IMPLEMENTING = "implementing"
    LEAD = "lead"
    OBSERVER = "observer"
    TECHNICAL = "technical"

    def __str__(self) -> str:
        return str(self.value)
