"""Refusals, dry runs, unreadable files, cancel and kill: nothing half-written is ever left behind."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from backup_desk.engine.backup import run_backup
from backup_desk.engine.contracts import BackupRequest, RestoreRequest
from backup_desk.engine.progress import CancelToken, Progress
from backup_desk.engine.restore import run_restore
from backup_desk.errors import (
    BackupDeskError,
    CancelledError,
    SourceError,
    TargetNotEmptyError,
    UserInputError,
)
from tests.support.engine_data import make_source_db, make_tree, snapshot_tree, table_rows

REPO = Path(__file__).resolve().parent.parent


def request_for(tmp_path: Path, **kw: object) -> BackupRequest:
    if not (tmp_path / "shop.db").exists():
        make_source_db(tmp_path / "shop.db")
        make_tree(tmp_path / "Documents")
    args: dict[str, object] = dict(name="safety", backup_type="full",
                                   source_url=f"sqlite:///{tmp_path / 'shop.db'}",
                                   folders=(tmp_path / "Documents",), include_files=True,
                                   destination_dir=tmp_path / "archives")
    args.update(kw)
    return BackupRequest(**args)  # type: ignore[arg-type]


def listing(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*")) if root.exists() else []


def test_destination_inside_a_backed_up_folder_is_left_out(tmp_path: Path) -> None:
    docs = tmp_path / "Documents"
    first = run_backup(request_for(tmp_path, destination_dir=docs / "backups"))
    second = run_backup(request_for(tmp_path, destination_dir=docs / "backups"))
    assert any("backups" in w for w in second.warnings)
    assert second.files_count == first.files_count  # the first archive was not swallowed by the second
    with pytest.raises(SourceError):
        run_backup(request_for(tmp_path, destination_dir=docs))


def test_bad_requests_fail_with_a_hint(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(BackupDeskError) as err:
        run_backup(request_for(tmp_path, destination_dir=blocker / "sub"))
    assert err.value.hint and "destination" in err.value.hint
    with pytest.raises(UserInputError):
        run_backup(request_for(tmp_path, source_url=None, include_files=False))
    with pytest.raises(UserInputError):  # a metadata backup never holds files, so this holds nothing
        run_backup(request_for(tmp_path, source_url=None, backup_type="metadata"))
    with pytest.raises(SourceError):
        run_backup(request_for(tmp_path, folders=(tmp_path / "missing",)))
    assert not (tmp_path / "archives").exists() or listing(tmp_path / "archives") == []
    out = run_backup(request_for(tmp_path))
    with pytest.raises(BackupDeskError) as err:
        run_restore(RestoreRequest(archive_path=out.archive_path, passphrase=None, to_url=None,
                                   to_folder=blocker / "restore"))
    assert "cannot be written" in err.value.message and err.value.hint


def test_restore_refuses_non_empty_folder_and_writes_nothing(tmp_path: Path) -> None:
    out = run_backup(request_for(tmp_path))
    to = tmp_path / "restore"
    (to / "Documents").mkdir(parents=True)
    (to / "Documents" / "mine.txt").write_text("precious")
    target_db = tmp_path / "target.db"
    before = listing(tmp_path)
    with pytest.raises(TargetNotEmptyError) as err:
        run_restore(RestoreRequest(archive_path=out.archive_path, passphrase=None, to_url=f"sqlite:///{target_db}",
                                   to_folder=to))
    assert err.value.hint and "replace" in err.value.hint
    assert listing(tmp_path) == before  # not even the target database file was created
    assert (to / "Documents" / "mine.txt").read_text() == "precious"

    res = run_restore(RestoreRequest(archive_path=out.archive_path, passphrase=None, to_url=None,
                                     to_folder=to, replace=True))
    assert res.files_restored == out.files_count
    assert (to / "Documents" / "mine.txt").read_text() == "precious"  # replace overwrites, never deletes
    assert (to / "Documents" / "a" / "hello.txt").exists()


def test_restore_refuses_non_empty_database_before_writing_files(tmp_path: Path) -> None:
    out = run_backup(request_for(tmp_path))
    occupied = tmp_path / "occupied.db"
    make_source_db(occupied, customers=3)
    rows = table_rows(occupied)
    to = tmp_path / "restore"
    with pytest.raises(TargetNotEmptyError):
        run_restore(RestoreRequest(archive_path=out.archive_path, passphrase=None, to_url=f"sqlite:///{occupied}",
                                   to_folder=to))
    assert not to.exists()
    assert table_rows(occupied) == rows


def test_dry_run_plans_and_writes_nothing(tmp_path: Path) -> None:
    out = run_backup(request_for(tmp_path))
    before = listing(tmp_path)
    to = tmp_path / "restore"
    res = run_restore(RestoreRequest(archive_path=out.archive_path, passphrase=None,
                                     to_url=f"sqlite:///{tmp_path / 'new.db'}", to_folder=to, dry_run=True))
    assert res.dry_run and res.files_restored == 0 and res.tables_restored == 0
    assert listing(tmp_path) == before
    kinds = {p.kind for p in res.planned}
    assert {"file", "folder"} <= kinds and kinds & {"table", "schema"}
    targets = {p.target for p in res.planned}
    assert str(to / "Documents" / "a" / "hello.txt") in targets
    assert not any(p.exists for p in res.planned)


def test_unreadable_files_become_warnings(tmp_path: Path) -> None:
    """Works as root too: files vanish or turn into folders between the walk and the read."""
    request = request_for(tmp_path)
    docs = tmp_path / "Documents"

    def sabotage(p: Progress) -> None:  # when the files phase starts: after the walk, before any read
        if p.phase == "files" and (docs / "run.sh").exists():
            (docs / "run.sh").unlink()
            (docs / "résumé.txt").unlink()
            (docs / "résumé.txt").mkdir()

    out = run_backup(request, sabotage)
    assert any("run.sh" in w for w in out.warnings)
    assert any("résumé.txt" in w for w in out.warnings)
    to = tmp_path / "restore"
    run_restore(RestoreRequest(archive_path=out.archive_path, passphrase=None, to_url=None, to_folder=to))
    restored = snapshot_tree(to / "Documents")
    assert "run.sh" not in restored and "résumé.txt" not in restored
    assert restored["a/hello.txt"].kind == "file"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied_file_is_a_warning(tmp_path: Path) -> None:
    request = request_for(tmp_path)
    os.chmod(tmp_path / "Documents" / "a" / "hello.txt", 0)
    out = run_backup(request)
    assert any("hello.txt" in w for w in out.warnings)


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to drop to an unprivileged user")
def test_permission_denied_as_an_unprivileged_user(tmp_path: Path) -> None:
    """CI runs as root, whom modes do not stop: a forked child drops to `nobody` and backs up a folder
    holding a file and a subfolder it may not read."""
    warm = run_backup(request_for(tmp_path))  # imports every module while /root is still readable
    assert warm.files_count
    base = Path(tempfile.mkdtemp(prefix="bd-nobody-"))
    try:
        os.chmod(base, 0o755)
        src = base / "src"
        (src / "closed-dir").mkdir(parents=True)
        (src / "open.txt").write_text("readable")
        (src / "closed.txt").write_text("not for nobody")
        (src / "closed-dir" / "inner.txt").write_text("x")
        os.chmod(src / "closed.txt", 0)
        os.chmod(src / "closed-dir", 0)
        dest = base / "archives"
        dest.mkdir(mode=0o777)
        os.chmod(dest, 0o777)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: never return into pytest
            code = 1
            try:
                os.close(read_end)
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
                out = run_backup(BackupRequest(name="nobody", backup_type="full", source_url=None,
                                               folders=(src,), include_files=True, destination_dir=dest))
                os.write(write_end, json.dumps([out.files_count, list(out.warnings)]).encode())
                code = 0
            finally:
                os._exit(code)
        os.close(write_end)
        with os.fdopen(read_end, "rb") as f:
            payload = f.read()
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        files_count, warnings = json.loads(payload)
        assert files_count == 1
        assert any("closed.txt" in w for w in warnings), warnings
        assert any("closed-dir" in w for w in warnings), warnings
    finally:
        shutil.rmtree(base, ignore_errors=True)


@pytest.mark.parametrize("phase", ["prepare", "database", "files", "finalize"])
def test_cancel_from_another_thread_leaves_nothing(tmp_path: Path, phase: str) -> None:
    request = request_for(tmp_path)
    token = CancelToken()
    reached = threading.Event()
    temps: list[Path] = []

    def canceller() -> None:
        reached.wait(30)
        token.cancel()

    def sink(p: Progress) -> None:
        if p.phase == phase and not reached.is_set():
            reached.set()
            for _ in range(3000):  # the job keeps going only once the other thread has cancelled
                if token.cancelled:
                    break
                threading.Event().wait(0.01)

    thread = threading.Thread(target=canceller)
    thread.start()
    with pytest.raises(CancelledError):
        run_backup(request, sink, token, temps.append)
    thread.join()
    assert reached.is_set()
    assert listing(tmp_path / "archives") == []
    assert all(not t.exists() for t in temps)


KILL_SCRIPT = """
import sys, time
from pathlib import Path
from backup_desk.engine.backup import run_backup
from backup_desk.engine.contracts import BackupRequest
tmp = Path(sys.argv[1])
def sink(p):
    if p.phase == "files":
        print("READY", flush=True)
        time.sleep(120)
run_backup(BackupRequest(name="killed", backup_type="full", source_url=f"sqlite:///{tmp / 'shop.db'}",
                         folders=(tmp / "Documents",), include_files=True, destination_dir=tmp / "archives"),
           sink, None, lambda p: print("TEMP", p, flush=True))
"""


def test_killed_backup_leaves_only_a_temp_file(tmp_path: Path) -> None:
    request_for(tmp_path)  # creates the sources
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(tmp_path)], stdout=subprocess.PIPE,
                            text=True, cwd=REPO)
    assert proc.stdout is not None
    guard = threading.Timer(120, proc.kill)  # never hang the suite if the child stalls before READY
    guard.start()
    lines = []
    try:
        for line in proc.stdout:
            lines.append(line.strip())
            if line.startswith("READY"):
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        guard.cancel()
        proc.stdout.close()
    assert "READY" in lines, lines
    temp = Path(next(line for line in lines if line.startswith("TEMP "))[5:])
    left = sorted((tmp_path / "archives").iterdir())
    # The archive's temporary file, and the SQLite source's snapshot taken while the files are written:
    # both named for cleanup, nothing else (no journal beside the snapshot).
    assert temp in left and all(p.name.endswith(".bdtmp") for p in left), left
    assert [p.name.startswith(".sqlite-snapshot.") for p in left if p != temp] == [True]


@pytest.mark.parametrize("phase", ["files", "database"])
def test_cancelled_restore_leaves_targets_untouched(tmp_path: Path, phase: str) -> None:
    out = run_backup(request_for(tmp_path))
    token = CancelToken()

    def sink(p: Progress) -> None:
        if p.phase == phase:
            threading.Thread(target=token.cancel).start()
            for _ in range(3000):
                if token.cancelled:
                    break
                threading.Event().wait(0.01)

    to = tmp_path / "restore" / "here"
    target_db = tmp_path / "target.db"
    with pytest.raises(CancelledError):
        run_restore(RestoreRequest(archive_path=out.archive_path, passphrase=None,
                                   to_url=f"sqlite:///{target_db}", to_folder=to), sink, token)
    assert not (tmp_path / "restore").exists()  # not even the parent made to hold the staging folder
    assert not target_db.exists() or table_rows(target_db) == {}
    assert not list(tmp_path.rglob("*.bdtmp"))
