"""MariaDB/MySQL native section ("mysql-sql/1"): SHOW CREATE definitions and server-formatted INSERTs.

See layout.py for the entries and docs/archive-format.md §8.3 for the format of record.
"""

from backup_desk.engine.database.native.mysql.format import MYSQL_FORMAT, MysqlFormat

__all__ = ["MYSQL_FORMAT", "MysqlFormat"]
