from enum import StrEnum


class ReviewOutcome(StrEnum):
    COMPLETE = "complete"
    CONTINUE = "continue"
    DISCONTINUE = "discontinue"

    def __str__(self) -> str:
        return str(self.value)
