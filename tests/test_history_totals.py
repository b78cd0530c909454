"""The history totals the catalog's triggers keep (migration 0004), and the counts the history service
remembers with the history's change number: always equal to counting the rows themselves."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backup_desk.catalog.db import Catalog
from backup_desk.catalog.migrate import upgrade_to_head
from backup_desk.services import configs, history
from backup_desk.services.models import ConfigInput, HistoryFilter

FROZEN = Path(__file__).parent / "data" / "catalogs" / "first-schema.sqlite3"
GROUPED = ("SELECT status, backup_type, coalesce(configuration_id, 0), count(*), "
           "coalesce(sum(file_size), 0), coalesce(sum(duration_seconds), 0), count(duration_seconds) "
           "FROM backups GROUP BY 1, 2, 3")


def _kept(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT status, backup_type, configuration_key, n, size_sum, "
                                   "duration_sum, duration_n FROM backup_totals WHERE n > 0").fetchall())


def _counted(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute(GROUPED).fetchall())


def _changes(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT n FROM history_changes").fetchone()[0])


def _insert(path: Path, name: str, status: str, btype: str, config_id: int | None, size: int | None,
            duration: float | None, age_days: int = 0) -> int:
    created = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=age_days)
    with sqlite3.connect(path) as conn:
        cur = conn.execute(
            "INSERT INTO backups (backup_name, backup_type, status, configuration_id, file_size, "
            "duration_seconds, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (name, btype, status, config_id, size, duration, created))
        return int(cur.lastrowid or 0)


def test_totals_follow_inserts_updates_deletes_and_a_deleted_configuration(ctx) -> None:
    path = ctx.paths.catalog_path
    a = configs.create_config(ctx, ConfigInput(name="A", include_files=True, folders=("/tmp",)))
    b = configs.create_config(ctx, ConfigInput(name="B", include_files=True, folders=("/tmp",)))
    start = _changes(path)
    first = _insert(path, "A 1", "completed", "full", a.id, 1000, 1.5)
    second = _insert(path, "B 1", "failed", "data", b.id, None, None)
    running = _insert(path, "B 2", "running", "full", b.id, None, None)
    _insert(path, "quick", "completed", "metadata", None, 7, 0.25)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE backups SET status = 'completed', file_size = 500, duration_seconds = 3.0 "
                     "WHERE id = ?", (running,))
        conn.execute("UPDATE backups SET backup_name = 'A one' WHERE id = ?", (first,))
        conn.execute("DELETE FROM backups WHERE id = ?", (second,))
    assert _kept(path) == _counted(path)
    configs.delete_config(ctx, b.id)  # ON DELETE SET NULL moves B's rows to "no configuration"
    assert _kept(path) == _counted(path)
    assert ("completed", "full", 0, 1, 500, 3.0, 1) in _kept(path)
    assert _changes(path) >= start + 7  # every change to the history bumps the change number


def test_remembered_counts_never_outlive_a_change(ctx) -> None:
    path = ctx.paths.catalog_path
    for n in range(30):
        _insert(path, f"Nightly {n}", "completed", "full", None, 10, 1.0, age_days=n)
    search = HistoryFilter(search="nightly")
    recent = HistoryFilter(date_from=(datetime.now() - timedelta(days=9)).date())
    assert history.list_backups(ctx, search).total == 30
    assert history.list_backups(ctx, recent).total == 10
    assert history.list_backups(ctx, search, page=2, page_size=10).total == 30  # remembered, same answer
    new = _insert(path, "Nightly extra", "completed", "full", None, 10, 1.0)
    assert history.list_backups(ctx, search).total == 31
    assert history.list_backups(ctx, recent).total == 11
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE backups SET backup_name = 'Weekly' WHERE id = ?", (new,))
    assert history.list_backups(ctx, search).total == 30
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE backups SET created_at = ? WHERE id = ?",
                     (datetime(2000, 1, 1), new))
    assert history.list_backups(ctx, recent).total == 10
    # Filters the totals table answers: no filter, status, type, configuration.
    assert history.list_backups(ctx, HistoryFilter()).total == 31
    assert history.list_backups(ctx, HistoryFilter(status="completed", backup_type="full")).total == 31
    assert history.list_backups(ctx, HistoryFilter(status="failed")).total == 0


def test_upgrade_fills_the_totals_from_the_existing_history(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite3"
    shutil.copy(FROZEN, path)
    catalog = Catalog(path)
    upgrade_to_head(catalog)
    catalog.dispose()
    assert _kept(path) == _counted(path) and sum(row[3] for row in _kept(path)) == 3


def test_walk_by_name_gives_the_index_pages_for_accented_and_mixed_case_text(ctx) -> None:
    """The walk tests names itself (ASCII) or asks the search index (other text): the pages must be the ones
    collecting every index match gives, whatever the case, accents or characters of the term."""
    from sqlalchemy import func, select, text

    from backup_desk.catalog.models import Backup

    path = ctx.paths.catalog_path
    names = ("Sauvegarde complète {0}", "SAUVEGARDE COMPLÈTE {0}", "Straße {0}", "İstanbul {0}", "Plain {0}")
    for n in range(600):
        _insert(path, names[n % len(names)].format(n), "completed", "full", None, 1, 1.0, age_days=n % 50)
    with ctx.catalog.read() as session:
        for term in ("complète", "COMPLÈTE", "plète 1", "straße", "STRASSE", "istanbul", "İstan", "ain 5"):
            phrase = '"' + term.replace('"', '""') + '"'
            matches = text("SELECT rowid FROM backups_search WHERE backups_search MATCH :p")
            total = session.scalar(select(func.count()).where(Backup.id.in_(matches.bindparams(p=phrase))))
            f = HistoryFilter(search=term)
            for page in (1, 2):
                walked = history._page_ids(session, f, total, page, 10, walk=True)
                assert walked == history._page_ids(session, f, total, page, 10, walk=False), (term, page)
                assert len(walked) == min(10, max(0, total - (page - 1) * 10)), (term, page)


def test_a_first_page_comes_before_its_count_then_the_count_is_remembered(ctx) -> None:
    path = ctx.paths.catalog_path
    for n in range(60):
        _insert(path, f"Weekly {n}" if n % 2 else f"Daily {n}", "completed", "full", None, 1, 1.0, age_days=n)
    f = HistoryFilter(search="weekly")
    first = history.list_backups(ctx, f, page_size=10, count=False)
    counted = history.list_backups(ctx, f, page_size=10)
    assert not first.counted and first.items == counted.items and counted.counted and counted.total == 30
    assert (first.total, first.page_count) == (10, 2)  # the rows known so far; at least a next page
    assert history.count_backups(ctx, f) == 30
    assert history.list_backups(ctx, f, page_size=10, count=False).counted  # remembered now
    # A first page that is not full holds every match: counted at once.
    few = history.list_backups(ctx, HistoryFilter(search="Daily 1"), page_size=10, count=False)
    assert few.counted and few.total == len(few.items) == 5  # Daily 10, 12, 14, 16, 18
    # Totals the catalog keeps are never deferred; a later page is always counted.
    completed = HistoryFilter(status="completed")
    assert history.list_backups(ctx, completed, page_size=10, count=False).counted
    later = history.list_backups(ctx, HistoryFilter(search="daily"), page=2, page_size=10, count=False)
    assert later.counted and later.total == 30


@pytest.mark.gui
def test_history_tab_shows_a_new_search_rows_then_their_total(qtbot, ctx) -> None:
    from tests.support.ui_helpers import make_window, wait_idle

    path = ctx.paths.catalog_path
    for n in range(60):
        _insert(path, f"Weekly {n}" if n % 2 else f"Daily {n}", "completed", "full", None, 1, 1.0, age_days=n)
    window = make_window(qtbot, ctx)
    window.tabs.setCurrentIndex(2)
    seen: list[tuple[bool, str]] = []
    window.history_controller.page_loaded.connect(
        lambda p: seen.append((p.counted, window.history.pager.summary.text())))
    window.history.pager.size_box.setCurrentIndex(window.history.pager.size_box.findData(10))
    wait_idle(qtbot, window)
    seen.clear()
    window.history_controller.apply(HistoryFilter(search="weekly"))
    wait_idle(qtbot, window)
    assert seen == [(False, "1–10 of …"), (True, "1–10 of 30")]
    assert [b.backup_name for b in window.history.model.rows()][:2] == ["Weekly 1", "Weekly 3"]
    assert len(window.history.pager.page_buttons()) == 3  # 1 2 3 once counted
