"""What a backup will read (the folder walk, the database's size), surveyed in a helper thread while the
archive writer derives the archive key: Argon2id releases the GIL and takes a few hundred milliseconds,
about as long as walking twenty thousand files, so the two overlap instead of adding up.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from backup_desk.engine.contracts import BackupRequest
from backup_desk.engine.database.dump import estimate_database_size
from backup_desk.engine.files import FolderScan, scan_folders
from backup_desk.engine.on_thread import OnThread
from backup_desk.engine.progress import CancelToken, LinkedCancel
from backup_desk.errors import InsufficientSpaceError
from backup_desk.messages import Text
from backup_desk.vocabulary import BackupType


@dataclass
class Survey:
    scans: list[FolderScan] = field(default_factory=list)
    db_estimate: int = 0  # bytes; 0 when unknown or not needed

    @property
    def files_bytes(self) -> int:
        return sum(s.file_bytes for s in self.scans)

    @property
    def files_count(self) -> int:
        return sum(s.file_count for s in self.scans)


class BackgroundSurvey:
    """Context manager: the survey runs from entry; `result()` waits for it (and raises its error); leaving
    the block stops and joins the thread whatever happened."""

    def __init__(self, request: BackupRequest, with_files: bool, dest_dir: Path, cancel: CancelToken) -> None:
        self._request, self._with_files, self._dest_dir = request, with_files, dest_dir
        self._cancel = LinkedCancel(cancel)
        self._job: OnThread[Survey] | None = None

    def _survey(self) -> Survey:
        req = self._request
        scans = []
        if self._with_files:
            scans = scan_folders(req.folders, self._cancel, exclude=[self._dest_dir])
        estimate = 0  # a metadata backup holds the schema only: no need to count the rows' bytes
        if req.source_url is not None and req.backup_type != BackupType.METADATA:
            estimate = estimate_database_size(req.source_url) or 0
        return Survey(scans, estimate)

    def result(self) -> Survey:
        assert self._job is not None, "use BackgroundSurvey as a context manager"
        return self._job.result()

    def __enter__(self) -> BackgroundSurvey:
        self._job = OnThread(self._survey, "backup-survey")
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._cancel.cancel()  # only this survey's token: a walk still under way stops at its next entry
        if self._job is not None:
            self._job.join()


def check_free_space(folder: Path, needed: int) -> None:
    if shutil.disk_usage(folder).free < needed:
        raise InsufficientSpaceError(
            Text("Not enough free space in {0}: about {1} MiB are needed.", folder, needed // 2**20),
            Text("Free some space or choose another destination folder."),
        )
