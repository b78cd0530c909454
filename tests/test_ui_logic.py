"""The window's pure logic, tested directly (no window): passphrase strength, the form's instant checks,
the restore choice's validation, which history actions are allowed, and the history table model."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from backup_desk.services.archive_contents import ArchiveContents
from backup_desk.services.models import BackupView, ConfigInput
from backup_desk.ui.controllers.config_form import local_errors, passphrase_strength
from backup_desk.ui.controllers.history_actions import Allowed, allowed_actions
from backup_desk.ui.controllers.restore import RestoreChoice, validate_choice
from backup_desk.ui.history.model import BADGE_ROLE, COLUMNS, ID_ROLE, HistoryModel
from backup_desk.vocabulary import BackupStatus, BackupType

pytestmark = pytest.mark.usefixtures("qapp")  # translation and models need a QCoreApplication


@pytest.mark.parametrize(
    ("passphrase", "score", "word"),
    [("", 0, ""), ("abc", 1, "Weak"), ("abcdefgh1", 2, "Fair"), ("Abcdefgh12345", 3, "Good"),
     ("correct horse battery staple", 4, "Strong"), ("Tr0ub4dor&3xyzzy!", 4, "Strong")],
)
def test_passphrase_strength(passphrase: str, score: int, word: str) -> None:
    assert passphrase_strength(passphrase) == (score, word)


def test_longer_is_never_weaker() -> None:
    scores = [passphrase_strength("a" * n)[0] for n in range(1, 40)]
    assert scores == sorted(scores) and scores[-1] == 4


def _form(**kw: object) -> ConfigInput:
    values: dict[str, object] = {"name": "Shop", "source_url": "sqlite:////tmp/shop.db"}
    values.update(kw)
    return ConfigInput(**values)  # type: ignore[arg-type]


def test_local_errors_accept_a_complete_form() -> None:
    assert local_errors(_form(), "", needs_passphrase=False) == {}


@pytest.mark.parametrize(
    ("changes", "again", "needs", "field", "text"),
    [
        ({"name": "  "}, "", False, "name", "A name is required."),
        ({"retention_days": 0}, "", False, "retention_days", "Keep backups between 1 and 365 days."),
        ({"retention_days": 366}, "", False, "retention_days", "Keep backups between 1 and 365 days."),
        ({"include_files": True}, "", False, "folders",
         "Add at least one folder, or turn off “Include files”."),
        ({"source_url": None}, "", False, "source_url", "Give a database address, or include folders."),
        ({"encryption_enabled": True}, "", True, "passphrase", "Encryption needs a passphrase."),
        ({"encryption_enabled": True, "passphrase": "one two three"}, "one two thre", True, "passphrase",
         "The two passphrases differ."),
    ],
)
def test_local_errors_name_the_field(changes: dict[str, object], again: str, needs: bool, field: str,
                                     text: str) -> None:
    assert local_errors(_form(**changes), again, needs_passphrase=needs) == {field: text}


def test_an_unchanged_stored_passphrase_needs_no_retyping() -> None:
    assert local_errors(_form(encryption_enabled=True), "", needs_passphrase=False) == {}


DB = "sqlite:////tmp/x.db"
OUT = Path("/tmp/out")
CONTENTS = ArchiveContents(tables=(("customers", 3), ("orders", 5)), folders=(("docs", "/srv/docs"),),
                           has_database=True, dialect="sqlite")


@pytest.mark.parametrize(
    ("choice", "contents", "expected"),
    [
        (RestoreChoice(), None, "Reading the archive…"),
        (RestoreChoice(in_place=True), CONTENTS, None),
        (RestoreChoice(to_url=DB, to_folder=OUT), CONTENTS, None),
        (RestoreChoice(to_folder=OUT), CONTENTS, "Give the address of the database to restore into."),
        (RestoreChoice(to_url=DB), CONTENTS, "Choose the folder to restore files into."),
        (RestoreChoice(to_url=DB, scope="schema"), CONTENTS, None),
        (RestoreChoice(to_url=DB, scope="tables"), CONTENTS, "Tick at least one table."),
        (RestoreChoice(to_url=DB, scope="tables", tables=("orders",)), CONTENTS, None),
        (RestoreChoice(to_folder=OUT, scope="folders"), CONTENTS, "Tick at least one folder."),
        (RestoreChoice(include_database=False, include_files=False), CONTENTS,
         "Choose something to restore."),
    ],
)
def test_validate_choice(choice: RestoreChoice, contents: ArchiveContents | None,
                         expected: str | None) -> None:
    assert validate_choice(choice, contents) == expected


def _backup(status: BackupStatus = BackupStatus.COMPLETED, path: str = "/a/b.zip",
            **kw: object) -> BackupView:
    values: dict[str, object] = dict(
        id=7, backup_name="Nightly", backup_type=BackupType.FULL, status=status, configuration_id=1,
        configuration_name="Shop", file_size=1_500_000, file_path=path, duration_seconds=12.5,
        started_at=datetime(2026, 11, 2, 9, 30, tzinfo=UTC), completed_at=None, tables_count=2,
        records_count=8, files_count=1, error_message="", created_at=datetime(2026, 11, 2, 9, 29, tzinfo=UTC))
    values.update(kw)
    return BackupView(**values)  # type: ignore[arg-type]


def test_allowed_actions_follow_status_and_jobs() -> None:
    everything = Allowed(details=True, save=True, restore=True, verify=True, delete=True)
    assert allowed_actions(None, busy=False) == Allowed(why_not="Choose a backup in the list first.")
    assert allowed_actions(_backup(), busy=False) == everything
    assert allowed_actions(_backup(), busy=True) == Allowed(
        details=True, why_not="Wait until the job running on this backup ends.")
    no_archive = "Only a completed backup has an archive to copy, restore or verify."
    deletable = Allowed(details=True, delete=True, why_not=no_archive)
    assert allowed_actions(_backup(path=""), busy=False) == deletable
    assert allowed_actions(_backup(BackupStatus.FAILED, ""), busy=False) == deletable
    running = Allowed(details=True, why_not="This backup is still running.")
    assert allowed_actions(_backup(BackupStatus.RUNNING, ""), busy=False) == running
    assert allowed_actions(_backup(BackupStatus.PENDING, ""), busy=False) == running


def test_history_model_cells_and_roles() -> None:
    model = HistoryModel()
    rows = (_backup(), _backup(BackupStatus.FAILED, "", id=8, backup_name="Broken", configuration_name=None))
    model.set_rows(rows)
    assert model.rowCount() == 2 and model.columnCount() == len(COLUMNS)
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    cell = {c: model.data(model.index(0, i)) for i, c in enumerate(COLUMNS)}
    assert cell["name"] == "Nightly" and cell["configuration"] == "Shop" and cell["size"] == "1.5 MB"
    assert model.data(model.index(1, COLUMNS.index("configuration"))) == "—"
    assert model.data(model.index(1, 0), ID_ROLE) == 8
    assert model.data(model.index(1, COLUMNS.index("status")), BADGE_ROLE) == BackupStatus.FAILED
    assert cell["status"] == "Completed" and cell["type"] == "Full"  # the labels of backup_desk.vocabulary
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.row_at(2) is None and model.data(model.index(5, 0)) is None
    assert model.data(QModelIndex()) is None
    model.set_rows(())
    assert model.rowCount() == 0


def test_owners_are_offered_for_engines_that_have_them() -> None:
    from dataclasses import replace

    from backup_desk.ui.controllers.restore import owners_apply

    assert not owners_apply(CONTENTS)  # sqlite
    assert owners_apply(replace(CONTENTS, dialect="postgresql"))
    assert owners_apply(replace(CONTENTS, dialect="mysql"))
    assert not owners_apply(replace(CONTENTS, dialect="postgresql", has_database=False))


def test_restore_arguments_carry_keep_owners_only_with_a_database() -> None:
    from types import SimpleNamespace

    from backup_desk.ui.controllers.restore import restore_arguments

    backup: Any = SimpleNamespace(id=7)
    both = restore_arguments(backup, RestoreChoice(to_url=DB, to_folder=OUT, keep_owners=True), CONTENTS,
                             dry_run=True)
    assert both["keep_owners"] is True and both["to_url"] == DB
    files_only = RestoreChoice(to_folder=OUT, scope="folders", folders=("docs",), keep_owners=True)
    assert restore_arguments(backup, files_only, CONTENTS, dry_run=True)["keep_owners"] is False
    in_place = RestoreChoice(in_place=True, keep_owners=True)
    assert restore_arguments(backup, in_place, CONTENTS, dry_run=False)["keep_owners"] is True
    assert restore_arguments(backup, RestoreChoice(to_url=DB), CONTENTS, dry_run=True)["keep_owners"] is False
