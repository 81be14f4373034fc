"""`python -m services.commitments api|relay|consume|migrate`: the commitments service's processes."""

from pathlib import Path

from services.commitments.consumers import CONSUMES, HANDLERS
from services.commitments.settings import CommitmentsSettings
from shared.processes import ServiceProcesses

PROCESSES = ServiceProcesses(
    settings=CommitmentsSettings,
    app="services.commitments.app:create_app",
    port=8002,
    migrations=Path(__file__).parent / "migrations",
    models="services.commitments.models",
    consumes=CONSUMES,
    handlers=HANDLERS,
)

if __name__ == "__main__":
    PROCESSES.main()
