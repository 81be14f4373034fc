from enum import StrEnum


class Axis(StrEnum):
    COUNTRY = "country"
    GCM_OBJECTIVE = "gcm_objective"
    LEVEL = "level"
    PARTNER_KIND = "partner_kind"
    PLATFORM = "platform"
    REGION = "region"
    SDG_GOAL = "sdg_goal"
    SDG_TARGET = "sdg_target"
    STATUS = "status"
    SUB_REGION = "sub_region"
    THEME = "theme"

    def __str__(self) -> str:
        return str(self.value)
