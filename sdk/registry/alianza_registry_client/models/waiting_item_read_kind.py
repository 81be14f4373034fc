from enum import StrEnum


class WaitingItemReadKind(StrEnum):
    PROPOSAL = "proposal"
    REVIEW = "review"

    def __str__(self) -> str:
        return str(self.value)
