"""Settings of the commitments service, read from `COMMITMENTS_*` (and the shared `ALIANZA_*`) variables."""

from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class CommitmentsSettings(ServiceSettings):
    model_config = SettingsConfigDict(
        env_prefix="COMMITMENTS_", extra="ignore", populate_by_name=True
    )
