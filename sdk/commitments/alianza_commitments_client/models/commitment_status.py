from enum import StrEnum


class CommitmentStatus(StrEnum):
    ACHIEVED = "achieved"
    AT_RISK = "at_risk"
    NOT_STARTED = "not_started"
    OFF_TRACK = "off_track"
    ON_TRACK = "on_track"
    OVERDUE = "overdue"

    def __str__(self) -> str:
        return str(self.value)
