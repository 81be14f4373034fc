from enum import StrEnum


class WaitingItemReadKind(StrEnum):
    AMENDMENT = "amendment"
    PROPOSAL = "proposal"
    REVIEW = "review"

    def __str__(self) -> str:
        return str(self.value)
