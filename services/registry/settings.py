"""Settings of the registry service, read from `REGISTRY_*` (and the shared `ALIANZA_*`) variables."""

from typing import Self

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import SettingsConfigDict

from shared.settings import Environment, ServiceSettings

# The value `make run` and docker-compose use; fine on a laptop, never in production.
DEVELOPMENT_BOOTSTRAP_SECRET = "alianza-admin-dev-secret"  # noqa: S105
MIN_PRODUCTION_SECRET_LENGTH = 24


class RegistrySettings(ServiceSettings):
    # hide_input_in_errors: a refused secret (or a database URL's password) must not be printed
    # in the error that stops the process.
    model_config = SettingsConfigDict(
        env_prefix="REGISTRY_", extra="ignore", populate_by_name=True, hide_input_in_errors=True
    )

    # The first admin client, created at startup if missing, so someone can register the others.
    bootstrap_client_id: str | None = None
    # SecretStr: a settings dump or a validation error shows `**********`, never the value.
    bootstrap_client_secret: SecretStr | None = None
    # Short-lived on purpose: there is no revocation list, so a leaked token dies by expiry.
    access_token_ttl_seconds: int = Field(default=900, ge=60, le=3600)

    @model_validator(mode="after")
    def _tokens_outlive_no_verifier(self) -> Self:
        if self.access_token_ttl_seconds > self.max_token_lifetime_seconds:
            raise ValueError(
                "REGISTRY_ACCESS_TOKEN_TTL_SECONDS is longer than ALIANZA_MAX_TOKEN_LIFETIME_SECONDS;"
                " every service would refuse the tokens issued"
            )
        return self

    @model_validator(mode="after")
    def _bootstrap_client_is_safe(self) -> Self:
        if (self.bootstrap_client_id is None) != (self.bootstrap_client_secret is None):
            raise ValueError(
                "set both REGISTRY_BOOTSTRAP_CLIENT_ID and REGISTRY_BOOTSTRAP_CLIENT_SECRET, or neither"
            )
        if self.environment is Environment.PRODUCTION and self.bootstrap_client_secret is not None:
            secret = self.bootstrap_client_secret.get_secret_value()
            if secret == DEVELOPMENT_BOOTSTRAP_SECRET:
                raise ValueError(
                    "REGISTRY_BOOTSTRAP_CLIENT_SECRET is the development secret; "
                    "production needs its own"
                )
            if len(secret) < MIN_PRODUCTION_SECRET_LENGTH:
                raise ValueError(
                    "REGISTRY_BOOTSTRAP_CLIENT_SECRET is too short for production "
                    f"(at least {MIN_PRODUCTION_SECRET_LENGTH} characters)"
                )
        return self
