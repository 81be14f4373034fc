from enum import StrEnum


class PartnershipStatus(StrEnum):
    ADOPTED = "adopted"
    COMPLETED = "completed"
    DISCONTINUED = "discontinued"
    DRAFT = "draft"
    IMPLEMENTING = "implementing"
    PROPOSED = "proposed"
    REJECTED = "rejected"
    UNDER_REVIEW = "under_review"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
