from enum import StrEnum


class ListDeliveriesStatusType0(StrEnum):
    FAILED = "failed"
    PAUSED = "paused"
    PENDING = "pending"
    RETRYING = "retrying"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)
