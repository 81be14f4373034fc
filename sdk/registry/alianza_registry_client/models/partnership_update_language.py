from enum import StrEnum


class PartnershipUpdateLanguage(StrEnum):
    EN = "en"
    ES = "es"
    FR = "fr"

    def __str__(self) -> str:
        return str(self.value)
