from enum import StrEnum


class CountryRole(StrEnum):
    DESTINATION = "destination"
    ORIGIN = "origin"
    TRANSIT = "transit"

    def __str__(self) -> str:
        return str(self.value)
