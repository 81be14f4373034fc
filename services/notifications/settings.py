"""Settings of the notifications service, read from `NOTIFICATIONS_*` (and the shared `ALIANZA_*`) variables."""

from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class NotificationsSettings(ServiceSettings):
    model_config = SettingsConfigDict(
        env_prefix="NOTIFICATIONS_", extra="ignore", populate_by_name=True
    )
