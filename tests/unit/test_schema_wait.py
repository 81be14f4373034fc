"""When a pod's init container lets it start: the database carries what its image's code needs.

A service's migrations have two branches (its own and the shared delivery kit's), so the
database records two heads, each branch's newest."""

from typing import Any

import pytest

from deploy.kubernetes.schema import carries, migration_scripts


@pytest.fixture(scope="module")
def scripts() -> Any:
    return migration_scripts("registry", "postgresql+asyncpg://unused@127.0.0.1/unused")


def heads(scripts: Any) -> set[str]:
    return set(scripts.get_heads())


def test_a_database_at_this_images_heads_carries_it(scripts: Any) -> None:
    assert carries(scripts, heads(scripts))


def test_a_database_behind_this_image_does_not(scripts: Any) -> None:
    own = next(head for head in heads(scripts) if head.startswith("r"))
    previous = scripts.get_revision(own).down_revision
    assert not carries(scripts, heads(scripts) - {own} | {previous})
    assert not carries(scripts, heads(scripts) - {own})
    assert not carries(scripts, set())


def test_an_older_image_runs_on_a_database_a_newer_one_migrated(scripts: Any) -> None:
    # Alembic records only each branch's newest revision: an older image sees one it does not
    # know, made by the newer image's migrations, which only ever add.
    own = next(head for head in heads(scripts) if head.startswith("r"))
    assert carries(scripts, heads(scripts) - {own} | {"r9999_made_by_a_newer_image"})
