"""`create-default-configs`: the specification's four demonstration configurations, against a demo source
the application generates (see maintenance/demo_data.py), so a newcomer can back up and restore at once.

Idempotent: the demo database and files are made only when missing, a configuration only when no
configuration has its name. The GUI calls `ensure_demo` on first start.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from backup_desk.catalog.models import Configuration
from backup_desk.ops.logs import operations_logger
from backup_desk.services import configs
from backup_desk.services.context import AppContext
from backup_desk.services.maintenance.demo_data import ensure_demo_source
from backup_desk.services.models import ConfigInput
from backup_desk.vocabulary import BackupType, Frequency


@dataclass(frozen=True)
class DemoReport:
    demo_dir: Path
    database_path: Path
    database_url: str
    database_created: bool
    demo_rows: int  # rows written when the database was created (0 when it already existed)
    folder_path: Path
    files_created: int
    created_configs: tuple[str, ...]
    existing_configs: tuple[str, ...]


def demo_configs(database_url: str, folder: Path) -> tuple[ConfigInput, ...]:
    """The specification's four: daily full (active), weekly metadata (active), development (inactive),
    monthly archive (active). Their schedules are daytime ones a desktop is on for (12:30, Friday 16:00,
    the 1st at 12:00), and the first run comes after creation: nothing is overdue on the first day."""
    folders = (str(folder),)
    return (
        ConfigInput(name="Daily full backup", backup_type=BackupType.FULL, frequency=Frequency.DAILY,
                    is_active=True, include_files=True, retention_days=14, source_url=database_url,
                    folders=folders, time_of_day="12:30"),
        ConfigInput(name="Weekly metadata", backup_type=BackupType.METADATA, frequency=Frequency.WEEKLY,
                    is_active=True, include_files=False, retention_days=90, source_url=database_url,
                    time_of_day="16:00", weekday=4),
        ConfigInput(name="Development backup", backup_type=BackupType.DATA, frequency=Frequency.MANUAL,
                    is_active=False, include_files=True, compression_enabled=False,
                    compression_algorithm="store", retention_days=7, source_url=database_url,
                    folders=folders),
        ConfigInput(name="Monthly archive", backup_type=BackupType.FULL, frequency=Frequency.MONTHLY,
                    is_active=True, include_files=True, compression_algorithm="deflate", retention_days=365,
                    source_url=database_url, folders=folders, time_of_day="12:00", month_day=1),
    )


def ensure_demo(ctx: AppContext) -> DemoReport:
    source = ensure_demo_source(ctx.paths.demo_dir)
    url = f"sqlite:///{source.database_path}"
    created: list[str] = []
    existing: list[str] = []
    for data in demo_configs(url, source.folder_path):
        with ctx.catalog.read() as session:
            found = session.scalar(select(Configuration.id).where(Configuration.name == data.name))
        if found is not None:
            existing.append(data.name)
            continue
        configs.create_config(ctx, data)
        created.append(data.name)
    if created or source.database_created:
        operations_logger().info("create-default-configs: demo source in %s, %d configuration(s) created",
                                 ctx.paths.demo_dir, len(created))
    return DemoReport(ctx.paths.demo_dir, source.database_path, url, source.database_created, source.rows,
                      source.folder_path, source.files_created, tuple(created), tuple(existing))
