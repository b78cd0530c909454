"""PostgreSQL native sections ("postgresql-sql/1"): pre-data / COPY data / post-data replayable by `psql`,
produced and restored without any PostgreSQL client (see docs/archive-format.md)."""

from backup_desk.engine.database.native.postgresql.format import PostgresNativeFormat

POSTGRESQL_FORMAT = PostgresNativeFormat()

__all__ = ["POSTGRESQL_FORMAT", "PostgresNativeFormat"]
