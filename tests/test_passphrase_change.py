"""A passphrase is never lost while an archive needs it (issue 9): change it, turn encryption off, delete
the configuration, crash in the middle of a re-wrap — every archive still restores without retyping."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import signal
import sqlite3
import threading
from pathlib import Path

import pytest

from backup_desk.engine.archive.reader import ArchiveReader
from backup_desk.errors import PassphraseError, WrongPassphraseError
from backup_desk.services import archives, configs, history, runs
from backup_desk.services.context import AppContext
from backup_desk.services.models import ConfigInput
from backup_desk.testpoints import STOP_ENV, STOP_MESSAGE
from tests.support.cli import ok, run_cli, start_cli
from tests.support.cli_sources import make_folder_tree, tree_snapshot

OLD, NEW = "the first passphrase", "the second passphrase"


def _config(ctx: AppContext, tree: Path) -> int:
    return configs.create_config(ctx, ConfigInput(
        name="Docs", include_files=True, folders=(str(tree),), encryption_enabled=True, passphrase=OLD)).id


def _three_backups(ctx: AppContext, config_id: int) -> list[int]:
    ids = []
    for _ in range(3):
        view = runs.execute_run(ctx, runs.prepare_run(ctx, config_id))
        assert view.status == "completed", view.error_message
        ids.append(view.id)
    return ids


def _restores_all(ctx: AppContext, ids: list[int], tree: Path, where: Path) -> None:
    """Each archive restores with no passphrase typed, and holds the tree."""
    for backup_id in ids:
        target = where / f"r{backup_id}"
        archives.restore(ctx, str(backup_id), to_folder=target)
        (restored,) = list(target.iterdir())
        assert tree_snapshot(restored) == tree_snapshot(tree)


def _keyring(path: Path) -> dict[str, str]:
    return json.loads(path.read_text()) if path.exists() else {}


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return make_folder_tree(tmp_path / "docs", big_bytes=30_000)


def test_changing_the_passphrase_rewraps_every_archive(ctx: AppContext, tree: Path, tmp_path: Path,
                                                        _test_keyring: Path) -> None:
    config_id = _config(ctx, tree)
    ids = _three_backups(ctx, config_id)
    current = configs.get_config(ctx, config_id)
    changed = configs.update_config(ctx, config_id, ConfigInput(
        name="Docs", include_files=True, folders=(str(tree),), encryption_enabled=True, passphrase=NEW,
        retention_days=current.retention_days))
    assert "3 archives made with the previous passphrase now open with the new one" in changed.notice
    for backup_id in ids:
        view = history.get_backup(ctx, backup_id)
        data = Path(view.file_path).read_bytes()
        assert view.archive_sha256 == hashlib.sha256(data).hexdigest() and view.file_size == len(data)
        with ArchiveReader(Path(view.file_path), passphrase=NEW) as reader:
            reader.verify_integrity()
        with pytest.raises(WrongPassphraseError):
            ArchiveReader(Path(view.file_path), passphrase=OLD)
    assert not [k for k in _keyring(_test_keyring) if "retired" in k]  # nothing needs the old one
    _restores_all(ctx, ids, tree, tmp_path / "restored")


def test_deleting_the_configuration_keeps_its_passphrase_while_archives_need_it(
        ctx: AppContext, tree: Path, tmp_path: Path, _test_keyring: Path) -> None:
    config_id = _config(ctx, tree)
    ids = _three_backups(ctx, config_id)
    notice = configs.delete_config(ctx, config_id)
    assert "3 archives remain in the history" in notice and "kept in the system keyring" in notice
    kept = [k for k in _keyring(_test_keyring) if "retired-passphrase" in k]
    assert len(kept) == 1 and _keyring(_test_keyring)[kept[0]] == OLD
    assert not [k for k in _keyring(_test_keyring) if f"config-{config_id}-" in k]
    _restores_all(ctx, ids, tree, tmp_path / "restored")

    for backup_id in ids[:2]:  # still needed by the last one
        history.delete_backup(ctx, backup_id)
    from backup_desk.services.passphrase_change import release_unneeded

    assert release_unneeded(ctx) == [] and kept[0] in _keyring(_test_keyring)
    history.delete_backup(ctx, ids[2])
    assert len(release_unneeded(ctx)) == 1 and kept[0] not in _keyring(_test_keyring)


def test_turning_encryption_off_keeps_the_passphrase(ctx: AppContext, tree: Path, tmp_path: Path) -> None:
    config_id = _config(ctx, tree)
    (backup_id,) = _three_backups(ctx, config_id)[:1]
    view = configs.update_config(ctx, config_id, ConfigInput(
        name="Docs", include_files=True, folders=(str(tree),), encryption_enabled=False))
    assert "are still encrypted" in view.notice
    _restores_all(ctx, [backup_id], tree, tmp_path / "restored")


def test_without_keyring_the_person_is_told_to_keep_the_old_passphrase(
        ctx: AppContext, tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config_id = _config(ctx, tree)
    backup_id = _three_backups(ctx, config_id)[0]
    ctx.secrets.set_passphrase(config_id, None)  # as if no keyring had ever stored it
    view = configs.update_config(ctx, config_id, dataclasses.replace(
        ConfigInput(name="Docs", include_files=True, folders=(str(tree),), encryption_enabled=True),
        passphrase=NEW))
    assert "still need the previous passphrase, which was never stored" in view.notice
    archive = Path(history.get_backup(ctx, backup_id).file_path)
    with pytest.raises(WrongPassphraseError):  # the new (current) passphrase does not open it ...
        archives.verify(ctx, str(backup_id))
    monkeypatch.delenv("BACKUP_DESK_PASSPHRASE", raising=False)
    ctx.secrets.set_passphrase(config_id, None)
    with pytest.raises(PassphraseError) as err:  # ... and with nothing stored, it asks by the archive's date
        archives.verify(ctx, str(backup_id))
    assert "made on" in err.value.message and archive.name in err.value.message
    assert archives.verify(ctx, str(backup_id), passphrase=OLD).ok


def test_a_crash_in_the_middle_of_a_rewrap_loses_no_archive(home: Path, tree: Path, tmp_path: Path) -> None:
    ok(run_cli(home, "config", "add", "--name", "Docs", "--type", "full", "--folder", str(tree), "--encrypt",
               passphrase=OLD))
    for _ in range(3):
        ok(run_cli(home, "backup", "Docs"))
    proc = start_cli(home, "config", "edit", "Docs", "--change-passphrase", passphrase=NEW,
                     env={STOP_ENV: "rewrap-before-rename"})
    reached = threading.Event()

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.strip() == STOP_MESSAGE + "rewrap-before-rename":
                reached.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        assert reached.wait(120)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
    catalog = home / "data" / "catalog.sqlite3"
    con = sqlite3.connect(catalog)
    paths = [Path(r[0]) for r in con.execute("SELECT file_path FROM backups ORDER BY id")]
    copies = [r[0] for r in con.execute("SELECT path FROM temp_files")]
    con.close()
    assert len(copies) == 1 and Path(copies[0]).is_file()  # the half-done copy, registered
    for path in paths:  # every archive still opens with the passphrase it had
        with ArchiveReader(path, passphrase=OLD) as reader:
            reader.verify_integrity()

    ctx = AppContext.open(home)  # start-up recovery removes the copy of the dead process
    try:
        assert not Path(copies[0]).exists()
        target = tmp_path / "r1"  # the archive whose re-wrap was cut restores with no passphrase typed
        archives.restore(ctx, "1", to_folder=target)
        assert tree_snapshot(next(target.iterdir())) == tree_snapshot(tree)
        # A second change finishes the job: all three move to the newest passphrase.
        third = "the third passphrase"
        view = configs.get_config(ctx, "Docs")
        changed = configs.update_config(ctx, view.id, ConfigInput(
            name="Docs", include_files=True, folders=(str(tree),), encryption_enabled=True, passphrase=third))
        assert "3 archives" in changed.notice
        for path in paths:
            with ArchiveReader(path, passphrase=third) as reader:
                reader.verify_integrity()
    finally:
        ctx.close()
