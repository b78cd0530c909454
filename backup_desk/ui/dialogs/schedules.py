"""Schedules and notifications: whether backups run with the window closed (and registering run-due with
the OS), pausing schedules, the tray, notification channels each with "send test", and the retention
rule for archives without a configuration."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backup_desk.jobs import Key, Kind, manager_for
from backup_desk.services.app_settings import (
    EmailSettings,
    NotifySettings,
    OrphanRule,
    notify_settings,
    orphan_rule,
    save_notify_settings,
    save_orphan_rule,
    schedules_paused,
    set_schedules_paused,
)
from backup_desk.services.context import AppContext
from backup_desk.services.notify.message import Delivery
from backup_desk.services.os_scheduler import Backend, Status, choose_backend, home_for
from backup_desk.ui.settings import UiSettings


@dataclass(frozen=True)
class ScheduleSettings:
    """What the dialog shows, read off the GUI thread before it opens (load_schedule_settings)."""

    backend: Backend
    status: Status
    paused: bool
    notify: NotifySettings
    orphans: OrphanRule


def load_schedule_settings(ctx: AppContext) -> ScheduleSettings:
    backend = choose_backend(home_for(ctx.paths), ctx.paths.config_dir)
    return ScheduleSettings(backend, backend.status(), schedules_paused(ctx), notify_settings(ctx),
                            orphan_rule(ctx))


class SchedulesDialog(QDialog):
    def __init__(self, ctx: AppContext, settings: UiSettings, loaded: ScheduleSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ui_settings, self.loaded = ctx, settings, loaded
        self.setWindowTitle(self.tr("Schedules and notifications"))
        self.setMinimumWidth(560)
        self.backend: Backend = loaded.backend
        layout = QVBoxLayout(self)
        layout.addWidget(self._os_group())
        layout.addWidget(self._app_group())
        layout.addWidget(self._notify_group(loaded.notify))
        layout.addWidget(self._orphans_group(loaded.orphans))
        choice = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(choice.Save | choice.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.show_status(loaded.status)

    # -- building -----------------------------------------------------------------------------------
    def _os_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("When the window is closed"))
        v = QVBoxLayout(box)
        self.os_status = QLabel()
        self.os_status.setWordWrap(True)
        v.addWidget(self.os_status)
        row = QHBoxLayout()
        self.install_button = QPushButton(self.tr("Run backups with the window closed"))
        self.install_button.clicked.connect(lambda: self._os_timer(install=True))
        self.uninstall_button = QPushButton(self.tr("Stop"))
        self.uninstall_button.clicked.connect(lambda: self._os_timer(install=False))
        row.addWidget(self.install_button)
        row.addWidget(self.uninstall_button)
        row.addStretch(1)
        v.addLayout(row)
        return box

    def _app_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("While the app runs"))
        v = QVBoxLayout(box)
        self.paused = QCheckBox(self.tr("Pause all schedules"))
        self.paused.setChecked(self.loaded.paused)
        self.close_to_tray = QCheckBox(self.tr("Closing the window keeps Backup Desk in the tray"))
        self.close_to_tray.setChecked(self.ui_settings.close_to_tray)
        v.addWidget(self.paused)
        v.addWidget(self.close_to_tray)
        return box

    def _test_button(self, channel: str) -> QPushButton:
        button = QPushButton(self.tr("Send test"))
        button.setObjectName(f"test_{channel}")
        button.clicked.connect(lambda: self.send_test(channel))
        return button

    def _notify_group(self, n: NotifySettings) -> QGroupBox:
        box = QGroupBox(self.tr("Notifications"))
        form = QFormLayout(box)
        whens = QHBoxLayout()
        self.on_failure = QCheckBox(self.tr("Failures"))
        self.on_overdue = QCheckBox(self.tr("Overdue configurations"))
        self.on_success = QCheckBox(self.tr("Successes"))
        for check, value in ((self.on_failure, n.on_failure), (self.on_overdue, n.on_overdue),
                             (self.on_success, n.on_success)):
            check.setChecked(value)
            whens.addWidget(check)
        form.addRow(self.tr("Tell me about"), whens)
        desktop = QHBoxLayout()
        self.desktop = QCheckBox(self.tr("Desktop notification"))
        self.desktop.setChecked(n.desktop)
        desktop.addWidget(self.desktop, 1)
        desktop.addWidget(self._test_button("desktop"))
        form.addRow(desktop)
        e = n.email
        self.email_enabled = QCheckBox(self.tr("E-mail"))
        self.email_enabled.setChecked(e.enabled)
        email_row = QHBoxLayout()
        email_row.addWidget(self.email_enabled, 1)
        email_row.addWidget(self._test_button("email"))
        form.addRow(email_row)
        self.smtp_host = QLineEdit(e.host)
        self.smtp_host.setPlaceholderText("smtp.example.com")
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(e.port)
        self.smtp_security = QComboBox()
        for label, mode in ((self.tr("STARTTLS"), "starttls"), (self.tr("TLS"), "tls"),
                            (self.tr("None (trusted local relay)"), "none")):
            self.smtp_security.addItem(label, mode)
        self.smtp_security.setCurrentIndex(max(0, self.smtp_security.findData(e.security)))
        server = QHBoxLayout()
        server.addWidget(self.smtp_host, 1)
        server.addWidget(self.smtp_port)
        server.addWidget(self.smtp_security)
        form.addRow(self.tr("SMTP server"), server)
        self.smtp_user = QLineEdit(e.username)
        form.addRow(self.tr("User name"), self.smtp_user)
        self.smtp_password = QLineEdit()
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_password.setPlaceholderText(self.tr("Kept in the system keyring; leave empty to keep it"))
        form.addRow(self.tr("Password"), self.smtp_password)
        self.smtp_from = QLineEdit(e.sender)
        form.addRow(self.tr("From"), self.smtp_from)
        self.smtp_to = QLineEdit(", ".join(e.recipients))
        self.smtp_to.setPlaceholderText(self.tr("one or more addresses, separated by commas"))
        form.addRow(self.tr("To"), self.smtp_to)
        self.smtp_ca = QLineEdit(e.ca_file)
        self.smtp_ca.setPlaceholderText(self.tr("optional: the server's own certificate (PEM)"))
        form.addRow(self.tr("Trust certificate"), self.smtp_ca)
        hook = QHBoxLayout()
        self.webhook = QLineEdit(n.webhook_url)
        self.webhook.setPlaceholderText("https://hc-ping.com/…")
        hook.addWidget(self.webhook, 1)
        hook.addWidget(self._test_button("webhook"))
        form.addRow(self.tr("Webhook (JSON POST)"), hook)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        form.addRow(self.test_result)
        return box

    def _orphans_group(self, rule: OrphanRule) -> QGroupBox:
        box = QGroupBox(self.tr("Quick backups and archives of deleted configurations"))
        form = QFormLayout(box)
        self.orphan_days = QSpinBox()
        self.orphan_days.setRange(0, 3650)
        self.orphan_days.setSpecialValueText(self.tr("forever"))
        self.orphan_days.setSuffix(self.tr(" days"))
        self.orphan_days.setValue(rule.retention_days)
        form.addRow(self.tr("Keep them"), self.orphan_days)
        self.orphan_keep = QSpinBox()
        self.orphan_keep.setRange(1, 1000)
        self.orphan_keep.setValue(rule.keep_last)
        form.addRow(self.tr("Always keep the newest"), self.orphan_keep)
        return box

    # -- behaviour ----------------------------------------------------------------------------------
    def _os_timer(self, *, install: bool) -> None:
        """Registers (or removes) run-due with the OS scheduler, off the GUI thread."""
        backend = self.backend
        key = Key(Kind.SAVE_SETTINGS, "os-timer")
        work = manager_for(self)
        if not work.is_busy(key):
            self.install_button.setEnabled(False)
            self.uninstall_button.setEnabled(False)
            work.job(key, backend.install if install else backend.uninstall, owner=self,
                     on_done=self.show_status, on_error=lambda exc: self.os_status.setText(str(exc)))

    def show_status(self, status: Status) -> None:
        if status.active:
            text = self.tr("Backups run when the window is closed ({0}).").format(status.detail)
        elif status.installed:
            text = self.tr("Backups do NOT run when the window is closed yet: {0}").format(status.detail)
        else:
            text = self.tr("Backups run only while Backup Desk is open (the window or the tray).")
        self.os_status.setText(text)
        self.os_status.setProperty("role", "muted" if status.active else "warning")
        self.install_button.setEnabled(not status.active)
        self.uninstall_button.setEnabled(status.installed)

    def notify_values(self) -> NotifySettings:
        recipients = tuple(a.strip() for a in self.smtp_to.text().split(",") if a.strip())
        email = EmailSettings(enabled=self.email_enabled.isChecked(), host=self.smtp_host.text().strip(),
                              port=self.smtp_port.value(), security=str(self.smtp_security.currentData()),
                              username=self.smtp_user.text().strip(), sender=self.smtp_from.text().strip(),
                              recipients=recipients, ca_file=self.smtp_ca.text().strip())
        return NotifySettings(on_failure=self.on_failure.isChecked(), on_overdue=self.on_overdue.isChecked(),
                              on_success=self.on_success.isChecked(), desktop=self.desktop.isChecked(),
                              email=email, webhook_url=self.webhook.text().strip())

    def send_test(self, channel: str) -> None:
        from backup_desk.services.notify.dispatch import send_test, set_smtp_password

        ctx, values, password = self.ctx, self.notify_values(), self.smtp_password.text()
        self.smtp_password.clear()
        self.test_result.setText(self.tr("Sending…"))

        def send() -> Delivery:
            if password:
                set_smtp_password(ctx, password)  # the test uses the password just typed
            return send_test(ctx, channel, values)  # type: ignore[arg-type]  # channel: a combo's str, one of the Channel literals

        def done(delivery: object) -> None:
            assert isinstance(delivery, Delivery)
            if delivery.ok:
                self.test_result.setText(self.tr("Test sent ({0}).").format(delivery.detail))
            else:
                self.test_result.setText(self.tr("Not sent: {0}").format(delivery.detail))

        manager_for(self).query(Key(Kind.NOTIFY_TEST, channel), send, owner=self, on_done=done,
                                on_error=lambda exc: self.test_result.setText(str(exc)))

    def save(self) -> None:
        """Saves off the GUI thread, then closes."""
        from backup_desk.services.notify.dispatch import set_smtp_password

        ctx, values, password = self.ctx, self.notify_values(), self.smtp_password.text()
        paused, loaded = self.paused.isChecked(), self.loaded
        rule = OrphanRule(self.orphan_days.value(), self.orphan_keep.value())
        self.ui_settings.close_to_tray = self.close_to_tray.isChecked()

        def store() -> None:
            if password:
                set_smtp_password(ctx, password)
            save_notify_settings(ctx, values)
            if paused != schedules_paused(ctx):
                set_schedules_paused(ctx, paused)
            if rule != loaded.orphans:
                save_orphan_rule(ctx, rule)

        key = Key(Kind.SAVE_SETTINGS, "schedules")
        work = manager_for(self)
        if not work.is_busy(key):
            self.buttons.setEnabled(False)
            work.job(key, store, owner=self, on_done=lambda _none: self.accept(), on_error=self._not_saved)

    def _not_saved(self, exc: BaseException) -> None:
        from backup_desk.ui.controllers.errors import one_line

        self.buttons.setEnabled(True)
        self.test_result.setText(one_line(exc))
