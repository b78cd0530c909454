"""The guide's last step, off the GUI thread: save the configuration once, then back up and verify
(services/first_run.py) as a task of the main window, so its progress shows there too."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QObject, Signal

from backup_desk.engine.progress import CancelToken, ProgressSink
from backup_desk.jobs import Key, Kind, WorkManager
from backup_desk.services import first_run
from backup_desk.services.context import AppContext
from backup_desk.services.job_process import run_in_child
from backup_desk.services.models import ConfigView
from backup_desk.ui.controllers.errors import one_line


class GuideController(QObject):
    step = Signal(str)  # what is happening now, in words
    progressed = Signal(object)  # Progress
    finished = Signal(object)  # first_run.FirstBackup
    failed = Signal(str)  # one sentence: what went wrong and what to do

    def __init__(self, ctx: AppContext, work: WorkManager,
                 answers: Callable[[], first_run.GuideAnswers], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.work, self._answers = ctx, work, answers
        self.config: ConfigView | None = None
        self.result: first_run.FirstBackup | None = None
        self._saving = Key(Kind.SAVE_CONFIG, f"guide:{id(self)}")
        self._running = False

    @property
    def busy(self) -> bool:
        return self.work.is_busy(self._saving) or self._running

    def start(self) -> None:
        if self.busy:
            return
        self.result = None
        answers = self._answers()
        if self.config is None:
            self.step.emit(self.tr("Saving the configuration…"))
            ctx = self.ctx
            self.work.job(self._saving, lambda: first_run.create(ctx, answers), owner=self,
                          on_done=self._saved, on_error=self._fail)
        else:
            self._back_up(answers.passphrase)

    def _saved(self, view: ConfigView) -> None:
        self.config = view
        self._back_up(self._answers().passphrase)

    def _back_up(self, passphrase: str | None) -> None:
        assert self.config is not None
        ctx, config_id = self.ctx, self.config.id
        self.step.emit(self.tr("Backing up, then checking the backup…"))
        self._running = True

        def work(progress: ProgressSink, cancel: CancelToken) -> first_run.FirstBackup:
            return cast(first_run.FirstBackup, run_in_child(ctx, "first-backup", config_id=config_id,
                                                            passphrase=passphrase, progress=progress,
                                                            cancel=cancel))

        key = Key(Kind.BACKUP, config_id)
        if self.work.is_busy(key):
            self._running = False
            self.failed.emit(self.tr("A backup of “{0}” is already running.").format(self.config.name))
            return
        title = self.tr("First backup of “{0}”").format(self.config.name)
        task = self.work.job(key, work, owner=self, title=title, on_done=self._done, on_error=self._fail)
        task.progressed.connect(self.progressed)

    def _done(self, result: first_run.FirstBackup) -> None:
        self._running = False
        self.result = result
        self.finished.emit(result)

    def _fail(self, exc: BaseException) -> None:
        self._running = False
        self.failed.emit(one_line(exc))
