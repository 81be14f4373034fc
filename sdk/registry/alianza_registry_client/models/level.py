from enum import StrEnum


class Level(StrEnum):
    BILATERAL = "bilateral"
    GLOBAL = "global"
    LOCAL = "local"
    NATIONAL = "national"
    REGIONAL = "regional"

    def __str__(self) -> str:
        return str(self.value)
