from enum import StrEnum


class PolicyArea(StrEnum):
    CHILDREN_AND_YOUTH = "children_and_youth"
    CLIMATE_CHANGE = "climate_change"
    EDUCATION = "education"
    EMPLOYMENT = "employment"
    ENVIRONMENT = "environment"
    HEALTH = "health"
    HUMANITARIAN = "humanitarian"
    HUMAN_RIGHTS = "human_rights"
    SECURITY = "security"
    SMUGGLING_AND_TRAFFICKING = "smuggling_and_trafficking"

    def __str__(self) -> str:
        return str(self.value)
