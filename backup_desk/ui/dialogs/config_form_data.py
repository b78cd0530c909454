"""The configuration form's plumbing: moving values between its widgets and the service's dataclasses,
and the small row builders it lays out with."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from backup_desk.services.connection import fields_from_url
from backup_desk.services.models import ConfigInput, ConfigView
from backup_desk.vocabulary import BackupType, Frequency

if TYPE_CHECKING:
    from backup_desk.ui.dialogs.config_form import ConfigFormDialog


def fill_form(d: ConfigFormDialog, c: ConfigView) -> None:
    d.name.setText(c.name)
    d.backup_type.setCurrentIndex(d.backup_type.findData(c.backup_type))
    d.frequency.setCurrentIndex(d.frequency.findData(c.frequency))
    d.retention.setValue(c.retention_days)
    d.connection.set_fields(fields_from_url(c.source_url))
    d.include_files.setChecked(c.include_files)
    d.folders.addItems(list(c.folders))
    d.destination.setText(c.destination)
    d.destination.setCursorPosition(0)
    d.compression.setChecked(c.compression_enabled)
    d.algorithm.setCurrentIndex(max(0, d.algorithm.findData(c.compression_algorithm)))
    d.encryption.setChecked(c.encryption_enabled)
    d.active.setChecked(c.is_active)
    d.schedule.fill(c)
    d.retention_rule.fill(c)


def read_form(d: ConfigFormDialog) -> tuple[ConfigInput, str]:
    folders = tuple(d.folders.item(i).text() for i in range(d.folders.count()))
    compress = d.compression.isChecked()
    keep_last, gfs_daily, gfs_weekly, gfs_monthly = d.retention_rule.values()
    data = ConfigInput(
        name=d.name.text().strip(),
        backup_type=BackupType(d.backup_type.currentData()),
        frequency=Frequency(d.frequency.currentData()),
        is_active=d.active.isChecked(),
        include_files=d.include_files.isChecked(),
        compression_enabled=compress,
        encryption_enabled=d.encryption.isChecked(),
        retention_days=d.retention.value(),
        source_url=d.connection.url().url,
        folders=folders,
        destination=d.destination.text().strip() or None,
        compression_algorithm=d.algorithm.currentData() if compress else "store",
        passphrase=d.passphrase.text() or None,
        time_of_day=d.schedule.time_of_day(),
        weekday=d.schedule.weekday.currentIndex(),
        month_day=d.schedule.month_day.value(),
        keep_last=keep_last,
        gfs_daily=gfs_daily,
        gfs_weekly=gfs_weekly,
        gfs_monthly=gfs_monthly,
        passphrase_in_file=d.passphrase_in_file.isChecked(),
    )
    return data, d.passphrase_again.text()


def error_label() -> QLabel:
    lab = QLabel()
    lab.setProperty("role", "fieldError")
    lab.setWordWrap(True)
    lab.setVisible(False)
    return lab


def side_by_side(first: QWidget, second: QWidget, *, stretch_first: bool = True) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(first, 1 if stretch_first else 0)
    layout.addWidget(second, 0 if stretch_first else 1)
    return row
