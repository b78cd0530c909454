"""`backup-desk --self-test`: proves an installed copy works end to end, through the public services.

In a throwaway home: generate the demo source (an SQLite database and a folder), back it up encrypted,
verify the archive, restore it into a new database and a new folder, and compare every row and every
file with the original. Each step is reported as one line; the result is ok only if every step passed.
"""

from __future__ import annotations

import secrets
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from backup_desk.services.context import AppContext
from backup_desk.vocabulary import BackupStatus, BackupType


@dataclass(frozen=True)
class SelfTestStep:
    name: str
    ok: bool
    detail: str


@dataclass
class SelfTestReport:
    steps: list[SelfTestStep] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(s.ok for s in self.steps)

    def add(self, name: str, ok: bool, detail: str) -> bool:
        self.steps.append(SelfTestStep(name, ok, detail))
        return ok


def table_rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every user table's rows, in primary-key order (what a restore must give back exactly)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        names = [r[0] for r in conn.execute(
            "select name from sqlite_master where type='table' and name not like 'sqlite_%' order by name")]
        return {n: conn.execute(f'select * from "{n}" order by rowid').fetchall() for n in names}


def _files(root: Path) -> Iterator[tuple[str, bytes]]:
    for p in sorted(root.rglob("*")):
        if p.is_file():
            yield p.relative_to(root).as_posix(), p.read_bytes()


def compare_folders(original: Path, restored: Path) -> str | None:
    """None when both folders hold the same files with the same bytes, else the first difference."""
    a, b = dict(_files(original)), dict(_files(restored))
    if a.keys() != b.keys():
        missing = sorted(a.keys() - b.keys())
        extra = sorted(b.keys() - a.keys())
        return f"file lists differ (missing {missing[:3]}, unexpected {extra[:3]})"
    for name, data in a.items():
        if b[name] != data:
            return f"{name} differs"
    return None


def run_self_test(home: Path | None = None, log: Callable[[str], None] = print) -> SelfTestReport:
    """Runs every step in `home` (a new temporary folder when None); never raises for a failed step."""
    from backup_desk.services import archives, runs
    from backup_desk.services.job_process import run_in_child
    from backup_desk.services.maintenance.demo_data import ensure_demo_source

    report = SelfTestReport()
    with tempfile.TemporaryDirectory(prefix="backup-desk-self-test-") as tmp:
        root = Path(home) if home else Path(tmp)
        ctx = AppContext.open(root / "home")
        try:
            source = ensure_demo_source(ctx.paths.demo_dir)
            report.add("demo source", source.database_path.is_file(),
                       f"{source.rows} rows, {source.files_created} files")
            passphrase = secrets.token_urlsafe(24)
            run = runs.prepare_quick_run(ctx, name="Self-test", backup_type=BackupType.FULL,
                                         source_url=f"sqlite:///{source.database_path}",
                                         folders=(str(source.folder_path),), passphrase=passphrase)
            view = runs.execute_run(ctx, run)
            done = view.status == BackupStatus.COMPLETED
            if not report.add("encrypted backup", done and bool(view.encrypted),
                              f"{view.status}, {view.tables_count} tables, {view.records_count} rows, "
                              f"{view.files_count} files {view.error_message or ''}".strip()):
                return _logged(report, log)
            # as the window runs it: in a job process of its own (the bundle's executable started again)
            checked = run_in_child(ctx, "verify", ref=str(view.id), passphrase=passphrase)
            report.add("verify in a job process", checked.ok, checked.message)
            target = root / "restored"
            target.mkdir()
            restored_db = target / "database.sqlite3"
            outcome = archives.restore(ctx, str(view.id), to_url=f"sqlite:///{restored_db}",
                                       to_folder=target / "files", passphrase=passphrase)
            report.add("restore", outcome.files_restored > 0 and outcome.tables_restored > 0,
                       f"{outcome.tables_restored} tables, {outcome.records_restored} rows, "
                       f"{outcome.files_restored} files")
            same_rows = table_rows(restored_db) == table_rows(source.database_path)
            report.add("rows compared", same_rows, "identical" if same_rows else "the rows differ")
            folder = target / "files" / source.folder_path.name
            difference = compare_folders(source.folder_path, folder) if folder.is_dir() else (
                f"{folder} is missing")
            report.add("files compared", difference is None, difference or "identical")
        except Exception as exc:  # a self-test reports, it does not crash
            report.add("unexpected error", False, f"{type(exc).__name__}: {exc}")
        finally:
            ctx.close()
    return _logged(report, log)


def _logged(report: SelfTestReport, log: Callable[[str], None]) -> SelfTestReport:
    for step in report.steps:
        log(f"{'ok  ' if step.ok else 'FAIL'} {step.name}: {step.detail}")
    return report
