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

    # The IATI publisher the exports are written as: its organisation identifier (prefix of
    # every iati-identifier), name, IATI OrganisationType code, and where the publisher
    # vocabulary of GCM objectives is described (the registry's reference list).
    iati_reporting_org_ref: str = Field(default="XI-ALIANZA", min_length=3, max_length=100)
    iati_reporting_org_name: str = Field(default="Alianza secretariat", min_length=1)
    iati_reporting_org_type: str = Field(default="40", pattern=r"^\d{2}$")
    iati_gcm_vocabulary_uri: str = "http://127.0.0.1:8001/reference/gcm-objectives"
