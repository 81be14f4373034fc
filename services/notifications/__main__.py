"""`python -m services.notifications api|relay|consume|dispatch|migrate`: the notifications service's processes."""

from pathlib import Path

from services.notifications.consumers import CONSUMES, HANDLERS
from services.notifications.dispatcher import run_dispatcher
from services.notifications.settings import NotificationsSettings
from shared.processes import ServiceProcesses

PROCESSES = ServiceProcesses(
    settings=NotificationsSettings,
    app="services.notifications.app:create_app",
    port=8003,
    migrations=Path(__file__).parent / "migrations",
    models="services.notifications.models",
    consumes=CONSUMES,
    handlers=HANDLERS,
    extras={"dispatch": run_dispatcher},
)

if __name__ == "__main__":
    PROCESSES.main()
