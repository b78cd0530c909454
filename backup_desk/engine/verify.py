"""The verify job: prove an archive is intact and that its dump restores.

Three layers: every envelope chunk tag and ZIP CRC plus every file hash against the manifest
(`verify_integrity`), then a test restore of the dump into a scratch SQLite database comparing row counts
and content hashes (`verify_database`). A damaged archive is a verdict (ok=False with the problems), not an
exception; a missing or wrong passphrase still raises, since nothing could be checked.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from backup_desk.engine import tempwatch
from backup_desk.engine.archive.reader import ArchiveReader
from backup_desk.engine.contracts import VerifyOutcome
from backup_desk.engine.database.section import DatabaseSection
from backup_desk.engine.database.verify import verify_database
from backup_desk.engine.progress import CancelToken, ProgressReporter, ProgressSink
from backup_desk.errors import ArchiveError
from backup_desk.paths import TEMP_SUFFIX


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _success(tables: int, rows: int, files: int, schema_only: bool) -> str:
    if schema_only and tables:
        tail = f" and all {_plural(files, 'file')} match" if files else ""
        return f"The schema of {_plural(tables, 'table')} restores{tail}."
    parts = []
    if tables:
        parts.append(f"{_plural(tables, 'table')} ({_plural(rows, 'row')})")
    if files:
        parts.append(_plural(files, "file"))
    if not parts:
        return "The archive is intact."
    return f"All {' and '.join(parts)} match."


def run_verify(archive: Path, passphrase: str | None, scratch_dir: Path, progress: ProgressSink | None = None,
               cancel: CancelToken | None = None) -> VerifyOutcome:
    cancel = cancel or CancelToken()
    reporter = ProgressReporter(progress)
    reporter.phase("verify")
    problems: list[str] = []
    chunks = entries = tables = rows = files = 0
    schema_only = False
    try:
        with ArchiveReader(Path(archive), passphrase=passphrase) as reader:
            reader.check_entries()
            files = sum(1 for r in reader.manifest.files if r.kind == "file")
            report = reader.verify_integrity(reporter, cancel)
            chunks, entries = report.chunks_checked, report.entries_checked
            raw = reader.manifest.database
            if raw:
                section = DatabaseSection.from_json(raw)
                schema_only = not section.has_rows
                reporter.phase("verify-database")
                scratch = Path(scratch_dir) / f"verify-{uuid.uuid4().hex}{TEMP_SUFFIX}"
                tempwatch.announce(scratch, "verify-scratch")
                scratch.mkdir(parents=True, mode=0o700)  # a test restore of the dump: plaintext
                try:
                    db = verify_database(reader, section, scratch, reporter, cancel)
                finally:
                    shutil.rmtree(scratch, ignore_errors=True)
                    tempwatch.released(scratch)
                tables, rows = db.tables_checked, db.rows_checked
                problems.extend(db.problems)
    except ArchiveError as exc:
        problems.append(exc.message)
    ok = not problems
    if ok:
        message = _success(tables, rows, files, schema_only)
    elif len(problems) == 1:
        message = f"The archive failed verification: {_sentence(problems[0])}"
    else:
        message = f"The archive failed verification with {len(problems)} problems; the first: " + _sentence(
            problems[0])
    return VerifyOutcome(ok=ok, chunks_checked=chunks, entries_checked=entries, tables_checked=tables,
                         rows_checked=rows, message=message, problems=tuple(_sentence(p) for p in problems))
