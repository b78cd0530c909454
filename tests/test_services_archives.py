"""Restore, verify, save a copy and decrypt through the service layer, on real archives."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from backup_desk.catalog.models import AuditEvent
from backup_desk.errors import NotFoundError, UserInputError, WrongPassphraseError
from backup_desk.paths import TEMP_SUFFIX
from backup_desk.services import archives, configs, runs
from backup_desk.services.history import get_backup, list_backups
from backup_desk.services.models import ConfigInput, HistoryFilter
from tests.test_services_runs import make_folder, make_source


def _rows(db: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT id, name, balance FROM customers ORDER BY id").fetchall()
    finally:
        con.close()


@pytest.fixture
def made(ctx, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A configuration over a SQLite source and a folder, and one completed backup of it."""
    root = tmp_path / "src-root"
    root.mkdir()
    src = make_source(root)
    folder = make_folder(root)
    cfg = configs.create_config(ctx, ConfigInput(name="Main", source_url=f"sqlite:///{src}",
                                                 include_files=True,
                                                 folders=(str(folder),)))
    view = runs.execute_run(ctx, runs.prepare_run(ctx, cfg.id))
    assert view.status == "completed", view.error_message
    return cfg, view, src, folder


@pytest.fixture
def encrypted(ctx, tmp_path: Path):  # type: ignore[no-untyped-def]
    src = make_source(tmp_path, rows=10)
    cfg = configs.create_config(ctx, ConfigInput(name="Sealed", source_url=f"sqlite:///{src}",
                                                 encryption_enabled=True, passphrase="open-sesame-77"))
    view = runs.execute_run(ctx, runs.prepare_run(ctx, cfg.id))
    assert view.status == "completed", view.error_message
    return cfg, view


def test_resolve_archive(ctx, made, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _cfg, view, _src, _folder = made
    path = Path(view.file_path)
    assert archives.resolve_archive(ctx, str(view.id)) == (path, view.id)
    assert archives.resolve_archive(ctx, view.backup_name) == (path, view.id)
    assert archives.resolve_archive(ctx, str(path)) == (path, view.id)
    moved = tmp_path / "elsewhere.zip"
    moved.write_bytes(path.read_bytes())
    assert archives.resolve_archive(ctx, str(moved)) == (moved, view.id)  # known by its archive id
    with pytest.raises(NotFoundError):
        archives.resolve_archive(ctx, "no such thing")
    path.unlink()
    with pytest.raises(NotFoundError):
        archives.resolve_archive(ctx, str(view.id))


def test_restore_to_new_places(ctx, made, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _cfg, view, src, _folder = made
    target_db = tmp_path / "restored.db"
    target_dir = tmp_path / "restored-files"
    plan = archives.restore(ctx, str(view.id), to_url=f"sqlite:///{target_db}", to_folder=target_dir,
                            dry_run=True)
    assert plan.dry_run and plan.planned and not target_db.exists()
    out = archives.restore(ctx, str(view.id), to_url=f"sqlite:///{target_db}", to_folder=target_dir)
    assert (out.tables_restored, out.records_restored, out.files_restored) == (2, 150, 3)
    assert _rows(target_db) == _rows(src)
    restored = sorted(p.relative_to(target_dir) for p in target_dir.rglob("*.bin"))
    assert len(restored) == 3
    with ctx.catalog.read() as s:
        events = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert events[-1] == "restore"
    assert "Restored" in (ctx.paths.log_dir / "security.log").read_text()


def test_restore_over_the_source_makes_a_safety_backup_first(ctx, made) -> None:  # type: ignore[no-untyped-def]
    _cfg, view, src, folder = made
    original = _rows(src)
    changed_file = next(folder.rglob("*.bin"))
    original_bytes = changed_file.read_bytes()
    con = sqlite3.connect(src)
    con.execute("DELETE FROM orders")
    con.execute("DELETE FROM customers WHERE id > 10")
    con.execute("UPDATE customers SET name = 'changed'")
    con.commit()
    con.close()
    changed_file.write_bytes(b"changed after the backup")
    archives.restore(ctx, str(view.id))
    assert _rows(src) == original
    assert changed_file.read_bytes() == original_bytes
    safety = list_backups(ctx, HistoryFilter(search="Safety backup")).items
    assert len(safety) == 1 and safety[0].status == "completed"
    assert safety[0].records_count == 10  # the state just before the restore
    assert list(ctx.paths.data_dir.rglob(f"*{TEMP_SUFFIX}")) == []


def test_refused_restore_is_logged_and_writes_nothing(ctx, made, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from backup_desk.errors import TargetNotEmptyError

    _cfg, view, _src, _folder = made
    occupied = tmp_path / "occupied.db"
    con = sqlite3.connect(occupied)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, balance REAL)")
    con.execute("INSERT INTO customers VALUES (1, 'keep me', 0)")
    con.commit()
    con.close()
    with pytest.raises(TargetNotEmptyError):
        archives.restore(ctx, str(view.id), to_url=f"sqlite:///{occupied}")
    assert _rows(occupied) == [(1, "keep me", 0.0)]
    assert "restore of" in (ctx.paths.log_dir / "security.log").read_text()


def test_restore_without_configuration_needs_a_target(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = make_folder(tmp_path)
    view = runs.execute_run(ctx, runs.prepare_quick_run(ctx, name="Q", backup_type="full", source_url=None,
                                                        folders=(str(folder),)))
    with pytest.raises(UserInputError):
        archives.restore(ctx, str(view.id))


def test_verify_records_result(ctx, made) -> None:  # type: ignore[no-untyped-def]
    _cfg, view, _src, _folder = made
    out = archives.verify(ctx, str(view.id))
    assert out.ok, out.message
    row = get_backup(ctx, view.id)
    assert row.verify_ok is True and row.verified_at is not None and row.verify_message == out.message
    # Damage the archive: verification fails and says so on the row.
    path = Path(view.file_path)
    data = bytearray(path.read_bytes())
    middle = len(data) // 3
    data[middle:middle + 64] = bytes(64)
    path.write_bytes(bytes(data))
    bad = archives.verify(ctx, str(view.id))
    assert not bad.ok
    row = get_backup(ctx, view.id)
    assert row.verify_ok is False and row.verify_message
    with ctx.catalog.read() as s:
        assert [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "verify"))] == [
            "verify", "verify"]


def test_save_copy_is_identical_and_atomic(ctx, made, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _cfg, view, _src, _folder = made
    dest_dir = tmp_path / "copies"
    dest_dir.mkdir()
    out = archives.save_copy(ctx, view.id, dest_dir)
    assert out == dest_dir / Path(view.file_path).name
    assert hashlib.sha256(out.read_bytes()).hexdigest() == view.archive_sha256
    named = archives.save_copy(ctx, view.id, tmp_path / "named.zip")
    assert named.read_bytes() == out.read_bytes()
    assert list(tmp_path.rglob(f"*{TEMP_SUFFIX}")) == []


def test_save_decrypted_copy_and_decrypt(ctx, encrypted, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from backports.zstd import zipfile

    _cfg, view = encrypted
    plain = archives.save_copy(ctx, view.id, tmp_path / "plain.zip", decrypted=True)
    with zipfile.ZipFile(plain) as zf:
        assert "manifest.json" in zf.namelist() and zf.testzip() is None
    out = archives.decrypt(ctx, Path(view.file_path), tmp_path / "again.zip")  # passphrase from the keyring
    with zipfile.ZipFile(out) as zf:
        assert "manifest.json" in zf.namelist()
    with pytest.raises(WrongPassphraseError):
        archives.decrypt(ctx, Path(view.file_path), tmp_path / "bad.zip", passphrase="not-it")
    security = (ctx.paths.log_dir / "security.log").read_text()
    assert "wrong passphrase" in security and "not-it" not in security and "open-sesame-77" not in security
    with pytest.raises(UserInputError):
        archives.decrypt(ctx, plain, tmp_path / "x.zip")  # already plain


def test_verify_encrypted_uses_stored_passphrase(ctx, encrypted) -> None:  # type: ignore[no-untyped-def]
    _cfg, view = encrypted
    assert archives.verify(ctx, str(view.id)).ok


def test_safety_backup_is_full_and_covers_the_restore_whatever_the_configuration_says(  # type: ignore[no-untyped-def]
        ctx, made) -> None:
    """Issue 7: with the configuration switched to "metadata" and its folders dropped, the safety backup
    taken before an in-place restore still holds every row and the archive's folders, and is verified."""
    cfg, view, src, folder = made
    configs.update_config(ctx, cfg.id, ConfigInput(name="Main", source_url=f"sqlite:///{src}",
                                                   backup_type="metadata", include_files=False))
    con = sqlite3.connect(src)
    con.execute("INSERT INTO customers (name, balance) VALUES ('after the backup', 1)")
    con.commit()
    con.close()
    late_rows = _rows(src)
    late_file = folder / "late.txt"
    late_file.write_text("written after the backup")
    archives.restore(ctx, str(view.id))
    assert len(_rows(src)) == 50  # the backup's state is back
    safety = list_backups(ctx, HistoryFilter(search="Safety backup")).items
    assert len(safety) == 1 and safety[0].status == "completed" and safety[0].backup_type == "full"
    assert safety[0].records_count == 151 and safety[0].files_count == 4  # 51 customers + 100 orders
    assert get_backup(ctx, safety[0].id).verify_ok is True
    # The safety backup gives back exactly what the restore overwrote.
    archives.restore(ctx, str(safety[0].id))
    assert _rows(src) == late_rows and late_file.read_text() == "written after the backup"


def test_in_place_restore_refused_for_dependents_makes_no_safety_backup(ctx, made) -> None:  # type: ignore[no-untyped-def]
    from backup_desk.errors import DependentObjectsError

    _cfg, view, src, _folder = made
    con = sqlite3.connect(src)
    con.execute("CREATE VIEW rich AS SELECT name FROM customers WHERE balance > 10")
    con.commit()
    con.close()
    with pytest.raises(DependentObjectsError, match="rich"):
        archives.restore(ctx, str(view.id), tables=("customers",))
    assert not list_backups(ctx, HistoryFilter(search="Safety backup")).items
    plan = archives.restore(ctx, str(view.id), tables=("customers",), dry_run=True)
    assert sorted((n.kind, n.subject) for n in plan.notices) == [("dependent", "foreign key orders"),
                                                                 ("dependent", "view rich")]
