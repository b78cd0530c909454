"""History use-cases (specification: GET /api/backup/history/, DELETE /api/backup/history/:id/).

Paging stays fast on a million rows: filters hit the (status|type|configuration, created_at) indexes,
the page's ids come from the index alone (a covering scan, even for a deep OFFSET), and only those rows
are then read. Past the middle the scan runs from the oldest end, so no OFFSET exceeds half the rows.
Text search uses the FTS5 trigram index `backups_search` (migration 0002) for terms of 3+ characters.
A search alone is counted in the index itself; and when a term matches a large share of the rows, the page
is found by walking the date index newest first and testing those rows' names a batch at a time (the same
test as the index's for ASCII names; the index itself is asked otherwise), which stops after a page's worth
of matches instead of collecting every match first.

Totals: with no filter, or filters on status, type and configuration only, the total is a sum over the
per-(status, type, configuration) totals the catalog's triggers keep (migration 0004). Other totals (a
search, a date range) are remembered with the history's change number, so turning pages or coming back to
the same filters does not count again while the history is unchanged.
"""

from __future__ import annotations

import threading
import unicodedata
import weakref
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session

from backup_desk.catalog.db import Catalog
from backup_desk.catalog.models import Backup, BackupTotal, Configuration, HistoryChanges
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


def list_backups(ctx: AppContext, filters: HistoryFilter, page: int = 1, page_size: int = 25, *,
                 count: bool = True) -> HistoryPage:
    """Filtering, counting and paging done in SQL (indexed); newest first. Page is clamped to the range.

    `count=False` (the window): a full first page whose total is not at hand (a search or a date range not
    counted since the history last changed) comes without counting, `counted` False; `count_backups` then
    gives the total and remembers it for the pages after."""
    if page_size < 1 or page_size > max(PAGE_SIZES):
        raise UserInputError(Text("Page size must be between 1 and {0}.", max(PAGE_SIZES)),
                             Text("Choose 10, 25, 50 or 100."))
    with ctx.catalog.read() as session:
        phrase = _phrase(filters)
        search_only = phrase is not None and filters == HistoryFilter(search=filters.search)
        known = _total(ctx.catalog, session, filters, search_only=search_only, count=count or page > 1)
        if known is None:  # the first page alone: it needs no total (the walk guesses the matches' spread)
            page, ids = 1, _page_ids(session, filters, 0, 1, page_size, walk=search_only)
            total, counted = len(ids), len(ids) < page_size  # a page not full holds every match
        else:
            total, counted = known, True
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
    return HistoryPage(items=tuple(items), total=total, page=page, page_size=page_size, counted=counted)


def count_backups(ctx: AppContext, filters: HistoryFilter) -> int:
    """The number of history rows these filters match (remembered until the history changes)."""
    with ctx.catalog.read() as session:
        phrase = _phrase(filters)
        search_only = phrase is not None and filters == HistoryFilter(search=filters.search)
        total = _total(ctx.catalog, session, filters, search_only=search_only)
        assert total is not None
        return total


def _total(catalog: Catalog, session: Session, filters: HistoryFilter, *, search_only: bool,
           count: bool = True) -> int | None:
    """The total from the kept totals, else as remembered, else counted (None instead with count=False)."""
    if not filters.search.strip() and filters.date_from is None and filters.date_to is None:
        return _kept_count(session, filters)
    changes = session.scalar(select(HistoryChanges.n))
    remembered = _counts.get(catalog, filters)
    if remembered is not None and changes is not None and remembered[0] == changes:
        return remembered[1]
    if not count:
        return None
    phrase = _phrase(filters)
    if search_only and phrase is not None:
        # The search index holds exactly one entry per history row: count there, without the join.
        total = _index_matches(session, phrase)
    else:
        total = session.scalar(_filtered(select(func.count()).select_from(Backup), filters)) or 0
    if changes is not None:  # read first, in the same snapshot: the count is at least that recent
        _counts.put(catalog, filters, changes, total)
    return total


def _kept_count(session: Session, filters: HistoryFilter) -> int:
    """Status, type and configuration filters (or none): summed from the counts the triggers keep."""
    query = select(func.coalesce(func.sum(BackupTotal.n), 0))
    if filters.backup_type:
        query = query.where(BackupTotal.backup_type == filters.backup_type)
    if filters.status:
        query = query.where(BackupTotal.status == filters.status)
    if filters.configuration_id is not None:
        query = query.where(BackupTotal.configuration_key == filters.configuration_id)
    return int(session.scalar(query) or 0)


class _RememberedCounts:
    """Per catalog, the last totals counted (filters -> (history change number, total)), a few dozen."""

    LIMIT = 64

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_catalog: weakref.WeakKeyDictionary[Catalog, dict[HistoryFilter, tuple[int, int]]] = (
            weakref.WeakKeyDictionary())

    def get(self, catalog: Catalog, filters: HistoryFilter) -> tuple[int, int] | None:
        with self._lock:
            return self._by_catalog.get(catalog, {}).get(filters)

    def put(self, catalog: Catalog, filters: HistoryFilter, changes: int, total: int) -> None:
        with self._lock:
            kept = self._by_catalog.setdefault(catalog, {})
            kept.pop(filters, None)
            kept[filters] = (changes, total)
            while len(kept) > self.LIMIT:
                del kept[next(iter(kept))]  # the oldest


_counts = _RememberedCounts()


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


def _walked_page(session: Session, term: str, phrase: str, offset: int, page_size: int,
                 expected_rows: int) -> list[int] | None:
    """The page from the newest WALK_BUDGET rows, read a batch at a time (about the rows expected to hold
    the page first) and tested by name; None when they hold too few matches (the matches are not spread
    evenly over time): the caller then collects instead."""
    wanted = offset + page_size
    found: list[int] = []
    start, batch = 0, max(page_size, expected_rows + expected_rows // 4)
    while start < WALK_BUDGET and len(found) < wanted:
        rows = session.execute(select(Backup.id, Backup.backup_name)
                               .order_by(Backup.created_at.desc(), Backup.id.desc())
                               .offset(start).limit(min(batch, WALK_BUDGET - start))).all()
        found.extend(row_id for row_id, name in rows if _matches(session, term, phrase, row_id, name))
        if len(rows) < batch:
            break  # the whole history was read
        start += len(rows)
        batch = max(page_size, batch // 2)  # the rest of the page is close
    return found[offset:wanted] if len(found) >= wanted else None


def _matches(session: Session, term: str, phrase: str, row_id: int, name: str) -> bool:
    """Whether the search index matches this row, mostly without asking it: for ASCII text the trigram
    index's case-insensitive phrase match is exactly a case-insensitive substring test. Other text is asked
    of the index itself when a looser test (case and accents folded) says it may match."""
    if term.isascii() and name.isascii():
        return term.lower() in name.lower()
    if _loose(term) not in _loose(name):
        return False
    query = text("SELECT 1 FROM backups_search WHERE backups_search MATCH :phrase AND rowid = :id")
    return session.scalar(query, {"phrase": phrase, "id": row_id}) is not None


def _loose(text_: str) -> str:
    """Case and accents folded more than the search index folds them (a superset of its matches)."""
    decomposed = unicodedata.normalize("NFKD", text_.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _page_ids(session: Session, filters: HistoryFilter, total: int, page: int, page_size: int,
              *, walk: bool = False) -> list[int]:
    offset = (page - 1) * page_size
    phrase = _phrase(filters)
    if walk and phrase is not None:
        # The matches spread evenly; with no total yet, a guess: one row in four matches.
        rows_needed = page * page_size
        expected_rows = rows_needed * _table_rows(session) // total if total > 0 else rows_needed * 4
        walked = _walked_page(session, filters.search.strip(), phrase, offset, page_size, expected_rows)
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
