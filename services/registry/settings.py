"""Settings of the registry service, read from `REGISTRY_*` (and the shared `ALIANZA_*`) variables."""

from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class RegistrySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="REGISTRY_", extra="ignore", populate_by_name=True)
