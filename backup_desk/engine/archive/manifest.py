"""The manifest: what an archive holds, written last as `manifest.json` inside the ZIP.

An archive is self-describing: files with sizes and hashes, the opaque database section (produced by the
database engine), the configuration snapshot (no secrets) and an index of every ZIP entry the writer wrote
(`entries`), which the reader uses to refuse unexpected entries and to bound decompression.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Literal, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

from backup_desk.errors import ArchiveCorruptError, UnsupportedArchiveError
from backup_desk.messages import Text

FORMAT_VERSION = 1
MANIFEST_ENTRY = "manifest.json"
FILES_PREFIX = "files/"
DB_PREFIX = "db/"
MAX_MANIFEST_BYTES = 1 << 30  # a manifest larger than this is refused (hostile archive)

FileKind = Literal["file", "dir", "symlink"]
_T = TypeVar("_T", bound="DataclassInstance")


@dataclass(frozen=True)
class FileRecord:
    label: str  # folder label (unique within the archive)
    path: str  # posix path relative to the folder
    entry: str  # ZIP entry name: files/<label>/<path> (dirs end with "/")
    kind: FileKind
    size: int
    mode: int
    mtime: float  # seconds since the epoch
    sha256: str | None = None
    link_target: str | None = None


@dataclass(frozen=True)
class FolderRecord:
    label: str
    original_path: str


@dataclass(frozen=True)
class EntryRecord:
    """One ZIP entry as the writer wrote it (filled in by `ArchiveWriter.commit`)."""

    name: str
    size: int  # uncompressed bytes
    crc32: int


@dataclass
class ManifestTotals:
    files: int = 0
    file_bytes: int = 0
    tables: int = 0
    rows: int = 0


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


@dataclass(kw_only=True)
class Manifest:
    archive_id: str
    name: str
    backup_type: str
    compression: str
    created_at: str  # ISO 8601 UTC
    tool_version: str = ""
    format_version: int = FORMAT_VERSION
    config_snapshot: dict[str, Any] = field(default_factory=dict)
    database: dict[str, Any] | None = None
    folders: list[FolderRecord] = field(default_factory=list)
    files: list[FileRecord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    totals: ManifestTotals = field(default_factory=ManifestTotals)
    entries: list[EntryRecord] = field(default_factory=list)
    # Entries written but not usable (a source file failed mid-read): present in the ZIP, never restored.
    discarded_entries: list[str] = field(default_factory=list)

    def _doc(self) -> dict[str, Any]:
        # vars() rather than dataclasses.asdict: asdict deep-copies and costs ~25 µs per file record.
        doc = {k: v for k, v in vars(self).items() if k not in ("folders", "files", "totals", "entries")}
        doc["folders"] = [vars(f) for f in self.folders]
        doc["files"] = [vars(f) for f in self.files]
        doc["totals"] = vars(self.totals)
        doc["entries"] = [vars(e) for e in self.entries]
        return doc

    def to_json_bytes(self) -> bytes:
        return _dumps(self._doc()).encode()

    def iter_json_bytes(self, chunk: int = 1 << 18) -> Iterator[bytes]:
        """The same bytes as to_json_bytes, in pieces of about `chunk` bytes: the manifest of 40,000 files
        is 20 MB of JSON, and holding it whole (text, then bytes) raised a backup's peak memory with the
        number of files. The lists' items are encoded one by one with json's C encoder (its incremental
        encoder is pure Python: 0.8 s for 10,000 files)."""
        doc = self._doc()
        parts: list[str] = ["{"]
        size = 1
        for i, key in enumerate(sorted(doc)):
            value = doc[key]
            head = ("," if i else "") + _dumps(key) + ":"
            pieces = (
                [head + "[", *(("," if j else "") + _dumps(v) for j, v in enumerate(value)), "]"]
                if isinstance(value, list)
                else [head + _dumps(value)]
            )
            for piece in pieces:
                parts.append(piece)
                size += len(piece)
                if size >= chunk:
                    yield "".join(parts).encode()
                    parts, size = [], 0
        parts.append("}")
        yield "".join(parts).encode()

    @classmethod
    def from_json_bytes(cls, data: bytes) -> Manifest:
        try:
            raw = json.loads(data.decode("utf-8"))
            if not isinstance(raw, dict):
                raise TypeError("not an object")
            version = int(raw.get("format_version", 0))
        except (ValueError, TypeError, UnicodeDecodeError) as exc:
            raise ArchiveCorruptError(
                Text("The archive's manifest is not valid JSON ({0}).", exc),
                Text("The archive is damaged; use another one."),
            ) from exc
        if version != FORMAT_VERSION:
            raise UnsupportedArchiveError(
                Text("The archive's manifest has format version {0}; this release reads "
                     "version {1}.", version, FORMAT_VERSION),
                Text("Open it with the Backup Desk release that made it, or a newer one."),
            )
        try:
            return cls(
                archive_id=str(raw["archive_id"]),
                name=str(raw["name"]),
                backup_type=str(raw["backup_type"]),
                compression=str(raw["compression"]),
                created_at=str(raw["created_at"]),
                tool_version=str(raw.get("tool_version", "")),
                format_version=version,
                config_snapshot=dict(raw.get("config_snapshot") or {}),
                database=raw.get("database"),
                folders=[_pick(FolderRecord, f) for f in raw.get("folders", [])],
                files=[_pick(FileRecord, f) for f in raw.get("files", [])],
                warnings=[str(w) for w in raw.get("warnings", [])],
                totals=_pick(ManifestTotals, raw.get("totals", {})),
                entries=[_pick(EntryRecord, e) for e in raw.get("entries", [])],
                discarded_entries=[str(e) for e in raw.get("discarded_entries", [])],
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ArchiveCorruptError(
                Text("The archive's manifest is incomplete or malformed ({0}).", exc),
                Text("The archive is damaged; use another one."),
            ) from exc

    def entry_index(self) -> dict[str, EntryRecord]:
        return {e.name: e for e in self.entries}


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def _pick(cls: type[_T], data: dict[str, Any]) -> _T:
    """A record from JSON, ignoring keys a later format revision may add (one per file and entry: the field
    names are looked up once per class, and the object is copied only when it has extra keys)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = frozenset(f.name for f in fields(cls))
    if data.keys() <= names:
        return cls(**data)
    return cls(**{k: v for k, v in data.items() if k in names})


def file_entry_name(label: str, path: str, kind: FileKind = "file") -> str:
    """ZIP entry name for a file of a folder: files/<label>/<path> (directories end with '/')."""
    name = f"{FILES_PREFIX}{label}/{path}" if path else f"{FILES_PREFIX}{label}"
    return name + "/" if kind == "dir" and not name.endswith("/") else name
