"""What an archive holds, read from its manifest (the header is decrypted when needed): for the restore
dialog's choices, without the window touching the archive format itself."""

from __future__ import annotations

from dataclasses import dataclass

from backup_desk.engine.archive.reader import ArchiveReader
from backup_desk.engine.database.section import DatabaseSection
from backup_desk.services.archive_copy import archive_passphrase
from backup_desk.services.archives import resolve_archive
from backup_desk.services.context import AppContext
from backup_desk.services.models import BackupView


@dataclass(frozen=True)
class ArchiveContents:
    tables: tuple[tuple[str, int], ...]  # (name, rows)
    folders: tuple[tuple[str, str], ...]  # (label, original path)
    has_database: bool
    dialect: str = ""
    encrypted: bool = False


def read_contents(ctx: AppContext, backup: BackupView, passphrase: str | None) -> ArchiveContents:
    """Opens the archive's manifest; the passphrase given, else the stored one, opens an encrypted one."""
    path, _backup_id = resolve_archive(ctx, str(backup.id))
    secret = archive_passphrase(ctx, path, backup.configuration_id, passphrase)
    with ArchiveReader(path, passphrase=secret) as reader:
        manifest = reader.manifest
        section = DatabaseSection.from_json(manifest.database) if manifest.database else None
        tables = tuple((t.name, t.rows) for t in section.tables) if section else ()
        folders = tuple((f.label, f.original_path) for f in manifest.folders)
    return ArchiveContents(
        tables=tables,
        folders=folders,
        has_database=section is not None,
        dialect=section.dialect if section else "",
        encrypted=secret is not None,
    )
