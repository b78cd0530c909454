"""A native section's rows as the portable loader's `RowFeed` (cross-engine restores)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from backup_desk.engine.database.loader import EntrySource, RowBatches
from backup_desk.engine.database.section import DatabaseSection

if TYPE_CHECKING:
    from backup_desk.engine.database.native import NativeFormat


class NativeRows:
    """Each table's rows through `fmt.iter_rows`, which may use `scratch_dir` (e.g. an extracted snapshot)."""

    def __init__(self, fmt: NativeFormat, source: EntrySource, section: DatabaseSection, scratch_dir: Path
                 ) -> None:
        self.fmt = fmt
        self.source = source
        self.section = section
        self.scratch_dir = scratch_dir

    def holds_rows(self, table: str) -> bool:
        return self.section.has_rows

    @contextmanager
    def open_rows(self, table: str) -> Iterator[RowBatches]:
        batches = self.fmt.iter_rows(self.source, self.section, table, self.scratch_dir)
        try:
            yield batches
        finally:
            close = getattr(batches, "close", None)  # a generator: release its cursor/file now
            if close is not None:
                close()

    def size_hint(self, table: str) -> tuple[int, int]:
        rec = self.section.table(table)
        return rec.rows, rec.size
