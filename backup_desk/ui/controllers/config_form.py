"""The configuration form's logic: instant local checks, the service's validation off the GUI thread,
the source connection test, and the passphrase strength meter."""

from __future__ import annotations

import string
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal

from backup_desk.jobs import Key, Kind, WorkManager, manager_for
from backup_desk.messages import Text, as_text
from backup_desk.services import configs
from backup_desk.services.context import AppContext
from backup_desk.services.models import ConfigInput, ConfigView, ValidationResult
from backup_desk.ui.controllers.errors import explain, tr_text

MASK = "***"
VALIDATE, TEST_SOURCE = Key(Kind.VALIDATION), Key(Kind.SOURCE_TEST)


def _t(text: object) -> str:
    return QCoreApplication.translate("ConfigFormController", str(text))


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """0-4 and a word; a rough entropy estimate (length x alphabet) that favours long passphrases."""
    if not passphrase:
        return 0, ""
    alphabet = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        alphabet += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        alphabet += 26
    if any(c in string.digits for c in passphrase):
        alphabet += 10
    if any(not c.isalnum() for c in passphrase):
        alphabet += 33
    import math

    bits = len(passphrase) * math.log2(max(alphabet, 2))
    if bits < 40:
        return 1, _t(QT_TRANSLATE_NOOP("ConfigFormController", "Weak"))
    if bits < 60:
        return 2, _t(QT_TRANSLATE_NOOP("ConfigFormController", "Fair"))
    if bits < 80:
        return 3, _t(QT_TRANSLATE_NOOP("ConfigFormController", "Good"))
    return 4, _t(QT_TRANSLATE_NOOP("ConfigFormController", "Strong"))


def local_errors(data: ConfigInput, passphrase_again: str, *, needs_passphrase: bool) -> dict[str, str]:
    """Checks that need no catalog: answered at every keystroke."""
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = _t(QT_TRANSLATE_NOOP("ConfigFormController", "A name is required."))
    if not 1 <= data.retention_days <= 365:
        errors["retention_days"] = _t(
            QT_TRANSLATE_NOOP("ConfigFormController", "Keep backups between 1 and 365 days.")
        )
    if data.include_files and not data.folders:
        errors["folders"] = _t(
            QT_TRANSLATE_NOOP("ConfigFormController", "Add at least one folder, or turn off “Include files”.")
        )
    if not data.source_url and not data.include_files:
        errors["source_url"] = _t(
            QT_TRANSLATE_NOOP("ConfigFormController", "Give a database address, or include folders.")
        )
    if data.encryption_enabled:
        if needs_passphrase and not data.passphrase:
            errors["passphrase"] = _t(
                QT_TRANSLATE_NOOP("ConfigFormController", "Encryption needs a passphrase.")
            )
        elif (data.passphrase or "") != passphrase_again:
            errors["passphrase"] = _t(
                QT_TRANSLATE_NOOP("ConfigFormController", "The two passphrases differ.")
            )
    return errors


class ConfigFormController(QObject):
    """Emits `errors_changed(dict)` (field -> reason) and `source_status(ok | None, text)`."""

    errors_changed = Signal(dict)
    source_status = Signal(object, str)
    saved = Signal(object)  # ConfigView
    save_failed = Signal(object)  # the exception

    def __init__(
        self,
        ctx: AppContext,
        existing: ConfigView | None,
        read: Callable[[], tuple[ConfigInput, str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.existing, self._read = ctx, existing, read
        self._local: dict[str, str] = {}
        self._service: dict[str, str] = {}
        self._source_error: str | None = None
        self.source_checked_url: str | None = existing.source_url if existing else None
        self._pending_url: str | None = None
        self.validated = False  # the service has answered for the current values
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._validate_with_service)
        # The source is tried on its own once typing pauses (reachability is part of live validation).
        self._source_debounce = QTimer(self, singleShot=True, interval=700)
        self._source_debounce.timeout.connect(self.test_source)

    @property
    def work(self) -> WorkManager:
        return manager_for(self)

    @property
    def source_busy(self) -> bool:
        return self.work.is_busy(TEST_SOURCE, self)

    @property
    def _save_key(self) -> Key:
        return Key(Kind.SAVE_CONFIG, self.existing.id if self.existing else f"new:{id(self)}")

    @property
    def saving(self) -> bool:
        return self.work.is_busy(self._save_key)

    @property
    def errors(self) -> dict[str, str]:
        merged = {**self._service, **self._local}
        if self._source_error and "source_url" not in merged:
            merged["source_url"] = self._source_error
        return merged

    def can_save(self) -> bool:
        source_pending = self.source_busy or self._source_debounce.isActive()
        return self.validated and not self.errors and not source_pending

    def changed(self) -> None:
        data, again = self._read()
        self._local = local_errors(
            data, again, needs_passphrase=not (self.existing and self.existing.has_passphrase)
        )
        url = data.source_url or None
        if url != self.source_checked_url:
            self._source_error = None
            # Try the new address once typing pauses, unless that very address is being tried already.
            if url and not (self.source_busy and url == self._pending_url):
                self._source_debounce.start()
        self.validated = False
        self.errors_changed.emit(self.errors)
        self._debounce.start()

    def _validate_with_service(self) -> None:
        data, _again = self._read()
        config_id = self.existing.id if self.existing else None
        ctx = self.ctx
        self.work.query(VALIDATE, lambda: configs.validate(ctx, data, config_id=config_id), owner=self,
                        on_done=self._on_validated, on_error=self._on_service_failure)

    def _on_validated(self, result: ValidationResult) -> None:
        self._service = {e.field: tr_text(e.text) for e in result.errors}
        self.validated = True
        self.errors_changed.emit(self.errors)

    def _on_service_failure(self, exc: object) -> None:
        self._service = {"name": explain(exc).message if isinstance(exc, BaseException) else str(exc)}
        self.validated = True
        self.errors_changed.emit(self.errors)

    def test_source(self) -> None:
        """Connects to the source on a worker thread; a masked URL (edit form) reuses the stored password."""
        data, _again = self._read()
        url = data.source_url
        self._source_debounce.stop()
        if not url or (self.source_busy and url == self._pending_url):
            return
        self.source_status.emit(None, _t(QT_TRANSLATE_NOOP("ConfigFormController", "Connecting…")))
        config_id = self.existing.id if self.existing else None
        ctx = self.ctx

        def work() -> Text | None:
            full = url
            if MASK in url and config_id is not None:
                password = ctx.secrets.get_source_password(config_id) or ""
                full = url.replace(MASK, password, 1)
            return configs.test_source(full)

        self._pending_url = url
        # A check that raised must still answer, or the status would say "Connecting…" forever.
        self.work.query(TEST_SOURCE, work, owner=self, on_done=self._on_source_tested,
                        on_error=lambda exc: self._on_source_tested(getattr(exc, "text", None)
                                                                    or as_text(str(exc))))

    def _on_source_tested(self, problem: Text | None) -> None:
        reason = tr_text(problem) if problem is not None else None
        self.source_checked_url = self._pending_url
        self._source_error = reason
        if reason is None:
            self.source_status.emit(True, _t(QT_TRANSLATE_NOOP("ConfigFormController", "Connected.")))
        else:
            self.source_status.emit(False, reason)
        self.errors_changed.emit(self.errors)

    def save(self) -> None:
        """Creates or updates on a worker thread (the service validates again, derives the passphrase
        canary and stores secrets in the keyring, which can take a moment)."""
        data, _again = self._read()
        ctx, existing = self.ctx, self.existing
        if self.saving:
            return
        if existing is None:
            fn = lambda: configs.create_config(ctx, data)  # noqa: E731
        else:
            fn = lambda: configs.update_config(ctx, existing.id, data)  # noqa: E731
        self.work.job(self._save_key, fn, owner=self, on_done=self.saved.emit, on_error=self.save_failed.emit)
