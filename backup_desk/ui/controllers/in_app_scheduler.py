"""Runs due scheduled backups while the window is open (a job in the progress panel), through the same
slot claim as `backup-desk run-due`: the window and an OS-timer run never run the same job twice."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, QTimer, Signal

from backup_desk.engine.progress import CancelToken, ProgressSink
from backup_desk.jobs import Key, Kind, WorkManager
from backup_desk.services.context import AppContext
from backup_desk.services.job_process import run_in_child
from backup_desk.services.schedule import Clock
from backup_desk.services.scheduler import DueRun, due_configs, run_due
from backup_desk.ui.bus import SignalBus
from backup_desk.vocabulary import BackupStatus

TICK_MS = 60_000
CHECK = Key(Kind.DUE_CHECK)
RUNS = Key(Kind.SCHEDULED_RUNS)


class InAppScheduler(QObject):
    ran = Signal(object)  # list[DueRun] of one tick
    ticked = Signal(bool)  # after a tick's check: whether a run-due pass started

    def __init__(self, ctx: AppContext, bus: SignalBus, work: WorkManager, parent: QObject | None = None,
                 *, clock: Clock | None = None, interval_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self.ctx, self.bus, self.work, self.clock = ctx, bus, work, clock
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)

    def start(self, first_tick_ms: int = 5_000) -> None:
        QTimer.singleShot(first_tick_ms, self.tick)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def busy(self) -> bool:
        return self.work.is_busy(CHECK, self) or self.work.is_busy(RUNS)

    def tick(self) -> bool:
        """Checks (off the GUI thread) whether something is due, unless a check or a pass is going; True when
        the check started. `ticked` tells whether a pass followed."""
        if self.busy:
            return False
        ctx, clock = self.ctx, self.clock
        now = clock.now() if clock is not None else None
        tz = clock.tz if clock is not None else None
        self.work.query(CHECK, lambda: bool(due_configs(ctx, now, tz)), owner=self, on_done=self._checked,
                        on_error=lambda exc: self.bus.error(str(exc)))
        return True

    def _checked(self, due: object) -> None:
        if not due or self.work.is_busy(RUNS):
            self.ticked.emit(False)  # nothing due: no job flashing in the progress panel every minute
            return
        ctx, clock = self.ctx, self.clock

        def work(progress: ProgressSink, cancel: CancelToken) -> list[DueRun]:
            if clock is not None:  # a clock given by a test lives in this process only
                return run_due(ctx, progress=progress, cancel=cancel, clock=clock, who="window")
            return cast(list[DueRun], run_in_child(ctx, "scheduled-runs", who="window", progress=progress,
                                                   cancel=cancel))

        self.work.job(RUNS, work, owner=self, title=self.tr("Scheduled backups"), on_done=self._done,
                      on_error=lambda exc: self.bus.error(str(exc)))
        self.ticked.emit(True)

    def _done(self, results: object) -> None:
        assert isinstance(results, list)
        self.bus.changed()
        for r in results:
            if r.status == BackupStatus.FAILED:
                self.bus.error(self.tr("Scheduled backup of “{0}” failed: {1}").format(
                    r.configuration_name, r.message))
            elif r.status == BackupStatus.COMPLETED:
                self.bus.success(self.tr("Scheduled backup of “{0}” completed.").format(r.configuration_name))
        self.ran.emit(results)
