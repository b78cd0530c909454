"""The manifest's JSON: exact round trip, forward-compatible reading, clear errors for bad input."""

from __future__ import annotations

import json

import pytest

from backup_desk.engine.archive import FileRecord, FolderRecord, Manifest, ManifestTotals, file_entry_name
from backup_desk.errors import ArchiveCorruptError, UnsupportedArchiveError


def _manifest() -> Manifest:
    return Manifest(
        archive_id="ab" * 16,
        name="Daily",
        backup_type="full",
        compression="zstd",
        created_at="2026-11-24T10:00:00Z",
        tool_version="0.1.0",
        config_snapshot={"retention_days": 30, "nested": {"a": [1, 2]}},
        database={"dialect": "postgresql", "tables": [{"name": "t", "rows": 3}]},
        folders=[FolderRecord("docs", "/home/a/docs")],
        files=[
            FileRecord("docs", "a b/ç.txt", "files/docs/a b/ç.txt", "file", 3, 0o640, 1.5, "00" * 32),
            FileRecord("docs", "l", "files/docs/l", "symlink", 0, 0o777, 2.0, None, "ç.txt"),
        ],
        warnings=["docs/x: skipped"],
        totals=ManifestTotals(files=2, file_bytes=3, tables=1, rows=3),
    )


def test_round_trip_is_exact() -> None:
    m = _manifest()
    data = m.to_json_bytes()
    assert Manifest.from_json_bytes(data) == m
    assert json.loads(data)["format_version"] == 1
    assert "ç" in data.decode("utf-8")  # UTF-8, not \\u escapes


@pytest.mark.parametrize("chunk", [1, 7, 64, 1 << 18])
def test_streamed_json_is_the_same_bytes(chunk: int) -> None:
    """A backup writes its manifest in pieces (never the whole JSON of 40,000 files in memory)."""
    m = _manifest()
    pieces = list(m.iter_json_bytes(chunk))
    assert b"".join(pieces) == m.to_json_bytes()
    assert len(pieces) > 1 or chunk > len(m.to_json_bytes())


def test_unknown_keys_from_a_later_revision_are_ignored() -> None:
    doc = json.loads(_manifest().to_json_bytes())
    doc["something_new"] = {"x": 1}
    doc["files"][0]["xattrs"] = {"user.tag": "1"}
    doc["totals"]["dirs"] = 4
    assert Manifest.from_json_bytes(json.dumps(doc).encode()) == _manifest()


def test_other_format_versions_are_refused() -> None:
    doc = json.loads(_manifest().to_json_bytes())
    doc["format_version"] = 2
    with pytest.raises(UnsupportedArchiveError, match="format version 2; this release reads version 1"):
        Manifest.from_json_bytes(json.dumps(doc).encode())


@pytest.mark.parametrize("data", [b"{not json", b"[1, 2]", b'{"format_version": 1}', b"\xff\xfe"])
def test_malformed_manifests_are_corruption(data: bytes) -> None:
    with pytest.raises(ArchiveCorruptError, match="manifest"):
        Manifest.from_json_bytes(data)


def test_entry_names() -> None:
    assert file_entry_name("docs", "a/b.txt") == "files/docs/a/b.txt"
    assert file_entry_name("docs", "a/sub", "dir") == "files/docs/a/sub/"
    assert file_entry_name("docs", "", "dir") == "files/docs/"


def test_manifest_fields_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Manifest("ab" * 16, "n", "full", "zstd", "2026-11-24T10:00:00Z")  # type: ignore[misc]
