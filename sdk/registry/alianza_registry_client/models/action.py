from enum import StrEnum


class Action(StrEnum):
    ADOPT = "adopt"
    CONCLUDE_REVIEW = "conclude-review"
    OPEN_REVIEW = "open-review"
    PROPOSE = "propose"
    REJECT = "reject"
    REPLICATE = "replicate"
    RETURN = "return"
    START = "start"
    WITHDRAW = "withdraw"

    def __str__(self) -> str:
        return str(self.value)
