"""History use-cases (specification: GET /api/backup/history/, DELETE /api/backup/history/:id/).

Paging stays fast on a million rows: filters hit the (status|type|configuration, created_at) indexes,
the page's ids come from the index alone (a covering scan, even for a deep OFFSET), and only those rows
are then read. Past the middle the scan runs from the oldest end, so no OFFSET exceeds half the rows.
Text search uses the FTS5 trigram index `backups_search` (migration 0002) for terms of 3+ characters.
A search alone is counted in the index itself; and when a term matches a large share of the rows, the page
is found by walking the date index newest first and testing each row against the search index, which stops
after a page's worth of matches instead of collecting every match first.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session

from backup_desk.catalog.models import Backup, Configuration
from backup_desk.errors import NotFoundError, UserInputError
from backup_desk.messages import Text
from backup_desk.ops import audit
from backup_desk.services.context import AppContext
from backup_desk.services.models import BackupView, HistoryFilter, HistoryPage
from backup_desk.services.views import backup_view
from backup_desk.vocabulary import ACTIVE_STATUSES

PAGE_SIZES = (10, 25, 50, 100)
SEARCH_INDEX_MIN = 3
# Measured on a 1,000,000-row catalog: testing one row against the index while walking costs about 110
# times as much as collecting one match up front (55 µs vs 0.5 µs).
WALK_COST_RATIO = 110
WALK_BUDGET = 1_000  # rows tested one by one at most (about 50-100 ms) before collecting instead


def _local_midnight_utc(day: date) -> datetime:
    """Local midnight of `day` as an aware UTC datetime (date filters are in the person's time zone)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _phrase(f: HistoryFilter) -> str | None:
    """The FTS5 phrase for the search term; None when the term is too short for the trigram index."""
    term = f.search.strip()
    return '"' + term.replace('"', '""') + '"' if len(term) >= SEARCH_INDEX_MIN else None


def _filtered(query: Select, f: HistoryFilter) -> Select:
    term = f.search.strip()
    phrase = _phrase(f)
    if phrase:  # every match collected up front (the walk is _walked_page)
        matches = text("SELECT rowid FROM backups_search WHERE backups_search MATCH :phrase")
        query = query.where(Backup.id.in_(matches.bindparams(phrase=phrase)))
    elif term:
        query = query.where(Backup.backup_name.ilike(f"%{_escape_like(term)}%", escape="\\"))
    if f.backup_type:
        query = query.where(Backup.backup_type == f.backup_type)
    if f.status:
        query = query.where(Backup.status == f.status)
    if f.configuration_id is not None:
        query = query.where(Backup.configuration_id == f.configuration_id)
    if f.date_from:
        query = query.where(Backup.created_at >= _local_midnight_utc(f.date_from))
    if f.date_to:
        query = query.where(Backup.created_at < _local_midnight_utc(f.date_to + timedelta(days=1)))
    return query


def list_backups(ctx: AppContext, filters: HistoryFilter, page: int = 1, page_size: int = 25) -> HistoryPage:
    """Filtering, counting and paging done in SQL (indexed); newest first. Page is clamped to the range."""
    if page_size < 1 or page_size > max(PAGE_SIZES):
        raise UserInputError(Text("Page size must be between 1 and {0}.", max(PAGE_SIZES)),
                             Text("Choose 10, 25, 50 or 100."))
    with ctx.catalog.read() as session:
        phrase = _phrase(filters)
        search_only = phrase is not None and filters == HistoryFilter(search=filters.search)
        if search_only and phrase is not None:
            # The search index holds exactly one entry per history row: count there, without the join.
            total = _index_matches(session, phrase)
        else:
            total = session.scalar(_filtered(select(func.count()).select_from(Backup), filters)) or 0
        page_count = max(1, -(-total // page_size))
        page = min(max(1, page), page_count)
        # Other filters can be far more selective than the term, so only a search alone walks.
        walk = search_only and _walk_is_cheaper(
            rows_needed=page * page_size, table_rows=_table_rows(session), matches=total)
        ids = _page_ids(session, filters, total, page, page_size, walk=walk)
        items: list[BackupView] = []
        if ids:
            rows = session.execute(
                select(Backup, Configuration.name)
                .outerjoin(Configuration, Configuration.id == Backup.configuration_id)
                .where(Backup.id.in_(ids))
            ).all()
            by_id = {row.id: backup_view(row, name) for row, name in rows}
            items = [by_id[i] for i in ids if i in by_id]
    return HistoryPage(items=tuple(items), total=total, page=page, page_size=page_size)


def _index_matches(session: Session, phrase: str) -> int:
    query = text("SELECT count(*) FROM backups_search WHERE backups_search MATCH :phrase")
    return int(session.scalar(query, {"phrase": phrase}) or 0)


def _table_rows(session: Session) -> int:
    """An upper bound of the history's size, read in O(1) from the end of the rowid index."""
    return int(session.scalar(select(func.max(Backup.id))) or 0)


def _walk_is_cheaper(*, rows_needed: int, table_rows: int, matches: int) -> bool:
    """Walking newest first tests about rows_needed * table_rows / matches rows (if matches are spread
    evenly over time); collecting costs `matches`. The walk never tests more than WALK_BUDGET rows."""
    if matches == 0:
        return False
    expected_walk = rows_needed * table_rows / matches
    return expected_walk * 2 <= WALK_BUDGET and rows_needed * table_rows * WALK_COST_RATIO < matches * matches


def _walked_page(session: Session, phrase: str, offset: int, page_size: int) -> list[int] | None:
    """The page from the newest WALK_BUDGET rows tested one by one; None when they hold too few matches
    (the matches are not spread evenly over time): the caller then collects instead."""
    newest = (select(Backup.id, Backup.created_at)
              .order_by(Backup.created_at.desc(), Backup.id.desc()).limit(WALK_BUDGET).subquery("newest"))
    matching = text("EXISTS (SELECT 1 FROM backups_search WHERE backups_search.rowid = newest.id "
                    "AND backups_search MATCH :phrase)").bindparams(phrase=phrase)
    query = (select(newest.c.id).where(matching)
             .order_by(newest.c.created_at.desc(), newest.c.id.desc()).offset(offset).limit(page_size))
    ids = list(session.scalars(query))
    return ids if len(ids) == page_size else None


def _page_ids(session: Session, filters: HistoryFilter, total: int, page: int, page_size: int,
              *, walk: bool = False) -> list[int]:
    offset = (page - 1) * page_size
    phrase = _phrase(filters)
    if walk and phrase is not None:
        walked = _walked_page(session, phrase, offset, page_size)
        if walked is not None:
            return walked
    base = _filtered(select(Backup.id), filters)
    if offset + page_size <= total // 2 + page_size:
        query = base.order_by(Backup.created_at.desc(), Backup.id.desc()).offset(offset).limit(page_size)
        return list(session.scalars(query))
    # Deep page: count from the oldest end instead, then flip back to newest first.
    end = total - offset  # exclusive index from the oldest end
    start = max(0, end - page_size)
    query = base.order_by(Backup.created_at.asc(), Backup.id.asc()).offset(start).limit(end - start)
    return list(reversed(list(session.scalars(query))))


def get_backup(ctx: AppContext, backup_id: int) -> BackupView:
    """With file_exists filled; NotFoundError otherwise."""
    with ctx.catalog.read() as session:
        found = session.execute(
            select(Backup, Configuration.name)
            .outerjoin(Configuration, Configuration.id == Backup.configuration_id)
            .where(Backup.id == backup_id)
        ).first()
        if found is None:
            raise NotFoundError(Text("No backup with id {0}.", backup_id),
                                Text("List them with `backup-desk list`."))
        row, name = found
        exists = bool(row.file_path) and Path(row.file_path).is_file()
        return backup_view(row, name, file_exists=exists)


def delete_backup(ctx: AppContext, backup_id: int) -> None:
    """Removes the archive file (if present) and the row; refuses a running backup; audits."""
    with ctx.catalog.write() as session:
        row = session.get(Backup, backup_id)
        if row is None:
            raise NotFoundError(Text("No backup with id {0}.", backup_id),
                                Text("List them with `backup-desk list`."))
        if row.status in ACTIVE_STATUSES:
            raise UserInputError(Text("Backup {0} is still {1}.", backup_id, row.status),
                                 Text("Cancel it or wait for it to finish, then delete it."))
        path = Path(row.file_path) if row.file_path else None
        removed = remove_archive_file(path)
        summary = f"Deleted backup “{row.backup_name}”" + (f" and its archive {path}." if removed else ".")
        audit.record(session, action=audit.BACKUP_DELETE, target_type="backup", target_id=backup_id,
                     summary=summary, before={"backup_name": row.backup_name, "status": row.status,
                                              "file_path": row.file_path, "archive_id": row.archive_id})
        session.delete(row)


def remove_archive_file(path: Path | None) -> bool:
    """Deletes an archive file of ours; True when something was removed."""
    if path is None or not path.is_file() or path.suffix not in (".zip", ".bdarc"):
        return False
    path.unlink()
    return True


def page_window(page: int, page_count: int, radius: int = 1) -> list[int | None]:
    """Page numbers to show in a pager, None standing for an ellipsis: 1 … 4 5 6 … 20."""
    if page_count <= 0:
        return []
    page = min(max(1, page), page_count)
    shown = {1, page_count, *range(max(1, page - radius), min(page_count, page + radius) + 1)}
    window: list[int | None] = []
    prev = 0
    for n in sorted(shown):
        if n - prev == 2:
            window.append(n - 1)  # a gap of one page: show the page rather than an ellipsis
        elif n - prev > 2:
            window.append(None)
        window.append(n)
        prev = n
    return window
