"""Running jobs: phase, bytes, rate, ETA and a Cancel button per job, in a strip under the tabs that keeps
its height when a job starts or ends (a line says so when nothing runs).

Why a strip that stays: showing and hiding a panel under the tabs resized them, and the relayout and repaint
of the History table that followed cost 12-15 ms of the event loop at every job's start and end (about
three times that on a loaded machine)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from backup_desk.engine.progress import Progress
from backup_desk.jobs import Work, WorkManager
from backup_desk.ui.format import human_duration, human_rate, human_size, label
from backup_desk.ui.widgets.badges import ElidedLabel


def row_height(widget: QWidget) -> int:
    """A job's title and detail lines (the strip keeps it when nothing runs), from the font in use so
    that large fonts are not clipped."""
    return max(46, 2 * widget.fontMetrics().lineSpacing() + 14)


def describe(p: Progress) -> str:
    """'Database · 12.0 MB of 40.0 MB · 8.1 MB/s · 3 s left' (parts only when known)."""
    parts = [label(p.phase)]
    if p.bytes_total:
        parts.append(
            ProgressRow.tr_static(QT_TRANSLATE_NOOP("ProgressRow", "{0} of {1}")).format(
                human_size(p.bytes_done), human_size(p.bytes_total)
            )
        )
    elif p.bytes_done:
        parts.append(human_size(p.bytes_done))
    if p.rate_bytes_per_s > 0:
        parts.append(human_rate(p.rate_bytes_per_s))
    if p.eta_seconds is not None:
        parts.append(
            ProgressRow.tr_static(QT_TRANSLATE_NOOP("ProgressRow", "{0} left")).format(
                human_duration(p.eta_seconds)
            )
        )
    if p.detail:
        parts.append(p.detail)
    return " · ".join(parts)


class ProgressRow(QFrame):
    def __init__(self, task: Work, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.setFixedHeight(row_height(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        text = QVBoxLayout()
        self.title = QLabel(task.title or "")
        self.title.setProperty("role", "heading")
        self.detail = ElidedLabel(self.tr("Starting…"))
        self.detail.setProperty("role", "muted")
        text.addWidget(self.title)
        text.addWidget(self.detail)
        layout.addLayout(text, 2)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the size is known
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        layout.addWidget(self.bar, 3)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(task.cancellable)
        self.cancel_button.clicked.connect(self._cancel)
        layout.addWidget(self.cancel_button)
        task.progressed.connect(self.update_progress)

    @staticmethod
    def tr_static(text: object) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ProgressRow", str(text))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))
        self.task.cancel()

    def update_progress(self, p: Progress) -> None:
        self.detail.setText(describe(p))
        if p.bytes_total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(p.bytes_done / p.bytes_total, 1.0)))
        elif p.items_total:
            self.bar.setRange(0, p.items_total)
            self.bar.setValue(min(p.items_done, p.items_total))
        else:
            self.bar.setRange(0, 0)


class ProgressPanel(QFrame):
    def __init__(self, work: WorkManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self._rows: dict[int, ProgressRow] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 4, 12, 4)
        self._layout.setSpacing(0)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.idle = QLabel(self.tr("No job running."))
        self.idle.setProperty("role", "muted")
        self.idle.setFixedHeight(row_height(self))  # one job's row: starting one moves nothing
        self._layout.addWidget(self.idle)
        work.job_started.connect(self._add)
        work.job_ended.connect(self._remove)

    def rows(self) -> list[ProgressRow]:
        return list(self._rows.values())

    def _add(self, task: Work) -> None:
        if not task.show_progress:
            return
        row = ProgressRow(task, self)
        self._rows[task.work_id] = row
        self.idle.setVisible(False)
        self._layout.addWidget(row)
        row.show()  # now, not when the layout gets to it

    def _remove(self, task: Work) -> None:
        row = self._rows.pop(task.work_id, None)
        if row is not None:
            row.setVisible(False)
            row.deleteLater()
        self.idle.setVisible(not self._rows)
