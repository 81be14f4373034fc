"""The Alembic environment all services share; the service's models module is passed in."""

import importlib

from alembic import context

from shared.migrations import run_env

importlib.import_module(context.config.attributes["models_module"])  # registers its tables
run_env()
