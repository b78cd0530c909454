"""Alembic environment, run programmatically by `backup_desk.catalog.migrate.upgrade_to_head`.

The caller hands over an open connection in `config.attributes["connection"]`; no alembic.ini is read.
"""

from __future__ import annotations

from alembic import context

from backup_desk.catalog.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: rebuild tables in batch mode
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
