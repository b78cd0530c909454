"""The restore job: check the archive, plan, refuse occupied targets, then write.

Every refusal (unsafe entry names, a non-empty target without replace, unknown folders) happens before the
first byte is written; a dry run stops after the plan. Files are written and checked in staging folders
(at the same time as the database is restored, see restore_overlap), the database commits only once they
all are, and only then are the files moved into place (renames): a failure or cancel before that point
leaves the file targets untouched and rolls the database back.
"""

from __future__ import annotations

from pathlib import Path

from backup_desk.engine.archive.reader import ArchiveReader
from backup_desk.engine.contracts import PlannedWrite, RestoreNotice, RestoreOutcome, RestoreRequest
from backup_desk.engine.database.restore import plan_database_restore, restore_database, restore_notices
from backup_desk.engine.database.section import DatabaseSection
from backup_desk.engine.files import (
    StagedFiles,
    check_targets,
    discard_staged,
    place_staged,
    plan_files,
    resolve_destinations,
    stage_files,
)
from backup_desk.engine.memory import limit_malloc_arenas
from backup_desk.engine.progress import CancelToken, ProgressReporter, ProgressSink
from backup_desk.engine.restore_overlap import stage_during_database
from backup_desk.errors import TargetNotEmptyError, UserInputError
from backup_desk.messages import Text


def _destinations(request: RestoreRequest, labels: list[str]) -> dict[str, Path]:
    if request.to_folder is None and not request.original_folders:
        if request.folders:
            raise UserInputError(Text("Folders were chosen but no place to restore them to."),
                                 Text("Choose a destination folder for the files."))
        return {}
    return resolve_destinations(labels, to_folder=request.to_folder,
                                original_folders=request.original_folders, chosen=request.folders)


def run_restore(request: RestoreRequest, progress: ProgressSink | None = None,
                cancel: CancelToken | None = None) -> RestoreOutcome:
    limit_malloc_arenas()
    cancel = cancel or CancelToken()
    reporter = ProgressReporter(progress)
    reporter.phase("prepare")
    with ArchiveReader(Path(request.archive_path), passphrase=request.passphrase) as reader:
        reader.check_entries()
        manifest = reader.manifest
        section = DatabaseSection.from_json(manifest.database) if manifest.database else None
        if request.to_url is not None and section is None:
            raise UserInputError(Text("This archive holds no database."), Text("Restore only its folders."))
        dests = _destinations(request, [f.label for f in manifest.folders])
        if request.to_url is None and not dests:
            raise UserInputError(Text("Nothing to restore: no database target and no folder target were "
                                      "given."),
                                 Text("Choose a database, a destination folder, or both."))

        planned: list[PlannedWrite] = []
        notices: list[RestoreNotice] = []
        if request.to_url is not None and section is not None:
            planned += plan_database_restore(reader, section, request.to_url, schema_only=request.schema_only,
                                             tables=request.tables, replace=request.replace,
                                             allow_dependents=request.allow_dependents,
                                             keep_owners=request.keep_owners)
            notices += restore_notices(reader, section, request.to_url, tables=request.tables,
                                       replace=request.replace, allow_dependents=request.allow_dependents,
                                       schema_only=request.schema_only, keep_owners=request.keep_owners)
        if dests:
            planned += plan_files(manifest.files, dests)
        if request.dry_run:
            return RestoreOutcome(dry_run=True, planned=tuple(planned), tables_restored=0, records_restored=0,
                                  files_restored=0, warnings=(), notices=tuple(notices))

        if not request.replace:
            check_targets(dests, replace=False)
            busy = [p for p in planned if p.exists and p.kind in ("table", "schema")]
            if busy:  # counted, not described: the plan's descriptions are English
                clashes = sum(p.kind == "table" for p in busy)
                raise TargetNotEmptyError(
                    Text("The target database already holds {0} of the tables to restore.", clashes)
                    if clashes else Text("The target database already holds tables."),
                    Text("Restore into an empty database, or ask to replace what is there."))

        tables = rows = files_restored = 0
        warnings: list[str] = []
        staged: StagedFiles | None = None
        try:
            if dests:
                chosen = [r for r in manifest.files if r.label in dests]
                reporter.phase("files", bytes_total=sum(r.size for r in chosen if r.kind == "file"),
                               items_total=sum(1 for r in chosen if r.kind == "file"))
            if dests and request.to_url is not None and section is not None:
                to_url, sect = request.to_url, section  # both at once; the database commits after the files
                staged, db = stage_during_database(     # are staged, and they move into place after that
                    lambda c: stage_files(reader, chosen, dests, replace=request.replace, reporter=reporter,
                                          cancel=c),
                    lambda rep, c, ready: restore_database(
                        reader, sect, to_url, schema_only=request.schema_only, tables=request.tables,
                        replace=request.replace, allow_dependents=request.allow_dependents,
                        keep_owners=request.keep_owners, reporter=rep,
                        cancel=c, before_commit=ready),
                    reporter, cancel)
                tables, rows = db.tables, db.rows
            elif request.to_url is not None and section is not None:
                reporter.phase("database")
                db = restore_database(reader, section, request.to_url, schema_only=request.schema_only,
                                      tables=request.tables, replace=request.replace,
                                      allow_dependents=request.allow_dependents,
                                      keep_owners=request.keep_owners, reporter=reporter,
                                      cancel=cancel)
                tables, rows = db.tables, db.rows
            elif dests:
                staged = stage_files(reader, chosen, dests, replace=request.replace, reporter=reporter,
                                     cancel=cancel)
                cancel.check()  # after this, the files are moved into place and the restore is done
            if staged is not None:
                reporter.phase("finalize")
                result = place_staged(staged)
                files_restored, warnings = result.files, list(result.warnings)
        finally:
            if staged is not None:
                discard_staged(staged)  # no-op once placed
    warnings += [f"Not carried to this database: {n.subject} ({n.detail})." for n in notices
                 if n.kind == "not carried"]
    return RestoreOutcome(dry_run=False, planned=tuple(planned), tables_restored=tables,
                          records_restored=rows, files_restored=files_restored, warnings=tuple(warnings),
                          notices=tuple(notices))
