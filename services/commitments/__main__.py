"""`python -m services.commitments api|relay|consume|migrate|sweep`: the commitments service's processes."""

from pathlib import Path

from services.commitments.consumers import CONSUMES, HANDLERS
from services.commitments.settings import CommitmentsSettings
from services.commitments.sweep import run_sweep
from shared.processes import ServiceProcesses

PROCESSES = ServiceProcesses(
    settings=CommitmentsSettings,
    app="services.commitments.app:create_app",
    port=8002,
    migrations=Path(__file__).parent / "migrations",
    models="services.commitments.models",
    consumes=CONSUMES,
    handlers=HANDLERS,
    extras={"sweep": run_sweep},
)

if __name__ == "__main__":
    PROCESSES.main()
