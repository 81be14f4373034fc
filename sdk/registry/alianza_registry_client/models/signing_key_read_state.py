from enum import StrEnum


class SigningKeyReadState(StrEnum):
    PUBLISHED = "published"
    RETIRED = "retired"
    SIGNING = "signing"
    SUPERSEDED = "superseded"

    def __str__(self) -> str:
        return str(self.value)
