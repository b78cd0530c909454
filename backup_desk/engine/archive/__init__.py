"""The archive container: ZIP64 (zstd / deflate / stored entries) optionally inside an AES-256-GCM envelope,
with a manifest and the restore safety rules. Format: docs/archive-format.md."""

from backup_desk.engine.archive.decrypt import decrypt_archive
from backup_desk.engine.archive.envelope import rewrap_passphrase
from backup_desk.engine.archive.identity import ArchiveIdentity, read_identity
from backup_desk.engine.archive.kdf import KdfParams
from backup_desk.engine.archive.manifest import (
    EntryRecord,
    FileRecord,
    FolderRecord,
    Manifest,
    ManifestTotals,
    file_entry_name,
)
from backup_desk.engine.archive.reader import ArchiveReader, IntegrityReport
from backup_desk.engine.archive.writer import ArchiveWriter, CommittedArchive, FileDigest, FileJob, FileResult

__all__ = [
    "ArchiveIdentity",
    "ArchiveReader",
    "ArchiveWriter",
    "CommittedArchive",
    "EntryRecord",
    "FileDigest",
    "FileJob",
    "FileRecord",
    "FileResult",
    "FolderRecord",
    "IntegrityReport",
    "KdfParams",
    "Manifest",
    "ManifestTotals",
    "decrypt_archive",
    "file_entry_name",
    "read_identity",
    "rewrap_passphrase",
]
