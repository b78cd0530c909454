"""Automatic runs: what is due runs once, failures fail closed and visibly, no flooding."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from backup_desk.catalog.models import Configuration, utcnow
from backup_desk.services import configs, scheduler
from backup_desk.services.history import list_backups
from backup_desk.services.models import ConfigInput, HistoryFilter
from tests.test_services_runs import make_folder, make_source


def _age(ctx, config_id: int, days: int) -> None:  # type: ignore[no-untyped-def]
    with ctx.catalog.write() as s:
        s.get(Configuration, config_id).created_at = utcnow() - timedelta(days=days)


def test_run_due_runs_each_due_configuration_once(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = make_source(tmp_path)
    folder = make_folder(tmp_path)
    daily = configs.create_config(ctx, ConfigInput(name="Daily", source_url=f"sqlite:///{src}",
                                                   frequency="daily"))
    weekly = configs.create_config(ctx, ConfigInput(name="Weekly", include_files=True, folders=(str(folder),),
                                                    frequency="weekly"))
    configs.create_config(ctx, ConfigInput(name="Manual", source_url=f"sqlite:///{src}"))
    off = configs.create_config(ctx, ConfigInput(name="Off", source_url=f"sqlite:///{src}", frequency="daily",
                                                 is_active=False))
    for c in (daily, weekly, off):
        _age(ctx, c.id, 30)  # missed many periods while "asleep": one catch-up run each
    assert {c.name for c in scheduler.due_configs(ctx)} == {"Daily", "Weekly"}
    results = scheduler.run_due(ctx)
    assert sorted((r.configuration_name, r.status) for r in results) == [("Daily", "completed"),
                                                                          ("Weekly", "completed")]
    assert scheduler.due_configs(ctx) == []
    assert scheduler.due_configs(ctx, utcnow() + timedelta(days=1, minutes=1))[0].name == "Daily"
    assert list_backups(ctx, HistoryFilter()).total == 2


def test_missing_passphrase_fails_closed_and_visibly(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = make_source(tmp_path)
    enc = configs.create_config(ctx, ConfigInput(name="Enc", source_url=f"sqlite:///{src}", frequency="daily",
                                                 encryption_enabled=True, passphrase="kept-elsewhere"))
    ctx.secrets.set_passphrase(enc.id, None)
    _age(ctx, enc.id, 3)
    results = scheduler.run_due(ctx)
    assert [r.status for r in results] == ["failed"]
    row = list_backups(ctx, HistoryFilter()).items[0]
    assert row.status == "failed" and "passphrase" in row.error_message.lower()
    assert "kept-elsewhere" not in row.error_message
    assert configs.get_config(ctx, enc.id).overdue
    # No retry flood: the next tick within the hour does nothing.
    assert scheduler.run_due(ctx) == []
    assert list_backups(ctx, HistoryFilter()).total == 1
