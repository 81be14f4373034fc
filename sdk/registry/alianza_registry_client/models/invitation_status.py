from enum import StrEnum


class InvitationStatus(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    OPEN = "open"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
