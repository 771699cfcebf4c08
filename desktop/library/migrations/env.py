"""Alembic's environment for the library server: always online, on the connection
desktop.library.admin hands over in config.attributes["connection"]. Importing this module
outside Alembic (as the tests that import every module do) runs nothing."""

from __future__ import annotations

from alembic import context

from desktop.library.server_schema import SCHEMA, metadata


def run_migrations() -> None:
    context.configure(
        connection=context.config.attributes["connection"],
        target_metadata=metadata,
        version_table_schema=SCHEMA,
        include_schemas=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if hasattr(context, "config"):  # only while Alembic runs this environment
    run_migrations()
