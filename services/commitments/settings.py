"""Settings of the commitments service, read from `COMMITMENTS_*` (and the shared `ALIANZA_*`) variables."""

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class CommitmentsSettings(ServiceSettings):
    model_config = SettingsConfigDict(
        env_prefix="COMMITMENTS_", extra="ignore", populate_by_name=True
    )

    # How often the sweep looks for due and overdue commitments.
    sweep_interval_seconds: float = Field(default=60.0, gt=0)
    # How many days before a reporting period ends (for the last period, the due date) a
    # commitment gets its `commitment.report_due` notice for that period.
    report_due_days: int = Field(default=14, ge=0)
    # Shifts the service's clock by whole days, so an end-to-end test can move time forward
    # without touching the machine's clock. Zero outside tests.
    clock_offset_days: int = 0
