"""Alembic's environment for the library server: always online, on the connection
desktop.library.admin hands over in config.attributes["connection"]."""

from __future__ import annotations

from alembic import context

from desktop.library.server_schema import SCHEMA, metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table_schema=SCHEMA,
    include_schemas=True,
)
with context.begin_transaction():
    context.run_migrations()
