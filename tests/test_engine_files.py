"""Folder labels and the walk, on real folders."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from backup_desk.engine.files import folder_labels, scan_folder
from backup_desk.errors import SourceError
from tests.support.engine_data import make_tree


def test_labels_are_unique_stable_and_clean(tmp_path: Path) -> None:
    folders = [tmp_path / "x" / "Docs", tmp_path / "y" / "docs", tmp_path / "z" / "Docs", tmp_path / "a:b*c",
               Path("/"), tmp_path / "Café"]
    labels = [s.label for s in folder_labels(folders)]
    assert labels == ["Docs", "docs-2", "Docs-3", "a_b_c", "folder", "Café"]
    assert len({label.casefold() for label in labels}) == len(labels)
    assert [s.label for s in folder_labels(folders)] == labels  # same input, same labels
    assert [s.path for s in folder_labels(folders)] == folders


def test_walk_records_tree_without_following_links(tmp_path: Path) -> None:
    (tmp_path / "outside-secret.txt").write_text("do not take me")
    root = make_tree(tmp_path / "src")
    (root / "a" / "dir-out").symlink_to(tmp_path)  # a link to a folder above: must not be walked into
    (source,) = folder_labels([root])
    scan = scan_folder(source)
    by_rel = {e.rel: e for e in scan.entries}
    assert by_rel["empty"].kind == "dir"
    assert by_rel["empty"].mode == 0o700
    assert by_rel["a/b/c/deep.txt"].kind == "file"
    assert by_rel["日本語 docs/ファイル.md"].kind == "file"
    assert by_rel["run.sh"].mode == 0o750
    assert by_rel["a/link-escaping"].kind == "symlink"
    assert by_rel["a/link-escaping"].link_target == "../../outside-secret.txt"
    assert by_rel["link-absolute"].link_target == "/etc/hostname"
    assert by_rel["a/dir-out"].kind == "symlink"
    assert by_rel["a/dirlink-inside"].kind == "symlink"
    assert not any(rel.startswith(("a/dir-out/", "a/dirlink-inside/")) for rel in by_rel)
    assert not any("outside-secret" in rel for rel in by_rel)
    assert by_rel["big.bin"].size == (root / "big.bin").stat().st_size
    assert scan.file_count == sum(1 for e in scan.entries if e.kind == "file")
    assert scan.file_bytes == sum(e.size for e in scan.entries if e.kind == "file")
    assert by_rel["a/hello.txt"].mtime == (root / "a" / "hello.txt").stat().st_mtime
    # Parents come before their children (restore can create them in order).
    rels = [e.rel for e in scan.entries]
    assert rels.index("a") < rels.index("a/b") < rels.index("a/b/c") < rels.index("a/b/c/deep.txt")
    assert scan.warnings == []


def test_special_files_are_skipped_with_a_warning(tmp_path: Path) -> None:
    root = tmp_path / "src"
    root.mkdir()
    (root / "ok.txt").write_text("ok")
    os.mkfifo(root / "pipe")
    sock = socket.socket(socket.AF_UNIX)
    sock_path = root / "s.sock"
    try:
        sock.bind(str(sock_path))
        scan = scan_folder(folder_labels([root])[0])
    finally:
        sock.close()
    assert [e.rel for e in scan.entries] == ["ok.txt"]
    assert any("pipe" in w and "named pipe" in w for w in scan.warnings)
    assert any("s.sock" in w and "socket" in w for w in scan.warnings)


def test_undecodable_name_is_a_warning(tmp_path: Path) -> None:
    root = tmp_path / "src"
    root.mkdir()
    (root / "good.txt").write_text("x")
    with open(os.path.join(os.fsencode(root), b"bad-\xff.txt"), "wb") as f:
        f.write(b"x")
    scan = scan_folder(folder_labels([root])[0])
    assert [e.rel for e in scan.entries] == ["good.txt"]
    assert len(scan.warnings) == 1 and "UTF-8" in scan.warnings[0]


def test_names_a_restore_would_refuse_are_warnings(tmp_path: Path) -> None:
    root = tmp_path / "src"
    root.mkdir()
    for name in ("README", "readme", "café", "cafe\u0301", "line\nbreak", "back\\slash", "ok"):
        (root / name).write_text(name)
    scan = scan_folder(folder_labels([root])[0])
    # Sorted walk: the decomposed "cafe\u0301" comes first and is the one kept.
    assert sorted(e.rel for e in scan.entries) == ["README", "cafe\u0301", "ok"]
    assert len(scan.warnings) == 4
    assert any("readme" in w and "letter case" in w for w in scan.warnings)


def test_missing_folder_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as err:
        scan_folder(folder_labels([tmp_path / "nope"])[0])
    assert err.value.hint
