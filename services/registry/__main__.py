"""`python -m services.registry api|relay|consume|migrate`: the registry service's processes."""

from pathlib import Path

from services.registry.consumers import CONSUMES, HANDLERS
from services.registry.settings import RegistrySettings
from shared.processes import ServiceProcesses

PROCESSES = ServiceProcesses(
    settings=RegistrySettings,
    app="services.registry.app:create_app",
    port=8001,
    migrations=Path(__file__).parent / "migrations",
    models="services.registry.models",
    consumes=CONSUMES,
    handlers=HANDLERS,
)

if __name__ == "__main__":
    PROCESSES.main()
