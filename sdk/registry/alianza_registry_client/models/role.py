from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    OPS = "ops"
    PARTNER = "partner"
    SECRETARIAT = "secretariat"

    def __str__(self) -> str:
        return str(self.value)
