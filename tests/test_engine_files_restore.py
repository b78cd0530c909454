"""File-restore safety rules that hold whatever the archive says (links, paths, occupied targets).

These records hold only folders and links, so no archive entry is read; the full path through a real
archive is covered by test_engine_roundtrip.py.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from backup_desk.engine.archive.manifest import FileRecord
from backup_desk.engine.files import check_targets, plan_files, resolve_destinations, restore_files
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import TargetNotEmptyError, UnsafeArchiveError, UserInputError


def rec(path: str, kind: str = "dir", target: str | None = None, mode: int = 0o755) -> FileRecord:
    entry = f"files/L/{path}" + ("/" if kind == "dir" else "")
    return FileRecord("L", path, entry, kind, 0, mode, 1_700_000_000.5, None, target)  # type: ignore[arg-type]


def restore(records: list[FileRecord], dest: Path, replace: bool = False) -> Any:
    return restore_files(None, records, {"L": dest}, replace=replace,  # type: ignore[arg-type]
                         reporter=ProgressReporter(), cancel=CancelToken())


def test_links_that_escape_directly_or_through_other_links_are_skipped(tmp_path: Path) -> None:
    records = [
        rec("a"),
        rec("a/up", "symlink", ".."),  # inside (points at the restored folder itself)
        rec("a/sneaky", "symlink", "up/../outside"),  # looks inside, resolves outside through a/up
        rec("a/plain-escape", "symlink", "../../etc/passwd"),
        rec("abs", "symlink", "/etc/passwd"),
        rec("ok", "symlink", "a"),
    ]
    dest = tmp_path / "out" / "L"
    result = restore(records, dest)
    assert os.readlink(dest / "a" / "up") == ".."
    assert os.readlink(dest / "ok") == "a"
    for gone in ("a/sneaky", "a/plain-escape", "abs"):
        assert not os.path.lexists(dest / gone), gone
        assert any(gone in w for w in result.warnings)
    assert len(result.warnings) == 3
    assert os.stat(dest / "a").st_mtime == 1_700_000_000.5
    assert not list((tmp_path / "out").glob("*.bdtmp"))


def test_a_link_cannot_redirect_a_later_write(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    # "a" as a link to a folder inside, then "a/b" as a folder: links are made last, so "a" is a real folder.
    records = [rec("x"), rec("a", "symlink", "x"), rec("a/b")]
    dest = tmp_path / "out" / "L"
    result = restore(records, dest)
    assert (dest / "a" / "b").is_dir() and not (dest / "a").is_symlink()
    assert any("a" in w for w in result.warnings)
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize("bad", ["../evil", "a/../../evil", "/abs", "a//b", "c:/x", "a\\b", "nul\0byte"])
def test_unsafe_paths_refuse_everything(tmp_path: Path, bad: str) -> None:
    dest = tmp_path / "out" / "L"
    with pytest.raises(UnsafeArchiveError):
        restore([rec("fine"), rec(bad)], dest)
    assert not dest.exists()
    assert not list((tmp_path / "out").glob("*"))


def test_modes_are_masked_and_occupied_targets_refused(tmp_path: Path) -> None:
    dest = tmp_path / "out" / "L"
    restore([rec("sticky", mode=0o7777)], dest)
    assert (dest / "sticky").stat().st_mode & 0o7777 == 0o777
    with pytest.raises(TargetNotEmptyError) as err:
        check_targets({"L": dest}, replace=False)
    assert "replace" in err.value.hint
    check_targets({"L": dest}, replace=True)
    restore([rec("sticky", mode=0o700), rec("more")], dest, replace=True)
    assert (dest / "sticky").stat().st_mode & 0o777 == 0o700 and (dest / "more").is_dir()


def test_destinations_and_plan(tmp_path: Path) -> None:
    labels = ["Docs", "Pics"]
    assert resolve_destinations(labels, to_folder=tmp_path, original_folders=None, chosen=None) == {
        "Docs": tmp_path / "Docs", "Pics": tmp_path / "Pics"}
    assert resolve_destinations(labels, to_folder=None, original_folders={"Pics": tmp_path / "p"},
                                chosen=["Pics"]) == {"Pics": tmp_path / "p"}
    with pytest.raises(UserInputError):
        resolve_destinations(labels, to_folder=tmp_path, original_folders=None, chosen=["Nope"])
    with pytest.raises(UserInputError):
        resolve_destinations(labels, to_folder=None, original_folders={"Pics": tmp_path}, chosen=None)
    plan = plan_files([rec("d"), rec("d/f", "symlink", "x")], {"L": tmp_path / "L"})
    assert [(p.kind, p.target) for p in plan] == [
        ("folder", str(tmp_path / "L")), ("folder", str(tmp_path / "L" / "d")),
        ("file", str(tmp_path / "L/d/f"))]
    assert not (tmp_path / "L").exists()
