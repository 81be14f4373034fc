"""What the registry does when other services' events arrive: attach review dossiers."""

from services.registry.handlers import attach_dossier
from shared.catalogue import Stream
from shared.catalogue.commitments import DossierCompiled
from shared.consumer import Handler
from shared.events import Event
from shared.uow import UnitOfWork

CONSUMES: tuple[Stream, ...] = (Stream.COMMITMENTS,)


async def on_dossier_compiled(uow: UnitOfWork, event: Event) -> None:
    await attach_dossier(uow, DossierCompiled.model_validate(event.data))


HANDLERS: dict[str, Handler] = {"review.dossier_compiled": on_dossier_compiled}
